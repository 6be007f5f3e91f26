import type { Core } from '@strapi/strapi';

import type { Story } from '../../../shared/contracts/story';
import { lastModifiedOf } from '../utils/last-modified';
import type { StoryField, StoryListQuery, StorySort } from '../utils/public-query';
import { STORY_POPULATE } from '../utils/story-populate';
import { taggedStoryIds } from '../utils/tagged-story-ids';
import { toPublicStory } from '../utils/to-public-story';
import { STORY_UID } from '../utils/uids';

/**
 * Published rows only. In Strapi 5 a published story is its own row with `publishedAt` set,
 * so reading rows (not documents) and requiring `publishedAt` can never return a draft,
 * whatever the caller puts in the query string.
 */
const PUBLISHED = { publishedAt: { $notNull: true } };

const RELATIONS = ['quotes', 'statistics', 'photoCaptions', 'sources'] as const;

export type PartialStory = Partial<Story> & Pick<Story, 'documentId' | 'slug'>;

export interface StoryPage {
  data: PartialStory[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
  /** Milliseconds since the epoch: the newest change among the stories on the page. */
  lastModified: number;
}

/** Loads only the relations a sparse `fields` list asks for. */
const populateFor = (fields?: StoryField[]) =>
  fields
    ? Object.fromEntries(RELATIONS.filter((relation) => fields.includes(relation)).map((relation) => [relation, STORY_POPULATE[relation]]))
    : STORY_POPULATE;

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

const publishedStories = ({ strapi }: { strapi: Core.Strapi }) => {
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
      const where = await whereFor(query);
      const stories = strapi.db.query(STORY_UID);
      const [rows, total] = await Promise.all([
        stories.findMany({
          where,
          orderBy: ORDER_BY[query.sort ?? 'publishedAt:desc'],
          offset: (page - 1) * pageSize,
          limit: pageSize,
          populate: populateFor(fields),
        }),
        stories.count({ where }),
      ]);
      return {
        data: rows.map((row: any) => pick(toPublicStory(row), fields)),
        meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } },
        lastModified: rows.reduce((max: number, row: any) => Math.max(max, lastModifiedOf(row)), 0),
      };
    },

    async findBySlugWithLastModified(
      slug: string,
      fields?: StoryField[]
    ): Promise<{ story: PartialStory; lastModified: number } | null> {
      const row = await strapi.db.query(STORY_UID).findOne({ where: { ...PUBLISHED, slug }, populate: populateFor(fields) });
      return row ? { story: pick(toPublicStory(row), fields), lastModified: lastModifiedOf(row) } : null;
    },

    async findBySlug(slug: string): Promise<Story | null> {
      const found = await this.findBySlugWithLastModified(slug);
      return (found?.story as Story) ?? null;
    },
  };
};

export default publishedStories;
