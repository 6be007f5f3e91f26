import { spawn, type ChildProcess } from 'child_process';
import { statSync } from 'fs';
import path from 'path';

import { createTestDatabase, type TestDatabase } from '../support/database';
import { addressRequest, graphqlRequest, isUseful, runExample } from '../support/examples';
import { reservePort } from '../support/ports';
import { runScript } from '../support/processes';
import { ROOT } from '../support/paths';

const FRESH_BUILDS = [path.join(ROOT, 'plugin', 'dist', 'server', 'index.js'), path.join(ROOT, 'dist', 'config', 'database.js')];

const waitFor = async (check: () => Promise<boolean>, timeoutMs: number, describeFailure: () => string) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`timed out after ${timeoutMs} ms:\n${describeFailure()}`);
};

/** Stops the demo and the Strapi server it started (the demo forwards SIGTERM to it). */
const stopDemo = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

describe('npm run demo', () => {
  it('refuses the default admin password in production, before touching anything', async () => {
    const result = await runScript('demo', [], { NODE_ENV: 'production', NEWSROOM_ADMIN_PASSWORD: '' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Refusing to create an admin with the demo password in production/);
  });

  describe('with a fresh database', () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await createTestDatabase();
    });
    afterAll(async () => {
      await db.drop();
    });

    it('seeds, creates the demo admin, starts Strapi and says where to log in', async () => {
      // npm test built the plugin and compiled the app just now; the demo must leave fresh builds in
      // place: rebuilding empties plugin/dist and rewrites dist/config, and a Strapi starting
      // meanwhile (another test file) loads no plugin or half a configuration.
      const builtAt = () => FRESH_BUILDS.map((file) => statSync(file).mtimeMs);
      const before = builtAt();
      const port = await reservePort();
      const email = 'desk@newsroom.example';
      const password = 'Desk-password-42';
      const child = spawn(process.execPath, ['-r', 'esbuild-register', path.join(ROOT, 'scripts', 'demo.ts')], {
        cwd: ROOT,
        env: { ...process.env, ...db.env, PORT: String(port), HOST: '127.0.0.1', NEWSROOM_ADMIN_EMAIL: email, NEWSROOM_ADMIN_PASSWORD: password },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      try {
        const url = `http://127.0.0.1:${port}`;
        // The addresses come once Strapi answers, after its own start-up lines.
        await waitFor(async () => output.includes('Newsroom demo is running'), 180_000, () => output);
        expect((await fetch(`${url}/_health`)).status).toBe(204);
        const banner = output.slice(output.indexOf('Newsroom demo is running'));
        expect(banner).toContain(`Admin:    http://localhost:${port}/admin`);
        expect(banner).toContain(`REST:     http://localhost:${port}/api/newsroom/stories`);
        expect(banner).toContain(`GraphQL:  http://localhost:${port}/graphql`);
        // Every example the banner prints works as printed: the API addresses and the GraphQL query.
        const addresses = banner.match(/http:\/\/localhost:\d+\/api\/\S+/g) ?? [];
        expect(addresses.length).toBeGreaterThanOrEqual(4);
        for (const address of addresses) {
          expect({ address, useful: isUseful(await runExample(addressRequest(address, url))) }).toEqual({ address, useful: true });
        }
        const graphqlLine = banner.split('\n').find((line) => line.includes('GraphQL:'))!;
        const query = graphqlLine.slice(graphqlLine.indexOf('/graphql') + '/graphql'.length).trim();
        expect(query).toMatch(/^\{ publishedStories/);
        const answer = await runExample(graphqlRequest(query, url));
        expect(answer.body.errors).toBeUndefined();
        expect(answer.body.data.publishedStories.data[0].quotes.length).toBeGreaterThan(0);
        expect(builtAt()).toEqual(before);
        expect(output).toContain(email);
        expect(output).not.toContain(password);

        const login = await fetch(`${url}/admin/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, password }),
        });
        expect(login.status).toBe(200);
        expect((await login.json()).data.token).toEqual(expect.any(String));

        const stories = await (await fetch(`${url}/api/newsroom/stories`)).json();
        expect(stories.data.map((story: any) => story.slug)).toEqual([
          'us-should-divert-funding-for-ice-raids-to-efforts-to-combat-white-nationalist-terrorism',
        ]);
        const admin = await fetch(`${url}/admin`);
        expect(admin.status).toBe(200);
      } finally {
        await stopDemo(child);
      }
    }, 300_000);
  });
});
