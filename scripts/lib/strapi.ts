import { compileStrapi, createStrapi, type Core } from '@strapi/strapi';

import { ensurePluginBuilt } from './build';
import { ensureSecrets, ROOT } from './env';

/** Boots Strapi without its HTTP server, runs `task`, and always shuts Strapi down. */
export const withStrapi = async <T>(task: (strapi: Core.Strapi) => Promise<T>): Promise<T> => {
  ensureSecrets();
  ensurePluginBuilt();
  const appContext = await compileStrapi({ appDir: ROOT });
  const strapi = await createStrapi(appContext).load();
  try {
    return await task(strapi);
  } finally {
    await strapi.destroy();
  }
};
