import { execFileSync } from 'child_process';
import { existsSync } from 'fs';
import path from 'path';

import { ROOT } from './env';

const run = (args: string[]) => execFileSync('npm', ['run', '-s', ...args], { cwd: ROOT, stdio: 'inherit' });

export const PLUGIN_SERVER_BUILD = path.join(ROOT, 'plugin', 'dist', 'server', 'index.js');
export const ADMIN_BUILD = path.join(ROOT, 'dist', 'build', 'index.html');

/** A missing plugin build is silent in Strapi (the content types just do not appear): build it. */
export const buildPlugin = () => run(['build:plugin']);

export const ensurePluginBuilt = () => {
  if (!existsSync(PLUGIN_SERVER_BUILD)) buildPlugin();
};

/** The admin panel and the compiled app, for `strapi start`. */
export const ensureAppBuilt = () => {
  if (!existsSync(ADMIN_BUILD) || !existsSync(PLUGIN_SERVER_BUILD)) run(['build']);
};
