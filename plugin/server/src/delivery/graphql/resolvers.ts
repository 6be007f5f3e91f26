import type { Core } from '@strapi/strapi';

import { parseStoryListQuery, parseStorySlugOrNull } from '../public-query';
import { getService } from '../../services/get-service';

/** The two published-story queries, shared by Strapi's GraphQL plugin and the delivery fast path. */
export const createPublishedStoryResolvers = (strapi: Core.Strapi) => {
  const stories = () => getService('published-stories', { strapi });
  return {
    publishedStories: async (_parent: unknown, args: { page?: number; pageSize?: number }) => {
      const { page, pageSize } = parseStoryListQuery({ page: args.page ?? 1, pageSize: args.pageSize ?? 10 });
      const result = await stories().findPage({ page, pageSize });
      return { data: result.data, pagination: result.meta.pagination };
    },
    publishedStory: async (_parent: unknown, args: { slug: string }) => {
      const slug = parseStorySlugOrNull(args.slug);
      return slug ? stories().findBySlug(slug) : null;
    },
  };
};
