import type { Story } from '../../../shared/contracts/story';

/**
 * The two dates the contract has. In Strapi 5 the published row is re-created on each publish, so
 * `publishedAt` is the latest publication, and `updatedAt` can be a few ms *earlier* than it. The
 * contract has no first-publication date; `published` is the best it offers.
 */
export interface StoryDates {
  published: string | null;
  modified: string | null;
}

const toIso = (value: string | null): string | null => {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
};

export const storyDates = (story: Pick<Story, 'publishedAt' | 'updatedAt'>): StoryDates => {
  const published = toIso(story.publishedAt);
  const updated = toIso(story.updatedAt);
  if (!published || !updated) return { published, modified: updated ?? published };
  return { published, modified: updated > published ? updated : published };
};
