import type { Core } from '@strapi/strapi';

import { registerGenerationBump } from './delivery/delivery-state';
import { registerGraphqlCostLimit } from './delivery/graphql-limits';
import { registerGraphql } from './graphql/register-graphql';
import { registerContentApiGuard } from './utils/content-api-guard';
import { registerAttributionRefresh } from './middlewares/attribution-refresh';
import { registerPublishGuard } from './middlewares/publish-guard';
import { registerStoryTextCap } from './editorial/story-text';
import { registerPermissionActions } from './permissions';
import { registerDraftMediaGuard } from './platform/draft-media-guard';
import { assertPublicUrlConfigured } from './platform/public-url';
import { registerSlugMiddleware } from './utils/slug-middleware';
import { registerStrictQueryParams } from './utils/strict-query-params';

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
