import { readFileSync } from 'fs';

import { InputError } from './read-input';

export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/**
 * Reads an article text file for import: UTF-8, not empty, at most 2 MB, no NUL bytes,
 * a headline line followed by at least one paragraph. Every refusal names the file and why.
 */
export const readArticleText = (file: string | undefined): string => {
  if (!file) throw new InputError('missing FILE argument');
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (bytes.length === 0) throw new InputError(`${file} is empty`);
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new InputError(`${file} is ${bytes.length} bytes; an article may be at most ${MAX_ARTICLE_BYTES} bytes`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${file} is not valid UTF-8 text`);
  }
  if (text.includes('\u0000')) throw new InputError(`${file} contains NUL bytes: it is not a text file`);
  const blocks = text.replace(/\r\n?/g, '\n').trim().split(/\n\s*\n/);
  if (!blocks[0]?.trim() || blocks[0].includes('\n')) {
    throw new InputError(`${file}: the first line must be the headline, followed by a blank line`);
  }
  if (blocks.length < 2) throw new InputError(`${file}: no paragraph after the headline`);
  return text.replace(/\r\n?/g, '\n');
};
