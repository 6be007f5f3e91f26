import { createTestDatabase } from '../support/database';
import { startServer } from '../support/processes';
import { seed, seedOrThrow, writeTempFixture } from '../support/seeding';
import {
  createAdminWithRole,
  publishStory,
  registerSuperAdmin,
  requestJson,
  storyDocumentId,
  updateRecord,
  type AdminSession,
} from '../e2e/support/admin-api';

const DRAFT_SLUG = 'border-apprehensions-fell-again-in-july-dhs-says';
const ARTICLE_SLUG = 'us-should-divert-funding-for-ice-raids-to-efforts-to-combat-white-nationalist-terrorism';
const STORY_UID = 'plugin::newsroom.story';
const DRAFT_ERRORS = ['QUOTE_UNATTRIBUTED', 'QUOTE_NOT_IN_BODY', 'CAPTION_WITHOUT_CREDIT', 'STATISTIC_ARITHMETIC', 'STATISTIC_UNSOURCED'];

/** A freshly seeded database (article + demo draft) served with the given publish guard setting. */
const newsroomWithGuard = async (publishGuard: string | undefined) => {
  const db = await createTestDatabase();
  await seedOrThrow(db.env);
  const server = await startServer({ ...db.env, ...(publishGuard ? { NEWSROOM_PUBLISH_GUARD: publishGuard } : {}) });
  const chief = await registerSuperAdmin(server.url);
  const draftId = await storyDocumentId(server.url, chief, DRAFT_SLUG);
  const isPublished = async (documentId: string) =>
    (await db.query(`SELECT id FROM newsroom_stories WHERE document_id = '${documentId}' AND published_at IS NOT NULL`)).length > 0;
  const close = async () => {
    await server.stop();
    await db.drop();
  };
  return { db, server, chief, draftId, isPublished, close };
};

type Newsroom = Awaited<ReturnType<typeof newsroomWithGuard>>;

describe('publish guard: block (the default)', () => {
  let newsroom: Newsroom;
  let author: AdminSession;
  let editor: AdminSession;
  const override = (session: AdminSession, body: unknown) =>
    requestJson(`${newsroom.server.url}/newsroom/stories/${newsroom.draftId}/publish-with-override`, {
      method: 'POST',
      token: session.token,
      body,
    });

  beforeAll(async () => {
    newsroom = await newsroomWithGuard(undefined);
    author = await createAdminWithRole(newsroom.server.url, newsroom.chief, 'strapi-author', {
      firstname: 'Ann',
      lastname: 'Author',
      email: 'ann@newsroom.test',
    });
    editor = await createAdminWithRole(newsroom.server.url, newsroom.chief, 'strapi-editor', {
      firstname: 'Ed',
      lastname: 'Itor',
      email: 'ed@newsroom.test',
    });
  });

  afterAll(() => newsroom?.close());

  it('refuses to publish a story with attribution errors and lists them in the message', async () => {
    const response = await publishStory(newsroom.server.url, newsroom.chief, newsroom.draftId);
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(response.body.error.message).toMatch(/^This story cannot be published: it has 5 attribution errors\./);
    expect(response.body.error.message).toContain('The quote “The numbers are still far too…” has no speaker.');
    expect(response.body.error.message).toContain('they give 43.06 percent');
    expect(response.body.error.details.findings.map((f: any) => f.code).sort()).toEqual([...DRAFT_ERRORS].sort());
    expect(await newsroom.isPublished(newsroom.draftId)).toBe(false);
  });

  it('publishes a story without errors', async () => {
    const articleId = await storyDocumentId(newsroom.server.url, newsroom.chief, ARTICLE_SLUG);
    await updateRecord(newsroom.server.url, newsroom.chief, STORY_UID, articleId, { section: 'Politics' });
    const response = await publishStory(newsroom.server.url, newsroom.chief, articleId);
    expect(response.status).toBe(200);
    const [row] = await newsroom.db.query(
      `SELECT section FROM newsroom_stories WHERE document_id = '${articleId}' AND published_at IS NOT NULL`
    );
    expect(row.section).toBe('Politics');
  });

  it('lets only holders of the override permission publish despite errors', async () => {
    const reason = { reason: 'Court deadline tonight; corrections to follow.' };
    expect((await override(author, reason)).status).toBe(403);
    expect((await override(editor, reason)).status).toBe(403);
    expect(await newsroom.isPublished(newsroom.draftId)).toBe(false);
    expect(await newsroom.db.query('SELECT id FROM newsroom_publish_overrides')).toEqual([]);
  });

  it.each([[{}], [{ reason: '   ' }], [{ reason: 'because' }], [{ reason: 'Court deadline tonight', publishedAt: 'now' }]])(
    'asks for a written reason of some length: %j is refused',
    async (body) => {
      const response = await override(newsroom.chief, body);
      expect(response.status).toBe(400);
      expect(await newsroom.isPublished(newsroom.draftId)).toBe(false);
    }
  );

  it('publishes with an override, storing the reason, the editor and the errors overridden', async () => {
    const response = await override(newsroom.chief, { reason: '  Court deadline tonight; corrections to follow.  ' });
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({ published: true, overriddenErrors: 5 });
    expect(await newsroom.isPublished(newsroom.draftId)).toBe(true);

    const rows = await newsroom.db.query('SELECT story_document_id, reason, user_name, findings FROM newsroom_publish_overrides');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      story_document_id: newsroom.draftId,
      reason: 'Court deadline tonight; corrections to follow.',
      user_name: 'Chief Editor',
    });
    const findings = typeof rows[0].findings === 'string' ? JSON.parse(rows[0].findings as string) : rows[0].findings;
    expect((findings as any[]).map((f) => f.code).sort()).toEqual([...DRAFT_ERRORS].sort());
  });

  it('bypasses the guard for that one call only: the next publish is checked again', async () => {
    await updateRecord(newsroom.server.url, newsroom.chief, STORY_UID, newsroom.draftId, { standfirst: 'Updated after the override.' });
    const response = await publishStory(newsroom.server.url, newsroom.chief, newsroom.draftId);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/cannot be published/);
  });
});

describe('publish guard: warn', () => {
  let newsroom: Newsroom;
  beforeAll(async () => {
    newsroom = await newsroomWithGuard('warn');
  });
  afterAll(() => newsroom?.close());

  it('publishes a story with errors and logs a warning naming them', async () => {
    const response = await publishStory(newsroom.server.url, newsroom.chief, newsroom.draftId);
    expect(response.status).toBe(200);
    expect(await newsroom.isPublished(newsroom.draftId)).toBe(true);
    expect(newsroom.server.log()).toMatch(/Publishing "Border apprehensions fell again in July, DHS says" with attribution errors/);
  });

  it('tells the admin panel which mode is on', async () => {
    const response = await requestJson(`${newsroom.server.url}/newsroom/stories/${newsroom.draftId}/findings`, {
      token: newsroom.chief.token,
    });
    expect(response.body.data.publishGuard).toBe('warn');
  });
});

describe('publish guard: off', () => {
  let newsroom: Newsroom;
  beforeAll(async () => {
    newsroom = await newsroomWithGuard('off');
  });
  afterAll(() => newsroom?.close());

  it('publishes a story with errors without a word', async () => {
    const response = await publishStory(newsroom.server.url, newsroom.chief, newsroom.draftId);
    expect(response.status).toBe(200);
    expect(await newsroom.isPublished(newsroom.draftId)).toBe(true);
    expect(newsroom.server.log()).not.toMatch(/with attribution errors/);
  });
});

describe('publish guard: outside the admin', () => {
  it('stops a script too: seeding a published story with errors fails and writes nothing of it', async () => {
    const db = await createTestDatabase();
    try {
      const fixture = writeTempFixture({
        sources: [],
        stories: [
          {
            status: 'published',
            headline: 'An unattributed quote',
            body: ['"We will not comment," someone said.'],
            quotes: [{ text: 'We will not comment', speaker: null, delivery: 'spoken', isPartial: false }],
          },
        ],
      });
      const result = await seed(db.env, fixture);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/This story cannot be published: it has 1 attribution error\. 1\. The quote “We will not comment” has no speaker\./);
      expect(await db.query("SELECT id FROM newsroom_stories WHERE slug = 'an-unattributed-quote'")).toEqual([]);
    } finally {
      await db.drop();
    }
  });

  it('refuses to start with an unknown publishGuard setting', async () => {
    const db = await createTestDatabase();
    try {
      await expect(startServer({ ...db.env, NEWSROOM_PUBLISH_GUARD: 'sometimes' })).rejects.toThrow(
        /publishGuard must be one of 'block', 'warn', 'off'; got "sometimes"/
      );
    } finally {
      await db.drop();
    }
  });
});
