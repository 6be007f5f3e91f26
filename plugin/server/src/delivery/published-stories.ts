import type { Core } from '@strapi/strapi';

import type { PartialStory, Story } from '../../../shared/contracts/story';
import { createDeliveryStateReader } from './delivery-state';
import { GenerationCache } from './generation-cache';
import { lastModifiedOf } from './last-modified';
import { createStoryRowLoader } from './load-story-rows';
import type { StoryField, StoryListQuery, StorySort } from './public-query';
import { taggedStoryIds } from './tagged-story-ids';
import { toPublicStory, type StoryRow } from './to-public-story';
import { STORY_UID } from '../../../shared/constants';

/**
 * Published rows only. In Strapi 5 a published story is its own row with `publishedAt` set,
 * so reading rows (not documents) and requiring `publishedAt` can never return a draft,
 * whatever the caller puts in the query string.
 */
const PUBLISHED = { publishedAt: { $notNull: true } };

export type { PartialStory };

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

/** What the caller already knows about the database it reads. */
export interface ReadOptions {
  /** The delivery generation, when read after the caller's request arrived (see delivery/fast-path.ts). */
  generation?: string;
}

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
  /** The delivery generation: as the caller knows it (read after its request arrived), or read now. */
  const currentGeneration = async (known?: string) => known ?? (await (readState ??= createDeliveryStateReader(strapi, []))()).generation;
  const loadStoryRows = createStoryRowLoader(strapi);

  // Which slugs a list page holds, and the total, for the same generation.
  const pageCache = new GenerationCache<{ slugs: string[]; total: number }>({ maxEntries: 500 });

  const toLoadedStory = (row: StoryRow): LoadedStory => ({ story: toPublicStory(row), lastModified: lastModifiedOf(row) });

  /** Whole published stories by slug: from the cache, the missing ones in one populate query. */
  const storiesBySlug = async (slugs: string[], generation: string): Promise<Map<string, LoadedStory>> => {
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
    async findPage(
      query: Pick<StoryListQuery, 'page' | 'pageSize'> & Partial<StoryListQuery>,
      options: ReadOptions = {}
    ): Promise<StoryPage> {
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

      const generation = await currentGeneration(options.generation);
      const pageKey = JSON.stringify([query.sort, query.section, query.tag, query.source, query.publishedAfter, query.publishedBefore, page, pageSize]);
      let listed = pageCache.get(pageKey, generation);
      if (!listed) {
        const [slugRows, total] = await loadPage({ select: ['slug'] });
        listed = { slugs: slugRows.map((row: { slug: string }) => row.slug), total };
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
      fields?: StoryField[],
      options: ReadOptions = {}
    ): Promise<{ story: PartialStory; lastModified: number } | null> {
      const found = (await storiesBySlug([slug], await currentGeneration(options.generation))).get(slug);
      return found ? { story: pick(found.story, fields), lastModified: found.lastModified } : null;
    },

    async findBySlug(slug: string): Promise<Story | null> {
      const found = await this.findBySlugWithLastModified(slug);
      return (found?.story as Story) ?? null;
    },
  };
};

export default publishedStories;
