/**
 * What an outside review did to GraphQL (issue #15, findings 1, 2 and 6), replayed against the
 * built app: alias storms and oversized pages, root fields hidden in fragments, malformed bodies,
 * stack traces and the production landing page. Each attack is tried on both paths: the fast path
 * (a plain public POST) and Strapi's Apollo server (the same request with an `Origin` header).
 */
import path from 'path';

import { createTestDatabase, type TestDatabase } from '../support/database';
import { runTypeScript, startServer, type RunningServer } from '../support/processes';
import { seedOrThrow } from '../support/seeding';
import { ARTICLE_SLUG } from './support';

const EDIT_STORY = path.join(__dirname, '..', 'support', 'edit-story.ts');
const MORE_STORIES = path.join(__dirname, '..', 'fixtures', 'more-stories.json');

const PATHS = {
  'fast path': {},
  'Strapi (Apollo)': { origin: 'http://localhost:1337' },
} as const;
type PathName = keyof typeof PATHS;

interface GraphqlResponse {
  status: number;
  headers: Headers;
  text: string;
  body: any;
}

const post = async (serverUrl: string, body: string, headers: Record<string, string> = {}): Promise<GraphqlResponse> => {
  const response = await fetch(`${serverUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  let parsed: any;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  return { status: response.status, headers: response.headers, text, body: parsed };
};

const query = (serverUrl: string, via: PathName, source: string, variables?: Record<string, unknown>) =>
  post(serverUrl, JSON.stringify({ query: source, variables }), PATHS[via]);

const aliases = (count: number, field: string) => Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join('\n');
const PAGE = 'publishedStories(pageSize: 100) { data { slug } }';

/** A file path or a stack frame: nothing a public caller should ever read. */
const LEAKS = /\bat [\w.<>]+ \(|node_modules|\/work\/|\.[jt]s:\d+|stacktrace/;

describe('GraphQL abuse', () => {
  let db: TestDatabase;
  let server: RunningServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedOrThrow(db.env, [undefined, MORE_STORIES]);
    server = await startServer(db.env);
    // The fast path replays Strapi's headers: it answers once Strapi has answered one query.
    await query(server.url, 'fast path', '{ publishedStories { pagination { total } } }');
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  describe.each(Object.keys(PATHS) as PathName[])('%s', (via) => {
    it('refuses an alias storm with a 400 that names the limit, before running it', async () => {
      const storm = await query(server.url, via, `{ ${aliases(100, PAGE)} }`);
      expect(storm.status).toBe(400);
      expect(storm.body.errors[0].message).toMatch(/100 aliases, the limit is 30 \(newsroom config graphqlLimits\.maxAliases\)/);
      expect(storm.text.length).toBeLessThan(2000);
      // Naming another operation does not get the storm past the count.
      const renamed = await post(server.url, JSON.stringify({ query: `query Storm { ${aliases(100, PAGE)} }`, operationName: 'Other' }), PATHS[via]);
      expect(renamed.status).toBe(400);
      expect(renamed.body.errors[0].message).toMatch(/graphqlLimits\.maxAliases|Unknown operation named "Other"/);
      // The review's storm (1,500 aliases, 62 kB) stops in the parser.
      const review = await query(server.url, via, `{ ${aliases(1500, PAGE)} }`);
      expect(review.status).toBe(400);
      expect(review.body.errors[0].message).toMatch(/more tha[nt] 2000 tokens/);
    });

    it('counts root fields, aliases and page sizes inside fragments too', async () => {
      const twentyFive = await query(server.url, via, `{ ...Roots } fragment Roots on Query { ${aliases(25, '__typename')} }`);
      expect(twentyFive.status).toBe(400);
      expect(twentyFive.body.errors[0].message).toMatch(/25 root fields, the limit is 20 \(newsroom config graphqlLimits\.maxRootFields\)/);

      const sixPages = await query(server.url, via, `{ ... on Query { ...Pages } } fragment Pages on Query { ${aliases(6, PAGE)} }`);
      expect(sixPages.status).toBe(400);
      expect(sixPages.body.errors[0].message).toMatch(/600 requested items.*the limit is 500 \(newsroom config graphqlLimits\.maxRequestedItems\)/);
    });

    it('counts the sources queries\' pages as it counts the story list\'s', async () => {
      const sourcePages = await query(server.url, via, `{ ${aliases(6, 'publishedSources(pagination: { pageSize: 100 }) { data { name } }')} }`);
      expect(sourcePages.status).toBe(400);
      expect(sourcePages.body.errors[0].message).toMatch(/600 requested items.*graphqlLimits\.maxRequestedItems/);
      const storyPages = await query(server.url, via, `{ ${aliases(6, 'publishedSource(documentId: "abc", pagination: { pageSize: 100 }) { stories { data { slug } } }')} }`);
      expect(storyPages.status).toBe(400);
      expect(storyPages.body.errors[0].message).toMatch(/graphqlLimits\.maxRequestedItems/);
      const fine = await query(server.url, via, `{ ${aliases(4, 'publishedSources(pagination: { pageSize: 100 }) { data { name } }')} }`);
      expect(fine.status).toBe(200);
      expect(fine.body.data.a3.data.length).toBeGreaterThan(0);
    });

    it('reads page sizes from variables', async () => {
      const source = `query Pages($size: Int) { ${aliases(6, 'publishedStories(pageSize: $size) { data { slug } }')} }`;
      const tooMany = await query(server.url, via, source, { size: 100 });
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.errors[0].message).toMatch(/graphqlLimits\.maxRequestedItems/);
      const fine = await query(server.url, via, source, { size: 50 });
      expect(fine.status).toBe(200);
      expect(fine.body.data.a5.data.length).toBeGreaterThan(0);
    });

    it('refuses a query nested deeper than the limit, fragments or not', async () => {
      const nested = (levels: number): string => (levels === 0 ? 'name' : `users { role { ${nested(levels - 1)} } }`);
      const deep = `{ ...Deep } fragment Deep on Query { usersPermissionsRoles { ${nested(11)} } }`;
      const response = await query(server.url, via, deep);
      expect(response.status).toBe(400);
      expect(response.body.errors[0].message).toMatch(/depth|nesting/);
    });

    it('stops parsing a query of more tokens than the limit', async () => {
      const response = await query(server.url, via, `{ publishedStories { data { slug ${' slug'.repeat(6000)} } } }`);
      expect(response.status).toBe(400);
      expect(response.body.errors[0].message).toMatch(/more tha[nt] 2000 tokens/);
    });

    it.each([
      ['"variables": 1', `{"query":"{ publishedStories { pagination { total } } }","variables":1}`],
      ['"variables": a string', `{"query":"{ publishedStories { pagination { total } } }","variables":"{}"}`],
      ['"variables": true', `{"query":"{ publishedStories { pagination { total } } }","variables":true}`],
      ['"operationName": 5', `{"query":"{ publishedStories { pagination { total } } }","operationName":5}`],
      ['a number', '1'],
      ['a string', '"{ publishedStories { pagination { total } } }"'],
      ['true', 'true'],
      ['an array', '[{"query":"{ publishedStories { pagination { total } } }"}]'],
      ['no query', '{"variables":{}}'],
      ['broken JSON', '{"query":'],
    ])('answers a body with %s with a 400, security headers and no stack', async (_what, body) => {
      const response = await post(server.url, body, PATHS[via]);
      expect(response.status).toBe(400);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toBeTruthy();
      expect(response.text).not.toMatch(LEAKS);
    });
  });

  it('answers each caller in the content type it accepts, never the one a previous caller asked for', async () => {
    const source = `{ publishedStory(slug: "${ARTICLE_SLUG}") { slug } }`;
    const graphqlResponse = await post(server.url, JSON.stringify({ query: source }), { accept: 'application/graphql-response+json' });
    expect(graphqlResponse.status).toBe(200);
    expect(graphqlResponse.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    for (let i = 0; i < 3; i += 1) {
      const plain = await post(server.url, JSON.stringify({ query: source }));
      expect(plain.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(plain.headers.get('set-cookie')).toBeNull();
      expect(plain.body.data.publishedStory.slug).toBe(ARTICLE_SLUG);
    }
  });

  it('sees root fields inside fragments when the public may not read stories or sources (last: it revokes)', async () => {
    for (const action of ['plugin::newsroom.story.findOne', 'plugin::newsroom.story.find', 'plugin::newsroom.source.findOne', 'plugin::newsroom.source.find']) {
      const result = await runTypeScript(EDIT_STORY, ['revoke-public-read', action], db.env);
      if (result.code !== 0) throw new Error(result.stderr);
    }
    const hidden = [
      `{ ... on Query { publishedStory(slug: "${ARTICLE_SLUG}") { slug } publishedStories { pagination { total } } } }`,
      `{ ...Both } fragment Both on Query { publishedStory(slug: "${ARTICLE_SLUG}") { slug } publishedStories { pagination { total } } }`,
      `{ publishedStory(slug: "${ARTICLE_SLUG}") { slug } }`,
      '{ ...Sources } fragment Sources on Query { publishedSources { data { name } } }',
      '{ publishedSources { data { name } } }',
    ];
    for (const via of Object.keys(PATHS) as PathName[]) {
      for (const source of hidden) {
        const response = await query(server.url, via, source);
        expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect(response.body.data?.publishedStory ?? null).toBeNull();
        expect(response.body.data?.publishedStories ?? null).toBeNull();
        expect(response.body.data?.publishedSources ?? null).toBeNull();
      }
    }
  });
});

describe('GraphQL errors outside the test mode', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedOrThrow(db.env);
  }, 300_000);

  afterAll(() => db?.drop());

  it('shows no stack trace or file path in development (what `npm start` and the demo run)', async () => {
    const server = await startServer({ ...db.env, NODE_ENV: 'development' });
    try {
      const failures = [
        await query(server.url, 'fast path', '{ publishedStory(slug: '),
        await query(server.url, 'Strapi (Apollo)', '{ publishedStory(slug: '),
        await query(server.url, 'fast path', '{ publishedStory(slug: 5) { slug } }'),
        await query(server.url, 'Strapi (Apollo)', '{ noSuchField }'),
        await query(server.url, 'fast path', 'query ($s: String!) { publishedStory(slug: $s) { slug } }', { s: 5 }),
        await post(server.url, '{"query":', { origin: 'http://localhost:1337' }),
      ];
      for (const failure of failures) {
        expect(failure.status).toBe(400);
        expect(failure.text).not.toMatch(LEAKS);
      }
      const rest = [
        await fetch(`${server.url}/api/newsroom/stories?populate[x]=1`),
        await fetch(`${server.url}/api/auth/local`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"identifier":' }),
        await fetch(`${server.url}/api/newsroom/stories/${'x'.repeat(300)}`),
      ];
      for (const response of rest) {
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        expect(await response.text()).not.toMatch(LEAKS);
      }
    } finally {
      await server.stop();
    }
  }, 120_000);

  it('serves no landing page in production', async () => {
    const server = await startServer({ ...db.env, NODE_ENV: 'production', PUBLIC_URL: 'https://news.example.com' });
    try {
      const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
      const html = await page.text();
      expect(html).not.toMatch(/<html|<!doctype|sandbox|embeddable/i);
      expect(page.status).toBe(400);
    } finally {
      await server.stop();
    }
  }, 120_000);
});
