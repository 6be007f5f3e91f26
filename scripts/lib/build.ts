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

const APP_BUILD = path.join(ROOT, 'dist', 'config', 'database.js');
const APP_SOURCES = ['config', 'src'].map((dir) => path.join(ROOT, dir));
const APP_TSCONFIG = path.join(ROOT, 'tsconfig.json');

/**
 * The app compiled (config/, src/ into dist/), and where. Strapi's compile rewrites every file of
 * dist/config and dist/src, and a Strapi loading its configuration meanwhile (another script,
 * another test) can read a half-written one, so it compiles only when a source changed.
 */
export const compileApp = async (): Promise<{ appDir: string; distDir?: string }> => {
  const stale = isStale(APP_BUILD, APP_SOURCES) || statSync(APP_TSCONFIG).mtimeMs > statSync(APP_BUILD).mtimeMs;
  return stale ? compileStrapi({ appDir: ROOT }) : { appDir: ROOT, distDir: path.join(ROOT, 'dist') };
};

/**
 * Everything `strapi start` serves, from the current sources: the plugin, the admin panel and the
 * app, each rebuilt only when its sources changed (about 2 s, a minute and 2 s).
 */
export const prepareApp = async () => {
  if (pluginBuildIsStale()) buildPlugin();
  if (isStale(ADMIN_BUILD, ADMIN_SOURCES)) {
    execFileSync(process.execPath, [STRAPI_BIN, 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  await compileApp();
};

/** For scripts that load Strapi: build the plugin when there is no build at all. */
export const ensurePluginBuilt = () => {
  if (PLUGIN_BUILDS.some((output) => !existsSync(output))) buildPlugin();
};
