import type { BlockNode } from '../../../shared/contracts/story';

/**
 * A simple HTML rendition of a Strapi blocks body: paragraphs, headings, lists, quotes, code,
 * links and bold/italic/underline/strikethrough/code marks. Every text and attribute is escaped;
 * links whose scheme is not http(s), mailto or tel are dropped (their text is kept). Image blocks
 * are left out: photos travel as their own objects with credits.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** The href to print, or null when the link must not be clickable. */
export const safeHref = (url: unknown): string | null => {
  if (typeof url !== 'string') return null;
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"): do the same.
  const squeezed = url.replace(/[\u0000-\u0020\u007f]/g, '');
  if (squeezed === '') return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1]?.toLowerCase();
  if (scheme !== undefined && !SAFE_SCHEMES.has(scheme)) return null;
  return url.trim();
};

const MARKS: [key: string, tag: string][] = [
  ['code', 'code'],
  ['strikethrough', 's'],
  ['underline', 'u'],
  ['italic', 'em'],
  ['bold', 'strong'],
];

const renderText = (node: BlockNode): string => {
  let html = escapeHtml(node.text ?? '').replace(/\r?\n/g, '<br>');
  for (const [key, tag] of MARKS) if (node[key] === true) html = `<${tag}>${html}</${tag}>`;
  return html;
};

const renderInline = (nodes: BlockNode[] | undefined): string =>
  (nodes ?? []).map(renderInlineNode).join('');

function renderInlineNode(node: BlockNode): string {
  if (!node || typeof node !== 'object') return '';
  if (typeof node.text === 'string') return renderText(node);
  const inner = renderInline(node.children);
  if (node.type === 'link') {
    const href = safeHref(node.url);
    return href === null ? inner : `<a href="${escapeHtml(href)}">${inner}</a>`;
  }
  return inner;
}

const plainText = (node: BlockNode): string =>
  typeof node.text === 'string' ? node.text : (node.children ?? []).map(plainText).join('');

const headingLevel = (level: unknown): number =>
  typeof level === 'number' && Number.isInteger(level) ? Math.min(6, Math.max(1, level)) : 2;

function renderList(node: BlockNode): string {
  const tag = node.format === 'ordered' ? 'ol' : 'ul';
  const items = (node.children ?? []).map((child) =>
    // A nested list sits in its own item so the markup stays valid.
    child.type === 'list' ? `<li>${renderList(child)}</li>` : `<li>${renderInline(child.children)}</li>`
  );
  return `<${tag}>${items.join('')}</${tag}>`;
}

function renderBlock(node: BlockNode): string {
  if (!node || typeof node !== 'object') return '';
  switch (node.type) {
    case 'image':
      return '';
    case 'heading': {
      const level = headingLevel(node.level);
      return `<h${level}>${renderInline(node.children)}</h${level}>`;
    }
    case 'list':
      return renderList(node);
    case 'quote':
      return `<blockquote>${renderInline(node.children)}</blockquote>`;
    case 'code':
      return `<pre><code>${escapeHtml(plainText(node))}</code></pre>`;
    default:
      return typeof node.text === 'string' ? `<p>${renderText(node)}</p>` : `<p>${renderInline(node.children)}</p>`;
  }
}

/** Blocks, or a plain-text body (paragraphs separated by blank lines), as an HTML fragment. */
export const bodyToHtml = (body: readonly BlockNode[] | string): string => {
  if (typeof body === 'string') {
    return body
      .split(/\r?\n\s*\r?\n/)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph !== '')
      .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\r?\n/g, '<br>')}</p>`)
      .join('\n');
  }
  return body
    .map(renderBlock)
    .filter((html) => html !== '' && html !== '<p></p>')
    .join('\n');
};
