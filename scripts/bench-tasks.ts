/**
 * The benchmark's database steps, each in a process of its own (see scripts/demo-setup.ts for why):
 *   bench-tasks.ts seed FROM COUNT   the article fixture (when FROM is 0) plus synthetic stories
 *   bench-tasks.ts grow TOTAL        copies published story rows until TOTAL are published
 * Story 0 has 5 quotes and story 1 has 50; the others 3.
 */
import { randomBytes } from 'crypto';
import path from 'path';

import { ROOT } from './lib/env';
import { readFixtureFile } from './lib/fixture-file';
import { seedNewsroom } from './lib/seed-newsroom';
import { withStrapi } from './lib/strapi';
import { syntheticFixture } from './lib/synthetic-stories';

export const quoteCountOf = (index: number) => (index === 0 ? 5 : index === 1 ? 50 : 3);

const [task, ...args] = process.argv.slice(2);

const seed = (from: number, count: number) =>
  withStrapi(async (strapi) => {
    const article = readFixtureFile(path.join(ROOT, 'seeds', 'article.json'));
    if (from === 0) await seedNewsroom(strapi, article);
    await strapi.plugin('newsroom').service('fixture-import').importFixture(syntheticFixture(article, from, count, quoteCountOf));
  });

/** Plain story rows (no quotes) are enough to measure how the list scales with the table. */
const grow = (total: number) =>
  withStrapi(async (strapi) => {
    const { tableName } = strapi.db.metadata.get('plugin::newsroom.story');
    const knex = strapi.db.connection;
    const [{ n }] = await knex(tableName).whereNotNull('published_at').count({ n: '*' });
    const template = await knex(tableName).whereNotNull('published_at').orderBy('id', 'desc').first();
    const missing = total - Number(n);
    const rows = Array.from({ length: Math.max(0, missing) }, (_, i) => {
      const { id: _id, ...row } = template;
      const documentId = randomBytes(12).toString('hex');
      const columns = Object.fromEntries(
        Object.entries(row).map(([column, value]) => [
          column,
          value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value,
        ])
      );
      return { ...columns, document_id: documentId, slug: `bench-copy-${i}-${documentId.slice(0, 6)}`, headline: `Bench copy ${i}` };
    });
    for (let i = 0; i < rows.length; i += 200) await knex(tableName).insert(rows.slice(i, i + 200));
  });

const main = async () => {
  if (task === 'seed') return seed(Number(args[0]), Number(args[1]));
  if (task === 'grow') return grow(Number(args[0]));
  throw new Error(`unknown task ${task}`);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
