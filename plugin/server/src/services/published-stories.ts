import type { Core } from '@strapi/strapi';

import type { Story } from '../../../shared/contracts/story';
import { toPublicStory } from '../utils/to-public-story';
import { STORY_UID } from '../utils/uids';

const SOURCE_WITH_AFFILIATION = { populate: { affiliation: true } } as const;

/** Everything a consumer gets with a story, loaded in one populate tree. */
const STORY_POPULATE = {
  quotes: { populate: { speaker: SOURCE_WITH_AFFILIATION } },
  statistics: { populate: { source: SOURCE_WITH_AFFILIATION, baseline: true, comparison: true } },
  photoCaptions: { populate: { image: true } },
  sources: SOURCE_WITH_AFFILIATION,
};

/**
 * Published rows only. In Strapi 5 a published story is its own row with `publishedAt` set,
 * so reading rows (not documents) and requiring `publishedAt` can never return a draft,
 * whatever the caller puts in the query string.
 */
const PUBLISHED = { publishedAt: { $notNull: true } };

export interface StoryPage {
  data: Story[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

const publishedStories = ({ strapi }: { strapi: Core.Strapi }) => ({
  async findPage({ page, pageSize }: { page: number; pageSize: number }): Promise<StoryPage> {
    const query = strapi.db.query(STORY_UID);
    const [rows, total] = await Promise.all([
      query.findMany({
        where: PUBLISHED,
        orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
        offset: (page - 1) * pageSize,
        limit: pageSize,
        populate: STORY_POPULATE,
      }),
      query.count({ where: PUBLISHED }),
    ]);
    return {
      data: rows.map(toPublicStory),
      meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } },
    };
  },

  async findBySlug(slug: string): Promise<Story | null> {
    const row = await strapi.db.query(STORY_UID).findOne({
      where: { ...PUBLISHED, slug },
      populate: STORY_POPULATE,
    });
    return row ? toPublicStory(row) : null;
  },
});

export default publishedStories;
