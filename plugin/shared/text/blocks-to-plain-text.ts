import type { BlockNode } from '../contracts/story';

const textOf = (node: BlockNode): string =>
  typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join('');

/**
 * Strapi blocks -> plain text, one paragraph (or heading, list item, quote block) per
 * paragraph, separated by a blank line: the text the attribution engine reads and offsets into.
 */
export const blocksToPlainText = (body: BlockNode[] | string | null | undefined): string => {
  if (typeof body === 'string') return body;
  if (!Array.isArray(body)) return '';
  const paragraphs: string[] = [];
  for (const block of body) {
    if (block.type === 'list') {
      for (const item of block.children ?? []) paragraphs.push(textOf(item));
    } else {
      paragraphs.push(textOf(block));
    }
  }
  return paragraphs.join('\n\n');
};

/** Plain paragraphs -> Strapi blocks paragraphs. */
export const paragraphsToBlocks = (paragraphs: string[]): BlockNode[] =>
  paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
