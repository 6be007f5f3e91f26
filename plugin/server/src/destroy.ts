import type { Core } from '@strapi/strapi';

import { getService } from './services/get-service';

/** Stops the attribution check worker, so a Strapi that shuts down does not wait on it. */
const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService('findings', { strapi }).stop();
};

export default destroy;
