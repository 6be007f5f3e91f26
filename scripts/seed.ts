/**
 * npm run seed [-- FIXTURE.json]
 * Imports the newsroom fixture (default: seeds/article.json) and lets the public read
 * published stories. Idempotent; each story is written in one transaction.
 */
import path from 'path';

import { FixtureError } from '../plugin/server/src/fixture/schema';
import { ROOT } from './lib/env';
import { readFixtureFile } from './lib/fixture-file';
import { seedNewsroom } from './lib/seed-newsroom';
import { withStrapi } from './lib/strapi';

const main = async () => {
  const file = path.resolve(process.argv[2] ?? path.join(ROOT, 'seeds', 'article.json'));
  // Validate before Strapi boots: bad input must not touch the database.
  const fixture = readFixtureFile(file);
  const report = await withStrapi((strapi) => seedNewsroom(strapi, fixture));
  for (const story of report.stories) console.log(`${story.outcome.padEnd(9)} ${story.slug}`);
  console.log(`sources created: ${report.sourcesCreated}`);
};

main().catch((error) => {
  if (error instanceof FixtureError) {
    console.error(error.message);
    console.error('Nothing was written.');
  } else {
    console.error(`Seed failed: ${error?.stack ?? error}`);
  }
  process.exit(1);
});
