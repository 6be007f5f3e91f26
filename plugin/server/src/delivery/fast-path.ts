import type { Core } from '@strapi/strapi';

import { createDeliveryStateReader } from './delivery-state';
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
  const readState = readAfterArrival(createDeliveryStateReader(strapi));
  const cacheBytes = strapi.config.get('plugin::newsroom.responseCacheBytes') as number;
  const handlers = [createStoryFastPath(strapi, readState, { maxEntries: storyCacheSize, maxBytes: cacheBytes })];
  if (strapi.plugin('graphql')) handlers.push(createGraphqlFastPath(strapi, readState, graphqlCostSettings(strapi), cacheBytes));
  interceptRequests(strapi, handlers);
};
