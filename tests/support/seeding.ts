import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';

import { runScript, type RunResult } from './processes';

const FAULT_INJECTOR = path.join(__dirname, 'fail-on-nth-newsroom-insert.js');

export const seed = (env: Record<string, string>, fixtureFile?: string): Promise<RunResult> =>
  runScript('seed', fixtureFile ? [fixtureFile] : [], env);

/** Seeds with the database failing on the Nth newsroom insert (0: never), reporting the insert count. */
export const seedWithFault = async (env: Record<string, string>, failOnInsert: number, fixtureFile?: string) => {
  const countFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'newsroom-inserts-')), 'count');
  const result = await runScript(
    'seed',
    fixtureFile ? [fixtureFile] : [],
    { ...env, FAIL_ON_NEWSROOM_INSERT: String(failOnInsert), NEWSROOM_INSERT_COUNT_FILE: countFile },
    ['--require', FAULT_INJECTOR]
  );
  const inserts = existsSync(countFile) ? Number(readFileSync(countFile, 'utf8')) : 0;
  return { ...result, inserts };
};

/** Writes a fixture object to a temporary JSON file and returns its path. */
export const writeTempFixture = (fixture: unknown, name = 'fixture.json'): string => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'newsroom-fixture-')), name);
  writeFileSync(file, typeof fixture === 'string' ? fixture : JSON.stringify(fixture, null, 2));
  return file;
};

/** Seeds the fixtures in order (undefined: seeds/article.json); throws with the seed's own message on failure. */
export const seedOrThrow = async (env: Record<string, string>, fixtureFiles: Array<string | undefined> = [undefined]) => {
  for (const fixtureFile of fixtureFiles) {
    const result = await seed(env, fixtureFile);
    if (result.code !== 0) throw new Error(`seed ${fixtureFile ?? 'seeds/article.json'} failed:\n${result.stderr}`);
  }
};
