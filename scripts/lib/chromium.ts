/**
 * The browser tests drive Debian's Chromium (`npx playwright install` cannot download here).
 * `npm test` installs it when it is missing and it may (root, apt-get); otherwise it stops with
 * the command to run, rather than letting the browser tests pass unrun.
 */
import { execFileSync } from 'child_process';
import { existsSync } from 'fs';

import { CHROMIUM_PATH } from '../../tests/support/browser';

const hasApt = () => existsSync('/usr/bin/apt-get');

export const ensureChromium = () => {
  if (existsSync(CHROMIUM_PATH)) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !hasApt() || process.env.CHROMIUM_PATH) {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM_PATH}: run \`apt-get install chromium\` (Debian), or set CHROMIUM_PATH to a Chromium binary.`
    );
  }
  console.log(`Chromium is missing at ${CHROMIUM_PATH}: installing Debian's chromium package (about 20 s)…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`apt-get installed chromium, but ${CHROMIUM_PATH} still does not exist.`);
};
