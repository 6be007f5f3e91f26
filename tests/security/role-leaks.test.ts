/**
 * Role leaks through the plugin's admin routes (issue #15, finding 4), against the built app. An
 * Author (Strapi's built-in role: reads only the entries they created) is refused the chief's
 * draft by the Content Manager, and must be refused it by the plugin too: its findings, its
 * headline on the Attributions page, a search for it. Their own story stays theirs to check.
 */
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startServer, type RunningServer } from '../support/processes';
import { seedOrThrow } from '../support/seeding';
import { createAdminWithRole, registerSuperAdmin, requestJson, type AdminSession } from '../e2e/support/admin-api';

const CM = '/content-manager/collection-types/plugin::newsroom.story';
const SECRET_HEADLINE = 'ZZZ chief-only draft about the merger';
const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

describe('plugin admin routes apply the Content Manager\'s permissions', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let chief: AdminSession;
  let author: AdminSession;
  let secretId: string;
  let ownId: string;

  const call = (session: AdminSession, pathAndQuery: string) => requestJson(`${server.url}${pathAndQuery}`, { token: session.token });
  const createStory = async (session: AdminSession, headline: string) => {
    const created = await requestJson(`${server.url}${CM}`, {
      method: 'POST',
      token: session.token,
      body: { headline, body: paragraph('"We will merge," the chair said. Revenue rose 12 percent.') },
    });
    if (created.status >= 300) throw new Error(JSON.stringify(created.body));
    return created.body.data.documentId as string;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedOrThrow(db.env);
    server = await startServer(db.env);
    chief = await registerSuperAdmin(server.url);
    author = await createAdminWithRole(server.url, chief, 'strapi-author', { firstname: 'Ann', lastname: 'Author', email: 'ann@newsroom.test' });
    secretId = await createStory(chief, SECRET_HEADLINE);
    ownId = await createStory(author, 'Ann\'s own draft');
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('the Content Manager refuses the Author the chief\'s draft (the reference behaviour)', async () => {
    expect((await call(author, `${CM}/${secretId}`)).status).toBe(403);
    expect((await call(author, `${CM}/${ownId}`)).status).toBe(200);
  });

  it('refuses the Author the chief\'s draft\'s findings, and shows them their own', async () => {
    const refused = await call(author, `/newsroom/stories/${secretId}/findings`);
    expect([403, 404]).toContain(refused.status);
    expect(JSON.stringify(refused.body)).not.toMatch(/merger|We will merge/);
    const own = await call(author, `/newsroom/stories/${ownId}/findings`);
    expect(own.status).toBe(200);
    expect(own.body.data.story.headline).toBe('Ann\'s own draft');
    expect((await call(chief, `/newsroom/stories/${secretId}/findings`)).status).toBe(200);
  });

  it('lists on the Attributions page only the stories the Author may read', async () => {
    const page = await call(author, '/newsroom/story-checks?pageSize=100');
    expect(page.status).toBe(200);
    expect(JSON.stringify(page.body)).not.toContain('merger');
    expect(page.body.data.map((row: any) => row.storyDocumentId)).toEqual([ownId]);
    expect(page.body.meta.pagination.total).toBe(1);
    const search = await call(author, '/newsroom/story-checks?search=merger');
    expect(search.body.meta.pagination.total).toBe(0);
    const chiefPage = await call(chief, '/newsroom/story-checks?search=merger');
    expect(chiefPage.body.data.map((row: any) => row.headline)).toEqual([SECRET_HEADLINE]);
  });
});
