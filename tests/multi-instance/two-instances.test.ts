/**
 * The deployment that scales: several stateless Strapi instances on one PostgreSQL database.
 * Always PostgreSQL (127.0.0.1:5432, database `test`, a schema of its own), whatever
 * DATABASE_CLIENT says: sharing one database between instances is the point, and the SQLite
 * file of the default setup is not meant to be shared by several servers.
 */
import { createPostgresTestDatabase, type TestDatabase } from '../support/database';
import { startServer, type RunningServer } from '../support/processes';
import { seed, writeTempFixture } from '../support/seeding';
import { publishStory, registerSuperAdmin, requestJson, storyDocumentId, type AdminSession } from '../e2e/support/admin-api';

const STORY_UID = 'plugin::newsroom.story';
const DRAFT_WITH_ERRORS = 'border-apprehensions-fell-again-in-july-dhs-says';


/** Many stories sharing sources: a long import window, so that two runs really overlap. */
const raceFixture = (count: number) => ({
  sources: [
    { key: 'council', name: 'Riverside Council', kind: 'organization' },
    { key: 'mayor', name: 'Dana Whitlock', kind: 'person', title: 'Mayor', affiliation: 'council' },
    ...Array.from({ length: count }, (_, i) => ({ key: `resident-${i}`, name: `Resident Number ${i}`, kind: 'person' })),
  ],
  stories: Array.from({ length: count }, (_, i) => ({
    status: i % 2 === 0 ? 'published' : 'draft',
    headline: `Riverside council meeting number ${i}`,
    body: [`The council met for the ${i}th time, the mayor said.`, `"We listened," said Dana Whitlock. Resident Number ${i} spoke too.`],
    sources: ['mayor', `resident-${i}`],
    quotes: [{ text: 'We listened', speaker: 'mayor', delivery: 'spoken', isPartial: false }],
  })),
});

describe('two Strapi instances on one PostgreSQL database', () => {
  let db: TestDatabase;
  let a: RunningServer;
  let b: RunningServer;
  let chief: AdminSession;

  const query = (sql: string) => db.query(sql);
  const get = async (server: RunningServer, pathAndQuery: string) => {
    const response = await fetch(`${server.url}${pathAndQuery}`);
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
  const cm = (server: RunningServer, suffix = '') => `${server.url}/content-manager/collection-types/${STORY_UID}${suffix}`;
  const createDraft = async (server: RunningServer, headline: string, slug: string) => {
    const created = await requestJson(cm(server), {
      method: 'POST',
      token: chief.token,
      body: { headline, slug, body: [{ type: 'paragraph', children: [{ type: 'text', text: `${headline}, the report says.` }] }] },
    });
    if (created.status >= 300) throw new Error(`create failed: ${JSON.stringify(created.body)}`);
    return created.body.data.documentId as string;
  };

  beforeAll(async () => {
    db = await createPostgresTestDatabase();
    // The first instance creates the tables; the second starts on the existing schema.
    a = await startServer(db.env);
    b = await startServer(db.env);
    chief = await registerSuperAdmin(a.url);
  }, 240_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
  });

  it('runs the seed on both at the same time without duplicating anything', async () => {
    const fixture = writeTempFixture(raceFixture(40), 'race.json');
    const runs = await Promise.all([seed(db.env), seed(db.env), seed(db.env, fixture), seed(db.env, fixture)]);
    for (const run of runs) expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });

    const duplicates = async (table: string, column: string, extra = '') =>
      query(`SELECT ${column}, COUNT(*) AS n FROM ${table} ${extra} GROUP BY ${column} HAVING COUNT(*) > 1`);
    expect(await duplicates('newsroom_sources', 'name')).toEqual([]);
    expect(await duplicates('newsroom_stories', 'slug, published_at IS NULL')).toEqual([]);
    expect(await duplicates('newsroom_quotes', 'text, document_id')).toEqual([]);
    expect(await duplicates('up_permissions', 'action, l.role_id', `JOIN up_permissions_role_lnk l ON l.permission_id = up_permissions.id`)).toEqual([]);

    const [stories] = await query('SELECT COUNT(DISTINCT slug) AS slugs, COUNT(*) AS rows FROM newsroom_stories');
    // The article (draft + published), the demo draft, 40 race drafts and 20 published rows.
    expect({ slugs: Number(stories.slugs), rows: Number(stories.rows) }).toEqual({ slugs: 42, rows: 63 });
    const [sources] = await query('SELECT COUNT(*) AS n FROM newsroom_sources');
    expect(Number(sources.n)).toBe(10 + 42);
    // Each race story has exactly its one quote.
    const quotes = await query("SELECT COUNT(*) AS n FROM newsroom_quotes WHERE text = 'We listened'");
    expect(Number(quotes[0].n)).toBe(40);
    // And every run reports what it did: each story created by exactly one of the two runs.
    const created = runs.slice(2).map((run) => (run.stdout.match(/created\s+riverside-council/g) ?? []).length);
    expect(created[0] + created[1]).toBe(40);
  }, 240_000);

  it('serves a story published on one instance from the other at once, both ways', async () => {
    for (const [writer, reader, n] of [[a, b, 1], [b, a, 2]] as const) {
      const slug = `cross-instance-story-${n}`;
      const documentId = await createDraft(writer, `Cross instance story ${n}`, slug);
      expect((await get(reader, `/api/newsroom/stories/${slug}`)).status).toBe(404);
      const published = await publishStory(writer.url, chief, documentId);
      expect(published.status).toBe(200);
      // The very next read on the other instance, no retry, no wait.
      const read = await get(reader, `/api/newsroom/stories/${slug}`);
      expect(read.status).toBe(200);
      expect(read.body.data.headline).toBe(`Cross instance story ${n}`);
      const list = await get(reader, '/api/newsroom/stories?pageSize=1');
      expect(list.body.data[0].slug).toBe(slug);

      // An edit published on the writer replaces what the reader serves, at once.
      const edited = await requestJson(cm(writer, `/${documentId}`), { method: 'PUT', token: chief.token, body: { standfirst: `Edited ${n}` } });
      expect(edited.status).toBe(200);
      expect((await get(reader, `/api/newsroom/stories/${slug}`)).body.data.standfirst).toBeNull();
      expect((await publishStory(writer.url, chief, documentId)).status).toBe(200);
      expect((await get(reader, `/api/newsroom/stories/${slug}`)).body.data.standfirst).toBe(`Edited ${n}`);
    }
  });

  it('holds the publish guard on both instances', async () => {
    const draftId = await storyDocumentId(a.url, chief, DRAFT_WITH_ERRORS);
    for (const server of [a, b]) {
      const refused = await publishStory(server.url, chief, draftId);
      expect(refused.status).toBeGreaterThanOrEqual(400);
      expect(JSON.stringify(refused.body)).toMatch(/QUOTE_UNATTRIBUTED/);
      expect((await get(a, `/api/newsroom/stories/${DRAFT_WITH_ERRORS}`)).status).toBe(404);
      expect((await get(b, `/api/newsroom/stories/${DRAFT_WITH_ERRORS}`)).status).toBe(404);
    }
    expect(await query(`SELECT id FROM newsroom_stories WHERE slug = '${DRAFT_WITH_ERRORS}' AND published_at IS NOT NULL`)).toEqual([]);
  });

  it('keeps no session on an instance: an admin login on one works on the other', async () => {
    const login = await requestJson(`${b.url}/admin/login`, {
      method: 'POST',
      body: { email: chief.email, password: 'Newsroom-test-2026' },
    });
    expect(login.status).toBe(200);
    const onA = await requestJson(cm(a), { token: login.body.data.token });
    expect(onA.status).toBe(200);
  });
});
