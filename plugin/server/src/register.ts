import type { Core } from '@strapi/strapi';

import { registerGraphql } from './graphql/register-graphql';
import { registerAttributionRefresh } from './middlewares/attribution-refresh';
import { registerPublishGuard } from './middlewares/publish-guard';
import { registerPermissionActions } from './permissions';
import { registerSlugMiddleware } from './utils/slug-middleware';

const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  registerSlugMiddleware(strapi);
  registerPublishGuard(strapi);
  registerAttributionRefresh(strapi);
  registerGraphql(strapi);
  await registerPermissionActions(strapi);
};

export default register;
