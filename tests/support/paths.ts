import path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SEEDS = path.join(ROOT, 'seeds');
export const ARTICLE_FIXTURE = path.join(SEEDS, 'article.json');
export const ARTICLE_TEXT = path.join(SEEDS, 'article.txt');
