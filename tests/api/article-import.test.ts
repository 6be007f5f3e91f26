import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';

import { countRows, createTestDatabase, type TestDatabase } from '../support/database';
import { buildDocx } from '../support/docx';
import { quoteSpeakersOf } from '../support/newsroom-sql';
import { ARTICLE_TEXT } from '../support/paths';
import { startServer, type RunningServer } from '../support/processes';
import { seedOrThrow } from '../support/seeding';
import {
  createAdminWithRole,
  registerSuperAdmin,
  removeRolePermission,
  requestJson,
  type AdminSession,
} from '../e2e/support/admin-api';

const FAULT_INJECTOR = path.join(__dirname, '..', 'support', 'fail-on-nth-newsroom-insert.js');
const STORY_UID = 'plugin::newsroom.story';
const IMPORT_ACTION = 'plugin::newsroom.import';

/** Not the seeded article: a speaker the seed knows (Óscar Chacón), one it does not, a figure with its source. */
const NEW_ARTICLE = [
  'Advocates renew call to end workplace raids',
  'Óscar Chacón, the executive director of Alianza Americas, said on Monday that the raids must stop.',
  '"Families are living in fear," Chacón said.',
  'Ana Whitfield, a spokeswoman for the Riverside Labor Council, said 1,200 workers had signed a petition.',
  '"We will keep organizing until the raids end," Whitfield said.',
];
const NEW_ARTICLE_TEXT = NEW_ARTICLE.join('\n\n');

describe('admin API: importing an article as a draft story (/newsroom/article-imports)', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let chief: AdminSession;
  let author: AdminSession;
  let editor: AdminSession;
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'newsroom-article-import-'));
  const insertCountFile = path.join(scratch, 'inserts');
  const failOnFile = path.join(scratch, 'fail-on');

  const call = (session: AdminSession | null, route: string, body?: unknown) =>
    requestJson(`${server.url}${route}`, { method: 'POST', token: session?.token, body });
  const previewText = (text: string, session: AdminSession = author) => call(session, '/newsroom/article-imports/preview', { text });
  const previewFile = async (name: string, content: Buffer | string, session: AdminSession = author) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(typeof content === 'string' ? Buffer.from(content) : content)]), name);
    const response = await fetch(`${server.url}/newsroom/article-imports/preview`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.token}` },
      body: form,
    });
    return { status: response.status, body: await response.json() };
  };
  const create = (draft: unknown, session: AdminSession = author) => call(session, '/newsroom/article-imports', { draft });

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedOrThrow(db.env);
    server = await startServer(
      { ...db.env, NEWSROOM_INSERT_COUNT_FILE: insertCountFile, FAIL_ON_NEWSROOM_INSERT_FILE: failOnFile },
      { nodeArgs: ['--require', FAULT_INJECTOR] }
    );
    chief = await registerSuperAdmin(server.url);
    author = await createAdminWithRole(server.url, chief, 'strapi-author', { firstname: 'Ann', lastname: 'Author', email: 'ann@newsroom.test' });
    editor = await createAdminWithRole(server.url, chief, 'strapi-editor', { firstname: 'Ed', lastname: 'Itor', email: 'ed@newsroom.test' });
  });

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it.each(['/newsroom/article-imports/preview', '/newsroom/article-imports'])('POST %s needs an admin session (401)', async (route) => {
    expect((await call(null, route, {})).status).toBe(401);
  });

  describe('preview', () => {
    it('shows the quotes with speakers and confidence, the figure with its source, and sources already in the newsroom, writing nothing', async () => {
      const before = await countRows(db);
      const response = await previewText(NEW_ARTICLE_TEXT);
      expect(response.status).toBe(200);
      const { draft, speakerReadings, existingSources, storyWithSameSlug, origin } = response.body.data;
      expect(origin).toBe('pasted text');
      expect(draft.headline).toBe(NEW_ARTICLE[0]);
      expect(draft.body).toEqual(NEW_ARTICLE.slice(1));
      const nameOf = (key: string | null) => draft.sources.find((source: any) => source.key === key)?.name ?? null;
      expect(draft.quotes.map((quote: any) => [quote.text, nameOf(quote.speaker)])).toEqual([
        ['Families are living in fear', 'Óscar Chacón'],
        ['We will keep organizing until the raids end', 'Ana Whitfield'],
      ]);
      expect(speakerReadings).toHaveLength(2);
      for (const reading of speakerReadings) {
        expect(reading.confidence).toBeGreaterThan(0.5);
        expect(reading.confidence).toBeLessThanOrEqual(1);
      }
      // The figure's source is who gave it: the spokeswoman, for her council.
      expect(draft.statistics.map((figure: any) => [figure.valueText, nameOf(figure.source)])).toEqual([['1,200', 'Ana Whitfield']]);
      // The seed's Óscar Chacón is found by name; Ana Whitfield is new.
      const existingNames = Object.values(existingSources).map((source: any) => source.name);
      expect(existingNames).toContain('Óscar Chacón');
      expect(existingNames).not.toContain('Ana Whitfield');
      expect(storyWithSameSlug).toBeNull();
      expect(await countRows(db)).toEqual(before);
    });

    it('names the story that already has the slug of an article imported before', async () => {
      const response = await previewText(readFileSync(ARTICLE_TEXT, 'utf8'));
      expect(response.status).toBe(200);
      expect(response.body.data.storyWithSameSlug.headline).toBe(response.body.data.draft.headline);
    });

    it('reads a Word document (.docx) as it reads the same text pasted', async () => {
      const pasted = (await previewText(NEW_ARTICLE_TEXT)).body.data.draft;
      const uploaded = await previewFile('raids.docx', await buildDocx(NEW_ARTICLE));
      expect(uploaded.status).toBe(200);
      expect(uploaded.body.data.origin).toBe('raids.docx');
      expect(uploaded.body.data.draft).toEqual(pasted);
    });

    it('reads Markdown (.md) without its heading marks', async () => {
      const response = await previewFile('raids.md', `# ${NEW_ARTICLE[0]}\n\n${NEW_ARTICLE.slice(1).join('\n\n')}\n`);
      expect(response.status).toBe(200);
      expect(response.body.data.draft.headline).toBe(NEW_ARTICLE[0]);
      expect(response.body.data.draft.quotes).toHaveLength(2);
    });

    it.each([
      ['a file of another type', 'article.pdf', '%PDF-1.7 not an article', 400, /article\.pdf is not a file the import reads: upload a \.txt, \.md, \.docx file/],
      ['an empty file', 'empty.txt', '', 400, /empty\.txt is empty/],
      ['a text file over 2 MB', 'huge.txt', `Headline\n\n${'word '.repeat(600_000)}`, 413, /huge\.txt is \d+ bytes; an article may be at most 2097152 bytes/],
      ['a damaged .docx', 'broken.docx', 'PK\u0003\u0004 this is not really a zip archive', 400, /broken\.docx is not a Word document \(\.docx\) that can be read/],
      ['a file that is not text', 'photo.txt', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), 400, /photo\.txt is not valid UTF-8 text/],
      ['a file without a headline line', 'nohead.txt', 'First line\nsecond line\n\nBody.', 400, /the first line must be the headline/],
    ])('refuses %s with a message naming it, and writes nothing', async (_label, name, content, status, message) => {
      const before = await countRows(db);
      const response = await previewFile(name, content);
      expect(response.status).toBe(status);
      expect(response.body.error.message).toMatch(message);
      expect(await countRows(db)).toEqual(before);
    });

    it('refuses pasted text with no paragraph, and a request with neither text nor file', async () => {
      const alone = await previewText('Only a headline');
      expect(alone.status).toBe(400);
      expect(alone.body.error.message).toBe('The pasted text: no paragraph after the headline');
      const nothing = await call(author, '/newsroom/article-imports/preview', {});
      expect(nothing.status).toBe(400);
      expect(nothing.body.error.message).toMatch(/Send the article as pasted text/);
    });
  });

  describe('create', () => {
    it('creates one draft story with the speakers the editor chose, linking sources that exist, as the editor who imported it', async () => {
      const { draft } = (await previewText(NEW_ARTICLE_TEXT)).body.data;
      // The editor corrects the second quote's speaker to a source of their own.
      draft.sources.push({ key: 'added-source-1', name: 'Maria Lopez', kind: 'person', title: null, affiliation: null });
      draft.quotes[1].speaker = 'added-source-1';
      const chaconBefore = await db.query(`SELECT COUNT(*) AS n FROM newsroom_sources WHERE name = 'Óscar Chacón'`);

      const response = await create(draft);
      expect(response.status).toBe(201);
      const created = response.body.data;
      expect(created).toMatchObject({ slug: 'advocates-renew-call-to-end-workplace-raids', quotes: 2, statistics: 1, photoCaptions: 0 });
      // Óscar Chacón and his Alianza Americas exist: linked. Maria Lopez, Ana Whitfield (the figure's
      // source) and her Riverside Labor Council are new.
      expect(created.sourcesLinked).toBe(2);
      expect(created.sourcesCreated).toBe(3);
      expect(await db.query(`SELECT COUNT(*) AS n FROM newsroom_sources WHERE name = 'Óscar Chacón'`)).toEqual(chaconBefore);
      expect(Number((await db.query(`SELECT COUNT(*) AS n FROM newsroom_sources WHERE name = 'Maria Lopez'`))[0]!.n)).toBe(1);
      expect(await quoteSpeakersOf(db, created.documentId)).toEqual([
        { text: 'Families are living in fear', speaker: 'Óscar Chacón' },
        { text: 'We will keep organizing until the raids end', speaker: 'Maria Lopez' },
      ]);

      // A draft, created by the Author, who can open it in the Content Manager.
      const opened = await requestJson(`${server.url}/content-manager/collection-types/${STORY_UID}/${created.documentId}`, { token: author.token });
      expect(opened.status).toBe(200);
      expect(opened.body.data.publishedAt).toBeNull();
      expect(opened.body.data.createdBy).toMatchObject({ firstname: 'Ann', lastname: 'Author' });
    });

    it('refuses a second import of the same article, naming the story, and writes nothing', async () => {
      const { draft } = (await previewText(NEW_ARTICLE_TEXT)).body.data;
      const before = await countRows(db);
      const response = await create(draft);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/A story with the slug "advocates-renew-call-to-end-workplace-raids" already exists/);
      expect(await countRows(db)).toEqual(before);
    });

    it('refuses a draft that names a source it does not have, naming the field, and writes nothing', async () => {
      const { draft } = (await previewText(NEW_ARTICLE_TEXT.replace('Advocates renew', 'Advocates again renew'))).body.data;
      draft.quotes[0].speaker = 'nobody-by-this-key';
      draft.headline = '';
      const before = await countRows(db);
      const response = await create(draft);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/^The story to import is not valid: /);
      expect(response.body.error.message).toContain('headline: must not be empty');
      expect(response.body.error.message).toContain('quotes[0].speaker: no source has the key "nobody-by-this-key"');
      expect(await countRows(db)).toEqual(before);
    });

    it('writes nothing when the database fails part-way through the story', async () => {
      const { draft } = (await previewText(NEW_ARTICLE_TEXT.replace('Advocates renew', 'Advocates once more renew'))).body.data;
      const before = await countRows(db);
      // The story and its first quote are written; the next insert into a newsroom table fails.
      writeFileSync(failOnFile, String(Number(readFileSync(insertCountFile, 'utf8')) + 3));
      try {
        const response = await create(draft);
        expect(response.status).toBe(500);
      } finally {
        writeFileSync(failOnFile, '');
      }
      expect(await countRows(db)).toEqual(before);
    });
  });

  describe('permissions', () => {
    it('refuses both steps (403) to a role without the import action, and writes nothing', async () => {
      const { draft } = (await previewText(NEW_ARTICLE_TEXT.replace('Advocates renew', 'Advocates still renew'))).body.data;
      await removeRolePermission(server.url, chief, 'strapi-editor', IMPORT_ACTION);
      const before = await countRows(db);
      expect((await previewText(NEW_ARTICLE_TEXT, editor)).status).toBe(403);
      expect((await create(draft, editor)).status).toBe(403);
      expect(await countRows(db)).toEqual(before);
    });

    it('refuses a role that may import but not create stories in the Content Manager', async () => {
      await removeRolePermission(server.url, chief, 'strapi-author', 'plugin::content-manager.explorer.create');
      const response = await previewText(NEW_ARTICLE_TEXT);
      expect(response.status).toBe(403);
      expect(response.body.error.message).toBe('Your role may not create stories.');
    });
  });
});
