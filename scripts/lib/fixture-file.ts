import { readFileSync } from 'fs';
import path from 'path';

import { FixtureError, parseFixture, type NewsroomFixture } from '../../plugin/server/src/fixture/schema';

const MAX_FIXTURE_BYTES = 5 * 1024 * 1024;

/** Reads and validates a fixture file; every failure is a FixtureError naming the file. */
export const readFixtureFile = (file: string): NewsroomFixture => {
  const relative = path.relative(process.cwd(), file);
  const shown = relative && !relative.startsWith('..') ? relative : file;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new FixtureError(shown, [`cannot be read: ${(error as Error).message}`]);
  }
  if (bytes.length === 0) throw new FixtureError(shown, ['the file is empty']);
  if (bytes.length > MAX_FIXTURE_BYTES) {
    throw new FixtureError(shown, [`the file is ${bytes.length} bytes; the limit is ${MAX_FIXTURE_BYTES}`]);
  }
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let json: unknown;
  try {
    json = JSON.parse(text.decode(bytes));
  } catch (error) {
    const reason = error instanceof TypeError ? 'is not valid UTF-8' : `is not valid JSON: ${(error as Error).message}`;
    throw new FixtureError(shown, [`the file ${reason}`]);
  }
  return parseFixture(shown, json);
};
