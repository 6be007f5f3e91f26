import path from 'path';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import { launchChromium } from '../support/browser';
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
} from './support/admin-api';
import { assertAdminBuilt, logIn, openStory, quoteCard, saveScreenshot } from './support/admin-ui';

const ARTICLE_SLUG = 'us-should-divert-funding-for-ice-raids-to-efforts-to-combat-white-nationalist-terrorism';
const DRAFT_SLUG = 'border-apprehensions-fell-again-in-july-dhs-says';
const HOSTILE_SLUG = 'hostile-markup-in-a-quote';
const HOSTILE_FIXTURE = path.join(__dirname, 'fixtures', 'hostile-story.json');
const VIEWPORT = { width: 1440, height: 2600 };

describe('admin: attributions in a real browser', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let chief: AdminSession;
  let articleId: string;
  let draftId: string;
  let hostileId: string;
  const pageErrors: string[] = [];

  const findings = async (documentId: string) =>
    (await requestJson(`${server.url}/newsroom/stories/${documentId}/findings`, { token: chief.token })).body.data;

  beforeAll(async () => {
    assertAdminBuilt();
    db = await createTestDatabase();
    await seedOrThrow(db.env, [undefined, HOSTILE_FIXTURE]);
    server = await startServer(db.env);
    chief = await registerSuperAdmin(server.url);
    articleId = await storyDocumentId(server.url, chief, ARTICLE_SLUG);
    draftId = await storyDocumentId(server.url, chief, DRAFT_SLUG);
    hostileId = await storyDocumentId(server.url, chief, HOSTILE_SLUG);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: VIEWPORT });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await logIn(page, server.url, chief.email);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.drop();
  });

  it('shows the published article without errors', async () => {
    const panel = await openStory(page, server.url, articleId);
    await expectCount(panel, 'error', '0 errors');
    await expect(panel.locator('[data-testid="finding"][data-severity="error"]').count()).resolves.toBe(0);
    await expect(panel.getByTestId('sign-off-progress').textContent()).resolves.toBe('0 of 23 quotes and figures signed off');
    await saveScreenshot(panel, 'panel-article');
  });

  it('lists the draft’s errors in words, each quote in its sentence, with links to the records', async () => {
    const panel = await openStory(page, server.url, draftId);
    await expectCount(panel, 'error', '5 errors');
    const codes = await panel.locator('[data-testid="finding"][data-severity="error"]').evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('data-code'))
    );
    expect(codes.sort()).toEqual(
      ['CAPTION_WITHOUT_CREDIT', 'QUOTE_NOT_IN_BODY', 'QUOTE_UNATTRIBUTED', 'STATISTIC_ARITHMETIC', 'STATISTIC_UNSOURCED'].sort()
    );
    await expect(panel.getByText('Publishing is blocked until the errors are fixed.').isVisible()).resolves.toBe(true);

    const unattributed = quoteCard(panel, 'The numbers are still far too high');
    await expect(unattributed.getByText('No speaker', { exact: false }).first().isVisible()).resolves.toBe(true);
    await expect(unattributed.locator('mark').textContent()).resolves.toBe('The numbers are still far too high');
    await expect(unattributed.getByTestId('text-in-context').textContent()).resolves.toBe(
      '"The numbers are still far too high," the statement added.'
    );
    const { story } = await findings(draftId);
    const quote = story.quotes.find((q: any) => q.text.startsWith('The numbers are still'));
    await expect(unattributed.getByRole('link', { name: 'Open the quote' }).getAttribute('href')).resolves.toBe(
      `/admin/content-manager/collection-types/plugin::newsroom.quote/${quote.documentId}`
    );

    const misquote = quoteCard(panel, 'Raids targeting workers');
    await expect(misquote.locator('mark').textContent()).resolves.toMatch(/^Raids targeting workers who are fighting every day/);
    const groups = await panel.locator('section h3').allTextContents();
    expect(groups).toEqual(expect.arrayContaining(['Quotes', 'Figures', 'Photo captions']));
    await saveScreenshot(panel, 'panel-draft-errors');
  });

  it('checks the unsaved text as the editor types', async () => {
    const panel = await openStory(page, server.url, draftId);
    const lastParagraph = page.getByText('Roughly 1,200 agents were reassigned to processing centers over the summer.');
    await lastParagraph.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('"Raids targeting workers who fight every day for their families are a waste of public money," Óscar Chacón said.');
    await panel.getByText('Includes your unsaved changes to the text.').waitFor();
    await panel.locator('[data-code="QUOTE_NOT_IN_BODY"]').waitFor({ state: 'detached' });
    await expectCount(panel, 'error', '4 errors');
    expect((await findings(draftId)).findings.map((f: any) => f.code)).toContain('QUOTE_NOT_IN_BODY');

    // Saving reloads the panel from the server, which now agrees.
    const reloaded = page.waitForResponse((response) => response.url().includes(`/newsroom/stories/${draftId}/findings`));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    expect((await reloaded).status()).toBe(200);
    await panel.getByText('Includes your unsaved changes to the text.').waitFor({ state: 'detached' });
    await expectCount(panel, 'error', '4 errors');
    expect((await findings(draftId)).findings.map((f: any) => f.code)).not.toContain('QUOTE_NOT_IN_BODY');
  });

  it('signs off a quote: who and when come from the logged-in editor', async () => {
    const panel = await openStory(page, server.url, draftId);
    for (const [start, note] of [
      ['In May, CBP apprehended', 'Matches the DHS statement.'],
      ['The numbers are still far too high', 'In the same statement, last paragraph.'],
    ]) {
      // By keyboard: the button takes focus and Enter opens the dialog.
      await panel.getByRole('button', { name: new RegExp(`^Sign off “${start}`) }).focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Note').fill(note);
      await dialog.getByRole('button', { name: 'Save sign-off' }).click();
      await dialog.waitFor({ state: 'detached' });
      await quoteCard(panel, start).locator('[data-testid="sign-off"][data-verdict="verified"]').waitFor();
      await expect(quoteCard(panel, start).getByText(note).isVisible()).resolves.toBe(true);
    }
    await expect(quoteCard(panel, 'In May, CBP apprehended').getByTestId('sign-off').textContent()).resolves.toMatch(
      /^Verified by Chief Editor on /
    );
    await expect(panel.getByTestId('sign-off-progress').textContent()).resolves.toBe('2 of 8 quotes and figures signed off');
    await saveScreenshot(panel, 'panel-draft-signed-off');
  });

  it('refuses to publish the draft and says why', async () => {
    await openStory(page, server.url, draftId);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const refusal = page.getByText(/This story cannot be published: it has 4 attribution errors/);
    await refusal.waitFor({ timeout: 15_000 });
    await expect(refusal.textContent()).resolves.toContain('has no speaker');
    await saveScreenshot(page, 'publish-refused');
    const published = await db.query(`SELECT id FROM newsroom_stories WHERE document_id = '${draftId}' AND published_at IS NOT NULL`);
    expect(published).toEqual([]);
  });

  it('publishes the draft once it is fixed; the sign-off of the changed quote is cleared', async () => {
    const { story } = await findings(draftId);
    const source = (name: string) => story.sources.find((s: any) => s.name === name).documentId;
    const quote = (start: string) => story.quotes.find((q: any) => q.text.startsWith(start)).documentId;
    const statistic = (valueText: string) => story.statistics.find((s: any) => s.valueText === valueText).documentId;
    const update = (uid: string, documentId: string, data: Record<string, unknown>) =>
      updateRecord(server.url, chief, `plugin::newsroom.${uid}`, documentId, data);

    await update('quote', quote('The numbers are still'), { speaker: { connect: [{ documentId: source('Kevin McAleenan') }] } });
    // The editor already added the recorded words to the body (above); the reporter's paraphrase goes.
    const paraphrase = 'Advocates were unconvinced. "Raids targeting workers who are fighting every day to care for their families are a waste of public resources," Óscar Chacón, the executive director of Alianza Americas, said.';
    await update('quote', quote('In July, that number'), { text: 'In July, that number was 82,000, a 43 percent decrease.' });
    await update('statistic', statistic('53 percent'), { value: 43, valueText: '43 percent' });
    await update('statistic', statistic('1,200'), { source: { connect: [{ documentId: source('Department of Homeland Security') }] } });
    await update('photo-caption', story.photoCaptions[0].documentId, { creditLine: 'John Moore/Getty Images' });
    const body = story.body
      .filter((block: any) => block.children.map((child: any) => child.text).join('') !== paraphrase)
      .map((block: any) => ({
        ...block,
        children: block.children.map((child: any) => ({ ...child, text: child.text.replace('53 percent', '43 percent') })),
      }));
    expect(body).toHaveLength(story.body.length - 1);
    await update('story', draftId, { body });

    const panel = await openStory(page, server.url, draftId);
    await expectCount(panel, 'error', '0 errors');
    await expect(quoteCard(panel, 'The numbers are still far too high').getByTestId('sign-off').getAttribute('data-verdict')).resolves.toBe('none');
    await expect(quoteCard(panel, 'In May, CBP apprehended').getByTestId('sign-off').getAttribute('data-verdict')).resolves.toBe('verified');
    await saveScreenshot(panel, 'panel-draft-fixed');

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText('Published document').waitFor({ timeout: 15_000 });
    const published = await db.query(`SELECT id FROM newsroom_stories WHERE document_id = '${draftId}' AND published_at IS NOT NULL`);
    expect(published).toHaveLength(1);
  });

  it('lists every story on the Attributions page, sortable and filterable, linking to the edit view', async () => {
    await page.goto(`${server.url}/admin/plugins/newsroom`);
    const rows = page.getByTestId('story-check-row');
    await rows.first().waitFor({ timeout: 30_000 });
    await expect(rows.count()).resolves.toBe(3);
    await saveScreenshot(page, 'attributions-page');

    await page.getByRole('button', { name: 'Sort by Headline' }).click();
    await page.waitForURL(/sort=headline/);
    await rows.first().getByText('Border apprehensions fell again in July, DHS says').waitFor();
    await expect(rows.last().getByRole('link').textContent()).resolves.toMatch(/^U\.S\. Should Divert Funding/);

    const search = page.getByPlaceholder('Search headlines');
    await search.fill('apprehensions');
    await page.waitForURL(/search=apprehensions/);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="story-check-row"]').length === 1);
    await rows.first().getByText('Border apprehensions fell again in July, DHS says').waitFor();
    await search.fill('');
    await page.waitForURL((url) => !url.searchParams.has('search'));
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="story-check-row"]').length === 3);

    await page.getByRole('combobox', { name: 'Problems' }).click();
    await page.getByRole('option', { name: 'With errors' }).click();
    await page.waitForURL(/problems=errors/);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="story-check-row"]').length === 1);
    await expect(rows.first().getAttribute('data-document-id')).resolves.toBe(hostileId);

    await rows.first().getByRole('link').click();
    await page.waitForURL(new RegExp(`plugin::newsroom.story/${hostileId}`));
    await page.locator('[data-testid="attributions-panel"][data-state="ready"]').waitFor();
  });

  it('shows hostile markup in a quote, a speaker and a headline as text, and runs none of it', async () => {
    const panel = await openStory(page, server.url, hostileId);
    const card = quoteCard(panel, 'Look <img');
    await expect(card.getByTestId('quote-text').textContent()).resolves.toBe(
      '“Look <img src=x onerror="window.__newsroomXss=\'quote\'"> here”'
    );
    await expect(panel.getByText('<script>window.__newsroomXss', { exact: false }).first().isVisible()).resolves.toBe(true);
    await saveScreenshot(panel, 'panel-hostile');

    await page.goto(`${server.url}/admin/plugins/newsroom?search=Hostile`);
    await page.getByTestId('story-check-row').first().waitFor();
    await expect(page.getByTestId('story-check-row').first().getByRole('link').textContent()).resolves.toBe(
      'Hostile <img src=x onerror="window.__newsroomXss=\'headline\'"> markup'
    );
    await expect(page.evaluate(() => (window as any).__newsroomXss)).resolves.toBeUndefined();
    await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('shows an Author the findings but no way to sign off', async () => {
    const author = await createAdminWithRole(server.url, chief, 'strapi-author', {
      firstname: 'Ann',
      lastname: 'Author',
      email: 'ann@newsroom.test',
    });
    // Authors read only what they created: the Author writes a story with an unattributed quote.
    const created = await requestJson(`${server.url}/content-manager/collection-types/plugin::newsroom.story`, {
      method: 'POST',
      token: author.token,
      body: {
        headline: 'Council delays the vote',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: '"We need more time," a councillor said.' }] }],
      },
    });
    expect(created.status).toBe(201);
    const storyId = created.body.data.documentId;
    const quote = await requestJson(`${server.url}/content-manager/collection-types/plugin::newsroom.quote`, {
      method: 'POST',
      token: author.token,
      body: { text: 'We need more time', delivery: 'spoken', isPartial: false, story: { connect: [{ documentId: storyId }] } },
    });
    expect(quote.status).toBe(201);

    const authorContext = await browser.newContext({ viewport: VIEWPORT });
    try {
      const authorPage = await authorContext.newPage();
      await logIn(authorPage, server.url, author.email);
      const panel = await openStory(authorPage, server.url, storyId);
      await expectCount(panel, 'error', '1 error');
      await expect(panel.locator('[data-code="QUOTE_UNATTRIBUTED"]').count()).resolves.toBe(1);
      await expect(panel.getByRole('button', { name: /^Sign off/ }).count()).resolves.toBe(0);
      await expect(panel.getByText('Not signed off').first().isVisible()).resolves.toBe(true);
      await saveScreenshot(panel, 'panel-author');
    } finally {
      await authorContext.close();
    }
  });

  it('publishes despite errors only with a written reason, and says so', async () => {
    const cm = (uid: string) => `${server.url}/content-manager/collection-types/${uid}`;
    const created = await requestJson(cm('plugin::newsroom.story'), {
      method: 'POST',
      token: chief.token,
      body: {
        headline: 'Harbor board delays the vote',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: '"We need more time," a board member said.' }] }],
      },
    });
    const { documentId, slug } = created.body.data;
    const quote = await requestJson(cm('plugin::newsroom.quote'), {
      method: 'POST',
      token: chief.token,
      body: { text: 'We need more time', delivery: 'spoken', isPartial: false, story: { connect: [{ documentId }] } },
    });
    expect([created.status, quote.status]).toEqual([201, 201]);

    const panel = await openStory(page, server.url, documentId);
    await expectCount(panel, 'error', '1 error');
    await panel.getByRole('button', { name: 'Publish despite errors…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Reason').fill('Too short');
    await expect(dialog.getByRole('button', { name: 'Publish anyway' }).isDisabled()).resolves.toBe(true);
    await dialog.getByLabel('Reason').fill('Court deadline tonight; corrections to follow.');
    await dialog.getByRole('button', { name: 'Publish anyway' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Published. Your override was recorded.').waitFor();
    expect((await fetch(`${server.url}/api/newsroom/stories/${slug}`)).status).toBe(200);
    expect(pageErrors).toEqual([]);
  });
});

async function expectCount(panel: import('playwright-core').Locator, severity: string, text: string) {
  await expect(panel.locator(`[data-severity-count="${severity}"]`).textContent()).resolves.toBe(text);
}
