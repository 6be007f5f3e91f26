import { createStrapi, type Core } from '@strapi/strapi';

import { compileApp, ensurePluginBuilt } from './build';
import { ensureSecrets } from './env';

/**
 * Strapi emits its entry events (webhooks, content releases) after a write without awaiting
 * their queries; shutting down under them aborts those queries and crashes the process. Wait
 * until no query has run for a moment (at most a few seconds).
 */
const waitForQuietDatabase = async (strapi: Core.Strapi, quietMs = 100, maxMs = 5000) => {
  const knex = strapi.db.connection;
  let lastActivity = Date.now();
  const touch = () => (lastActivity = Date.now());
  knex.on('query', touch).on('query-response', touch).on('query-error', touch);
  const deadline = Date.now() + maxMs;
  while (Date.now() - lastActivity < quietMs && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, quietMs / 2));
  }
  knex.off('query', touch).off('query-response', touch).off('query-error', touch);
};

/** Boots Strapi without its HTTP server, runs `task`, and always shuts Strapi down. */
export const withStrapi = async <T>(task: (strapi: Core.Strapi) => Promise<T>): Promise<T> => {
  ensureSecrets();
  ensurePluginBuilt();
  const appContext = await compileApp();
  const strapi = await createStrapi(appContext).load();
  try {
    return await task(strapi);
  } finally {
    await waitForQuietDatabase(strapi);
    await strapi.destroy();
  }
};
