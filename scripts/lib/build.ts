import { execFileSync } from 'child_process';
import { existsSync, statSync } from 'fs';
import path from 'path';

import { compileStrapi } from '@strapi/strapi';

import { ROOT } from './env';
import { isStale } from './freshness';

export const ADMIN_BUILD = path.join(ROOT, 'dist', 'build', 'index.html');
const ADMIN_SOURCES = ['plugin/admin', 'plugin/shared', 'src/admin', 'config'].map((dir) => path.join(ROOT, dir));
const STRAPI_BIN = path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

const PLUGIN_BUILDS = ['server', 'admin'].map((part) => path.join(ROOT, 'plugin', 'dist', part, 'index.js'));
const PLUGIN_SOURCES = ['admin', 'server', 'shared'].map((dir) => path.join(ROOT, 'plugin', dir));
const PLUGIN_MANIFESTS = ['package.json', 'tsconfig.json'].map((file) => path.join(ROOT, 'plugin', file));

export const buildPlugin = () =>
  execFileSync('npm', ['run', '-s', 'build:plugin'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

/**
 * A missing or stale plugin build is silent in Strapi (old content types, old routes), so it is
 * rebuilt whenever a source is newer (about 2 s). Only then: the build empties plugin/dist first,
 * and a Strapi starting meanwhile (another test, another script) would load no plugin at all.
 */
export const pluginBuildIsStale = () =>
  PLUGIN_BUILDS.some(
    (output) =>
      isStale(output, PLUGIN_SOURCES) ||
      PLUGIN_MANIFESTS.some((manifest) => statSync(manifest).mtimeMs > statSync(output).mtimeMs)
  );

/**
 * Everything `strapi start` serves, from the current sources: the plugin and the admin panel when
 * their sources changed (about 2 s and a minute), and the compiled app (config/, src/).
 */
export const prepareApp = async () => {
  if (pluginBuildIsStale()) buildPlugin();
  if (isStale(ADMIN_BUILD, ADMIN_SOURCES)) {
    execFileSync(process.execPath, [STRAPI_BIN, 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  await compileStrapi({ appDir: ROOT });
};

/** For scripts that load Strapi: build the plugin when there is no build at all. */
export const ensurePluginBuilt = () => {
  if (PLUGIN_BUILDS.some((output) => !existsSync(output))) buildPlugin();
};
