import type { Core } from '@strapi/strapi';

import { GraphQLObjectType, type GraphQLSchema } from 'graphql';

import { SOURCE_READ_ACTIONS, STORY_READ_ACTIONS } from '../../../../shared/constants';
import { transformGraphqlSchema } from '../../platform/graphql-schema';
import { createPublishedStoryResolvers } from './resolvers';
import { createPublishedSourceResolvers, PUBLISHED_SOURCE_TYPES, sourceTypeDefs } from './sources';
import { PUBLISHED_TYPES, typeDefs } from './type-defs';

/** Every newsroom content type, including the plugin's internal ones. */
const newsroomUids = (strapi: Core.Strapi) => Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith('plugin::newsroom.'));

/**
 * GraphQL serves published stories through two queries of our own, resolved by the same
 * published-only service as REST (a fixed number of SQL queries per request, whatever the
 * number of quotes). The generated CRUD for newsroom types is switched off, so no
 * `status: DRAFT` argument or mutation exists to reach drafts or write.
 */
/**
 * Strapi wraps every field resolver of the schema in an async authorization and policy chain.
 * The Published* types are plain data behind two authorized queries: their fields get GraphQL's
 * default (synchronous) resolver back, which makes a whole story about as cheap as its JSON.
 */
const unwrapPublishedTypeFields = (schema: GraphQLSchema) => {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || !(PUBLISHED_TYPES.has(type.name) || PUBLISHED_SOURCE_TYPES.includes(type.name))) continue;
    for (const field of Object.values(type.getFields())) field.resolve = undefined;
  }
};

export const registerGraphql = (strapi: Core.Strapi) => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  const extension = graphql.service('extension');
  transformGraphqlSchema(strapi, unwrapPublishedTypeFields);

  for (const uid of newsroomUids(strapi)) extension.shadowCRUD(uid).disable();

  const resolvers = createPublishedStoryResolvers(strapi);

  extension.use(() => ({
    typeDefs,
    resolvers: {
      Query: {
        publishedStories: resolvers.publishedStories,
        publishedStory: resolvers.publishedStory,
      },
    },
    resolversConfig: {
      'Query.publishedStories': { auth: { scope: [STORY_READ_ACTIONS.list] } },
      'Query.publishedStory': { auth: { scope: [STORY_READ_ACTIONS.read] } },
    },
  }));

  const sourceResolvers = createPublishedSourceResolvers(strapi);
  extension.use(() => ({
    typeDefs: sourceTypeDefs,
    resolvers: { Query: sourceResolvers },
    resolversConfig: {
      'Query.publishedSources': { auth: { scope: [SOURCE_READ_ACTIONS.list] } },
      'Query.publishedSource': { auth: { scope: [SOURCE_READ_ACTIONS.read] } },
    },
  }));
};
