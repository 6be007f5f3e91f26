import path from 'path';

import { createTestDatabase, type TestDatabase } from '../support/database';
import { runTypeScript } from '../support/processes';

/**
 * The newsroom reaches into Strapi internals in the places listed in the README ("Strapi
 * internals"), each in plugin/server/src/platform/. After an upgrade of @strapi/*, a failure here
 * names the Strapi behaviour that moved and the file that relies on it.
 */
describe("the Strapi internals the newsroom relies on", () => {
  let db: TestDatabase;
  let results: Record<string, string | null>;

  beforeAll(async () => {
    db = await createTestDatabase();
    const run = await runTypeScript(path.join(__dirname, 'probe-strapi-internals.ts'), [], db.env);
    const line = run.stdout.split('\n').find((text) => text.startsWith('PROBE '));
    if (run.code !== 0 || !line) throw new Error(`the probe did not run (exit ${run.code}):\n${run.stderr}`);
    results = JSON.parse(line.slice('PROBE '.length));
  });

  afterAll(async () => {
    await db?.drop();
  });

  const holds = (check: string) => {
    expect(Object.keys(results)).toContain(check);
    if (results[check]) throw new Error(results[check]!);
  };

  it("lets the fast paths replace the HTTP server's 'request' listener (platform/request-interceptor.ts)", () => holds('requestInterceptor'));
  it("lets the newsroom wrap the GraphQL plugin's buildSchema (platform/graphql-schema.ts)", () => holds('graphqlSchema'));
  it("lets the newsroom add its query check to other plugins' routes (platform/strict-query-params.ts)", () => holds('strictQueryParams'));
  it('runs the content-API output sanitizers on responses (platform/content-api-guard.ts)', () => holds('contentApiGuard'));
  it('names the link tables and columns the raw SQL reads (platform/link-tables.ts)', () => holds('linkTables'));
});
