import { existsSync, readdirSync, statSync } from 'fs';
import path from 'path';

/** The newest modification time of any file below `dir` (0 when there is none). */
export const newestMtime = (dir: string): number => {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
};

/** True when `output` is missing or older than any file in `sources`. */
export const isStale = (output: string, sources: string[]): boolean =>
  !existsSync(output) || sources.some((source) => newestMtime(source) > statSync(output).mtimeMs);
