/**
 * Run by `npm test` before jest: the tests start the real, compiled app, so the plugin and the
 * app are rebuilt from the current sources, the admin panel when its sources changed, the local
 * secrets exist, and so does the Chromium the browser tests drive.
 */
import { prepareApp } from './lib/build';
import { ensureChromium } from './lib/chromium';
import { ensureSecrets } from './lib/env';

const main = async () => {
  ensureSecrets();
  ensureChromium();
  await prepareApp();
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
