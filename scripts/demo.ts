/**
 * npm run demo: the demo newsroom in one command. Builds what is missing, seeds the article
 * and the demo draft, creates the demo admin, then starts Strapi on http://localhost:1337.
 */
import { execFileSync, spawn } from 'child_process';
import path from 'path';

import { prepareApp } from './lib/build';
import { demoAdminCredentials } from './lib/demo-admin';
import { ensureSecrets, ROOT } from './lib/env';

const ARTICLE_SLUG = 'us-should-divert-funding-for-ice-raids-to-efforts-to-combat-white-nationalist-terrorism';
/** Printed on one line after the GraphQL address; tests/cli/demo.test.ts runs it as printed. */
const GRAPHQL_EXAMPLE = '{ publishedStories(pagination: { pageSize: 5 }) { data { headline quotes { text speaker { name } } } } }';

const main = async () => {
  const credentials = demoAdminCredentials();
  ensureSecrets();
  await prepareApp();
  // Strapi's first-boot migration lines are not news to someone starting the demo.
  execFileSync(process.execPath, ['-r', 'esbuild-register', path.join(__dirname, 'demo-setup.ts')], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
  });

  const port = process.env.PORT ?? '1337';
  const password = process.env.NEWSROOM_ADMIN_PASSWORD ? 'the password in NEWSROOM_ADMIN_PASSWORD' : credentials.password;
  const strapiBin = path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
  const server = spawn(process.execPath, [strapiBin, 'start'], { cwd: ROOT, stdio: 'inherit', env: process.env });
  const stop = () => server.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => process.exit(code ?? 0));
  // After Strapi's own start-up lines, so that the addresses are the last thing on the screen.
  if (await serving(`http://127.0.0.1:${port}/_health`, () => server.exitCode !== null)) {
    const base = `http://localhost:${port}`;
    console.log(`
  Newsroom demo is running (Ctrl-C stops it)
  Admin:    ${base}/admin   (${credentials.email} / ${password})
            the Attributions page (left menu) lists every story's attribution problems
  REST:     ${base}/api/newsroom/stories
            ${base}/api/newsroom/stories/${ARTICLE_SLUG}
  Sources:  ${base}/api/newsroom/sources?q=chac
  OpenAPI:  ${base}/api/newsroom/openapi.json
  GraphQL:  ${base}/graphql   ${GRAPHQL_EXAMPLE}
`);
  }
};

/** Polls until the URL answers, or gives up when the server has exited or after two minutes. */
const serving = async (url: string, exited: () => boolean): Promise<boolean> => {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && !exited()) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
};

main().catch((error) => {
  // A failed child step (build, setup) has already shown its own message.
  if (!(error as { status?: number }).status) console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
