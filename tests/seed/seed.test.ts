import { readFileSync } from 'fs';

import { countRows, createTestDatabase, NEWSROOM_TABLES, type TestDatabase } from '../support/database';
import { ARTICLE_FIXTURE } from '../support/paths';
import { seed, seedWithFault, writeTempFixture } from '../support/seeding';

const articleFixture = () => JSON.parse(readFileSync(ARTICLE_FIXTURE, 'utf8'));

const snapshot = async (db: TestDatabase) => {
  const tables: Record<string, unknown[]> = {};
  for (const table of NEWSROOM_TABLES) tables[table] = await db.query(`SELECT * FROM ${table} ORDER BY id`);
  return tables;
};

describe('npm run seed', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db.drop();
  });

  it('imports the article (published) and the demo draft story', async () => {
    const result = await seed(db.env);
    expect(result.stderr).not.toMatch(/Seed failed/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/created\s+us-should-divert-funding-for-ice-raids/);
    expect(result.stdout).toMatch(/created\s+border-apprehensions-fell-again-in-july-dhs-says/);

    // The article has a draft and a published row; the demo story only a draft row.
    expect(await countRows(db)).toEqual({
      newsroom_stories: 3,
      newsroom_quotes: 18,
      newsroom_sources: 10,
      newsroom_statistics: 13,
      newsroom_photo_captions: 2,
    });
    const published = await db.query('SELECT slug FROM newsroom_stories WHERE published_at IS NOT NULL');
    expect(published.map((row) => row.slug)).toEqual([
      'us-should-divert-funding-for-ice-raids-to-efforts-to-combat-white-nationalist-terrorism',
    ]);
  });

  it('changes nothing when run a second time', async () => {
    const before = await snapshot(db);
    const result = await seed(db.env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/unchanged\s+us-should-divert/);
    expect(result.stdout).toMatch(/sources created: 0/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('rejects a fixture that fails validation, naming the file and the field, and writes nothing', async () => {
    const broken = articleFixture();
    delete broken.stories[1].headline;
    broken.stories[0].statistics[0].colour = 'blue';
    const file = writeTempFixture(broken, 'broken-article.json');
    const before = await snapshot(db);

    const result = await seed(db.env, file);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('broken-article.json');
    expect(result.stderr).toMatch(/stories\[1\]\.headline: /);
    expect(result.stderr).toMatch(/stories\[0\]\.statistics\[0\]: .*colour/);
    expect(result.stderr).toContain('Nothing was written.');
    expect(await snapshot(db)).toEqual(before);
  });

  it('rejects a quote whose speaker is not a known source', async () => {
    const broken = articleFixture();
    broken.stories[0].quotes[2].speaker = 'nobody-by-that-key';
    const result = await seed(db.env, writeTempFixture(broken));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/stories\[0\]\.quotes\[2\]\.speaker: no source has the key "nobody-by-that-key"/);
  });

  it.each([
    ['an empty file', ''],
    ['broken JSON', '{"sources": ['],
    ['a story with no paragraphs', JSON.stringify({ sources: [], stories: [{ status: 'draft', headline: 'H', body: [] }] })],
  ])('rejects %s with a clear message', async (_label, content) => {
    const file = writeTempFixture(content, 'bad.json');
    const result = await seed(db.env, file);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bad\.json: invalid fixture\n {2}- /);
  });
});

describe('npm run seed when the database fails part-way', () => {
  it('keeps each story whole: the story being written is rolled back, earlier ones stay', async () => {
    const fixture = articleFixture();
    const firstStoryOnly = writeTempFixture({ ...fixture, stories: [fixture.stories[0]] }, 'first.json');
    const bothStories = writeTempFixture(fixture, 'both.json');

    const probe = await createTestDatabase();
    const broken = await createTestDatabase();
    try {
      const probeRun = await seedWithFault(probe.env, 0, firstStoryOnly);
      expect(probeRun.code).toBe(0);
      expect(probeRun.inserts).toBeGreaterThan(20);
      const firstStoryRows = await countRows(probe);

      // Fail a few inserts into the second story.
      const failing = await seedWithFault(broken.env, probeRun.inserts + 4, bothStories);
      expect(failing.code).toBe(1);
      expect(failing.stderr).toMatch(/injected fault: insert #\d+ into a newsroom table failed/);
      expect(await countRows(broken)).toEqual(firstStoryRows);
      expect(await broken.query("SELECT id FROM newsroom_stories WHERE slug LIKE 'border-apprehensions%'")).toEqual([]);

      // Fail inside the first story: nothing at all remains.
      const empty = await createTestDatabase();
      try {
        const early = await seedWithFault(empty.env, 6, bothStories);
        expect(early.code).toBe(1);
        expect(Object.values(await countRows(empty))).toEqual(NEWSROOM_TABLES.map(() => 0));
      } finally {
        await empty.drop();
      }
    } finally {
      await probe.drop();
      await broken.drop();
    }
  });
});
