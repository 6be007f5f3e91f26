import { readFileSync } from 'fs';
import path from 'path';

import type { Browser, Page } from 'playwright-core';

import { launchChromium } from '../support/browser';
import { csvRecords } from '../support/csv';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { rewriteFirstQuoteBehindStrapi } from '../support/newsroom-sql';
import { startServer, type RunningServer } from '../support/processes';
import { seedOrThrow } from '../support/seeding';
import { registerSuperAdmin, storyDocumentId, type AdminSession } from './support/admin-api';
import { assertAdminBuilt, logIn, saveScreenshot } from './support/admin-ui';

const MORE_STORIES = path.join(__dirname, '..', 'fixtures', 'more-stories.json');
const ARTICLE_SLUG = 'us-should-divert-funding-for-ice-raids-to-efforts-to-combat-white-nationalist-terrorism';
const DRAFT_SLUG = 'border-apprehensions-fell-again-in-july-dhs-says';

describe('admin: bulk work on the Attributions page in a real browser', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let chief: AdminSession;
  let articleId: string;
  let draftId: string;
  const pageErrors: string[] = [];

  const row = (documentId: string) => page.locator(`[data-testid="story-check-row"][data-document-id="${documentId}"]`);

  beforeAll(async () => {
    assertAdminBuilt();
    db = await createTestDatabase();
    await seedOrThrow(db.env, [undefined, MORE_STORIES]);
    server = await startServer(db.env);
    chief = await registerSuperAdmin(server.url);
    articleId = await storyDocumentId(server.url, chief, ARTICLE_SLUG);
    draftId = await storyDocumentId(server.url, chief, DRAFT_SLUG);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 1400 }, acceptDownloads: true });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await logIn(page, server.url, chief.email);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.drop();
  });

  it('re-checks the selected stories: a change made outside Strapi shows in their counts', async () => {
    await page.goto(`${server.url}/admin/plugins/newsroom`);
    await row(articleId).waitFor();
    await expect(row(articleId).getByTestId('error-count').textContent()).resolves.toBe('0');
    await rewriteFirstQuoteBehindStrapi(db, articleId, 'Words nobody said in this story');
    await expect(page.getByRole('button', { name: 'Re-check selected' }).isDisabled()).resolves.toBe(true);

    await row(articleId).getByRole('checkbox').click();
    await row(draftId).getByRole('checkbox').click();
    await expect(page.getByTestId('selected-count').textContent()).resolves.toBe('2 stories selected');
    await page.getByRole('button', { name: 'Re-check selected' }).click();
    await page.getByText('2 stories checked again.').waitFor();
    // The message waits for the reloaded list, so the new count is on screen with it.
    await expect(row(articleId).getByTestId('error-count').textContent()).resolves.toBe('1');
    await saveScreenshot(page, 'attributions-rechecked');
  });

  it('exports the findings of the filtered stories as a CSV file', async () => {
    await page.goto(`${server.url}/admin/plugins/newsroom?problems=errors`);
    await row(draftId).waitFor();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export findings (CSV)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^attribution-findings-\d{4}-\d{2}-\d{2}\.csv$/);
    const records = csvRecords(readFileSync((await download.path())!, 'utf8'));
    const listedIds = await page.getByTestId('story-check-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-document-id')));
    expect(new Set(records.map((record) => record.story_document_id))).toEqual(new Set(listedIds));
    expect(records.filter((record) => record.story_document_id === draftId && record.severity === 'error')).toHaveLength(5);
    expect(records.some((record) => record.story_document_id === articleId && record.code === 'QUOTE_NOT_IN_BODY')).toBe(true);
  });

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
