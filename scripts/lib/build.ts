import { execFileSync } from 'child_process';
import path from 'path';

import { compileStrapi } from '@strapi/strapi';

import { ROOT } from './env';
import { isStale } from './freshness';

export const ADMIN_BUILD = path.join(ROOT, 'dist', 'build', 'index.html');
const ADMIN_SOURCES = ['plugin/admin', 'plugin/shared', 'src/admin', 'config'].map((dir) => path.join(ROOT, dir));
const STRAPI_BIN = path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

/** A missing or stale plugin build is silent in Strapi (old content types, old routes): always rebuild it (about 2 s). */
export const buildPlugin = () =>
  execFileSync('npm', ['run', '-s', 'build:plugin'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

/**
 * Everything `strapi start` serves, from the current sources: the plugin, the admin panel when
 * its sources changed (about a minute), and the compiled app (config/, src/).
 */
export const prepareApp = async () => {
  buildPlugin();
  if (isStale(ADMIN_BUILD, ADMIN_SOURCES)) {
    execFileSync(process.execPath, [STRAPI_BIN, 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  await compileStrapi({ appDir: ROOT });
};

const PLUGIN_SERVER_BUILD = path.join(ROOT, 'plugin', 'dist', 'server', 'index.js');

/** For scripts that load Strapi: build the plugin when there is no build at all. */
export const ensurePluginBuilt = () => {
  if (isStale(PLUGIN_SERVER_BUILD, [])) buildPlugin();
};
