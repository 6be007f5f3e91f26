/**
 * The demo's data step, run by scripts/demo.ts in a process of its own: seeds the newsroom and
 * creates the demo admin. (Strapi's shutdown removes every process listener, so the process
 * that supervises the server must never host a Strapi instance itself.)
 */
import path from 'path';

import { demoAdminCredentials, ensureDemoAdmin } from './lib/demo-admin';
import { ROOT } from './lib/env';
import { readFixtureFile } from './lib/fixture-file';
import { seedNewsroom } from './lib/seed-newsroom';
import { withStrapi } from './lib/strapi';

const main = async () => {
  const credentials = demoAdminCredentials();
  const fixture = readFixtureFile(path.join(ROOT, 'seeds', 'article.json'));
  await withStrapi(async (strapi) => {
    const report = await seedNewsroom(strapi, fixture);
    for (const story of report.stories) console.log(`${story.outcome.padEnd(9)} ${story.slug}`);
    await ensureDemoAdmin(strapi, credentials);
  });
};

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
