import path from 'path';

import { csvRecords } from '../support/csv';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { rewriteFirstQuoteBehindStrapi } from '../support/newsroom-sql';
import { httpCall } from '../support/http';
import { startServer, type RunningServer } from '../support/processes';
import { seedOrThrow } from '../support/seeding';
import {
  createAdminWithRole,
  registerSuperAdmin,
  removeRolePermission,
  requestJson,
  storyDocumentId,
  type AdminSession,
} from '../e2e/support/admin-api';

const ARTICLE_SLUG = 'us-should-divert-funding-for-ice-raids-to-efforts-to-combat-white-nationalist-terrorism';
const DRAFT_SLUG = 'border-apprehensions-fell-again-in-july-dhs-says';
const MORE_STORIES = path.join(__dirname, '..', 'fixtures', 'more-stories.json');
const DRAFT_ERRORS = ['CAPTION_WITHOUT_CREDIT', 'QUOTE_NOT_IN_BODY', 'QUOTE_UNATTRIBUTED', 'STATISTIC_ARITHMETIC', 'STATISTIC_UNSOURCED'];

describe('admin API: bulk work on the Attributions page (re-check, CSV export)', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let chief: AdminSession;
  let author: AdminSession;
  let editor: AdminSession;
  let articleId: string;
  let draftId: string;

  const exportCsv = (session: AdminSession, query = '') => httpCall(`${server.url}/newsroom/story-checks/findings.csv${query}`, { token: session.token });
  const recheck = (session: AdminSession, storyDocumentIds: unknown) =>
    requestJson(`${server.url}/newsroom/story-checks/actions/recheck`, { method: 'POST', token: session.token, body: { storyDocumentIds } });
  const listed = async (documentId: string) => {
    const response = await requestJson(`${server.url}/newsroom/story-checks?pageSize=100`, { token: chief.token });
    return response.body.data.find((row: any) => row.storyDocumentId === documentId);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedOrThrow(db.env, [undefined, MORE_STORIES]);
    server = await startServer(db.env);
    chief = await registerSuperAdmin(server.url);
    author = await createAdminWithRole(server.url, chief, 'strapi-author', { firstname: 'Ann', lastname: 'Author', email: 'ann@newsroom.test' });
    editor = await createAdminWithRole(server.url, chief, 'strapi-editor', { firstname: 'Ed', lastname: 'Itor', email: 'ed@newsroom.test' });
    articleId = await storyDocumentId(server.url, chief, ARTICLE_SLUG);
    draftId = await storyDocumentId(server.url, chief, DRAFT_SLUG);
  });

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  describe('GET /newsroom/story-checks/findings.csv', () => {
    it('is a CSV download, one line per finding of every story the filters match, the same findings the panel shows', async () => {
      const response = await exportCsv(editor, '?problems=errors');
      expect(response.status).toBe(200);
      const headers = await fetch(`${server.url}/newsroom/story-checks/findings.csv`, { headers: { authorization: `Bearer ${editor.token}` } }).then((r) => r.headers);
      expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(headers.get('content-disposition')).toMatch(/^attachment; filename="attribution-findings-\d{4}-\d{2}-\d{2}\.csv"$/);

      const records = csvRecords(response.text);
      const storiesWithErrors = (await requestJson(`${server.url}/newsroom/story-checks?problems=errors&pageSize=100`, { token: chief.token })).body.data;
      expect(new Set(records.map((record) => record.story_document_id))).toEqual(new Set(storiesWithErrors.map((row: any) => row.storyDocumentId)));
      const draftErrors = records.filter((record) => record.story_document_id === draftId && record.severity === 'error').map((record) => record.code);
      expect(draftErrors.sort()).toEqual(DRAFT_ERRORS);

      const panel = (await requestJson(`${server.url}/newsroom/stories/${draftId}/findings`, { token: editor.token })).body.data.findings;
      const draftLines = records.filter((record) => record.story_document_id === draftId);
      expect(draftLines.map((record) => `${record.code}|${record.message}`).sort()).toEqual(panel.map((f: any) => `${f.code}|${f.message}`).sort());
      const misquote = draftLines.find((record) => record.code === 'QUOTE_NOT_IN_BODY')!;
      expect(misquote).toMatchObject({ headline: 'Border apprehensions fell again in July, DHS says', publication: 'draft', record_type: 'quote' });
      expect(misquote.record_document_id).toMatch(/^[a-z0-9]+$/);
    });

    it('applies the search and publication filters', async () => {
      const search = csvRecords((await exportCsv(editor, '?search=Border%20apprehensions')).text);
      expect(new Set(search.map((record) => record.story_document_id))).toEqual(new Set([draftId]));
      const published = csvRecords((await exportCsv(editor, '?publication=published')).text);
      expect(published.length).toBeGreaterThan(0);
      expect(new Set(published.map((record) => record.publication))).toEqual(new Set(['published']));
      expect(published.some((record) => record.story_document_id === articleId)).toBe(true);
    });

    it('refuses a filter it does not know, naming it', async () => {
      const response = await exportCsv(editor, '?problems=some');
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/^Invalid query: problems:/);
    });

    it('leaves out the stories the user may not read (an Author reads only their own)', async () => {
      const response = await exportCsv(author);
      expect(response.status).toBe(200);
      expect(csvRecords(response.text)).toEqual([]);
    });

    it('is refused (403) to a role without Read attribution findings', async () => {
      await removeRolePermission(server.url, chief, 'strapi-author', 'plugin::newsroom.findings.read');
      expect((await exportCsv(author)).status).toBe(403);
    });
  });

  describe('POST /newsroom/story-checks/actions/recheck', () => {
    it('checks the selected stories again: counts a write from outside Strapi left stale are right again', async () => {
      const before = await listed(articleId);
      expect(before.errorCount).toBe(0);
      // Another program edits a quote of the article's draft behind Strapi's back: no middleware ran.
      await rewriteFirstQuoteBehindStrapi(db, articleId, 'Words nobody said in this story');
      expect((await listed(articleId)).errorCount).toBe(0);

      const response = await recheck(editor, [articleId, draftId]);
      expect(response.status).toBe(200);
      const rows = Object.fromEntries(response.body.data.map((row: any) => [row.storyDocumentId, row]));
      expect(rows[articleId].errorCount).toBe(1);
      expect(rows[draftId].errorCount).toBe(DRAFT_ERRORS.length);
      expect((await listed(articleId)).errorCount).toBe(1);
    });

    it.each([
      ['no story', [], /storyDocumentIds: select at least one story/],
      ['more than 100', Array.from({ length: 101 }, (_, i) => `story${i}`), /storyDocumentIds: at most 100 stories at a time/],
      ['a documentId that is not one', ['../etc'], /storyDocumentIds.0: must be a documentId/],
    ])('refuses %s (400)', async (_label, ids, message) => {
      const response = await recheck(editor, ids);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(message);
    });

    it('answers 404 for a story that does not exist and 403 for one the user may not read (not the Author’s own)', async () => {
      expect((await recheck(editor, ['nosuchstory0000000000000'])).status).toBe(404);
      const byAuthor = await recheck(author, [draftId]);
      expect(byAuthor.status).toBe(403);
      expect(byAuthor.body.error.message).toBe('Your role may not read this story.');
    });
  });
});
