import path from 'path';

import { strapi as strapiClient, HTTPNotFoundError } from '@strapi/client';
import { GraphQLClient, gql } from 'graphql-request';

import { createTestDatabase, type TestDatabase } from '../support/database';
import { ninjsErrors } from '../unit/formats/ninjs-validator';
import { runTypeScript, startServer, type RunningServer } from '../support/processes';
import { seedOrThrow } from '../support/seeding';

const ARTICLE_SLUG = 'us-should-divert-funding-for-ice-raids-to-efforts-to-combat-white-nationalist-terrorism';
const DEMO_DRAFT_SLUG = 'border-apprehensions-fell-again-in-july-dhs-says';
const MORE_STORIES = path.join(__dirname, '..', 'fixtures', 'more-stories.json');
const EDIT_STORY = path.join(__dirname, '..', 'support', 'edit-story.ts');

describe('Delivery to consumers: REST (@strapi/client) and GraphQL (graphql-request)', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let rest: ReturnType<typeof strapiClient>;
  let graphql: GraphQLClient;

  const get = async (pathAndQuery: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.url}/api/newsroom${pathAndQuery}`, { headers });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
  };
  const slugs = (body: any) => body.data.map((story: any) => story.slug);

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedOrThrow(db.env, [undefined, MORE_STORIES]);
    server = await startServer(db.env);
    rest = strapiClient({ baseURL: `${server.url}/api` });
    graphql = new GraphQLClient(`${server.url}/graphql`);
  });

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  describe('REST through @strapi/client', () => {
    it('lists and fetches published stories', async () => {
      const list = await rest.collection('newsroom/stories').find();
      expect((list.data as any[]).map((story) => story.slug)).toContain(ARTICLE_SLUG);
      const one = await rest.collection('newsroom/stories').findOne(ARTICLE_SLUG);
      expect((one.data as any).quotes).toHaveLength(14);
    });

    it('gets a 404 for a draft', async () => {
      await expect(rest.collection('newsroom/stories').findOne(DEMO_DRAFT_SLUG)).rejects.toBeInstanceOf(HTTPNotFoundError);
    });
  });

  describe('REST filters, sort and sparse fields', () => {
    it.each([
      ['?section=Local', ['harbor-fees-to-rise-by-4-percent', 'lakeport-harbor-reopens-after-dredging']],
      ['?tag=budget', ['harbor-fees-to-rise-by-4-percent']],
      ['?tag=ICE', [ARTICLE_SLUG]],
      ['?tag=IC', []],
      ['?sort=headline:asc', ['harbor-fees-to-rise-by-4-percent', 'lakeport-harbor-reopens-after-dredging', ARTICLE_SLUG]],
      ['?sort=publishedAt:asc', [ARTICLE_SLUG, 'lakeport-harbor-reopens-after-dredging', 'harbor-fees-to-rise-by-4-percent']],
      ['?publishedAfter=2999-01-01', []],
      ['?publishedBefore=2000-01-01', []],
      ['?publishedAfter=2000-01-01&section=U.S.', [ARTICLE_SLUG]],
    ])('%s', async (query, expected) => {
      const { status, body } = await get(`/stories${query}`);
      expect(status).toBe(200);
      expect(slugs(body)).toEqual(expected);
      expect(body.meta.pagination.total).toBe(expected.length);
    });

    it('filters by source: quoted, cited for a figure, or listed', async () => {
      const article = (await get(`/stories/${ARTICLE_SLUG}`)).body.data;
      const chacon = article.sources.find((source: any) => source.name === 'Óscar Chacón');
      expect(slugs((await get(`/stories?source=${chacon.documentId}`)).body)).toEqual([ARTICLE_SLUG]);
      const harbor = (await get('/stories/harbor-fees-to-rise-by-4-percent')).body.data.statistics[0].source;
      expect(slugs((await get(`/stories?source=${harbor.documentId}`)).body)).toEqual(['harbor-fees-to-rise-by-4-percent']);
    });

    it('returns only the fields asked for (plus documentId and slug)', async () => {
      const { body } = await get(`/stories/${ARTICLE_SLUG}?fields=headline,quotes`);
      expect(Object.keys(body.data).sort()).toEqual(['documentId', 'headline', 'quotes', 'slug']);
      expect(body.data.quotes[0].speaker.name).toBe('Alianza Americas');
      const list = await get('/stories?fields=headline&pageSize=1');
      expect(Object.keys(list.body.data[0]).sort()).toEqual(['documentId', 'headline', 'slug']);
    });

    it.each([
      ['?fields=headline,secret', /unknown field "secret"/],
      ['?publishedAfter=yesterday', /publishedAfter must be an ISO 8601 date/],
      ['?tag=a&tag=b', /tag must be given once/],
      ['?section=', /section must not be empty/],
    ])('answers 400 for %s', async (query, message) => {
      const { status, body } = await get(`/stories${query}`);
      expect(status).toBe(400);
      expect(body.error.message).toMatch(message);
    });
  });

  describe('conditional requests', () => {
    it('answers 304 to a client whose copy is current, and 200 after an edit', async () => {
      const first = await get(`/stories/${ARTICLE_SLUG}`);
      const etag = first.headers.get('etag')!;
      const lastModified = first.headers.get('last-modified')!;
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(new Date(lastModified).getTime()).toBeGreaterThan(0);

      expect((await get(`/stories/${ARTICLE_SLUG}`, { 'if-none-match': etag })).status).toBe(304);
      expect((await get(`/stories/${ARTICLE_SLUG}`, { 'if-modified-since': lastModified })).status).toBe(304);
      const list = await get('/stories');
      expect((await get('/stories', { 'if-none-match': list.headers.get('etag')! })).status).toBe(304);

      // An editor changes a quote of the published story: the next request sees it.
      await new Promise((resolve) => setTimeout(resolve, 1100)); // Last-Modified has 1 s resolution
      const edited = await runTypeScript(EDIT_STORY, ['quote-text', 'very clear', 'very, very clear'], db.env);
      expect(edited.stderr).not.toMatch(/Error/);
      const afterEdit = await get(`/stories/${ARTICLE_SLUG}`, { 'if-none-match': etag });
      expect(afterEdit.status).toBe(200);
      expect(afterEdit.body.data.quotes.map((quote: any) => quote.text)).toContain('very, very clear');
      expect((await get(`/stories/${ARTICLE_SLUG}`, { 'if-modified-since': lastModified })).status).toBe(200);
      expect((await get('/stories', { 'if-none-match': list.headers.get('etag')! })).status).toBe(200);
    });
  });

  describe('newsroom standards', () => {
    it('serves IPTC ninjs 3.1 that validates against the official schema', async () => {
      const { status, headers, body } = await get(`/stories/${ARTICLE_SLUG}/ninjs`);
      expect(status).toBe(200);
      expect(headers.get('content-type')).toMatch(/^application\/json/);
      expect(ninjsErrors(body)).toEqual([]);
      expect(body.headlines[0].value).toMatch(/^U\.S\. Should Divert Funding/);
      const picture = Object.values(body.associations ?? {}).find((association: any) => association.type === 'picture') as any;
      expect(picture.by).toBe('Tom Cooper/Getty');
      expect(JSON.stringify(body.people)).toContain('Óscar Chacón');
    });

    it('serves schema.org NewsArticle JSON-LD with quotations and their speakers', async () => {
      const { status, headers, body } = await get(`/stories/${ARTICLE_SLUG}/jsonld`);
      expect(status).toBe(200);
      expect(headers.get('content-type')).toMatch(/^application\/ld\+json/);
      expect(body['@type']).toBe('NewsArticle');
      const quotations = body.hasPart.filter((part: any) => part['@type'] === 'Quotation');
      expect(quotations).toHaveLength(14);
      const laws = quotations.find((quote: any) => quote.text.startsWith('Laws should not'));
      const speaker = body.mentions.find((entity: any) => entity['@id'] === laws.spokenByCharacter['@id']);
      expect(speaker).toMatchObject({ '@type': 'Person', name: 'Óscar Chacón' });
      expect(body.image[0]).toMatchObject({ '@type': 'ImageObject', creditText: 'Tom Cooper/Getty' });
    });

    it('answers 404 for a draft in every format', async () => {
      for (const format of ['ninjs', 'jsonld']) {
        expect((await get(`/stories/${DEMO_DRAFT_SLUG}/${format}`)).status).toBe(404);
      }
    });
  });

  describe('GraphQL', () => {
    const STORY = gql`
      query Story($slug: String!) {
        publishedStory(slug: $slug) {
          slug
          headline
          quotes { text speaker { name kind title affiliation { name } } }
          statistics { valueText derivation baseline { valueText } comparison { valueText } source { name } }
          photoCaptions { creditLine creator agency }
          sources { name }
        }
      }
    `;

    it('serves a published story by slug with nested quotes, speakers, figures and captions', async () => {
      const { publishedStory } = await graphql.request<any>(STORY, { slug: ARTICLE_SLUG });
      expect(publishedStory.quotes).toHaveLength(14);
      expect(publishedStory.quotes.find((quote: any) => quote.text.startsWith('Laws'))!.speaker).toEqual({
        name: 'Óscar Chacón',
        kind: 'person',
        title: 'Executive director',
        affiliation: { name: 'Alianza Americas' },
      });
      expect(publishedStory.statistics.find((statistic: any) => statistic.valueText === '43 percent')).toEqual({
        valueText: '43 percent',
        derivation: 'percent-decrease',
        baseline: { valueText: '144,000' },
        comparison: { valueText: '82,000' },
        source: { name: 'Kevin McAleenan' },
      });
      expect(publishedStory.photoCaptions).toEqual([{ creditLine: 'Tom Cooper/Getty', creator: 'Tom Cooper', agency: 'Getty Images' }]);
    });

    it('lists published stories with pagination, never drafts', async () => {
      const { publishedStories } = await graphql.request<any>(gql`
        { publishedStories(page: 1, pageSize: 2) { pagination { page pageSize pageCount total } data { slug } } }
      `);
      expect(publishedStories.pagination).toEqual({ page: 1, pageSize: 2, pageCount: 2, total: 3 });
      expect(publishedStories.data.map((story: any) => story.slug)).toEqual([
        'harbor-fees-to-rise-by-4-percent',
        'lakeport-harbor-reopens-after-dredging',
      ]);
    });

    it('returns null for a draft or unknown slug', async () => {
      for (const slug of [DEMO_DRAFT_SLUG, 'embargoed-harbor-audit-findings', 'no-such-story', '../etc']) {
        expect((await graphql.request<any>(STORY, { slug })).publishedStory).toBeNull();
      }
    });

    it.each([
      ['status: DRAFT on the story query', `{ publishedStory(slug: "${DEMO_DRAFT_SLUG}", status: DRAFT) { headline } }`, /Unknown argument "status"/],
      ['the generated CRUD queries', '{ newsroomStories(status: DRAFT) { headline } }', /Cannot query field "newsroomStories"/],
      ['a mutation', 'mutation { createNewsroomStory(data: { headline: "x" }) { documentId } }', /Cannot query field "createNewsroomStory"/],
      ['a page larger than the limit', '{ publishedStories(pageSize: 1000) { data { slug } } }', /pageSize must be at most 100/],
    ])('refuses %s', async (_label, query, message) => {
      await expect(graphql.request(query)).rejects.toThrow(message);
    });

    it('limits query depth', async () => {
      // Users and roles refer to each other: the schema's one recursive path.
      const deep = `{ usersPermissionsRoles { users { role { users { role { users { role { users { role { users { role { users { username } } } } } } } } } } } } }`;
      // The newsroom cost limit refuses it before Strapi's depthLimit (both stand at 10).
      await expect(graphql.request(deep)).rejects.toThrow(/13 levels of nesting, the limit is 10 \(newsroom config graphqlLimits.maxDepth\)/);
    });
  });
});
