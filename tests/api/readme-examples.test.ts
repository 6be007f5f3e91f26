/**
 * The documentation's REST and GraphQL examples work against the seeded app, as written: every
 * `curl` of its shell blocks and every GraphQL block is read from README.md and docs/*.md and run.
 */
import { readdirSync, readFileSync } from 'fs';
import path from 'path';

import { createTestDatabase, type TestDatabase } from '../support/database';
import { codeBlocks, curlCommands, curlRequest, graphqlRequest, isUseful, runExample, type ExampleRequest } from '../support/examples';
import { ROOT } from '../support/paths';
import { startServer, type RunningServer } from '../support/processes';
import { seedOrThrow } from '../support/seeding';

const DOCS = path.join(ROOT, 'docs');
/** The README and the reference pages it points to (docs/api.md holds the REST and GraphQL examples). */
const DOCUMENTATION = [
  path.join(ROOT, 'README.md'),
  ...readdirSync(DOCS)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => path.join(DOCS, name)),
].map((file) => readFileSync(file, 'utf8'));
const ARTICLE_SLUG = 'us-should-divert-funding-for-ice-raids-to-efforts-to-combat-white-nationalist-terrorism';

/** `SLUG` in the engine section's example stands for any story's slug. */
const withRealNames = (text: string) => text.replace(/\/stories\/SLUG\b/g, `/stories/${ARTICLE_SLUG}`);

const examples = (serverUrl: string): ExampleRequest[] => {
  const blocks = DOCUMENTATION.flatMap(codeBlocks);
  const curls = blocks.filter((block) => block.language === 'sh').flatMap((block) => curlCommands(block.code));
  const queries = blocks.filter((block) => block.language === 'graphql').map((block) => block.code);
  return [
    ...curls.map((command) => curlRequest(withRealNames(command), serverUrl)),
    ...queries.map((query) => graphqlRequest(query, serverUrl)),
  ];
};

describe('the README and docs/ examples', () => {
  let db: TestDatabase;
  let server: RunningServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedOrThrow(db.env);
    server = await startServer(db.env, { timeoutMs: 180_000 });
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('has REST and GraphQL examples to run', () => {
    const found = examples('http://test');
    expect(found.filter((example) => example.url.includes('/api/newsroom/')).length).toBeGreaterThanOrEqual(4);
    expect(found.filter((example) => example.url.endsWith('/graphql')).length).toBeGreaterThanOrEqual(2);
  });

  it('every example answers 200 with data and no error, as written', async () => {
    for (const example of examples(server.url)) {
      const result = await runExample(example);
      expect({ example: example.label, useful: isUseful(result), errors: result.body?.errors }).toEqual({ example: example.label, useful: true, errors: undefined });
    }
  });
});
