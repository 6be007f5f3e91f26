import type { Core } from '@strapi/strapi';

import { registerGenerationBump } from './delivery/delivery-state';
import { registerGraphqlCostLimit } from './delivery/graphql-limits';
import { registerGraphql } from './delivery/graphql/register-graphql';
import { registerAttributionRefresh } from './editorial/attribution-refresh';
import { registerPublishGuard } from './editorial/publish-guard-middleware';
import { registerSlugMiddleware } from './editorial/slug-middleware';
import { registerStoryTextCap } from './editorial/story-text';
import { registerPermissionActions } from './permissions';
import { registerContentApiGuard } from './platform/content-api-guard';
import { registerDraftMediaGuard } from './platform/draft-media-guard';
import { registerStrictQueryParams } from './platform/strict-query-params';
import { assertPublicUrlConfigured } from './platform/public-url';

const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  assertPublicUrlConfigured(strapi);
  registerSlugMiddleware(strapi);
  registerStoryTextCap(strapi);
  registerPublishGuard(strapi);
  registerAttributionRefresh(strapi);
  registerGraphql(strapi);
  registerGraphqlCostLimit(strapi);
  registerDraftMediaGuard(strapi);
  registerContentApiGuard(strapi);
  registerStrictQueryParams(strapi);
  registerGenerationBump(strapi);
  await registerPermissionActions(strapi);
};

export default register;
