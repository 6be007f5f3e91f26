import type { Core } from '@strapi/strapi';

import type { Story } from '../../../shared/contracts/story';
import { STORY_POPULATE } from '../utils/story-populate';
import { toPublicStory } from '../utils/to-public-story';
import { STORY_UID } from '../utils/uids';

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
