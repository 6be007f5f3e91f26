import type { Core } from '@strapi/strapi';

import { ensureDeliveryState } from './delivery/delivery-state';
import { installStoryFastPath } from './delivery/fast-path';
import { grantDefaultPermissions } from './permissions';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await grantDefaultPermissions(strapi);
  await ensureDeliveryState(strapi);
  if ((strapi.config.get('plugin::newsroom.storyCacheSize') as number) > 0) installStoryFastPath(strapi);
};

export default bootstrap;
