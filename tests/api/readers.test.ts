/**
 * Readers who log in (users-permissions, JWT from /api/auth/local) read what the public reads, over
 * REST, GraphQL, ninjs and JSON-LD; a role without those rights keeps fewer. Self-registration is
 * off unless NEWSROOM_ALLOW_REGISTER=true, which also requires e-mail confirmation.
 */
import { createApiToken } from '../security/support';
import { registerSuperAdmin, requestJson, type AdminSession } from '../e2e/support/admin-api';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { httpCall } from '../support/http';
import { startServer, type RunningServer } from '../support/processes';
import { seedOrThrow } from '../support/seeding';

const ARTICLE_SLUG = 'us-should-divert-funding-for-ice-raids-to-efforts-to-combat-white-nationalist-terrorism';
const PASSWORD = 'Reader-password-2026';

const GRAPHQL_READS = `{
  publishedStory(slug: "${ARTICLE_SLUG}") { headline quotes { text speaker { name } } }
  publishedStories(pagination: { pageSize: 5 }) { pagination { total } data { slug } }
  publishedSources(pagination: { pageSize: 3 }) { data { name } }
}`;

describe('readers and their accounts', () => {
  let db: TestDatabase;
  let server: RunningServer;

  const register = (email: string) =>
    httpCall(`${server.url}/api/auth/local/register`, {
      method: 'POST',
      body: { username: email.split('@')[0], email, password: PASSWORD },
    });
  const login = (email: string) =>
    httpCall(`${server.url}/api/auth/local`, { method: 'POST', body: { identifier: email, password: PASSWORD } });

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedOrThrow(db.env);
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  describe('with NEWSROOM_ALLOW_REGISTER=true', () => {
    beforeAll(async () => {
      server = await startServer({ ...db.env, NEWSROOM_ALLOW_REGISTER: 'true' }, { timeoutMs: 180_000 });
    }, 200_000);
    afterAll(() => server.stop());

    it('lets a reader sign up, but not log in before confirming the e-mail address', async () => {
      const signUp = await register('early@newsroom.test');
      // No mail server here: Strapi reports the confirmation mail it could not send, after creating the account.
      expect(signUp.body?.jwt).toBeUndefined();
      const [user] = await db.query("SELECT confirmed FROM up_users WHERE email = 'early@newsroom.test'");
      expect(Boolean(user.confirmed)).toBe(false);
      const denied = await login('early@newsroom.test');
      expect(denied.status).toBe(400);
      expect(denied.body.error.message).toMatch(/email is not confirmed/);
    });
  });

  describe('by default', () => {
    let chief: AdminSession;
    let readerJwt: string;
    let limitedJwt: string;
    let nothingJwt: string;

    /** Creates a confirmed account with the role and returns its JWT. */
    const accountWithRole = async (token: string, email: string, roleId: number) => {
      const created = await httpCall(`${server.url}/api/users`, {
        method: 'POST',
        token,
        body: { username: email.split('@')[0], email, password: PASSWORD, role: roleId, confirmed: true },
      });
      if (created.status >= 300) throw new Error(`create ${email}: ${created.text}`);
      const session = await login(email);
      if (session.status !== 200) throw new Error(`login ${email}: ${session.text}`);
      return session.body.jwt as string;
    };

    const createRole = async (name: string, storyActions: string[]) => {
      const created = await requestJson(`${server.url}/users-permissions/roles`, {
        method: 'POST',
        token: chief.token,
        body: {
          name,
          description: name,
          permissions: {
            'plugin::newsroom': { controllers: { story: Object.fromEntries(storyActions.map((action) => [action, { enabled: true }])) } },
          },
        },
      });
      if (created.status >= 300) throw new Error(`create role ${name}: ${JSON.stringify(created.body)}`);
      const roles = await requestJson(`${server.url}/users-permissions/roles`, { token: chief.token });
      return roles.body.roles.find((role: { name: string }) => role.name === name).id as number;
    };

    beforeAll(async () => {
      server = await startServer(db.env, { timeoutMs: 180_000 });
      chief = await registerSuperAdmin(server.url);
      const token = await createApiToken(server.url, chief, 'full-access');
      const roles = (await httpCall(`${server.url}/api/users-permissions/roles`, { token })).body.roles;
      const authenticated = roles.find((role: { type: string }) => role.type === 'authenticated').id;
      readerJwt = await accountWithRole(token, 'reader@newsroom.test', authenticated);
      limitedJwt = await accountWithRole(token, 'limited@newsroom.test', await createRole('Single stories only', ['findOne']));
      nothingJwt = await accountWithRole(token, 'nothing@newsroom.test', await createRole('No newsroom', []));
    }, 300_000);

    it('refuses self-registration and creates no account', async () => {
      const signUp = await register('walk-in@newsroom.test');
      expect(signUp.status).toBe(400);
      expect(signUp.body.error.message).toMatch(/Register action is currently disabled/);
      expect(await db.query("SELECT id FROM up_users WHERE email = 'walk-in@newsroom.test'")).toEqual([]);
    });

    const routes = () => {
      const routesFor = async () => {
        const sources = (await httpCall(`${server.url}/api/newsroom/sources`)).body.data;
        return [
          '/api/newsroom/stories',
          `/api/newsroom/stories/${ARTICLE_SLUG}`,
          `/api/newsroom/stories/${ARTICLE_SLUG}/ninjs`,
          `/api/newsroom/stories/${ARTICLE_SLUG}/jsonld`,
          '/api/newsroom/sources',
          `/api/newsroom/sources/${sources[0].documentId}`,
        ];
      };
      return routesFor();
    };

    it('a logged-in reader reads exactly what the public reads, over REST (JSON, ninjs, JSON-LD)', async () => {
      for (const route of await routes()) {
        const asPublic = await httpCall(`${server.url}${route}`);
        const asReader = await httpCall(`${server.url}${route}`, { token: readerJwt });
        expect({ route, status: asReader.status }).toEqual({ route, status: 200 });
        expect(asReader.text).toBe(asPublic.text);
      }
    });

    it('a logged-in reader reads exactly what the public reads, over GraphQL', async () => {
      const asPublic = await httpCall(`${server.url}/graphql`, { method: 'POST', body: { query: GRAPHQL_READS } });
      const asReader = await httpCall(`${server.url}/graphql`, { method: 'POST', token: readerJwt, body: { query: GRAPHQL_READS } });
      expect(asReader.body.errors).toBeUndefined();
      expect(asReader.body.data.publishedStory.quotes).toHaveLength(14);
      expect(asReader.body).toEqual(asPublic.body);
    });

    it('a role without the newsroom read actions gets 403 on every route and Forbidden over GraphQL', async () => {
      for (const route of await routes()) {
        expect({ route, status: (await httpCall(`${server.url}${route}`, { token: nothingJwt })).status }).toEqual({ route, status: 403 });
      }
      const answer = await httpCall(`${server.url}/graphql`, { method: 'POST', token: nothingJwt, body: { query: GRAPHQL_READS } });
      expect(answer.body.data ?? null).toBeNull();
      expect(answer.body.errors[0].message).toBe('Forbidden access');
    });

    it('a role with fewer rights keeps fewer: one story, but no list, format or source', async () => {
      const [list, one, ninjs, jsonld, sources, source] = await routes();
      expect((await httpCall(`${server.url}${one}`, { token: limitedJwt })).status).toBe(200);
      for (const route of [list, ninjs, jsonld, sources, source]) {
        expect({ route, status: (await httpCall(`${server.url}${route}`, { token: limitedJwt })).status }).toEqual({ route, status: 403 });
      }
      const single = await httpCall(`${server.url}/graphql`, {
        method: 'POST',
        token: limitedJwt,
        body: { query: `{ publishedStory(slug: "${ARTICLE_SLUG}") { headline } }` },
      });
      expect(single.body.data.publishedStory.headline).toMatch(/^U\.S\. Should Divert/);
      const listed = await httpCall(`${server.url}/graphql`, { method: 'POST', token: limitedJwt, body: { query: '{ publishedStories { data { slug } } }' } });
      expect(listed.body.errors[0].message).toBe('Forbidden access');
    });
  });
});
