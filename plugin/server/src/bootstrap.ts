import type { Core } from '@strapi/strapi';

import { ensureDeliveryState } from './delivery/delivery-state';
import { installDeliveryFastPaths } from './delivery/fast-path';
import { grantDefaultPermissions } from './permissions';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await grantDefaultPermissions(strapi);
  await ensureDeliveryState(strapi);
  const storyCacheSize = strapi.config.get('plugin::newsroom.storyCacheSize') as number;
  if (storyCacheSize > 0) installDeliveryFastPaths(strapi, storyCacheSize);
};

export default bootstrap;
