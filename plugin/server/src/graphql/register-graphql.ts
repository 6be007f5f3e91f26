import type { Core } from '@strapi/strapi';

import { parseStoryListQuery, parseStorySlugOrNull } from '../utils/public-query';
import { typeDefs } from './type-defs';

/** Every newsroom content type, including the plugin's internal ones. */
const newsroomUids = (strapi: Core.Strapi) => Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith('plugin::newsroom.'));

/**
 * GraphQL serves published stories through two queries of our own, resolved by the same
 * published-only service as REST (a fixed number of SQL queries per request, whatever the
 * number of quotes). The generated CRUD for newsroom types is switched off, so no
 * `status: DRAFT` argument or mutation exists to reach drafts or write.
 */
export const registerGraphql = (strapi: Core.Strapi) => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const extension = graphql.service('extension');

  for (const uid of newsroomUids(strapi)) extension.shadowCRUD(uid).disable();

  const stories = () => strapi.plugin('newsroom').service('published-stories');

  extension.use(() => ({
    typeDefs,
    resolvers: {
      Query: {
        publishedStories: async (_parent: unknown, args: { page?: number; pageSize?: number }) => {
          const { page, pageSize } = parseStoryListQuery({ page: args.page ?? 1, pageSize: args.pageSize ?? 10 });
          const result = await stories().findPage({ page, pageSize });
          return { data: result.data, pagination: result.meta.pagination };
        },
        publishedStory: async (_parent: unknown, args: { slug: string }) => {
          const slug = parseStorySlugOrNull(args.slug);
          return slug ? stories().findBySlug(slug) : null;
        },
      },
    },
    resolversConfig: {
      'Query.publishedStories': { auth: { scope: ['plugin::newsroom.story.find'] } },
      'Query.publishedStory': { auth: { scope: ['plugin::newsroom.story.findOne'] } },
    },
  }));
};
