import type { Core } from '@strapi/strapi';

import { registerGenerationBump } from './delivery/delivery-state';
import { registerGraphql } from './delivery/graphql/register-graphql';
import { registerAttributionRefresh } from './editorial/attribution-refresh';
import { registerPublishGuard } from './editorial/publish-guard-middleware';
import { registerSlugMiddleware } from './editorial/slug-middleware';
import { registerPermissionActions } from './permissions';
import { registerContentApiGuard } from './platform/content-api-guard';
import { registerStrictQueryParams } from './platform/strict-query-params';

const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  registerSlugMiddleware(strapi);
  registerPublishGuard(strapi);
  registerAttributionRefresh(strapi);
  registerGraphql(strapi);
  registerContentApiGuard(strapi);
  registerStrictQueryParams(strapi);
  registerGenerationBump(strapi);
  await registerPermissionActions(strapi);
};

export default register;
