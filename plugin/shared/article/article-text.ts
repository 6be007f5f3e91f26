/**
 * The rules an article's text must meet to be imported, shared by the CLI (`newsroom import FILE`)
 * and the admin's import (pasted text or an uploaded file): not empty, within the size limit, a
 * headline line, a blank line, then paragraphs. Every refusal says what is wrong with which input.
 */

export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** Why an article cannot be imported; `reason` groups the refusals for the admin's messages. */
export class ArticleTextError extends Error {
  constructor(
    message: string,
    readonly reason: 'empty' | 'too-large' | 'unreadable' | 'layout' | 'wrong-type'
  ) {
    super(message);
    this.name = 'ArticleTextError';
  }
}

/** Decodes a text file's bytes (UTF-8, with or without a byte order mark) and checks it as an article. */
export const articleTextFromBytes = (bytes: Uint8Array, name: string): string => {
  if (bytes.length === 0) throw new ArticleTextError(`${name} is empty`, 'empty');
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new ArticleTextError(`${name} is ${bytes.length} bytes; an article may be at most ${MAX_ARTICLE_BYTES} bytes`, 'too-large');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleTextError(`${name} is not valid UTF-8 text`, 'unreadable');
  }
  if (text.includes('\u0000')) throw new ArticleTextError(`${name} contains NUL bytes: it is not a text file`, 'unreadable');
  return checkArticleText(text, name);
};

/** Checks an article's layout and returns it with Unix line ends. */
export const checkArticleText = (raw: string, name: string): string => {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new ArticleTextError(`${name} is empty`, 'empty');
  if (new TextEncoder().encode(text).length > MAX_ARTICLE_BYTES) {
    throw new ArticleTextError(`${name} is longer than ${MAX_ARTICLE_BYTES} bytes, the most an article may be`, 'too-large');
  }
  const blocks = text.trim().split(/\n\s*\n/);
  if (!blocks[0]?.trim() || blocks[0].includes('\n')) {
    throw new ArticleTextError(`${name}: the first line must be the headline, followed by a blank line`, 'layout');
  }
  if (blocks.length < 2) throw new ArticleTextError(`${name}: no paragraph after the headline`, 'layout');
  return text;
};
