import type { Core } from '@strapi/strapi';

import { ALL_PERMISSION_FIELDS, STORY_PERMISSION_FIELDS, createDeliveryStateReader } from './delivery-state';
import { createGraphqlFastPath } from './graphql-fast-path';
import { graphqlCostSettings } from './graphql-limits';
import { readAfterArrival } from './read-after-arrival';
import { interceptRequests } from '../platform/request-interceptor';
import { createStoryFastPath } from './story-fast-path';

/**
 * Public reads of published stories answered ahead of Strapi's middleware stack (REST by slug,
 * and GraphQL `publishedStory`/`publishedStories`). Each request still waits for an answer the
 * database gave after the request arrived (the delivery generation and the public permissions),
 * so a publish, an edit or a revoked permission on any instance is honoured on the next request;
 * requests arriving together share that one statement. Everything else goes to Strapi untouched.
 */
export const installDeliveryFastPaths = (strapi: Core.Strapi, storyCacheSize: number) => {
  // Each path reads the permissions it checks: REST stories the two story actions, GraphQL all four.
  const readStoryState = readAfterArrival(createDeliveryStateReader(strapi, STORY_PERMISSION_FIELDS));
  const cacheBytes = strapi.config.get('plugin::newsroom.responseCacheBytes') as number;
  const handlers = [createStoryFastPath(strapi, readStoryState, { maxEntries: storyCacheSize, maxBytes: cacheBytes })];
  if (strapi.plugin('graphql')) {
    const readFullState = readAfterArrival(createDeliveryStateReader(strapi, ALL_PERMISSION_FIELDS));
    handlers.push(createGraphqlFastPath(strapi, readFullState, graphqlCostSettings(strapi), cacheBytes));
  }
  interceptRequests(strapi, handlers);
};
