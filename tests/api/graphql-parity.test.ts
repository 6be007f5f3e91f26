/**
 * GraphQL `publishedStories` at parity with REST `GET /api/newsroom/stories`: for a matrix of
 * filters, sorts and pages, both return the same stories in the same order with the same
 * pagination, through the fast path (public, no Origin) and through Strapi (with an Origin).
 */
import path from 'path';

import { createTestDatabase, type TestDatabase } from '../support/database';
import { httpCall } from '../support/http';
import { startServer, type RunningServer } from '../support/processes';
import { seedOrThrow } from '../support/seeding';

const ARTICLE_SLUG = 'us-should-divert-funding-for-ice-raids-to-efforts-to-combat-white-nationalist-terrorism';
const MORE_STORIES = path.join(__dirname, '..', 'fixtures', 'more-stories.json');

const FULL_STORY = `documentId slug headline standfirst body byline dateline section tags publishedAt updatedAt
  quotes { documentId text delivery deliveryNote isPartial speaker { documentId name kind title description affiliation { documentId name kind title } } }
  statistics { documentId value valueText unit measures period qualifier derivation
    source { documentId name kind title description affiliation { documentId name kind title } }
    baseline { documentId value valueText } comparison { documentId value valueText } }
  photoCaptions { documentId title caption creditLine creator agency copyrightNotice altText peopleShown image { url width height mime } }
  sources { documentId name kind title description affiliation { documentId name kind title } }`;

interface Case {
  rest: Record<string, string>;
  filters?: Record<string, unknown>;
  sort?: string[];
  pagination?: { page?: number; pageSize?: number };
}

describe('GraphQL publishedStories answers as REST does', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let harborBoard: string;
  let chacon: string;
  /** A moment between the first and the second story's publication. */
  let between: string;

  const rest = async (query: Record<string, string>) => {
    const response = await httpCall(`${server.url}/api/newsroom/stories?${new URLSearchParams(query)}`);
    return response;
  };
  const graphql = async (query: string, variables: Record<string, unknown>, origin?: string) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const LIST = `query($filters: PublishedStoryFiltersInput, $sort: [String!], $pagination: PublishedPaginationArg) {
    publishedStories(filters: $filters, sort: $sort, pagination: $pagination) { pagination { page pageSize pageCount total } data { ${FULL_STORY} } }
  }`;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedOrThrow(db.env, [undefined, MORE_STORIES]);
    server = await startServer(db.env);
    const harbor = (await rest({ section: 'Local', sort: 'publishedAt:asc' })).body.data;
    harborBoard = harbor[1].statistics[0].source.documentId;
    const article = (await httpCall(`${server.url}/api/newsroom/stories/${ARTICLE_SLUG}`)).body.data;
    chacon = article.sources.find((source: any) => source.name === 'Óscar Chacón').documentId;
    const first = Date.parse(article.publishedAt);
    const second = Date.parse(harbor[0].publishedAt);
    between = new Date((first + second) / 2).toISOString();
  });

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  const cases = (): Array<[string, Case]> => {
    const matrix: Array<[string, Case]> = [];
    const sections: Array<string | undefined> = [undefined, 'Local', 'U.S.', 'Nowhere'];
    const sorts: Array<string | undefined> = [undefined, 'publishedAt:desc', 'publishedAt:asc', 'headline:asc', 'headline:desc'];
    const pages: Array<[number, number] | undefined> = [undefined, [1, 2], [2, 2], [2, 1], [5, 100]];
    for (const section of sections) {
      for (const sort of sorts) {
        for (const page of pages) {
          const restQuery: Record<string, string> = {};
          if (section) restQuery.section = section;
          if (sort) restQuery.sort = sort;
          if (page) Object.assign(restQuery, { page: String(page[0]), pageSize: String(page[1]) });
          matrix.push([
            new URLSearchParams(restQuery).toString() || '(no parameters)',
            {
              rest: restQuery,
              filters: section ? { section: { eq: section } } : undefined,
              sort: sort ? [sort] : undefined,
              pagination: page ? { page: page[0], pageSize: page[1] } : undefined,
            },
          ]);
        }
      }
    }
    const more: Array<[string, Case]> = [
      ['tag=harbor', { rest: { tag: 'harbor' }, filters: { tag: { eq: 'harbor' } } }],
      ['tag=budget', { rest: { tag: 'budget' }, filters: { tag: { eq: 'budget' } } }],
      ['tag=IC (no partial match)', { rest: { tag: 'IC' }, filters: { tag: { eq: 'IC' } } }],
      ['source=harbor board', { rest: { source: harborBoard }, filters: { source: { eq: harborBoard } } }],
      ['source=Chacón, headline:desc', { rest: { source: chacon, sort: 'headline:desc' }, filters: { source: { eq: chacon } }, sort: ['headline:desc'] }],
      ['publishedAfter=between', { rest: { publishedAfter: between }, filters: { publishedAt: { gte: between } } }],
      ['publishedBefore=between', { rest: { publishedBefore: between }, filters: { publishedAt: { lte: between } } }],
      [
        'a closed date range, tag and section',
        {
          rest: { publishedAfter: '2000-01-01', publishedBefore: '2999-12-31', tag: 'harbor', section: 'Local', sort: 'publishedAt:asc', pageSize: '1' },
          filters: { publishedAt: { gte: '2000-01-01', lte: '2999-12-31' }, tag: { eq: 'harbor' }, section: { eq: 'Local' } },
          sort: ['publishedAt:asc'],
          pagination: { pageSize: 1 },
        },
      ],
      ['publishedAfter in the future', { rest: { publishedAfter: '2999-01-01' }, filters: { publishedAt: { gte: '2999-01-01' } } }],
    ];
    return [...matrix, ...more];
  };

  it('covers a matrix where the answers differ (so the comparison can fail)', async () => {
    const orders = new Set<string>();
    for (const [, testCase] of cases()) {
      orders.add(JSON.stringify((await rest(testCase.rest)).body.data.map((story: any) => story.slug)));
    }
    expect(orders.size).toBeGreaterThan(8);
  });

  it.each([
    ['the fast path (public, no Origin)', undefined],
    ['Strapi (a request with an Origin)', 'http://localhost:3000'],
  ])('returns the same stories, in the same order, with the same pagination as REST: %s', async (_label, origin) => {
    for (const [label, testCase] of cases()) {
      const expected = await rest(testCase.rest);
      expect(expected.status).toBe(200);
      const actual = await graphql(LIST, { filters: testCase.filters, sort: testCase.sort, pagination: testCase.pagination }, origin);
      expect({ label, errors: actual.body.errors }).toEqual({ label, errors: undefined });
      expect({ label, ...actual.body.data.publishedStories }).toEqual({ label, data: expected.body.data, pagination: expected.body.meta.pagination });
    }
  });

  it('accepts sort as one string, as Strapi queries do, and the older page/pageSize arguments', async () => {
    const sorted = await graphql('{ publishedStories(sort: "headline:asc", pagination: { page: 1, pageSize: 2 }) { data { slug } } }', {});
    const restSorted = await rest({ sort: 'headline:asc', pageSize: '2' });
    expect(sorted.body.data.publishedStories.data.map((story: any) => story.slug)).toEqual(restSorted.body.data.map((story: any) => story.slug));
    const older = await graphql('{ publishedStories(page: 2, pageSize: 1) { pagination { page pageSize } data { slug } } }', {});
    expect(older.body.data.publishedStories.pagination).toEqual({ page: 2, pageSize: 1 });
  });

  it.each([
    ['a page size above the limit', '{ publishedStories(pagination: { pageSize: 101 }) { data { slug } } }', /pageSize must be at most 100/],
    ['an unknown sort', '{ publishedStories(sort: ["slug:asc"]) { data { slug } } }', /sort must be one of publishedAt:desc/],
    ['two sorts', '{ publishedStories(sort: ["headline:asc", "publishedAt:desc"]) { data { slug } } }', /sort takes one value/],
    ['a date that is not one', '{ publishedStories(filters: { publishedAt: { gte: "yesterday" } }) { data { slug } } }', /filters\.publishedAt\.gte must be an ISO 8601 date/],
    ['an empty section', '{ publishedStories(filters: { section: { eq: "" } }) { data { slug } } }', /filters\.section\.eq must not be empty/],
    ['pagination and page together', '{ publishedStories(page: 1, pagination: { page: 2 }) { data { slug } } }', /not both/],
    ['a filter on a field that has none', '{ publishedStories(filters: { headline: { eq: "x" } }) { data { slug } } }', /headline/],
    ['an operator REST does not have', '{ publishedStories(filters: { section: { contains: "U" } }) { data { slug } } }', /contains/],
  ])('refuses %s with an error naming it, as REST does', async (_label, query, message) => {
    const response = await graphql(query, {});
    expect(response.body.data?.publishedStories ?? null).toBeNull();
    expect(response.body.errors.map((error: any) => error.message).join(' ')).toMatch(message);
  });
});
