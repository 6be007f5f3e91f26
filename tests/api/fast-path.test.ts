import path from 'path';

import { createTestDatabase, type TestDatabase } from '../support/database';
import { runTypeScript, startServer, type RunningServer } from '../support/processes';
import { seed } from '../support/seeding';

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
    const result = await seed(db.env);
    if (result.code !== 0) throw new Error(result.stderr);
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

  it('leaves requests with an Origin or a query string to Strapi', async () => {
    await fetch(storyUrl(), { headers: { origin: 'https://news.example' } });
    expect(strapiSaw(`/api/newsroom/stories/${ARTICLE_SLUG}`)).toBe(2);
    await fetch(`${storyUrl()}?status=published`);
    expect(strapiSaw(`/api/newsroom/stories/${ARTICLE_SLUG}?status=published`)).toBe(1);
  });

  it('shows an edit on the next request', async () => {
    await edit('quote-text', 'accurate', 'an accurate');
    const body = await (await fetch(storyUrl())).json();
    expect(body.data.quotes.map((quote: any) => quote.text)).toContain('an accurate');
  });

  it('honours a revoked public permission on the next request', async () => {
    expect((await fetch(storyUrl())).status).toBe(200);
    await edit('revoke-public-read');
    expect((await fetch(storyUrl())).status).toBe(403);
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
