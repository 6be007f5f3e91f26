import type { Browser, Locator, Page } from 'playwright-core';

import { launchChromium } from '../support/browser';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startServer, type RunningServer } from '../support/processes';
import { seedOrThrow } from '../support/seeding';
import { registerSuperAdmin, requestJson, storyDocumentId, type AdminSession } from './support/admin-api';
import { assertAdminBuilt, logIn, openStory, saveScreenshot } from './support/admin-ui';

const DRAFT_SLUG = 'border-apprehensions-fell-again-in-july-dhs-says';
const paragraphs = (...texts: string[]) => texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

describe('admin: one-click fixes in the Attributions panel, in a real browser', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let chief: AdminSession;
  let storyId: string;
  const pageErrors: string[] = [];

  const unrecordedCard = (panel: Locator, start: string) =>
    panel.locator('[data-testid="finding-entry"]').filter({ has: page.locator('[data-code="BODY_QUOTE_WITHOUT_RECORD"]') }).filter({ hasText: start });
  const figureCard = (panel: Locator) =>
    panel.locator('[data-testid="finding-entry"]').filter({ has: page.locator('[data-code="BODY_STATISTIC_WITHOUT_RECORD"]') }).filter({ hasText: '“680”' });
  const statisticCount = async () => Number((await db.query('SELECT COUNT(*) AS n FROM newsroom_statistics'))[0]!.n);
  const quoteCount = async () => Number((await db.query('SELECT COUNT(*) AS n FROM newsroom_quotes'))[0]!.n);

  beforeAll(async () => {
    assertAdminBuilt();
    db = await createTestDatabase();
    await seedOrThrow(db.env);
    server = await startServer(db.env);
    chief = await registerSuperAdmin(server.url);
    const created = await requestJson(`${server.url}/content-manager/collection-types/plugin::newsroom.story`, {
      method: 'POST',
      token: chief.token,
      body: {
        headline: 'Advocates renew call to end raids',
        slug: 'advocates-renew-call-to-end-raids',
        body: paragraphs(
          'Óscar Chacón, the executive director of Alianza Americas, said on Monday that the raids must stop.',
          '"Families are living in fear," Chacón said.',
          '"We are not going anywhere," said Maria Lopez, a teacher at the Riverside school.',
          'The raids detained 680 workers in six plants, according to the Department of Homeland Security.'
        ),
      },
    });
    storyId = created.body.data.documentId;
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1440, height: 2000 } })).newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await logIn(page, server.url, chief.email);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.drop();
  });

  it('records a quotation of the body with the engine’s speaker preselected: the finding disappears', async () => {
    const panel = await openStory(page, server.url, storyId);
    const card = unrecordedCard(panel, 'Families are living in fear');
    await card.getByRole('button', { name: 'Record this quote' }).click();
    const dialog = page.getByRole('dialog');
    // The form shows once the newsroom has been asked for a source of that name.
    await dialog.getByText('The engine reads Óscar Chacón as the speaker.').waitFor();
    // The newsroom has a source of that name (the seed's): it is the one chosen.
    await expect(dialog.getByRole('combobox', { name: 'Speaker' }).textContent()).resolves.toMatch(/Óscar Chacón, executive director/i);
    await expect(dialog.getByLabel('Name of the new source').count()).resolves.toBe(0);
    await saveScreenshot(dialog, 'fix-record-quote');
    await dialog.getByRole('button', { name: 'Record the quote' }).click();
    await dialog.waitFor({ state: 'detached' });
    await card.waitFor({ state: 'detached' });
    await expect(unrecordedCard(panel, 'We are not going anywhere').count()).resolves.toBe(1);
    const speakers = await db.query(
      `SELECT s.name AS name FROM newsroom_quotes q JOIN newsroom_quotes_speaker_lnk l ON l.quote_id = q.id
       JOIN newsroom_sources s ON s.id = l.source_id WHERE q.text = 'Families are living in fear'`
    );
    expect(speakers).toEqual([{ name: 'Óscar Chacón' }]);
  });

  it('lets the editor choose another speaker, and Cancel writes nothing', async () => {
    const panel = await openStory(page, server.url, storyId);
    const card = unrecordedCard(panel, 'We are not going anywhere');
    const before = await quoteCount();
    await card.getByRole('button', { name: 'Record this quote' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByText('The engine reads Maria Lopez as the speaker.').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await quoteCount()).toBe(before);

    await card.getByRole('button', { name: 'Record this quote' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByText('The engine reads Maria Lopez as the speaker.').waitFor();
    // No source of the newsroom is called Maria Lopez: a new one is proposed, under the engine's name.
    await expect(dialog.getByLabel('Name of the new source').inputValue()).resolves.toBe('Maria Lopez');
    // The editor looks at the story's sources, then names the speaker as the newsroom should know her.
    await dialog.getByRole('combobox', { name: 'Speaker' }).click();
    await page.getByRole('option', { name: /^Óscar Chacón/ }).click();
    await expect(dialog.getByLabel('Name of the new source').count()).resolves.toBe(0);
    await dialog.getByRole('combobox', { name: 'Speaker' }).click();
    await page.getByRole('option', { name: 'New source…' }).click();
    await dialog.getByLabel('Name of the new source').fill('María López Ortega');
    await dialog.getByRole('button', { name: 'Record the quote' }).click();
    await dialog.waitFor({ state: 'detached' });
    await card.waitFor({ state: 'detached' });
    expect(await quoteCount()).toBe(before + 1);
    const speakers = await db.query(
      `SELECT s.name AS name FROM newsroom_quotes q JOIN newsroom_quotes_speaker_lnk l ON l.quote_id = q.id
       JOIN newsroom_sources s ON s.id = l.source_id WHERE q.text = 'We are not going anywhere'`
    );
    expect(speakers).toEqual([{ name: 'María López Ortega' }]);
  });

  it('records a figure of the body with the source the text names: Cancel writes nothing, saving makes the finding disappear', async () => {
    const panel = await openStory(page, server.url, storyId);
    const card = figureCard(panel);
    const before = await statisticCount();
    await card.getByRole('button', { name: 'Record this figure' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByText('The text gives Department of Homeland Security as its source.').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await statisticCount()).toBe(before);

    await card.getByRole('button', { name: 'Record this figure' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByText('The text gives Department of Homeland Security as its source.').waitFor();
    await expect(dialog.getByTestId('figure-as-written').textContent()).resolves.toBe('680');
    await dialog.getByText('“680 workers in six plants”').waitFor();
    await expect(dialog.getByLabel('Value').inputValue()).resolves.toBe('680');
    // The newsroom has a source of that name (the seed's): it is the one chosen, no new one proposed.
    await expect(dialog.getByRole('combobox', { name: 'Source' }).textContent()).resolves.toMatch(/^Department of Homeland Security/);
    await expect(dialog.getByLabel('Name of the new source').count()).resolves.toBe(0);
    await dialog.getByLabel('What it counts').fill('workers detained in the raids');
    await saveScreenshot(dialog, 'fix-record-figure');
    await dialog.getByRole('button', { name: 'Record the figure' }).click();
    await dialog.waitFor({ state: 'detached' });
    await card.waitFor({ state: 'detached' });
    expect(await statisticCount()).toBe(before + 1);
    const story = (await requestJson(`${server.url}/newsroom/stories/${storyId}/findings`, { token: chief.token })).body.data.story;
    expect(story.statistics).toEqual([
      expect.objectContaining({ valueText: '680', measures: 'workers detained in the raids', source: expect.objectContaining({ name: 'Department of Homeland Security' }) }),
    ]);
  });

  it('shows a misquote’s differences, then gives the record the words of the text', async () => {
    const draftId = await storyDocumentId(server.url, chief, DRAFT_SLUG);
    const panel = await openStory(page, server.url, draftId);
    const misquote = panel.locator('[data-testid="finding-entry"]').filter({ has: page.locator('[data-code="QUOTE_NOT_IN_BODY"]') });
    await misquote.getByRole('button', { name: 'Use the words from the text' }).click();
    const dialog = page.getByRole('dialog');
    const diff = dialog.getByTestId('misquote-diff');
    await diff.waitFor();
    await expect(diff.locator('[data-op="delete"]').count()).resolves.toBeGreaterThan(0);
    await expect(diff.locator('[data-op="insert"]').count()).resolves.toBeGreaterThan(0);
    await saveScreenshot(dialog, 'fix-use-words');
    await dialog.getByRole('button', { name: 'Replace the record’s words' }).or(dialog.getByRole('button', { name: "Replace the record's words" })).click();
    await dialog.waitFor({ state: 'detached' });
    await misquote.waitFor({ state: 'detached' });
    await expect(panel.locator('[data-code="QUOTE_NOT_IN_BODY"]').count()).resolves.toBe(0);
    await saveScreenshot(panel, 'fix-misquote-fixed');
  });

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
