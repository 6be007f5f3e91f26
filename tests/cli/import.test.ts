import { writeFileSync, mkdtempSync } from 'fs';
import os from 'os';
import path from 'path';

import { countRows, createTestDatabase, type TestDatabase } from '../support/database';
import { ARTICLE_TEXT } from '../support/paths';
import { runScript } from '../support/processes';

const FAULT_INJECTOR = path.join(__dirname, '..', 'support', 'fail-on-nth-newsroom-insert.js');

const importFile = (db: TestDatabase, file: string, env: Record<string, string> = {}, nodeOptions: string[] = []) =>
  runScript('newsroom', ['import', file], { ...db.env, ...env }, nodeOptions);

const tempFile = (name: string, content: string | Buffer) => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'newsroom-import-')), name);
  writeFileSync(file, content);
  return file;
};

const SECOND_ARTICLE = `Advocates renew call to end workplace raids

Óscar Chacón, the executive director of Alianza Americas, said on Monday that the raids must stop.

"Families are living in fear," Chacón said.

Ana Whitfield, a spokeswoman for the Riverside Labor Council, said 1,200 workers had signed a petition.`;

describe('npm run newsroom -- import FILE', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db.drop();
  });

  it('creates a draft story with its quotes, sources, figures and caption', async () => {
    const result = await importFile(db, ARTICLE_TEXT);
    expect(result.stderr).not.toMatch(/newsroom import:/);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{')));
    expect(report).toMatchObject({
      created: { slug: 'us-should-divert-funding-for-ice-raids-to-efforts-to-combat-white-nationalist-terrorism', status: 'draft' },
      quotes: 14,
      unattributedQuotes: 0,
      photoCaptions: 1,
    });

    const stories = await db.query('SELECT headline, published_at FROM newsroom_stories');
    expect(stories).toHaveLength(1); // a draft only: no published row
    expect(stories[0].published_at).toBeNull();
    const laws = await db.query(
      `SELECT s.name FROM newsroom_quotes q
       JOIN newsroom_quotes_speaker_lnk l ON l.quote_id = q.id
       JOIN newsroom_sources s ON s.id = l.source_id
       WHERE q.text LIKE 'Laws should not%'`
    );
    expect(laws).toEqual([{ name: 'Óscar Chacón' }]);
    const captions = await db.query('SELECT credit_line FROM newsroom_photo_captions');
    expect(captions).toEqual([{ credit_line: 'Tom Cooper/Getty' }]);
  });

  it('refuses to import the same article twice, writing nothing', async () => {
    const before = await countRows(db);
    const result = await importFile(db, ARTICLE_TEXT);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/A story with the slug "us-should-divert-funding[^"]*" already exists/);
    expect(result.stderr).toContain('Nothing was written.');
    expect(await countRows(db)).toEqual(before);
  });

  it('matches sources to existing ones by name instead of duplicating them', async () => {
    const result = await importFile(db, tempFile('second.txt', SECOND_ARTICLE));
    expect(result.stderr).not.toMatch(/newsroom import:/);
    expect(result.code).toBe(0);
    expect(await db.query("SELECT name FROM newsroom_sources WHERE name = 'Óscar Chacón'")).toHaveLength(1);
    const speakers = await db.query(
      `SELECT s.name FROM newsroom_quotes q
       JOIN newsroom_quotes_speaker_lnk l ON l.quote_id = q.id
       JOIN newsroom_sources s ON s.id = l.source_id
       WHERE q.text = 'Families are living in fear'`
    );
    expect(speakers).toEqual([{ name: 'Óscar Chacón' }]);
  });

  it.each([
    ['an empty file', 'empty.txt', '', /empty\.txt is empty/],
    ['a file that is not UTF-8', 'latin1.txt', Buffer.from([0x48, 0xe9, 0x0a, 0x0a, 0x42, 0xe9]), /is not valid UTF-8 text/],
    ['a binary file', 'nul.txt', 'Headline\n\nBody\u0000more', /contains NUL bytes/],
    ['a file over 2 MB', 'huge.txt', `Headline\n\n${'word '.repeat(600_000)}`, /an article may be at most 2097152 bytes/],
    ['a file without a headline line', 'nohead.txt', 'First line\nsecond line\n\nBody.', /the first line must be the headline/],
    ['a headline alone', 'alone.txt', 'Only a headline', /no paragraph after the headline/],
  ])('rejects %s with a clear message and writes nothing', async (_label, name, content, message) => {
    const before = await countRows(db);
    const result = await importFile(db, tempFile(name, content));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('Nothing was written.');
    expect(await countRows(db)).toEqual(before);
  });

  it('leaves the database exactly as it was when a write fails part-way', async () => {
    const before = await countRows(db);
    const text = SECOND_ARTICLE.replace('Advocates renew call', 'Advocates again renew call');
    const result = await importFile(db, tempFile('third.txt', text), { FAIL_ON_NEWSROOM_INSERT: '5' }, ['--require', FAULT_INJECTOR]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/injected fault/);
    expect(await countRows(db)).toEqual(before);
  });
});
