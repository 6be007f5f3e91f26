import { existsSync, mkdirSync } from 'fs';
import path from 'path';

import type { Locator, Page } from 'playwright-core';

import { ROOT } from '../../support/paths';
import { ADMIN_PASSWORD } from './admin-api';

export const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'e2e');
export const ADMIN_BUILD_INDEX = path.join(ROOT, 'dist', 'build', 'index.html');

/** The browser tests drive the built admin: say how to get it rather than time out on a blank page. */
export const assertAdminBuilt = () => {
  if (!existsSync(ADMIN_BUILD_INDEX)) {
    throw new Error(`The admin panel is not built (${ADMIN_BUILD_INDEX} is missing): run \`npm run build\` first.`);
  }
};

export const saveScreenshot = async (target: Page | Locator, name: string) => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await target.screenshot({ path: file });
  return file;
};

/** Logs in through the admin's own login form. */
export const logIn = async (page: Page, serverUrl: string, email: string) => {
  await page.goto(`${serverUrl}/admin/auth/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 });
};

export const storyEditUrl = (serverUrl: string, documentId: string) =>
  `${serverUrl}/admin/content-manager/collection-types/plugin::newsroom.story/${documentId}`;

/** Opens a story's edit view and waits for the Attributions panel to show its findings. */
export const openStory = async (page: Page, serverUrl: string, documentId: string): Promise<Locator> => {
  await page.goto(storyEditUrl(serverUrl, documentId));
  const panel = page.locator('[data-testid="attributions-panel"][data-state="ready"]');
  await panel.waitFor({ timeout: 30_000 });
  return panel;
};

/** The card of the record whose words start with `start` (a quote) in the panel. */
export const quoteCard = (panel: Locator, start: string) =>
  panel
    .locator('[data-testid="finding-entry"], [data-testid="other-record"]')
    .filter({ hasText: `“${start}` })
    .first();
