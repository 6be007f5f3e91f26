/**
 * Sources for consumers: REST `/api/newsroom/sources` and `/sources/:documentId`, and GraphQL
 * `publishedSources` / `publishedSource`, against the built app.
 */
import path from 'path';

import { createTestDatabase, type TestDatabase } from '../support/database';
import { httpCall } from '../support/http';
import { startServer, type RunningServer } from '../support/processes';
import { seedOrThrow, writeTempFixture } from '../support/seeding';

const ARTICLE_SLUG = 'us-should-divert-funding-for-ice-raids-to-efforts-to-combat-white-nationalist-terrorism';
const FOLLOW_UP_SLUG = 'alianza-americas-repeats-its-call';
const MORE_STORIES = path.join(__dirname, '..', 'fixtures', 'more-stories.json');

/** A newer published story quoting Óscar Chacón again, so his page lists two stories. */
const FOLLOW_UP = {
  sources: [{ key: 'oscar-chacon', name: 'Óscar Chacón', kind: 'person' }],
  stories: [
    {
      status: 'published',
      headline: 'Alianza Americas repeats its call',
      section: 'U.S.',
      tags: ['immigration'],
      body: ['"We said it before," said Óscar Chacón.'],
      sources: ['oscar-chacon'],
      quotes: [{ text: 'We said it before', speaker: 'oscar-chacon', delivery: 'spoken', isPartial: false }],
    },
  ],
};

describe('sources of published stories', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let published: any[];
  const get = (pathAndQuery: string) => httpCall(`${server.url}/api/newsroom${pathAndQuery}`);
  const graphql = async (query: string, variables: Record<string, unknown> = {}) =>
    (await httpCall(`${server.url}/graphql`, { method: 'POST', body: { query, variables } })).body;
  const sourceNamed = async (name: string) => (await get(`/sources?q=${encodeURIComponent(name)}`)).body.data.find((s: any) => s.name === name);

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedOrThrow(db.env, [undefined, MORE_STORIES, writeTempFixture(FOLLOW_UP)]);
    server = await startServer(db.env, { timeoutMs: 180_000 });
    published = (await get('/stories?pageSize=100')).body.data;
  }, 400_000);

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('lists exactly the sources that published stories quote, cite for a figure or list, by name', async () => {
    const expected = new Map<string, any>();
    for (const story of published) {
      for (const source of [...story.quotes.map((q: any) => q.speaker), ...story.statistics.map((s: any) => s.source), ...story.sources]) {
        if (source) expected.set(source.documentId, source);
      }
    }
    const { status, body } = await get('/sources?pageSize=100');
    expect(status).toBe(200);
    const byId = (a: any, b: any) => a.documentId.localeCompare(b.documentId);
    expect([...body.data].sort(byId)).toEqual([...expected.values()].sort(byId));
    // By name in the database's collation; names in plain ASCII compare the same everywhere.
    const ascii = body.data.map((source: any) => source.name.toLowerCase()).filter((name: string) => /^[\x20-\x7e]+$/.test(name));
    expect(ascii).toEqual([...ascii].sort());
    expect(body.meta.pagination).toEqual({ page: 1, pageSize: 100, pageCount: 1, total: expected.size });
    // Getty Images is only Tom Cooper's affiliation: not quoted, cited or listed itself.
    const names = body.data.map((source: any) => source.name);
    expect(names).not.toContain('Getty Images');
    expect(names).toContain('Tom Cooper');
  });

  it('pages through the list without gaps or repeats', async () => {
    const all = (await get('/sources?pageSize=100')).body.data.map((s: any) => s.documentId);
    const paged: string[] = [];
    for (let page = 1; ; page += 1) {
      const { body } = await get(`/sources?page=${page}&pageSize=3`);
      expect(body.meta.pagination).toMatchObject({ page, pageSize: 3, total: all.length, pageCount: Math.ceil(all.length / 3) });
      if (body.data.length === 0) break;
      paged.push(...body.data.map((s: any) => s.documentId));
    }
    expect(paged).toEqual(all);
  });

  it.each([
    ['harbor', ['Lakeport Harbor Board']],
    ['HARBOR board', ['Lakeport Harbor Board']],
    ['mcaleenan', ['Kevin McAleenan']],
    ['%', []],
    ['_', []],
    ['no such name', []],
  ])('?q=%s searches names, in any case, with no wildcards', async (q, names) => {
    const { status, body } = await get(`/sources?q=${encodeURIComponent(q)}`);
    expect(status).toBe(200);
    expect(body.data.map((s: any) => s.name)).toEqual(names);
    expect(body.meta.pagination.total).toBe(names.length);
  });

  it('shows one source with its published stories, newest first, as /stories?source= lists them', async () => {
    const chacon = await sourceNamed('Óscar Chacón');
    const { status, body } = await get(`/sources/${chacon.documentId}`);
    expect(status).toBe(200);
    const { stories, ...source } = body.data;
    expect(source).toEqual(chacon);
    expect(stories.map((story: any) => story.slug)).toEqual([FOLLOW_UP_SLUG, ARTICLE_SLUG]);
    expect(Object.keys(stories[0]).sort()).toEqual(['documentId', 'headline', 'publishedAt', 'section', 'slug', 'standfirst', 'tags']);
    expect(body.meta.pagination).toEqual({ page: 1, pageSize: 10, pageCount: 1, total: 2 });
    const filtered = (await get(`/stories?source=${chacon.documentId}&fields=headline`)).body.data;
    expect(stories.map((story: any) => story.slug)).toEqual(filtered.map((story: any) => story.slug));

    const second = await get(`/sources/${chacon.documentId}?page=2&pageSize=1`);
    expect(second.body.data.stories.map((story: any) => story.slug)).toEqual([ARTICLE_SLUG]);
    expect(second.body.meta.pagination).toEqual({ page: 2, pageSize: 1, pageCount: 2, total: 2 });
  });

  it('counts a source cited only for a figure', async () => {
    const board = await sourceNamed('Lakeport Harbor Board');
    const { body } = await get(`/sources/${board.documentId}`);
    expect(body.data.stories.map((story: any) => story.slug)).toEqual(['harbor-fees-to-rise-by-4-percent']);
  });

  it.each([
    ['an unknown documentId', 'abcdefghijklmnopqrstuvwx'],
    ['a malformed documentId', '..%2Fetc'],
  ])('answers 404 for %s', async (_label, documentId) => {
    const { status, body } = await get(`/sources/${documentId}`);
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ status: 404, name: 'NotFoundError' });
  });

  it('answers 404 for a source that only an affiliation names', async () => {
    const [getty] = await db.query("SELECT document_id FROM newsroom_sources WHERE name = 'Getty Images'");
    expect((await get(`/sources/${getty.document_id}`)).status).toBe(404);
  });

  it.each([
    ['/sources?pageSize=101', /pageSize must be at most 100/],
    ['/sources?sort=name:desc', /unknown query parameter "sort"/],
    ['/sources?q=', /q must not be empty/],
    ['/sources?q=a&q=b', /q must be given once/],
    ['/sources/x?fields=name', /unknown query parameter "fields"/],
  ])('answers 400 naming the problem for %s', async (pathAndQuery, message) => {
    const { status, body } = await get(pathAndQuery);
    expect(status).toBe(400);
    expect(body.error.message).toMatch(message);
  });

  describe('GraphQL', () => {
    it('publishedSources answers as the REST list, with Strapi-style filters and pagination', async () => {
      for (const [q, page, pageSize] of [[undefined, 1, 100], ['harbor', 1, 10], [undefined, 2, 4]] as const) {
        const rest = (await get(`/sources?${new URLSearchParams({ ...(q ? { q } : {}), page: String(page), pageSize: String(pageSize) })}`)).body;
        const answer = await graphql(
          `query($filters: PublishedSourceFiltersInput, $pagination: PublishedPaginationArg) {
            publishedSources(filters: $filters, pagination: $pagination) {
              pagination { page pageSize pageCount total }
              data { documentId name kind title description affiliation { documentId name kind title } }
            }
          }`,
          { filters: q ? { name: { containsi: q } } : undefined, pagination: { page, pageSize } }
        );
        expect(answer.errors).toBeUndefined();
        expect(answer.data.publishedSources).toEqual({ data: rest.data, pagination: rest.meta.pagination });
      }
    });

    it('publishedSource gives the source and its published stories, newest first; null for others', async () => {
      const chacon = await sourceNamed('Óscar Chacón');
      const query = `query($documentId: ID!) {
        publishedSource(documentId: $documentId, pagination: { pageSize: 5 }) {
          name affiliation { name } stories { pagination { total } data { slug headline quotes { text } } }
        }
      }`;
      const answer = await graphql(query, { documentId: chacon.documentId });
      expect(answer.data.publishedSource).toMatchObject({
        name: 'Óscar Chacón',
        affiliation: { name: 'Alianza Americas' },
        stories: { pagination: { total: 2 } },
      });
      expect(answer.data.publishedSource.stories.data.map((story: any) => story.slug)).toEqual([FOLLOW_UP_SLUG, ARTICLE_SLUG]);
      expect(answer.data.publishedSource.stories.data[0].quotes).toEqual([{ text: 'We said it before' }]);
      const [getty] = await db.query("SELECT document_id FROM newsroom_sources WHERE name = 'Getty Images'");
      for (const documentId of [getty.document_id, 'abcdefghijklmnopqrstuvwx', '../x']) {
        expect((await graphql(query, { documentId })).data).toEqual({ publishedSource: null });
      }
    });

    it('refuses a page size above the limit', async () => {
      const answer = await graphql('{ publishedSources(pagination: { pageSize: 500 }) { data { name } } }');
      expect(answer.errors[0].message).toMatch(/pageSize must be at most 100/);
    });
  });
});
