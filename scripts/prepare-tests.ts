/**
 * Run by `npm test` before jest: the tests start the real, compiled app, so the plugin and the
 * app are rebuilt from the current sources (about 5 s), the admin panel when its sources
 * changed (about 60 s), and the local secrets exist.
 */
import { execFileSync } from 'child_process';
import path from 'path';

import { compileStrapi } from '@strapi/strapi';

import { ADMIN_BUILD, buildPlugin } from './lib/build';
import { ensureSecrets, ROOT } from './lib/env';
import { isStale } from './lib/freshness';

const ADMIN_SOURCES = ['plugin/admin', 'plugin/shared', 'src/admin', 'config'].map((dir) => path.join(ROOT, dir));

const main = async () => {
  ensureSecrets();
  buildPlugin();
  if (isStale(ADMIN_BUILD, ADMIN_SOURCES)) {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'build'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
  await compileStrapi({ appDir: ROOT });
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
