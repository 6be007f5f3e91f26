import path from 'path';

import { createTestDatabase, type TestDatabase } from '../support/database';
import { startServer, type RunningServer } from '../support/processes';
import { seedOrThrow } from '../support/seeding';

const ARTICLE_SLUG = 'us-should-divert-funding-for-ice-raids-to-efforts-to-combat-white-nationalist-terrorism';
const DEMO_DRAFT_SLUG = 'border-apprehensions-fell-again-in-july-dhs-says';
const MORE_STORIES = path.join(__dirname, '..', 'fixtures', 'more-stories.json');

describe('REST: published stories', () => {
  let db: TestDatabase;
  let server: RunningServer;
  const get = async (pathAndQuery: string) => {
    const response = await fetch(`${server.url}${pathAndQuery}`);
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null, text };
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedOrThrow(db.env, [undefined, MORE_STORIES]);
    server = await startServer(db.env);
  });

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  describe('GET /api/newsroom/stories', () => {
    it('lists published stories only, newest first, with pagination', async () => {
      const { status, body } = await get('/api/newsroom/stories');
      expect(status).toBe(200);
      expect(body.data.map((story: any) => story.slug)).toEqual([
        'harbor-fees-to-rise-by-4-percent',
        'lakeport-harbor-reopens-after-dredging',
        ARTICLE_SLUG,
      ]);
      expect(body.meta.pagination).toEqual({ page: 1, pageSize: 10, pageCount: 1, total: 3 });
    });

    it('pages through the list', async () => {
      const { body } = await get('/api/newsroom/stories?page=2&pageSize=2');
      expect(body.data.map((story: any) => story.slug)).toEqual([ARTICLE_SLUG]);
      expect(body.meta.pagination).toEqual({ page: 2, pageSize: 2, pageCount: 2, total: 3 });
    });

    it('never returns a draft, whatever the query asks', async () => {
      for (const query of ['?status=draft', '?publicationState=preview', '?filters[slug][$eq]=embargoed-harbor-audit-findings']) {
        const { status, text } = await get(`/api/newsroom/stories${query}`);
        expect(status).toBe(400);
        expect(text).not.toMatch(/SECRET DRAFT|Embargoed|border-apprehensions/);
      }
      const all = await get('/api/newsroom/stories?pageSize=100&status=published');
      expect(all.status).toBe(200);
      expect(all.text).not.toMatch(/SECRET DRAFT|Embargoed|border-apprehensions/);
    });

    it.each([
      ['?pageSize=1000', /pageSize must be at most 100/],
      ['?page=0', /page must be at least 1/],
      ['?page=two', /page must be a whole number/],
      ['?orderBy=headline', /unknown query parameter "orderBy"/],
      ['?sort=slug:asc', /sort must be one of publishedAt:desc/],
    ])('answers 400 naming the problem for %s', async (query, message) => {
      const { status, body } = await get(`/api/newsroom/stories${query}`);
      expect(status).toBe(400);
      expect(body.error.message).toMatch(message);
    });
  });

  describe('GET /api/newsroom/stories/:slug', () => {
    it('returns the article with quotes, speakers, figures, sources and caption', async () => {
      const { status, body } = await get(`/api/newsroom/stories/${ARTICLE_SLUG}`);
      expect(status).toBe(200);
      const story = body.data;
      expect(story).toMatchObject({ slug: ARTICLE_SLUG, section: 'U.S.', dateline: 'WASHINGTON' });
      expect(story.publishedAt).toEqual(expect.any(String));
      expect(story.body[0]).toEqual({
        type: 'paragraph',
        children: [{ type: 'text', text: expect.stringMatching(/^A network of immigration advocacy groups/) }],
      });

      expect(story.quotes).toHaveLength(14);
      const laws = story.quotes.find((quote: any) => quote.text.startsWith('Laws should not'));
      expect(laws.speaker).toMatchObject({
        name: 'Óscar Chacón',
        kind: 'person',
        title: 'Executive director',
        affiliation: { name: 'Alianza Americas', kind: 'organization' },
      });
      // In reading order: the first quote of the text comes first.
      expect(story.quotes[0].text).toBe('white nationalist terrorism');
      expect(story.quotes.every((quote: any) => quote.speaker !== null)).toBe(true);

      const decrease = story.statistics.find((statistic: any) => statistic.valueText === '43 percent');
      expect(decrease).toMatchObject({
        value: 43,
        unit: 'percent',
        derivation: 'percent-decrease',
        baseline: { value: 144000, valueText: '144,000' },
        comparison: { value: 82000, valueText: '82,000' },
        source: { name: 'Kevin McAleenan', affiliation: { name: 'Department of Homeland Security' } },
      });
      expect(story.statistics).toHaveLength(9);

      expect(story.photoCaptions).toEqual([
        expect.objectContaining({ title: 'ICE protest', creditLine: 'Tom Cooper/Getty', creator: 'Tom Cooper', agency: 'Getty Images' }),
      ]);
      expect(story.sources.map((source: any) => source.name)).toContain('Kevin McAleenan');
    });

    it('exposes no internal ids or admin users', async () => {
      const { text } = await get(`/api/newsroom/stories/${ARTICLE_SLUG}`);
      expect(text).not.toMatch(/"(id|createdBy|updatedBy|created_by_id|locale)":/);
    });

    it.each([
      ['an unpublished story', DEMO_DRAFT_SLUG],
      ['an unpublished story asked for as a draft', `${DEMO_DRAFT_SLUG}?status=draft`],
      ['an unknown slug', 'no-such-story'],
      ['a slug that is not a slug', '..%2F..%2Fetc'],
    ])('answers 404 for %s and reveals nothing', async (_label, slugAndQuery) => {
      const { status, text } = await get(`/api/newsroom/stories/${slugAndQuery}`);
      expect([404, 400]).toContain(status);
      if (!slugAndQuery.includes('?')) expect(status).toBe(404);
      expect(text).not.toMatch(/53 percent|Border apprehensions fell|SECRET/);
    });
  });

  it('refuses writes from the public', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const response = await fetch(`${server.url}/api/newsroom/stories/${ARTICLE_SLUG}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: method === 'DELETE' ? undefined : JSON.stringify({ data: { headline: 'hacked' } }),
      });
      expect([403, 404, 405]).toContain(response.status);
    }
    const { body } = await get(`/api/newsroom/stories/${ARTICLE_SLUG}`);
    expect(body.data.headline).not.toBe('hacked');
  });
});
