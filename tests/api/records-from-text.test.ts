import { createTestDatabase, type TestDatabase } from '../support/database';
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

const STORY_UID = 'plugin::newsroom.story';
const QUOTE_UID = 'plugin::newsroom.quote';
const STATISTIC_UID = 'plugin::newsroom.statistic';
const DRAFT_SLUG = 'border-apprehensions-fell-again-in-july-dhs-says';
const paragraphs = (...texts: string[]) => texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
const BODY = paragraphs(
  'Óscar Chacón, the executive director of Alianza Americas, said on Monday that the raids must stop.',
  '"Families are living in fear," Chacón said.',
  '"We are not going anywhere," said Maria Lopez, a teacher at the Riverside school.',
  'The raids detained 680 workers in six plants, according to the Department of Homeland Security.'
);

describe('admin API: the side panel’s one-click fixes (record a quote or a figure, use the words from the text)', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let chief: AdminSession;
  let editor: AdminSession;
  let author: AdminSession;
  let storyId: string;

  const call = (session: AdminSession, method: string, route: string, body?: unknown) =>
    requestJson(`${server.url}${route}`, { method, token: session.token, body });
  const findings = async (documentId: string) => (await call(chief, 'GET', `/newsroom/stories/${documentId}/findings`)).body.data.findings as any[];
  const unrecorded = async () => (await findings(storyId)).filter((finding) => finding.code === 'BODY_QUOTE_WITHOUT_RECORD');
  const recordQuote = (session: AdminSession, body: unknown, id = storyId) => call(session, 'POST', `/newsroom/stories/${id}/quotes`, body);
  const countSources = async (name: string) => Number((await db.query(`SELECT COUNT(*) AS n FROM newsroom_sources WHERE name = '${name}'`))[0]!.n);

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedOrThrow(db.env);
    server = await startServer(db.env);
    chief = await registerSuperAdmin(server.url);
    editor = await createAdminWithRole(server.url, chief, 'strapi-editor', { firstname: 'Ed', lastname: 'Itor', email: 'ed@newsroom.test' });
    author = await createAdminWithRole(server.url, chief, 'strapi-author', { firstname: 'Ann', lastname: 'Author', email: 'ann@newsroom.test' });
    const created = await call(editor, 'POST', `/content-manager/collection-types/${STORY_UID}`, {
      headline: 'Advocates renew call to end raids',
      slug: 'advocates-renew-call-to-end-raids',
      body: BODY,
    });
    expect(created.status).toBe(201);
    storyId = created.body.data.documentId;
  });

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  describe('POST /newsroom/stories/:documentId/quotes', () => {
    it('records a quotation with the engine’s speaker, linking the source the newsroom has: the finding is gone', async () => {
      const before = await unrecorded();
      const families = before.find((finding) => finding.data.text === 'Families are living in fear');
      expect(families.data.speaker).toBe('Óscar Chacón');
      const chacons = await countSources('Óscar Chacón');

      const response = await recordQuote(editor, { text: families.data.text, speaker: { name: families.data.speaker, kind: 'person' } });
      expect(response.status).toBe(201);
      expect(response.body.data.speaker).toMatchObject({ name: 'Óscar Chacón', created: false });
      expect(await countSources('Óscar Chacón')).toBe(chacons);
      expect((await unrecorded()).map((finding) => finding.data.text)).toEqual(['We are not going anywhere']);

      const quote = await call(editor, 'GET', `/content-manager/collection-types/${QUOTE_UID}/${response.body.data.quoteDocumentId}`);
      expect(quote.body.data).toMatchObject({ text: 'Families are living in fear', delivery: 'spoken', isPartial: false });
      expect(quote.body.data.createdBy).toMatchObject({ firstname: 'Ed' });
    });

    it('creates a new source for a name the newsroom does not have, and deleting the quote brings the finding back', async () => {
      const response = await recordQuote(editor, { text: 'We are not going anywhere', speaker: { name: 'Maria Lopez', kind: 'person' } });
      expect(response.status).toBe(201);
      expect(response.body.data.speaker).toMatchObject({ name: 'Maria Lopez', created: true });
      expect(await unrecorded()).toEqual([]);

      const removed = await call(editor, 'DELETE', `/content-manager/collection-types/${QUOTE_UID}/${response.body.data.quoteDocumentId}`);
      expect(removed.status).toBe(200);
      expect((await unrecorded()).map((finding) => finding.data.text)).toEqual(['We are not going anywhere']);
    });

    it('records a quote with no speaker when asked to', async () => {
      const response = await recordQuote(editor, { text: 'We are not going anywhere', speaker: null });
      expect(response.status).toBe(201);
      expect(response.body.data.speaker).toBeNull();
      const codes = (await findings(storyId)).map((finding) => finding.code);
      expect(codes).toContain('QUOTE_UNATTRIBUTED');
      expect(codes).not.toContain('BODY_QUOTE_WITHOUT_RECORD');
      await call(editor, 'DELETE', `/content-manager/collection-types/${QUOTE_UID}/${response.body.data.quoteDocumentId}`);
    });

    it.each([
      ['words that are not in the story', { text: 'We never said this', speaker: null }, /^text: these words are not in the story’s saved text/],
      ['an empty quote', { text: '  ', speaker: null }, /^Invalid quote: text: must not be empty/],
      ['a speaker that is neither a source nor a name', { text: 'We are not going anywhere', speaker: { id: 3 } }, /^Invalid quote: speaker/],
      ['an unknown source', { text: 'We are not going anywhere', speaker: { documentId: 'nosuchsource00000000000' } }, /no source has the documentId "nosuchsource00000000000"/],
    ])('refuses %s (400) and writes nothing', async (_label, body, message) => {
      const quotes = await db.query('SELECT COUNT(*) AS n FROM newsroom_quotes');
      const response = await recordQuote(editor, body);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(message);
      expect(await db.query('SELECT COUNT(*) AS n FROM newsroom_quotes')).toEqual(quotes);
    });

    it('is refused to a role that may not read the story, create quotes, or create the source it would need', async () => {
      const draftId = await storyDocumentId(server.url, chief, DRAFT_SLUG);
      const notTheirs = await recordQuote(author, { text: 'anything', speaker: null }, draftId);
      expect(notTheirs.status).toBe(403);
      expect(notTheirs.body.error.message).toBe('Your role may not read this story.');

      await removeRolePermission(server.url, chief, 'strapi-editor', 'plugin::content-manager.explorer.create');
      const noCreate = await recordQuote(editor, { text: 'We are not going anywhere', speaker: null });
      expect(noCreate.status).toBe(403);
      expect(noCreate.body.error.message).toBe('Your role may not create quotes.');
      expect((await unrecorded()).map((finding) => finding.data.text)).toEqual(['We are not going anywhere']);
    });
  });

  describe('POST /newsroom/stories/:documentId/statistics', () => {
    const unrecordedFigures = async () => (await findings(storyId)).filter((finding) => finding.code === 'BODY_STATISTIC_WITHOUT_RECORD');
    const recordStatistic = (session: AdminSession, body: unknown, id = storyId) => call(session, 'POST', `/newsroom/stories/${id}/statistics`, body);
    const countStatistics = async () => Number((await db.query('SELECT COUNT(*) AS n FROM newsroom_statistics'))[0]!.n);
    const fromFinding = (data: any) => ({
      valueText: data.valueText,
      value: data.value,
      unit: data.unit,
      measures: data.measures,
      qualifier: data.qualifier,
      source: { name: data.source, kind: 'organization' },
    });

    it('records a figure of the text with the source the text names, linked to the newsroom’s source: the finding is gone', async () => {
      const [figure] = await unrecordedFigures();
      expect(figure.data).toMatchObject({ valueText: '680', value: 680, source: 'Department of Homeland Security' });
      const sources = await countSources('Department of Homeland Security');

      const response = await recordStatistic(chief, { ...fromFinding(figure.data), measures: 'workers detained in the raids' });
      expect(response.status).toBe(201);
      expect(response.body.data.source).toMatchObject({ name: 'Department of Homeland Security', created: false });
      expect(await countSources('Department of Homeland Security')).toBe(sources);
      // The sentence's other figure, in words, is still to record.
      expect((await unrecordedFigures()).map((finding) => finding.data.valueText)).toEqual(['six']);
      expect((await findings(storyId)).map((finding) => finding.code)).not.toContain('STATISTIC_UNSOURCED');

      const statistic = await call(chief, 'GET', `/content-manager/collection-types/${STATISTIC_UID}/${response.body.data.statisticDocumentId}`);
      expect(statistic.body.data).toMatchObject({ valueText: '680', measures: 'workers detained in the raids', qualifier: 'exact' });
      expect(Number(statistic.body.data.value)).toBe(680);

      const removed = await call(chief, 'DELETE', `/content-manager/collection-types/${STATISTIC_UID}/${response.body.data.statisticDocumentId}`);
      expect(removed.status).toBe(200);
      expect((await unrecordedFigures()).map((finding) => finding.data.valueText)).toEqual(['680', 'six']);
    });

    it('creates a new source of the chosen kind for a name the newsroom does not have', async () => {
      const [figure] = await unrecordedFigures();
      const response = await recordStatistic(chief, { ...fromFinding(figure.data), source: { name: 'Riverside Labor Council', kind: 'organization' } });
      expect(response.status).toBe(201);
      expect(response.body.data.source).toMatchObject({ name: 'Riverside Labor Council', created: true });
      const [row] = await db.query("SELECT kind FROM newsroom_sources WHERE name = 'Riverside Labor Council'");
      expect(row).toMatchObject({ kind: 'organization' });
      await call(chief, 'DELETE', `/content-manager/collection-types/${STATISTIC_UID}/${response.body.data.statisticDocumentId}`);
    });

    it.each([
      ['a figure that is not in the story', { valueText: '681', value: 681 }, /^valueText: this figure is not in the story’s saved text/],
      ['a figure with no count', { measures: ' ' }, /^Invalid statistic: measures: say what the figure counts/],
      ['a value that is not a number', { value: '680' }, /^Invalid statistic: value/],
      ['an unknown qualifier', { qualifier: 'roughly' }, /^Invalid statistic: qualifier/],
      ['an unknown source', { source: { documentId: 'nosuchsource00000000000' } }, /^source\.documentId: no source has the documentId "nosuchsource00000000000"/],
    ])('refuses %s (400) and writes nothing', async (_label, change, message) => {
      const [figure] = await unrecordedFigures();
      const statistics = await countStatistics();
      const response = await recordStatistic(chief, { ...fromFinding(figure.data), ...change });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(message);
      expect(await countStatistics()).toBe(statistics);
    });

    it('is refused to a role that may not create figures or read the story, and writes nothing', async () => {
      const [figure] = await unrecordedFigures();
      // The editor's role lost plugin::content-manager.explorer.create in the quotes tests above.
      const noCreate = await recordStatistic(editor, fromFinding(figure.data));
      expect(noCreate.status).toBe(403);
      expect(noCreate.body.error.message).toBe('Your role may not create figures.');
      const draftId = await storyDocumentId(server.url, chief, DRAFT_SLUG);
      const notTheirs = await recordStatistic(author, fromFinding(figure.data), draftId);
      expect(notTheirs.status).toBe(403);
      expect(notTheirs.body.error.message).toBe('Your role may not read this story.');
      expect((await unrecordedFigures()).map((finding) => finding.data.valueText)).toEqual(['680', 'six']);
    });
  });

  describe('PUT /newsroom/quotes/:documentId/text', () => {
    it('gives a misquoted record the words of the text: the misquote is gone', async () => {
      const draftId = await storyDocumentId(server.url, chief, DRAFT_SLUG);
      const misquote = (await findings(draftId)).find((finding) => finding.code === 'QUOTE_NOT_IN_BODY');
      expect(misquote.data.closestPassage).toBeTruthy();
      expect(misquote.data.diff.some((part: any) => part.op !== 'equal')).toBe(true);

      const response = await call(chief, 'PUT', `/newsroom/quotes/${misquote.target.documentId}/text`, { text: misquote.data.closestPassage });
      expect(response.status).toBe(204);
      const after = await findings(draftId);
      expect(after.filter((finding) => finding.code === 'QUOTE_NOT_IN_BODY')).toEqual([]);
      const quote = await call(chief, 'GET', `/content-manager/collection-types/${QUOTE_UID}/${misquote.target.documentId}`);
      expect(quote.body.data.text).toBe(misquote.data.closestPassage);
    });

    it('refuses words that are not in the story, and an unknown quote', async () => {
      const draftId = await storyDocumentId(server.url, chief, DRAFT_SLUG);
      const story = (await call(chief, 'GET', `/newsroom/stories/${draftId}/findings`)).body.data.story;
      const quoteId = story.quotes[0].documentId;
      const wrong = await call(chief, 'PUT', `/newsroom/quotes/${quoteId}/text`, { text: 'Words from nowhere' });
      expect(wrong.status).toBe(400);
      expect(wrong.body.error.message).toMatch(/^text: these words are not in the story’s saved text/);
      expect((await call(chief, 'PUT', '/newsroom/quotes/nosuchquote0000000000000/text', { text: 'x' })).status).toBe(404);
    });

    it('is refused to a role that may not edit the quote', async () => {
      const draftId = await storyDocumentId(server.url, chief, DRAFT_SLUG);
      const story = (await call(chief, 'GET', `/newsroom/stories/${draftId}/findings`)).body.data.story;
      const response = await call(author, 'PUT', `/newsroom/quotes/${story.quotes[0].documentId}/text`, { text: story.quotes[0].text });
      expect(response.status).toBe(403);
      expect(response.body.error.message).toBe('Your role may not edit these quotes.');
    });
  });
});
