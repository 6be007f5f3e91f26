/**
 * No draft ever leaks: REST and GraphQL, public and API-token callers, against the built app.
 * Already proven elsewhere (not repeated): ?status=draft / publicationState / filters[] are 400 on
 * the list (tests/api/stories.test.ts), a draft is a 404 in every format and null over GraphQL, and
 * `status: DRAFT` / generated CRUD do not exist in GraphQL for the public (tests/api/delivery.test.ts).
 * Here: the same and more for every caller, on a database where drafts differ from what is published.
 */

import {
  ARTICLE_SLUG,
  call,
  CALLERS,
  DRAFT_MARKERS,
  DRAFT_ONLY,
  DRAFT_SLUGS,
  EDITED_SLUG,
  graphql,
  PUBLISHED_SLUGS,
  startNewsroomWithDrafts,
  type Newsroom,
} from './support';

describe('no draft leaks, whoever asks and however', () => {
  let newsroom: Newsroom;
  const api = (pathAndQuery: string, token?: string) => call(`${newsroom.server.url}${pathAndQuery}`, { token });

  beforeAll(async () => {
    newsroom = await startNewsroomWithDrafts();
  }, 180_000);

  afterAll(() => newsroom?.close());

  it('sets up a database where drafts really differ (so the matrix can fail)', async () => {
    const rows = await newsroom.db.query(
      `SELECT headline, section, published_at FROM newsroom_stories WHERE slug = '${EDITED_SLUG}' ORDER BY id`
    );
    expect(rows.map((row) => [row.headline, row.section, row.published_at === null])).toEqual(
      expect.arrayContaining([
        [DRAFT_ONLY.headline, DRAFT_ONLY.section, true],
        ['Lakeport harbor reopens after dredging', 'Local', false],
      ])
    );
    // The admin (Content Manager) does see the draft: the data is there to leak.
    const admin = await call(
      `${newsroom.server.url}/content-manager/collection-types/plugin::newsroom.story?filters[slug][$eq]=${DRAFT_SLUGS[1]}`,
      { token: newsroom.chief.token }
    );
    expect(admin.text).toMatch(/SECRET DRAFT/);
  });

  describe.each(CALLERS)('REST, %s', (caller) => {
    const token = () => newsroom.tokens[caller];

    it.each([
      ['status=draft', '?status=draft'],
      ['publicationState=preview', '?publicationState=preview'],
      ['a filter on a draft-only value', `?filters[headline][$eq]=${encodeURIComponent(DRAFT_ONLY.headline)}`],
      ['a filter on publishedAt being null', '?filters[publishedAt][$null]=true'],
      ['populate', '?populate=*'],
      ['a nested populate', '?populate[quotes][populate][story]=true'],
      ['an unknown parameter', '?hasPublishedVersion=false'],
    ])('the list refuses %s with a 400 that reveals nothing', async (_label, query) => {
      const response = await api(`/api/newsroom/stories${query}`, token());
      expect(response.status).toBe(400);
      expect(response.text).not.toMatch(DRAFT_MARKERS);
    });

    it('lists published stories only: counts in meta.pagination ignore drafts', async () => {
      const response = await api('/api/newsroom/stories?pageSize=100&status=published', token());
      expect(response.status).toBe(200);
      expect(response.body.data.map((story: any) => story.slug).sort()).toEqual([...PUBLISHED_SLUGS].sort());
      expect(response.body.meta.pagination).toEqual({ page: 1, pageSize: 100, pageCount: 1, total: 3 });
      expect(response.text).not.toMatch(DRAFT_MARKERS);
      // The published story with a changed draft is served as published.
      const edited = response.body.data.find((story: any) => story.slug === EDITED_SLUG);
      expect(edited).toMatchObject({ headline: 'Lakeport harbor reopens after dredging', section: 'Local', tags: ['harbor'] });
    });

    it.each([
      ['section', `?section=${DRAFT_ONLY.section}`],
      ['tag', `?tag=${DRAFT_ONLY.tag}`],
      ['source cited only by drafts', () => `?source=${newsroom.draftOnlySourceId}`],
      ['publishedAfter far in the past with a draft-only section', `?publishedAfter=1970-01-01&section=${DRAFT_ONLY.section}`],
    ])('filtering on a draft-only %s finds nothing: total 0', async (_label, query) => {
      const q = typeof query === 'function' ? query() : query;
      const response = await api(`/api/newsroom/stories${q}`, token());
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual([]);
      expect(response.body.meta.pagination.total).toBe(0);
    });

    it('sorts by headline among published headlines only', async () => {
      const response = await api('/api/newsroom/stories?sort=headline:desc&pageSize=1', token());
      expect(response.status).toBe(200);
      // "ZZZ draft-only headline" would sort first if a draft's headline were used.
      expect(response.body.data[0].headline).not.toBe(DRAFT_ONLY.headline);
      expect(response.body.meta.pagination.total).toBe(3);
      expect(response.text).not.toMatch(DRAFT_MARKERS);
    });

    // Read-only tokens included: Strapi grants them the actions named find/findOne, and each format
    // is the findOne of a controller of its own.
    it.each(['', '/ninjs', '/jsonld'])('serves the published version of an edited story at %s', async (suffix) => {
      const response = await api(`/api/newsroom/stories/${EDITED_SLUG}${suffix}`, token());
      expect(response.status).toBe(200);
      expect(response.text).toContain('Lakeport harbor reopens after dredging');
      expect(response.text).not.toMatch(DRAFT_MARKERS);
    });

    it.each(['', '/ninjs', '/jsonld', '?status=draft', '?status=published'])(
      'answers an unpublished slug (%s) exactly as a slug that never existed',
      async (suffix) => {
        for (const slug of DRAFT_SLUGS) {
          const draft = await api(`/api/newsroom/stories/${slug}${suffix}`, token());
          const unknown = await api(`/api/newsroom/stories/no-such-story-at-all${suffix}`, token());
          expect(draft.status).toBe(unknown.status);
          expect([400, 404]).toContain(draft.status);
          expect(draft.text.replaceAll(slug, 'SLUG')).toBe(unknown.text.replaceAll('no-such-story-at-all', 'SLUG'));
        }
      }
    );

    it('cannot reach a draft by guessing its documentId, in any route', async () => {
      for (const documentId of newsroom.draftDocumentIds) {
        for (const route of [`/api/newsroom/stories/${documentId}`, `/api/newsroom/stories/${documentId}/ninjs`]) {
          const response = await api(route, token());
          expect(response.status).toBe(404);
          expect(response.text).not.toMatch(DRAFT_MARKERS);
        }
        const bySource = await api(`/api/newsroom/stories?source=${documentId}`, token());
        expect(bySource.body.meta.pagination.total).toBe(0);
      }
    });

    it('lists only the sources of published stories: never one that only drafts use', async () => {
      const response = await api('/api/newsroom/sources?pageSize=100', token());
      expect(response.status).toBe(200);
      expect(response.body.data.map((source: any) => source.documentId)).not.toContain(newsroom.draftOnlySourceId);
      expect(response.text).not.toMatch(DRAFT_MARKERS);
      const search = await api(`/api/newsroom/sources?q=${encodeURIComponent(DRAFT_ONLY.sourceName)}`, token());
      expect(search.body).toEqual({ data: [], meta: { pagination: { page: 1, pageSize: 10, pageCount: 0, total: 0 } } });
    });

    it("answers a draft-only source's documentId exactly as one that never existed", async () => {
      const draftOnly = await api(`/api/newsroom/sources/${newsroom.draftOnlySourceId}`, token());
      const unknown = await api('/api/newsroom/sources/nosuchsourceatall0000000', token());
      expect(draftOnly.status).toBe(404);
      expect(draftOnly.text).toBe(unknown.text);
    });

    it("lists a source's stories with their published headlines, never a draft's", async () => {
      const sources = (await api('/api/newsroom/sources?pageSize=100', token())).body.data;
      for (const source of sources) {
        const response = await api(`/api/newsroom/sources/${source.documentId}?pageSize=100`, token());
        expect(response.status).toBe(200);
        expect(response.text).not.toMatch(DRAFT_MARKERS);
        for (const story of response.body.data.stories) expect(PUBLISHED_SLUGS).toContain(story.slug);
      }
      const okafor = sources.find((source: any) => source.name === 'Mira Okafor');
      const page = await api(`/api/newsroom/sources/${okafor.documentId}`, token());
      expect(page.body.data.stories).toEqual([expect.objectContaining({ slug: EDITED_SLUG, headline: 'Lakeport harbor reopens after dredging', section: 'Local' })]);
    });

    it("Strapi's own routes do not lead to newsroom records (upload's polymorphic `related`)", async () => {
      for (const query of [
        '?populate=related',
        '?populate[related][populate]=*',
        '?populate[related][on][plugin::newsroom.photo-caption][populate][story]=true',
        '?populate[related][on][plugin::newsroom.photo-caption][fields][0]=caption',
      ]) {
        const list = await api(`/api/upload/files${query}`, token());
        expect([200, 400, 403]).toContain(list.status);
        expect(list.text).not.toMatch(DRAFT_MARKERS);
        expect(list.text).not.toMatch(/plugin::newsroom|"headline"|"creditLine"/);
        const one = await api(`/api/upload/files/${newsroom.uploadedFileId}${query}`, token());
        expect([200, 400, 403, 404]).toContain(one.status);
        expect(one.text).not.toMatch(/plugin::newsroom|"headline"|"creditLine"/);
      }
    });
  });

  describe.each(CALLERS)('GraphQL, %s', (caller) => {
    const token = () => newsroom.tokens[caller];
    const gql = (query: string, variables?: Record<string, unknown>) => graphql(newsroom.server.url, query, token(), variables);

    it('lists published stories only, with a total that ignores drafts', async () => {
      const response = await gql('{ publishedStories(pageSize: 100) { pagination { total } data { slug headline section tags } } }');
      expect(response.status).toBe(200);
      const { data, pagination } = response.body.data.publishedStories;
      expect(pagination.total).toBe(3);
      expect(data.map((story: any) => story.slug).sort()).toEqual([...PUBLISHED_SLUGS].sort());
      expect(response.text).not.toMatch(DRAFT_MARKERS);
    });

    it('returns null for an unpublished slug or a documentId, and the published version of an edited story', async () => {
      for (const slug of [...DRAFT_SLUGS, ...newsroom.draftDocumentIds]) {
        const response = await gql('query($slug: String!) { publishedStory(slug: $slug) { headline } }', { slug });
        expect(response.body).toEqual({ data: { publishedStory: null } });
      }
      const edited = await gql('query($slug: String!) { publishedStory(slug: $slug) { headline section tags } }', { slug: EDITED_SLUG });
      expect(edited.body.data.publishedStory).toEqual({ headline: 'Lakeport harbor reopens after dredging', section: 'Local', tags: ['harbor'] });
    });

    it.each([
      ['status: DRAFT at the root (list)', '{ publishedStories(status: DRAFT) { data { slug } } }'],
      ['status: DRAFT at the root (one)', `{ publishedStory(slug: "${DRAFT_SLUGS[1]}", status: DRAFT) { headline } }`],
      ['status: DRAFT nested', '{ publishedStories { data { slug quotes(status: DRAFT) { text } } } }'],
      ['filters on a draft-only value', `{ publishedStories(filters: { headline: { eq: "${DRAFT_ONLY.headline}" } }) { data { slug } } }`],
      ['publicationState', '{ publishedStories(publicationState: PREVIEW) { data { slug } } }'],
      ['the generated story queries', '{ newsroomStories(status: DRAFT) { headline } }'],
      ['the generated story query by documentId', () => `{ newsroomStory(documentId: "${newsroom.draftDocumentIds[1]}", status: DRAFT) { headline } }`],
      ['the generated quote, source and caption queries', '{ newsroomQuotes { text } newsroomSources { name } newsroomPhotoCaptions { caption } }'],
    ])('refuses %s without revealing anything', async (_label, query) => {
      const response = await gql(typeof query === 'function' ? query() : query);
      expect(response.body.errors?.length).toBeGreaterThan(0);
      expect(response.body.data ?? null).toBeNull();
      expect(response.text).not.toMatch(DRAFT_MARKERS);
    });

    it('lists only the sources of published stories, with published headlines; null for a draft-only source', async () => {
      const list = await gql('{ publishedSources(pagination: { pageSize: 100 }) { pagination { total } data { documentId name } } }');
      expect(list.status).toBe(200);
      expect(list.body.data.publishedSources.data.map((source: any) => source.documentId)).not.toContain(newsroom.draftOnlySourceId);
      expect(list.text).not.toMatch(DRAFT_MARKERS);
      const search = await gql('query($name: String) { publishedSources(filters: { name: { containsi: $name } }) { pagination { total } } }', {
        name: DRAFT_ONLY.sourceName,
      });
      expect(search.body.data.publishedSources.pagination.total).toBe(0);
      const one = 'query($id: ID!) { publishedSource(documentId: $id) { name stories { data { slug headline section tags } } } }';
      expect((await gql(one, { id: newsroom.draftOnlySourceId })).body).toEqual({ data: { publishedSource: null } });
      for (const source of list.body.data.publishedSources.data) {
        const response = await gql(one, { id: source.documentId });
        expect(response.text).not.toMatch(DRAFT_MARKERS);
        for (const story of response.body.data.publishedSource.stories.data) expect(PUBLISHED_SLUGS).toContain(story.slug);
      }
    });

    it('has no newsroom type other than the Published* ones in its schema', async () => {
      const response = await graphql(newsroom.server.url, '{ __schema { types { name } } }');
      expect(response.status).toBe(200);
      const names: string[] = response.body.data.__schema.types.map((type: { name: string }) => type.name);
      expect(names).toContain('PublishedStory');
      expect(names.filter((name) => !name.startsWith('Published') && /newsroom|^Story|^Quote|^Source|^Statistic|PhotoCaption/i.test(name))).toEqual([]);
    });

    it('does not reach newsroom records through upload files', async () => {
      const response = await gql('{ uploadFiles { name related { __typename } } }');
      expect(response.text).not.toMatch(DRAFT_MARKERS);
      expect(response.text).not.toMatch(/Newsroom|PhotoCaption/i);
    });
  });

  describe('private fields are no filter oracle', () => {
    beforeAll(async () => {
      const created = await call(`${newsroom.server.url}/api/users`, {
        method: 'POST',
        token: newsroom.tokens['full-access token'],
        body: { username: 'reader', email: 'reader@newsroom.test', password: 'Reader-secret-2026', role: 1 },
      });
      if (created.status >= 300) throw new Error(`create user: ${created.text}`);
    });

    it.each(CALLERS)('%s: a filter on a private user field answers the same whatever value it guesses', async (caller) => {
      const token = newsroom.tokens[caller];
      const [hash] = await newsroom.db.query("SELECT password FROM up_users WHERE username = 'reader'");
      const prefix = String(hash.password).slice(0, 4); // a right guess ("$2a$"), and a wrong one
      for (const field of ['password', 'resetPasswordToken', 'confirmationToken']) {
        const right = await call(`${newsroom.server.url}/api/users?filters[${field}][$startsWith]=${encodeURIComponent(prefix)}`, { token });
        const wrong = await call(`${newsroom.server.url}/api/users?filters[${field}][$startsWith]=zzzz`, { token });
        const isNull = await call(`${newsroom.server.url}/api/users?filters[${field}][$null]=true`, { token });
        const notNull = await call(`${newsroom.server.url}/api/users?filters[${field}][$notNull]=true`, { token });
        expect(right.status).toBe(wrong.status);
        expect(right.text).toBe(wrong.text);
        expect(isNull.text).toBe(notNull.text);
        expect([400, 403]).toContain(right.status);
        expect(right.text).not.toContain('reader@newsroom.test');
      }
      // Sorting on a private field cannot order the results by it either.
      const sorted = await call(`${newsroom.server.url}/api/users?sort=password:asc`, { token });
      expect([400, 403]).toContain(sorted.status);
    });

    it.each(CALLERS)('%s: the newsroom routes take no filter at all, so none can probe a field', async (caller) => {
      const token = newsroom.tokens[caller];
      const responses = await Promise.all(
        ['filters[createdBy][email][$startsWith]=chief', 'filters[createdBy][email][$startsWith]=zz', 'filters[id][$gt]=0'].map((q) =>
          call(`${newsroom.server.url}/api/newsroom/stories?${q}`, { token })
        )
      );
      for (const response of responses) {
        expect(response.status).toBe(400);
        expect(response.text).toBe(responses[0].text);
      }
    });
  });

  describe('unknown query parameters', () => {
    it.each(CALLERS)('%s: every newsroom route answers 400 naming the parameter', async (caller) => {
      const sources = ['/api/newsroom/sources', `/api/newsroom/sources/${newsroom.draftOnlySourceId}`];
      for (const route of ['', `/${ARTICLE_SLUG}`, `/${ARTICLE_SLUG}/ninjs`, `/${ARTICLE_SLUG}/jsonld`].map((r) => `/api/newsroom/stories${r}`).concat(sources)) {
        const response = await api(`${route}?locale=en&foo=1`, newsroom.tokens[caller]);
        expect(response.status).toBe(400);
        expect(response.body.error.message).toMatch(/unknown query parameter/);
      }
    });

    // Strapi's own plugin controllers ignore rest.strictParams; the newsroom plugin applies it to them.
    it.each([
      ['/api/users?foo=1', '"foo"'],
      ['/api/users?populate=role&foo=1&bar=2', '"foo", "bar"'],
      ['/api/users/count?publicationState=preview', '"publicationState"'],
      ['/api/upload/files?foo=1', '"foo"'],
      ['/api/upload/files?filters[name][$eq]=pixel.png&related=1', '"related"'],
    ])('Strapi\'s own content-API route %s answers 400 naming %s', async (pathAndQuery, named) => {
      const response = await api(pathAndQuery, newsroom.tokens['full-access token']);
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({ name: 'ValidationError', details: { source: 'query' } });
      expect(response.body.error.message).toBe(`Invalid query: unknown query parameter${named.includes(',') ? 's' : ''} ${named}.`);
    });

    it.each([
      '/api/users?pagination[pageSize]=1&sort=username:asc&fields[0]=username',
      '/api/users/count?filters[username][$eq]=reader',
      `/api/upload/files?filters[id][$eq]=UPLOADED&fields[0]=name&populate=*`,
      `/api/upload/files/UPLOADED?fields[0]=name`,
    ])('the same routes still take their declared parameters: %s', async (pathAndQuery) => {
      const response = await api(pathAndQuery.replace('UPLOADED', String(newsroom.uploadedFileId)), newsroom.tokens['full-access token']);
      expect(response.status).toBe(200);
    });

    it('leaves alone the auth routes whose parameters the identity provider defines', async () => {
      const response = await api('/api/auth/email-confirmation?confirmation=not-a-real-token', newsroom.tokens['full-access token']);
      expect(response.text).not.toMatch(/unknown query parameter/);
      expect(response.status).toBeLessThan(500);
    });

    it('the public is refused before its parameters are read', async () => {
      expect((await api('/api/users?foo=1')).status).toBe(403);
    });
  });
});
