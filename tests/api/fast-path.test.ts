import path from 'path';

import { createTestDatabase, type TestDatabase } from '../support/database';
import { runTypeScript, startServer, type RunningServer } from '../support/processes';
import { seed, seedOrThrow } from '../support/seeding';

const ARTICLE_SLUG = 'us-should-divert-funding-for-ice-raids-to-efforts-to-combat-white-nationalist-terrorism';
const EDIT_STORY = path.join(__dirname, '..', 'support', 'edit-story.ts');

/**
 * The fast path answers repeated public story reads without Strapi's middleware stack. Strapi's
 * request logger shows which requests reached Strapi; everything must stay exactly as correct.
 */
describe('the published-story fast path', () => {
  let db: TestDatabase;
  let server: RunningServer;
  const storyUrl = () => `${server.url}/api/newsroom/stories/${ARTICLE_SLUG}`;
  const strapiSaw = (pathAndQuery: string) =>
    server.log().split('\n').filter((line) => line.includes(`GET ${pathAndQuery} `)).length;
  const edit = async (...args: string[]) => {
    const result = await runTypeScript(EDIT_STORY, args, db.env);
    if (result.code !== 0) throw new Error(result.stderr);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedOrThrow(db.env);
    server = await startServer(db.env);
  });

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('serves a repeated read without Strapi, byte for byte and header for header', async () => {
    const first = await fetch(storyUrl());
    const firstBody = await first.text();
    const second = await fetch(storyUrl());
    const secondBody = await second.text();
    expect(second.status).toBe(200);
    expect(secondBody).toBe(firstBody);
    for (const header of ['content-type', 'etag', 'last-modified', 'cache-control', 'x-content-type-options', 'content-security-policy']) {
      expect(second.headers.get(header)).toBe(first.headers.get(header));
    }
    expect(strapiSaw(`/api/newsroom/stories/${ARTICLE_SLUG}`)).toBe(1);

    const notModified = await fetch(storyUrl(), { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect(notModified.status).toBe(304);
    const head = await fetch(storyUrl(), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(firstBody)));
    expect(strapiSaw(`/api/newsroom/stories/${ARTICLE_SLUG}`)).toBe(1);
  });

  it('leaves requests with an Origin or credentials to Strapi', async () => {
    await fetch(storyUrl(), { headers: { origin: 'https://news.example' } });
    await fetch(storyUrl(), { headers: { authorization: 'Bearer not-a-token' } });
    expect(strapiSaw(`/api/newsroom/stories/${ARTICLE_SLUG}`)).toBe(3);
  });

  it('caches each list URL once Strapi has answered it, and never a refusal', async () => {
    const listUrl = `${server.url}/api/newsroom/stories?pageSize=5&sort=headline:asc`;
    const first = await (await fetch(listUrl)).text();
    expect(await (await fetch(listUrl)).text()).toBe(first);
    expect(strapiSaw('/api/newsroom/stories?pageSize=5&sort=headline:asc')).toBe(1);
    const bad = `${server.url}/api/newsroom/stories?pageSize=5000`;
    expect((await fetch(bad)).status).toBe(400);
    expect((await fetch(bad)).status).toBe(400);
    expect(strapiSaw('/api/newsroom/stories?pageSize=5000')).toBe(2);
  });

  it('answers GraphQL published-story queries without Strapi once Strapi has answered one', async () => {
    const graphql = (query: string, variables: Record<string, unknown> = {}) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
    const storyQuery = 'query($slug: String!) { publishedStory(slug: $slug) { headline quotes { text speaker { name } } } }';
    const strapiGraphqlRequests = () => server.log().split('\n').filter((line) => line.includes('POST /graphql ')).length;

    const first = await graphql(storyQuery, { slug: ARTICLE_SLUG });
    const firstBody = await first.json();
    expect(strapiGraphqlRequests()).toBe(1);
    const second = await graphql(storyQuery, { slug: ARTICLE_SLUG });
    expect(await second.json()).toEqual(firstBody);
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(second.headers.get('x-content-type-options')).toBe('nosniff');
    expect(firstBody.data.publishedStory.quotes).toHaveLength(14);
    const list = await (await graphql('{ publishedStories(pageSize: 1) { pagination { total } data { slug } } }')).json();
    expect(list.data.publishedStories).toEqual({ pagination: { total: 1 }, data: [{ slug: ARTICLE_SLUG }] });
    expect(strapiGraphqlRequests()).toBe(1);

    // Errors, introspection and anything outside the two queries are Strapi's to answer.
    const tooLarge = await (await graphql('{ publishedStories(pageSize: 1000) { data { slug } } }')).json();
    expect(tooLarge.errors[0].message).toMatch(/pageSize must be at most 100/);
    await graphql('{ __schema { queryType { name } } }');
    await graphql('{ publishedStory(slug: "x") { headline } me { id } }');
    expect(strapiGraphqlRequests()).toBe(4);
  });

  it('shows an edit on the next request', async () => {
    await edit('quote-text', 'accurate', 'an accurate');
    const body = await (await fetch(storyUrl())).json();
    expect(body.data.quotes.map((quote: any) => quote.text)).toContain('an accurate');
    const graphql = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ publishedStory(slug: "${ARTICLE_SLUG}") { quotes { text } } }` }),
    });
    expect((await graphql.json()).data.publishedStory.quotes.map((quote: any) => quote.text)).toContain('an accurate');
  });

  it('honours a revoked public permission on the next request', async () => {
    expect((await fetch(storyUrl())).status).toBe(200);
    await edit('revoke-public-read');
    expect((await fetch(storyUrl())).status).toBe(403);
  });

  it('gives each format a permission of its own', async () => {
    expect((await fetch(`${storyUrl()}/ninjs`)).status).toBe(200);
    await edit('revoke-public-read', 'plugin::newsroom.story-ninjs.findOne');
    expect((await fetch(`${storyUrl()}/ninjs`)).status).toBe(403);
    expect((await fetch(`${storyUrl()}/jsonld`)).status).toBe(200);
  });

  it('stops serving a story the moment it is unpublished', async () => {
    // Another server on the same database, so the permission revoked above does not matter here.
    const other = await createTestDatabase();
    try {
      expect((await seed(other.env)).code).toBe(0);
      const second = await startServer(other.env);
      try {
        const url = `${second.url}/api/newsroom/stories/${ARTICLE_SLUG}`;
        expect((await fetch(url)).status).toBe(200);
        expect((await fetch(url)).status).toBe(200);
        const result = await runTypeScript(EDIT_STORY, ['unpublish', ARTICLE_SLUG], other.env);
        expect(result.code).toBe(0);
        expect((await fetch(url)).status).toBe(404);
      } finally {
        await second.stop();
      }
    } finally {
      await other.drop();
    }
  });
});
