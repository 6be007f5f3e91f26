import type { Core } from '@strapi/strapi';

import { grantDefaultPermissions } from './permissions';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await grantDefaultPermissions(strapi);
};

export default bootstrap;
