/**
 * Bad input to the seed and the import: a clear message, exit code, and no row written.
 * Already proven (not repeated): seed rejects an empty file, broken JSON, a missing headline, unknown
 * fields, an unknown speaker, and keeps each story whole when the Nth insert fails
 * (tests/seed/seed.test.ts); import rejects empty, non-UTF-8, binary, over-2 MB and headline-less
 * files and rolls back a failure on insert 5 (tests/cli/import.test.ts).
 * Here: the cases not covered (wrong encodings and 10 MB for the seed, 10 MB for the import), and
 * a fault at every stage of an import compared against a full dump of the database, not just counts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';

import { createTestDatabase, type TestDatabase } from '../support/database';
import { ARTICLE_FIXTURE } from '../support/paths';
import { runScript } from '../support/processes';
import { seed, seedWithFault, writeTempFixture } from '../support/seeding';

const FAULT_INJECTOR = path.join(__dirname, '..', 'support', 'fail-on-nth-newsroom-insert.js');

const tempFile = (name: string, content: string | Buffer) => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'newsroom-bad-')), name);
  writeFileSync(file, content);
  return file;
};

/**
 * Every row of every newsroom table (link tables included), in a stable order. Strapi's own tables
 * are left out: each boot syncs permissions and Content Manager settings into them.
 */
const dump = async (db: TestDatabase) => {
  const tables =
    db.client === 'sqlite'
      ? (await db.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'newsroom_%' ORDER BY name")).map((row) => String(row.name))
      : (await db.query("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name LIKE 'newsroom_%' ORDER BY table_name")).map((row) => String(row.name));
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    const rows = await db.query(`SELECT * FROM "${table}"`);
    out[table] = rows.map((row) => JSON.stringify(row, Object.keys(row).sort())).sort();
  }
  return out;
};

const article = () => JSON.parse(readFileSync(ARTICLE_FIXTURE, 'utf8'));

const SECOND_ARTICLE = `Harbor board approves new mooring fees

The Lakeport Harbor Board approved new mooring fees on Tuesday, its chair said.

"The fees pay for the dredging," said Mira Okafor, the harbor master.

Fees will rise by 4 percent next year, the board said.`;

describe('bad input writes nothing', () => {
  let db: TestDatabase;
  let seeded: Record<string, unknown[]>;

  beforeAll(async () => {
    db = await createTestDatabase();
    const result = await seed(db.env);
    if (result.code !== 0) throw new Error(`seed failed:\n${result.stderr}`);
    seeded = await dump(db);
  });

  afterAll(() => db?.drop());

  it('a seed run that changes nothing leaves the dump identical (the comparison below is meaningful)', async () => {
    expect((await seed(db.env)).code).toBe(0);
    expect(await dump(db)).toEqual(seeded);
    expect(Object.keys(seeded).length).toBeGreaterThan(10);
    expect(seeded.newsroom_quotes_speaker_lnk.length).toBeGreaterThan(10);
  });

  it.each([
    ['Latin-1', () => Buffer.from(JSON.stringify(article()).replace(/Ó/g, '\u00d3'), 'latin1'), /not valid UTF-8/],
    ['UTF-16', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(article()), 'utf16le')]), /not valid (UTF-8|JSON)/],
    ['10 MB', () => JSON.stringify({ ...article(), $comment: 'x'.repeat(10 * 1024 * 1024) }), /the file is \d+ bytes; the limit is/],
    ['a JSON array', () => '[]', /invalid fixture/],
    ['an unknown top-level field', () => JSON.stringify({ ...article(), stories: [], drafts: [] }), /drafts/],
  ])('the seed rejects a fixture in %s with a clear message', async (_label, content, message) => {
    const file = tempFile('bad.json', content());
    const result = await seed(db.env, file);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bad\.json: invalid fixture/);
    expect(result.stderr).toMatch(message);
    expect(await dump(db)).toEqual(seeded);
  });

  it('the import rejects a 10 MB text with a clear message', async () => {
    const result = await runScript('newsroom', ['import', tempFile('huge.txt', `Headline\n\n${'word '.repeat(2_100_000)}`)], db.env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/an article may be at most \d+ bytes/);
    expect(result.stderr).toContain('Nothing was written.');
    expect(await dump(db)).toEqual(seeded);
  });

  it('an import failing on its first, a middle or its last insert leaves the database exactly as before', async () => {
    // How many inserts a clean import of this text makes, on a scratch copy of the situation.
    const probe = await createTestDatabase();
    let inserts: number;
    try {
      expect((await seed(probe.env)).code).toBe(0);
      const countFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'newsroom-inserts-')), 'count');
      const clean = await runScript('newsroom', ['import', tempFile('second.txt', SECOND_ARTICLE)], { ...probe.env, FAIL_ON_NEWSROOM_INSERT: '0', NEWSROOM_INSERT_COUNT_FILE: countFile }, ['--require', FAULT_INJECTOR]);
      expect(clean.code).toBe(0);
      inserts = Number(readFileSync(countFile, 'utf8'));
    } finally {
      await probe.drop();
    }
    expect(inserts).toBeGreaterThan(5);

    for (const failOn of [1, Math.ceil(inserts / 2), inserts]) {
      const result = await runScript('newsroom', ['import', tempFile('second.txt', SECOND_ARTICLE)], { ...db.env, FAIL_ON_NEWSROOM_INSERT: String(failOn) }, ['--require', FAULT_INJECTOR]);
      expect({ failOn, code: result.code }).toEqual({ failOn, code: 1 });
      expect(result.stderr).toMatch(/injected fault: insert #\d+/);
      expect(result.stderr).toContain('Nothing was written.');
      expect(await dump(db)).toEqual(seeded);
    }
  });

  it('a seed of a new story failing part-way leaves the database exactly as before', async () => {
    const fixture = article();
    const story = { ...fixture.stories[0], headline: 'A different headline for the same article', slug: undefined };
    delete story.slug;
    const file = writeTempFixture({ ...fixture, stories: [story] }, 'new-story.json');
    for (const failOn of [1, 10, 25]) {
      const result = await seedWithFault(db.env, failOn, file);
      expect({ failOn, code: result.code }).toEqual({ failOn, code: 1 });
      expect(result.stderr).toMatch(/injected fault/);
      expect(await dump(db)).toEqual(seeded);
    }
  });
});
