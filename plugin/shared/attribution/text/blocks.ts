import type { BlockNode } from '../../contracts/story';

const CONTAINERS = new Set(['list', 'list-item']);

function inlineText(node: BlockNode): string {
  if (typeof node.text === 'string') return node.text;
  if (!Array.isArray(node.children)) return '';
  let out = '';
  for (const child of node.children) out += inlineText(child);
  return out;
}

function collectParagraphs(nodes: readonly BlockNode[], out: string[]): void {
  for (const node of nodes) {
    if (!node || typeof node !== 'object') continue;
    if (node.type === 'image') continue;
    if (CONTAINERS.has(node.type) && Array.isArray(node.children)) {
      // A list item holds inline nodes; a list holds items: each item becomes its own paragraph.
      if (node.type === 'list') collectParagraphs(node.children, out);
      else out.push(inlineText(node));
      continue;
    }
    out.push(inlineText(node));
  }
}

/**
 * Plain text of a story body: paragraphs joined by a blank line. A string body is returned as is,
 * so offsets computed on it stay valid for the caller.
 */
export function blocksToText(body: readonly BlockNode[] | string | null | undefined): string {
  if (typeof body === 'string') return body;
  if (!Array.isArray(body)) return '';
  const paragraphs: string[] = [];
  collectParagraphs(body, paragraphs);
  return paragraphs.filter((p) => p.trim() !== '').join('\n\n');
}
