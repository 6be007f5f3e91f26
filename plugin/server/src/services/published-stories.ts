import type { Core } from '@strapi/strapi';

import type { Story } from '../../../shared/contracts/story';
import { createDeliveryStateReader, deliveryStateOf } from '../delivery/delivery-state';
import { GenerationCache } from '../delivery/generation-cache';
import { lastModifiedOf } from '../utils/last-modified';
import { createStoryRowLoader } from '../utils/load-story-rows';
import type { StoryField, StoryListQuery, StorySort } from '../utils/public-query';
import { taggedStoryIds } from '../utils/tagged-story-ids';
import { toPublicStory } from '../utils/to-public-story';
import { STORY_UID } from '../utils/uids';

/**
 * Published rows only. In Strapi 5 a published story is its own row with `publishedAt` set,
 * so reading rows (not documents) and requiring `publishedAt` can never return a draft,
 * whatever the caller puts in the query string.
 */
const PUBLISHED = { publishedAt: { $notNull: true } };

export type PartialStory = Partial<Story> & Pick<Story, 'documentId' | 'slug'>;

export interface StoryPage {
  data: PartialStory[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
  /** Milliseconds since the epoch: the newest change among the stories on the page. */
  lastModified: number;
}

const pick = (story: Story, fields?: StoryField[]): PartialStory =>
  fields
    ? (Object.fromEntries(
        Object.entries(story).filter(([key]) => key === 'documentId' || key === 'slug' || fields.includes(key as StoryField))
      ) as PartialStory)
    : story;

const ORDER_BY: Record<StorySort, Array<Record<string, 'asc' | 'desc'>>> = {
  'publishedAt:desc': [{ publishedAt: 'desc' }, { id: 'desc' }],
  'publishedAt:asc': [{ publishedAt: 'asc' }, { id: 'asc' }],
  'headline:asc': [{ headline: 'asc' }, { id: 'asc' }],
  'headline:desc': [{ headline: 'desc' }, { id: 'desc' }],
};

interface LoadedStory {
  story: Story;
  lastModified: number;
}

const publishedStories = ({ strapi }: { strapi: Core.Strapi }) => {
  // Whole stories by slug, valid while the delivery generation is unchanged (see delivery/).
  const storyCache = new GenerationCache<LoadedStory>({
    maxEntries: Math.max(1, (strapi.config.get('plugin::newsroom.storyCacheSize') as number | undefined) ?? 1000),
  });
  let readState: ReturnType<typeof createDeliveryStateReader> | undefined;
  /** The delivery generation: as the fast path read it for this request, or read now. */
  const currentGeneration = async () =>
    (deliveryStateOf(strapi.requestContext.get()?.req) ?? (await (readState ??= createDeliveryStateReader(strapi))())).generation;
  const loadStoryRows = createStoryRowLoader(strapi);

  // Which slugs a list page holds, and the total, for the same generation.
  const pageCache = new GenerationCache<{ slugs: string[]; total: number }>({ maxEntries: 500 });

  const toLoadedStory = (row: any): LoadedStory => ({ story: toPublicStory(row), lastModified: lastModifiedOf(row) });

  /** Whole published stories by slug: from the cache, the missing ones in one populate query. */
  const storiesBySlug = async (slugs: string[], knownGeneration?: string): Promise<Map<string, LoadedStory>> => {
    const generation = knownGeneration ?? (await currentGeneration());
    const found = new Map<string, LoadedStory>();
    for (const slug of slugs) {
      const cached = storyCache.get(slug, generation);
      if (cached) found.set(slug, cached);
    }
    const missing = slugs.filter((slug) => !found.has(slug));
    if (missing.length > 0) {
      for (const row of await loadStoryRows(missing)) {
        const loaded = toLoadedStory(row);
        storyCache.set(row.slug, generation, loaded);
        found.set(row.slug, loaded);
      }
    }
    return found;
  };

  const whereFor = async (query: Partial<StoryListQuery>) => {
    const conditions: Record<string, unknown>[] = [PUBLISHED];
    if (query.section) conditions.push({ section: query.section });
    if (query.publishedAfter) conditions.push({ publishedAt: { $gte: query.publishedAfter } });
    if (query.publishedBefore) conditions.push({ publishedAt: { $lte: query.publishedBefore } });
    if (query.source) {
      const cited = { documentId: query.source };
      conditions.push({ $or: [{ sources: cited }, { quotes: { speaker: cited } }, { statistics: { source: cited } }] });
    }
    if (query.tag) conditions.push({ id: { $in: await taggedStoryIds(strapi, query.tag) } });
    return { $and: conditions };
  };

  return {
    async findPage(query: Pick<StoryListQuery, 'page' | 'pageSize'> & Partial<StoryListQuery>): Promise<StoryPage> {
      const { page, pageSize, fields } = query;
      const stories = strapi.db.query(STORY_UID);
      const meta = (total: number) => ({ pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } });
      const loadPage = async (shape: { select: string[] }) => {
        const where = await whereFor(query);
        const orderBy = ORDER_BY[query.sort ?? 'publishedAt:desc'];
        return Promise.all([
          stories.findMany({ where, orderBy, offset: (page - 1) * pageSize, limit: pageSize, ...shape }),
          stories.count({ where }),
        ]);
      };

      const generation = await currentGeneration();
      const pageKey = JSON.stringify([query.sort, query.section, query.tag, query.source, query.publishedAfter, query.publishedBefore, page, pageSize]);
      let listed = pageCache.get(pageKey, generation);
      if (!listed) {
        const [slugRows, total] = await loadPage({ select: ['slug'] });
        listed = { slugs: slugRows.map((row: any) => row.slug as string), total };
        pageCache.set(pageKey, generation, listed);
      }
      const loaded = await storiesBySlug(listed.slugs, generation);
      const onPage = listed.slugs.map((slug) => loaded.get(slug)).filter((story): story is LoadedStory => Boolean(story));
      return {
        data: onPage.map((entry) => pick(entry.story, fields)),
        meta: meta(listed.total),
        lastModified: onPage.reduce((max, entry) => Math.max(max, entry.lastModified), 0),
      };
    },

    async findBySlugWithLastModified(
      slug: string,
      fields?: StoryField[]
    ): Promise<{ story: PartialStory; lastModified: number } | null> {
      const found = (await storiesBySlug([slug])).get(slug);
      return found ? { story: pick(found.story, fields), lastModified: found.lastModified } : null;
    },

    async findBySlug(slug: string): Promise<Story | null> {
      const found = await this.findBySlugWithLastModified(slug);
      return (found?.story as Story) ?? null;
    },
  };
};

export default publishedStories;
