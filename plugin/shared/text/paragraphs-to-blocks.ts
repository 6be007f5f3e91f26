import type { BlockNode } from '../contracts/story';

/** Plain paragraphs -> Strapi blocks paragraphs. */
export const paragraphsToBlocks = (paragraphs: string[]): BlockNode[] =>
  paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
