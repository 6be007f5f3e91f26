import type { Core } from '@strapi/strapi';

import { parseStorySlugOrNull } from '../public-query';
import { getService } from '../../services/get-service';
import { parsePublishedStoriesArgs, type PublishedStoriesArgs } from './story-arguments';

/** The two published-story queries, shared by Strapi's GraphQL plugin and the delivery fast path. */
export const createPublishedStoryResolvers = (strapi: Core.Strapi) => {
  const stories = () => getService('published-stories', { strapi });
  return {
    publishedStories: async (_parent: unknown, args: PublishedStoriesArgs) => {
      const result = await stories().findPage(parsePublishedStoriesArgs(args));
      return { data: result.data, pagination: result.meta.pagination };
    },
    publishedStory: async (_parent: unknown, args: { slug: string }) => {
      const slug = parseStorySlugOrNull(args.slug);
      return slug ? stories().findBySlug(slug) : null;
    },
  };
};
