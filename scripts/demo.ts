/**
 * npm run demo: the demo newsroom in one command. Builds what is missing, seeds the article
 * and the demo draft, creates the demo admin, then starts Strapi on http://localhost:1337.
 */
import { execFileSync, spawn } from 'child_process';
import path from 'path';

import { prepareApp } from './lib/build';
import { demoAdminCredentials } from './lib/demo-admin';
import { ensureSecrets, ROOT } from './lib/env';

const main = async () => {
  const credentials = demoAdminCredentials();
  ensureSecrets();
  await prepareApp();
  execFileSync(process.execPath, ['-r', 'esbuild-register', path.join(__dirname, 'demo-setup.ts')], {
    cwd: ROOT,
    stdio: 'inherit',
  });

  const port = process.env.PORT ?? '1337';
  const password = process.env.NEWSROOM_ADMIN_PASSWORD ? 'the password in NEWSROOM_ADMIN_PASSWORD' : credentials.password;
  console.log(`
  Newsroom demo
  Admin:   http://localhost:${port}/admin   (${credentials.email} / ${password})
  Stories: http://localhost:${port}/api/newsroom/stories
`);
  const strapiBin = path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
  const server = spawn(process.execPath, [strapiBin, 'start'], { cwd: ROOT, stdio: 'inherit', env: process.env });
  const stop = () => server.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => process.exit(code ?? 0));
};

main().catch((error) => {
  // A failed child step (build, setup) has already shown its own message.
  if (!(error as { status?: number }).status) console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
