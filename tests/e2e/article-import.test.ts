import type { Browser, BrowserContext, Page } from 'playwright-core';

import { launchChromium } from '../support/browser';
import { countRows, createTestDatabase, type TestDatabase } from '../support/database';
import { buildDocx } from '../support/docx';
import { quoteSpeakersOf } from '../support/newsroom-sql';
import { startServer, type RunningServer } from '../support/processes';
import { seedOrThrow } from '../support/seeding';
import { createAdminWithRole, registerSuperAdmin, removeRolePermission, type AdminSession } from './support/admin-api';
import { assertAdminBuilt, logIn, saveScreenshot } from './support/admin-ui';

const VIEWPORT = { width: 1440, height: 1800 };
const STORY_EDIT_URL = /\/admin\/content-manager\/collection-types\/plugin::newsroom\.story\/([A-Za-z0-9]+)/;

const ARTICLE = [
  'Advocates renew call to end workplace raids',
  'Óscar Chacón, the executive director of Alianza Americas, said on Monday that the raids must stop.',
  '"Families are living in fear," Chacón said.',
  'Ana Whitfield, a spokeswoman for the Riverside Labor Council, said 1,200 workers had signed a petition.',
  '"We will keep organizing until the raids end," Whitfield said.',
];

describe('admin: importing an article in a real browser', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let chief: AdminSession;
  let editor: AdminSession;
  const pageErrors: string[] = [];

  const openImport = async () => {
    await page.goto(`${server.url}/admin/plugins/newsroom`);
    await page.getByRole('link', { name: 'Import article' }).click();
    await page.getByRole('heading', { name: 'Import an article' }).waitFor();
  };

  beforeAll(async () => {
    assertAdminBuilt();
    db = await createTestDatabase();
    await seedOrThrow(db.env);
    server = await startServer(db.env);
    chief = await registerSuperAdmin(server.url);
    editor = await createAdminWithRole(server.url, chief, 'strapi-editor', { firstname: 'Ed', lastname: 'Itor', email: 'ed@newsroom.test' });
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

  it('pastes an article, corrects a speaker, creates the draft and lands in its edit view', async () => {
    await openImport();
    await page.getByLabel('Article text').fill(ARTICLE.join('\n\n'));
    await page.getByRole('button', { name: 'Read the article' }).click();

    const quotes = page.getByTestId('import-quote');
    await quotes.first().waitFor();
    await expect(quotes.count()).resolves.toBe(2);
    await expect(page.getByRole('combobox', { name: 'Speaker of quote 1' }).textContent()).resolves.toContain('Óscar Chacón');
    await expect(page.getByRole('combobox', { name: 'Speaker of quote 2' }).textContent()).resolves.toContain('Ana Whitfield');
    await expect(quotes.first().textContent()).resolves.toMatch(/\d+% sure, named next to the quote/);
    await expect(page.getByTestId('import-figure').textContent()).resolves.toContain('1,200');
    // The figure's source is who gave it: the spokeswoman, for her council.
    await expect(page.getByRole('combobox', { name: 'Source of the figure 1,200' }).textContent()).resolves.toContain('Ana Whitfield');
    const chacon = page.getByTestId('import-source').filter({ has: page.locator('input[value="Óscar Chacón"]') });
    await expect(chacon.textContent()).resolves.toContain('Existing source: linked');

    // The editor says the second quote is Maria Lopez's, a source the newsroom does not have yet.
    await page.getByRole('combobox', { name: 'Speaker of quote 2' }).click();
    await page.getByRole('option', { name: 'New source…' }).click();
    await page.getByLabel('Name of the new source').fill('Maria Lopez');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('combobox', { name: 'Speaker of quote 2' }).textContent()).resolves.toContain('Maria Lopez');
    await expect(quotes.nth(1).textContent()).resolves.toContain('Changed by you');
    await saveScreenshot(page, 'import-review');

    await page.getByRole('button', { name: 'Create draft story' }).first().click();
    await page.waitForURL(STORY_EDIT_URL, { timeout: 30_000 });
    const documentId = STORY_EDIT_URL.exec(page.url())![1]!;
    await page.locator('[data-testid="attributions-panel"][data-state="ready"]').waitFor({ timeout: 30_000 });
    await saveScreenshot(page, 'import-created-story');
    expect(await quoteSpeakersOf(db, documentId)).toEqual([
      { text: 'Families are living in fear', speaker: 'Óscar Chacón' },
      { text: 'We will keep organizing until the raids end', speaker: 'Maria Lopez' },
    ]);
  });

  it('reads an uploaded Word document, and Cancel leaves without writing anything', async () => {
    const before = await countRows(db);
    await openImport();
    const docx = await buildDocx(['Night shift nurses ask for more staff', ...ARTICLE.slice(1)]);
    await page.locator('#newsroom-import-file').setInputFiles({
      name: 'night-shift.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: docx,
    });
    await page.getByRole('button', { name: 'Read the article' }).click();
    await page.getByTestId('import-quote').first().waitFor();
    await expect(page.getByTestId('import-quote').count()).resolves.toBe(2);
    await expect(page.getByText('4 paragraphs from night-shift.docx.').isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('Headline').inputValue()).resolves.toBe('Night shift nurses ask for more staff');
    await saveScreenshot(page, 'import-docx-review');

    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/admin/plugins/newsroom'));
    expect(await countRows(db)).toEqual(before);
  });

  it('says what is wrong with a file of the wrong type, and writes nothing', async () => {
    const before = await countRows(db);
    await openImport();
    await page.locator('#newsroom-import-file').setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') });
    await page.getByRole('button', { name: 'Read the article' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'notes.pdf' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('notes.pdf is not a file the import reads: upload a .txt, .md, .docx file');
    await expect(alert.textContent()).resolves.toContain('Nothing was saved.');
    await saveScreenshot(page, 'import-wrong-type');
    expect(await countRows(db)).toEqual(before);
  });

  it('offers no import to an editor whose role lacks the import permission', async () => {
    await removeRolePermission(server.url, chief, 'strapi-editor', 'plugin::newsroom.import');
    const editorContext = await browser.newContext({ viewport: VIEWPORT });
    try {
      const editorPage = await editorContext.newPage();
      await logIn(editorPage, server.url, editor.email);
      await editorPage.goto(`${server.url}/admin/plugins/newsroom`);
      await editorPage.getByRole('heading', { name: 'Attributions' }).waitFor();
      await editorPage.getByTestId('story-check-row').first().waitFor();
      await expect(editorPage.getByRole('link', { name: 'Import article' }).count()).resolves.toBe(0);
      await saveScreenshot(editorPage, 'import-not-offered');

      await editorPage.goto(`${server.url}/admin/plugins/newsroom/import`);
      await editorPage.getByText("You don't have the permissions to access that content").waitFor();
      await expect(editorPage.getByLabel('Article text').count()).resolves.toBe(0);
    } finally {
      await editorContext.close();
    }
  });

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
