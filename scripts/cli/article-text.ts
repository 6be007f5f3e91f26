import { readFileSync } from 'fs';

import { ArticleTextError, articleTextFromBytes } from '../../plugin/shared/article/article-text';
import { InputError } from './read-input';

/**
 * Reads an article text file for import with the rules the admin's import applies too
 * (plugin/shared/article/article-text.ts). Every refusal names the file and why.
 */
export const readArticleText = (file: string | undefined): string => {
  if (!file) throw new InputError('missing FILE argument');
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return articleTextFromBytes(bytes, file);
  } catch (error) {
    if (error instanceof ArticleTextError) throw new InputError(error.message);
    throw error;
  }
};
