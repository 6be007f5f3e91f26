/**
 * No writes from outside. Already proven elsewhere (referenced, not repeated):
 *  - POST/PUT/DELETE on /api/newsroom/stories/:slug by the public (tests/api/stories.test.ts);
 *  - the four /newsroom admin routes answer 401 without an admin session (tests/api/admin-attributions.test.ts);
 *  - GraphQL createNewsroomStory does not exist for the public (tests/api/delivery.test.ts);
 *  - `npm run demo` refuses the default admin password with NODE_ENV=production (tests/cli/demo.test.ts).
 * Here: every newsroom route and method, every caller (tokens included), GraphQL mutations, Strapi's own
 * routes, and admin routes tried with credentials that are not an admin session.
 */
import { countRows, NEWSROOM_TABLES } from '../support/database';
import { ARTICLE_SLUG, call, CALLERS, graphql, startNewsroomWithDrafts, type Newsroom } from './support';

const NEWSROOM_ROUTES = ['/api/newsroom/stories', `/api/newsroom/stories/${ARTICLE_SLUG}`, `/api/newsroom/stories/${ARTICLE_SLUG}/ninjs`, `/api/newsroom/stories/${ARTICLE_SLUG}/jsonld`];
const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];
const HACKED = { data: { headline: 'hacked', slug: 'hacked', publishedAt: '2020-01-01T00:00:00.000Z' } };

const snapshot = async (newsroom: Newsroom) => {
  const tables: Record<string, unknown> = await countRows(newsroom.db, [...NEWSROOM_TABLES, 'files', 'admin_users']);
  // The reader account made below is left out.
  tables.users = await newsroom.db.query("SELECT id, username, email, confirmed, blocked FROM up_users WHERE username NOT LIKE 'outsider%' ORDER BY id");
  tables.stories = await newsroom.db.query('SELECT id, headline, slug, published_at, updated_at FROM newsroom_stories ORDER BY id');
  return tables;
};

describe('no writes from outside', () => {
  let newsroom: Newsroom;
  let before: Record<string, unknown>;

  beforeAll(async () => {
    newsroom = await startNewsroomWithDrafts();
    before = await snapshot(newsroom);
  }, 180_000);

  afterAll(() => newsroom?.close());

  describe.each(CALLERS)('%s', (caller) => {
    const token = () => newsroom.tokens[caller];

    it('cannot write through any newsroom route, with any method', async () => {
      const accepted: string[] = [];
      for (const route of NEWSROOM_ROUTES) {
        for (const method of WRITE_METHODS) {
          const response = await call(`${newsroom.server.url}${route}`, { method, token: token(), body: method === 'DELETE' ? undefined : HACKED });
          if (![401, 403, 404, 405].includes(response.status)) accepted.push(`${method} ${route}: ${response.status}`);
        }
      }
      expect(accepted).toEqual([]);
    });

    it('finds no newsroom mutation in GraphQL, and the guessed ones fail', async () => {
      const schema = await graphql(newsroom.server.url, '{ __schema { mutationType { fields { name } } } }', token());
      const mutations: string[] = schema.body.data.__schema.mutationType.fields.map((field: { name: string }) => field.name);
      expect(mutations.filter((name) => /newsroom|stor(y|ies)|quote|source|statistic|caption|sign.?off|override/i.test(name))).toEqual([]);
      for (const mutation of [
        'mutation { createNewsroomStory(data: { headline: "hacked" }) { documentId } }',
        `mutation { updateNewsroomStory(documentId: "${newsroom.draftDocumentIds[0]}", data: { headline: "hacked" }) { documentId } }`,
        `mutation { deleteNewsroomStory(documentId: "${newsroom.draftDocumentIds[0]}") { documentId } }`,
        `mutation { publishNewsroomStory(documentId: "${newsroom.draftDocumentIds[0]}") { documentId } }`,
        'mutation { createNewsroomQuote(data: { text: "hacked" }) { documentId } }',
        'mutation { createNewsroomSource(data: { name: "hacked" }) { documentId } }',
      ]) {
        const response = await graphql(newsroom.server.url, mutation, token());
        expect(response.body.errors?.[0]?.message).toMatch(/Cannot query field/);
      }
    });

    it('cannot reach the admin, Content Manager or plugin admin routes: an API token is no admin session', async () => {
      const draftId = newsroom.draftDocumentIds[0];
      const attempts: Array<[string, string, unknown?]> = [
        ['GET', '/content-manager/collection-types/plugin::newsroom.story'],
        ['POST', '/content-manager/collection-types/plugin::newsroom.story', { headline: 'hacked' }],
        ['PUT', `/content-manager/collection-types/plugin::newsroom.story/${draftId}`, { headline: 'hacked' }],
        ['POST', `/content-manager/collection-types/plugin::newsroom.story/${draftId}/actions/publish`, {}],
        ['DELETE', `/content-manager/collection-types/plugin::newsroom.story/${draftId}`],
        ['GET', `/newsroom/stories/${draftId}/findings`],
        ['GET', '/newsroom/story-checks'],
        ['PUT', '/newsroom/sign-offs', { targetType: 'quote', documentId: draftId, verdict: 'verified' }],
        ['POST', `/newsroom/stories/${draftId}/publish-with-override`, { reason: 'hacked' }],
        ['POST', '/admin/api-tokens', { name: 'stolen', type: 'full-access', lifespan: null }],
        ['GET', '/admin/users'],
        ['POST', '/upload', {}],
      ];
      const statuses = [];
      for (const [method, route, body] of attempts) {
        const response = await call(`${newsroom.server.url}${route}`, { method, token: token(), body });
        statuses.push(`${method} ${route}: ${response.status}`);
      }
      expect(statuses).toEqual(attempts.map(([method, route]) => `${method} ${route}: 401`));
    });
  });

  describe("Strapi's own content-API routes, as the public", () => {
    it.each([
      ['POST', '/api/users', { username: 'x', email: 'x@x.test', password: 'Passw0rd!x' }],
      ['PUT', '/api/users/1', { username: 'hacked' }],
      ['DELETE', '/api/users/1', undefined],
      ['POST', '/api/upload', undefined],
      ['DELETE', '/api/upload/files/1', undefined],
      ['POST', '/api/users-permissions/roles', { name: 'hacked', description: 'x', permissions: {} }],
      ['PUT', '/api/users-permissions/roles/2', { name: 'hacked', permissions: {} }],
      ['DELETE', '/api/users-permissions/roles/1', undefined],
      ['POST', '/api/i18n/locales', { code: 'fr' }],
    ] as Array<[string, string, unknown]>)('%s %s is refused', async (method, route, body) => {
      const response = await call(`${newsroom.server.url}${route}`, { method, body });
      expect([401, 403, 404, 405]).toContain(response.status);
    });

    it('the GraphQL mutations of users and files are refused', async () => {
      for (const mutation of [
        'mutation { createUsersPermissionsUser(data: { username: "x", email: "x@x.test", password: "Passw0rd!x" }) { data { documentId } } }',
        'mutation { deleteUploadFile(id: 1) { documentId } }',
        'mutation { updateUsersPermissionsRole(id: 1, data: { name: "hacked" }) { ok } }',
      ]) {
        const response = await graphql(newsroom.server.url, mutation);
        expect(response.body.errors?.length).toBeGreaterThan(0);
        expect(response.text).toMatch(/Forbidden|Cannot query field|Unknown argument|not exist|Field .* is not defined/);
      }
    });

    it('a reader account (authenticated role) cannot write, nor reach the admin, nor change its role', async () => {
      // Sign-up is off by default (tests/api/readers.test.ts): staff make reader accounts.
      const roles = await call(`${newsroom.server.url}/api/users-permissions/roles`, { token: newsroom.tokens['full-access token'] });
      const authenticated = roles.body.roles.find((role: { type: string }) => role.type === 'authenticated');
      const account = { username: 'outsider', email: 'outsider@example.test', password: 'Outsider-2026' };
      const created = await call(`${newsroom.server.url}/api/users`, {
        method: 'POST',
        token: newsroom.tokens['full-access token'],
        body: { ...account, role: authenticated.id, confirmed: true },
      });
      expect([200, 201]).toContain(created.status);
      const signUp = await call(`${newsroom.server.url}/api/auth/local`, {
        method: 'POST',
        body: { identifier: account.email, password: account.password },
      });
      expect(signUp.status).toBe(200);
      const jwt = signUp.body.jwt as string;
      for (const route of NEWSROOM_ROUTES) {
        for (const method of WRITE_METHODS) {
          const response = await call(`${newsroom.server.url}${route}`, { method, token: jwt, body: method === 'DELETE' ? undefined : HACKED });
          expect([401, 403, 404, 405]).toContain(response.status);
        }
      }
      for (const route of ['/content-manager/collection-types/plugin::newsroom.story', '/newsroom/story-checks']) {
        expect((await call(`${newsroom.server.url}${route}`, { token: jwt })).status).toBe(401);
      }
      const roleChange = await call(`${newsroom.server.url}/api/users/${signUp.body.user.id}`, {
        method: 'PUT',
        token: jwt,
        body: { role: 1, confirmed: true },
      });
      expect([401, 403]).toContain(roleChange.status);
    });
  });

  it('changed nothing in the newsroom, users, files or admins', async () => {
    expect(await snapshot(newsroom)).toEqual(before);
  });
});
