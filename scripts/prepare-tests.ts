/**
 * Run by `npm test` before jest: the API tests start the real, compiled app, so the plugin
 * and the app are rebuilt from the current sources (about 5 s) and the local secrets exist.
 */
import { compileStrapi } from '@strapi/strapi';

import { buildPlugin } from './lib/build';
import { ensureSecrets, ROOT } from './lib/env';

const main = async () => {
  ensureSecrets();
  buildPlugin();
  await compileStrapi({ appDir: ROOT });
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
