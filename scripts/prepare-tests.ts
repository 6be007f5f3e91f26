/**
 * Run by `npm test` before jest: the tests start the real, compiled app, so the plugin and the
 * app are rebuilt from the current sources, the admin panel when its sources changed, and the
 * local secrets exist.
 */
import { prepareApp } from './lib/build';
import { ensureSecrets } from './lib/env';

const main = async () => {
  ensureSecrets();
  await prepareApp();
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
