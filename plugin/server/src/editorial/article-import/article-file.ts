import mammoth from 'mammoth';

import { ArticleTextError, MAX_ARTICLE_BYTES, articleTextFromBytes, checkArticleText } from '../../../../shared/article/article-text';

/** A .docx holds images and styles beside the words: it may be larger than a text file. */
export const MAX_DOCX_BYTES = 10 * 1024 * 1024;

export const ARTICLE_FILE_TYPES = ['.txt', '.md', '.docx'] as const;

export interface ArticleFile {
  name: string;
  bytes: Uint8Array;
}

const extensionOf = (name: string) => /\.[^./\\]+$/.exec(name.toLowerCase())?.[0] ?? '';

/** A .docx is a ZIP archive: it starts with "PK\x03\x04". */
const looksLikeZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Markdown's heading and emphasis marks are layout, not words of the story. */
const markdownToPlainText = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/^#{1,6}\s+/, '').replace(/(\*\*|__)(.+?)\1/g, '$2'))
    .join('\n');

/** Word paragraphs, one per block: mammoth's raw text ends every paragraph with a blank line. */
const docxToText = async (file: ArticleFile): Promise<string> => {
  if (file.bytes.length > MAX_DOCX_BYTES) {
    throw new ArticleTextError(`${file.name} is ${file.bytes.length} bytes; a .docx may be at most ${MAX_DOCX_BYTES} bytes`, 'too-large');
  }
  if (!looksLikeZip(file.bytes)) throw new ArticleTextError(`${file.name} is not a Word document (.docx): it could not be opened`, 'unreadable');
  let raw: string;
  try {
    ({ value: raw } = await mammoth.extractRawText({ buffer: Buffer.from(file.bytes) }));
  } catch {
    throw new ArticleTextError(`${file.name} is not a Word document (.docx) that can be read: it is damaged or in another format`, 'unreadable');
  }
  const paragraphs = raw
    .split(/\n+/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return checkArticleText(paragraphs.join('\n\n'), file.name);
};

/**
 * The article text of an uploaded file: .txt and .md as UTF-8 text (Markdown marks removed), .docx
 * (from Word or Google Docs) through mammoth. Throws an ArticleTextError naming the file and what
 * is wrong: a type it does not read, too large, unreadable, empty, or not laid out as an article.
 */
export const articleTextFromFile = async (file: ArticleFile): Promise<string> => {
  const extension = extensionOf(file.name);
  if (extension === '.docx') return docxToText(file);
  if (extension === '.txt') return articleTextFromBytes(file.bytes, file.name);
  if (extension === '.md') return checkArticleText(markdownToPlainText(articleTextFromBytes(file.bytes, file.name)), file.name);
  throw new ArticleTextError(
    `${file.name} is not a file the import reads: upload a ${ARTICLE_FILE_TYPES.join(', ')} file (plain text, Markdown or Word)`,
    'wrong-type'
  );
};

export { MAX_ARTICLE_BYTES };
