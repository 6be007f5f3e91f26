import type { Core } from '@strapi/strapi';

import { parsePublishedStoriesArgs, type PublishedStoriesArgs } from '../delivery/graphql-story-arguments';
import { parseStorySlugOrNull } from '../utils/public-query';

/** The two published-story queries, shared by Strapi's GraphQL plugin and the delivery fast path. */
export const createPublishedStoryResolvers = (strapi: Core.Strapi) => {
  const stories = () => strapi.plugin('newsroom').service('published-stories');
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
