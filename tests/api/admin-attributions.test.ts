import path from 'path';

import { createTestDatabase, type TestDatabase } from '../support/database';
import { startServer, type RunningServer } from '../support/processes';
import { seedOrThrow } from '../support/seeding';
import {
  createAdminWithRole,
  registerSuperAdmin,
  requestJson,
  storyDocumentId,
  updateRecord,
  type AdminSession,
} from '../e2e/support/admin-api';

const ARTICLE_SLUG = 'us-should-divert-funding-for-ice-raids-to-efforts-to-combat-white-nationalist-terrorism';
const DRAFT_SLUG = 'border-apprehensions-fell-again-in-july-dhs-says';
const MORE_STORIES = path.join(__dirname, '..', 'fixtures', 'more-stories.json');
const QUOTE_UID = 'plugin::newsroom.quote';
const STATISTIC_UID = 'plugin::newsroom.statistic';

describe('admin API: attribution findings, sign-offs and the Attributions list', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let chief: AdminSession;
  let author: AdminSession;
  let editor: AdminSession;
  let draftId: string;
  let articleId: string;

  const call = (session: AdminSession | null, pathAndQuery: string, method = 'GET', body?: unknown) =>
    requestJson(`${server.url}${pathAndQuery}`, { method, token: session?.token, body });
  const findingsOf = async (documentId: string, session: AdminSession = chief) => {
    const response = await call(session, `/newsroom/stories/${documentId}/findings`);
    expect(response.status).toBe(200);
    return response.body.data;
  };
  const quoteStartingWith = (story: any, start: string) => story.quotes.find((q: any) => q.text.startsWith(start));

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedOrThrow(db.env, [undefined, MORE_STORIES]);
    server = await startServer(db.env);
    chief = await registerSuperAdmin(server.url);
    author = await createAdminWithRole(server.url, chief, 'strapi-author', {
      firstname: 'Ann',
      lastname: 'Author',
      email: 'ann@newsroom.test',
    });
    editor = await createAdminWithRole(server.url, chief, 'strapi-editor', {
      firstname: 'Ed',
      lastname: 'Itor',
      email: 'ed@newsroom.test',
    });
    draftId = await storyDocumentId(server.url, chief, DRAFT_SLUG);
    articleId = await storyDocumentId(server.url, chief, ARTICLE_SLUG);
  });

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  describe('without an admin session', () => {
    it.each([
      ['GET', '/newsroom/stories/:documentId/findings'],
      ['GET', '/newsroom/story-checks'],
      ['PUT', '/newsroom/sign-offs'],
      ['POST', '/newsroom/stories/:documentId/publish-with-override'],
    ])('%s %s answers 401', async (method, route) => {
      const response = await call(null, route.replace(':documentId', draftId), method, method === 'GET' ? undefined : {});
      expect(response.status).toBe(401);
    });
  });

  describe('GET /newsroom/stories/:documentId/findings', () => {
    it('lists the demo draft’s errors, from the same engine as everywhere else', async () => {
      const data = await findingsOf(draftId);
      const errors = data.findings.filter((f: any) => f.severity === 'error').map((f: any) => f.code);
      expect(errors.sort()).toEqual(
        ['CAPTION_WITHOUT_CREDIT', 'QUOTE_NOT_IN_BODY', 'QUOTE_UNATTRIBUTED', 'STATISTIC_ARITHMETIC', 'STATISTIC_UNSOURCED'].sort()
      );
      expect(data.story.headline).toBe('Border apprehensions fell again in July, DHS says');
      expect(data.publishGuard).toBe('block');
      expect(data.signOffs).toEqual([]);
    });

    it('finds no error in the published article', async () => {
      const data = await findingsOf(articleId);
      expect(data.findings.filter((f: any) => f.severity === 'error')).toEqual([]);
      expect(data.story.quotes).toHaveLength(14);
    });

    it('lets Editors read any story\'s findings, and Authors only those the Content Manager shows them', async () => {
      expect((await call(editor, `/newsroom/stories/${draftId}/findings`)).status).toBe(200);
      // Authors read what they created (tests/security/role-leaks.test.ts); the seed created this one.
      expect((await call(author, `/newsroom/stories/${draftId}/findings`)).status).toBe(403);
    });

    it('answers 404 for an unknown story and 400 for a malformed id', async () => {
      expect((await call(chief, '/newsroom/stories/nosuchstory000000000000/findings')).status).toBe(404);
      expect((await call(chief, '/newsroom/stories/..%2F..%2Fadmin/findings')).status).toBeGreaterThanOrEqual(400);
    });
  });

  describe('PUT /newsroom/sign-offs', () => {
    it('refuses an Author: 403, and nothing is recorded', async () => {
      const { story } = await findingsOf(draftId);
      const response = await call(author, '/newsroom/sign-offs', 'PUT', {
        targetType: 'quote',
        targetDocumentId: story.quotes[0].documentId,
        verdict: 'verified',
      });
      expect(response.status).toBe(403);
      expect(await db.query('SELECT id FROM newsroom_sign_offs')).toEqual([]);
    });

    it('records who signed off and when from the session, not from the request', async () => {
      const { story } = await findingsOf(draftId);
      const quote = quoteStartingWith(story, 'In May, CBP');
      const before = Date.now();
      const response = await call(chief, '/newsroom/sign-offs', 'PUT', {
        targetType: 'quote',
        targetDocumentId: quote.documentId,
        verdict: 'verified',
        note: 'Checked against the DHS statement of Aug 8.',
      });
      expect(response.status).toBe(200);
      expect(response.body.data).toMatchObject({
        targetType: 'quote',
        targetDocumentId: quote.documentId,
        verdict: 'verified',
        note: 'Checked against the DHS statement of Aug 8.',
        signedBy: { name: 'Chief Editor' },
      });
      expect(new Date(response.body.data.signedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);

      const forged = await call(chief, '/newsroom/sign-offs', 'PUT', {
        targetType: 'quote',
        targetDocumentId: quote.documentId,
        verdict: 'verified',
        signedByName: 'Someone Else',
      });
      expect(forged.status).toBe(400);

      const { signOffs } = await findingsOf(draftId);
      expect(signOffs).toEqual([expect.objectContaining({ targetDocumentId: quote.documentId, verdict: 'verified' })]);
    });

    it('replaces an earlier verdict on the same record', async () => {
      const { story } = await findingsOf(draftId);
      const statistic = story.statistics.find((s: any) => s.valueText === '144,000');
      for (const verdict of ['verified', 'disputed']) {
        const response = await call(chief, '/newsroom/sign-offs', 'PUT', {
          targetType: 'statistic',
          targetDocumentId: statistic.documentId,
          verdict,
          note: verdict === 'disputed' ? 'CBP says 144,116.' : null,
        });
        expect(response.status).toBe(200);
      }
      const rows = await db.query(`SELECT verdict FROM newsroom_sign_offs WHERE target_document_id = '${statistic.documentId}'`);
      expect(rows).toEqual([{ verdict: 'disputed' }]);
    });

    it.each([
      [{ targetType: 'caption', targetDocumentId: 'abc', verdict: 'verified' }, /targetType/],
      [{ targetType: 'quote', targetDocumentId: 'abc', verdict: 'maybe' }, /verdict/],
      [{ targetType: 'quote', verdict: 'verified' }, /targetDocumentId/],
    ])('rejects a malformed sign-off %j', async (body, message) => {
      const response = await call(chief, '/newsroom/sign-offs', 'PUT', body);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(message);
    });

    it('answers 404 for a quote that does not exist', async () => {
      const response = await call(chief, '/newsroom/sign-offs', 'PUT', {
        targetType: 'quote',
        targetDocumentId: 'nosuchquote0000000000000',
        verdict: 'verified',
      });
      expect(response.status).toBe(404);
    });

    it('clears a quote’s sign-off when its words change, and keeps it when only the delivery note changes', async () => {
      const { story } = await findingsOf(draftId);
      const quote = quoteStartingWith(story, 'In July, that number');
      await call(chief, '/newsroom/sign-offs', 'PUT', { targetType: 'quote', targetDocumentId: quote.documentId, verdict: 'verified' });

      await updateRecord(server.url, chief, QUOTE_UID, quote.documentId, { deliveryNote: 'in a written statement' });
      expect((await findingsOf(draftId)).signOffs.map((s: any) => s.targetDocumentId)).toContain(quote.documentId);

      await updateRecord(server.url, chief, QUOTE_UID, quote.documentId, { text: 'In July, that number was 82,000.' });
      expect((await findingsOf(draftId)).signOffs.map((s: any) => s.targetDocumentId)).not.toContain(quote.documentId);
      expect(await db.query(`SELECT id FROM newsroom_sign_offs WHERE target_document_id = '${quote.documentId}'`)).toEqual([]);
    });

    it('clears a quote’s sign-off when its speaker changes', async () => {
      const { story } = await findingsOf(draftId);
      const quote = quoteStartingWith(story, 'The numbers are still');
      const dhs = story.sources.find((s: any) => s.name === 'Department of Homeland Security');
      await call(chief, '/newsroom/sign-offs', 'PUT', { targetType: 'quote', targetDocumentId: quote.documentId, verdict: 'verified' });
      await updateRecord(server.url, chief, QUOTE_UID, quote.documentId, { speaker: { connect: [{ documentId: dhs.documentId }] } });
      const after = await findingsOf(draftId);
      expect(quoteStartingWith(after.story, 'The numbers are still').speaker.name).toBe('Department of Homeland Security');
      expect(after.signOffs.map((s: any) => s.targetDocumentId)).not.toContain(quote.documentId);
    });

    it('clears a statistic’s sign-off when its value or its source changes', async () => {
      const { story } = await findingsOf(draftId);
      const statistic = story.statistics.find((s: any) => s.valueText === '82,000');
      const dhs = story.sources.find((s: any) => s.name === 'Department of Homeland Security');
      const signOff = () =>
        call(chief, '/newsroom/sign-offs', 'PUT', { targetType: 'statistic', targetDocumentId: statistic.documentId, verdict: 'verified' });
      const signedOff = async () => (await findingsOf(draftId)).signOffs.some((s: any) => s.targetDocumentId === statistic.documentId);

      await signOff();
      await updateRecord(server.url, chief, STATISTIC_UID, statistic.documentId, { period: 'July 2019 (preliminary)' });
      expect(await signedOff()).toBe(true);
      await updateRecord(server.url, chief, STATISTIC_UID, statistic.documentId, { value: 82001 });
      expect(await signedOff()).toBe(false);

      await signOff();
      await updateRecord(server.url, chief, STATISTIC_UID, statistic.documentId, { source: { connect: [{ documentId: dhs.documentId }] } });
      expect(await signedOff()).toBe(false);
    });
  });

  describe('GET /newsroom/story-checks', () => {
    const list = async (query = '', session = chief) => {
      const response = await call(session, `/newsroom/story-checks${query}`);
      expect(response.status).toBe(200);
      return response.body;
    };

    it('lists every story, drafts and published, with counts kept current by the middleware', async () => {
      const { data, meta } = await list('?sort=headline:asc&pageSize=100');
      expect(meta.pagination.total).toBe(5);
      const draft = data.find((row: any) => row.storyDocumentId === draftId);
      const live = await findingsOf(draftId);
      expect(draft).toMatchObject({
        publication: 'draft',
        errorCount: live.findings.filter((f: any) => f.severity === 'error').length,
        warningCount: live.findings.filter((f: any) => f.severity === 'warning').length,
        checkableCount: 8,
        verifiedCount: live.signOffs.filter((s: any) => s.verdict === 'verified').length,
        disputedCount: live.signOffs.filter((s: any) => s.verdict === 'disputed').length,
      });
      expect(data.find((row: any) => row.storyDocumentId === articleId)).toMatchObject({ publication: 'published', errorCount: 0 });
      expect(data.map((row: any) => row.headline)).toEqual([...data.map((row: any) => row.headline)].sort((a, b) => a.localeCompare(b)));
    });

    it('sorts, filters and paginates on the server', async () => {
      const byErrors = await list('?sort=errorCount:desc&pageSize=2');
      expect(byErrors.data[0].storyDocumentId).toBe(draftId);
      expect(byErrors.meta.pagination).toEqual({ page: 1, pageSize: 2, pageCount: 3, total: 5 });
      const third = await list('?sort=errorCount:desc&pageSize=2&page=3');
      expect(third.data).toHaveLength(1);

      const withErrors = await list('?problems=errors');
      expect(withErrors.data.map((row: any) => row.storyDocumentId)).toEqual([draftId]);
      const published = await list('?publication=published');
      expect(published.data.every((row: any) => row.publication === 'published')).toBe(true);
      expect(published.meta.pagination.total).toBe(3);
      const searched = await list('?search=harbor');
      expect(searched.data.map((row: any) => row.headline).sort()).toEqual([
        'Embargoed harbor audit findings',
        'Harbor fees to rise by 4 percent',
        'Lakeport harbor reopens after dredging',
      ]);
    });

    it('rejects unknown sort fields and oversized pages', async () => {
      expect((await call(chief, '/newsroom/story-checks?sort=password:asc')).status).toBe(400);
      expect((await call(chief, '/newsroom/story-checks?pageSize=1000')).status).toBe(400);
    });

    it('is readable by Authors (granted by default)', async () => {
      expect((await call(author, '/newsroom/story-checks')).status).toBe(200);
    });

    it('counts a story fixed through the Content Manager', async () => {
      const { story } = await findingsOf(draftId);
      const caption = story.photoCaptions[0];
      await updateRecord(server.url, chief, 'plugin::newsroom.photo-caption', caption.documentId, { creditLine: 'John Moore/Getty Images' });
      const { data } = await list('?pageSize=100');
      const row = data.find((r: any) => r.storyDocumentId === draftId);
      const live = await findingsOf(draftId);
      expect(row.errorCount).toBe(live.findings.filter((f: any) => f.severity === 'error').length);
      expect(live.findings.map((f: any) => f.code)).not.toContain('CAPTION_WITHOUT_CREDIT');
    });
  });
});
