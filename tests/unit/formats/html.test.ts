import { bodyToHtml, escapeHtml, safeHref } from '../../../plugin/server/src/formats/html';
import type { BlockNode } from '../../../plugin/shared/contracts/story';

const text = (value: string, marks: Record<string, boolean> = {}): BlockNode => ({ type: 'text', text: value, ...marks });

describe('bodyToHtml', () => {
  it('renders paragraphs, headings, lists, quotes and code', () => {
    const body: BlockNode[] = [
      { type: 'heading', level: 2, children: [text('Background')] },
      { type: 'paragraph', children: [text('First.')] },
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [text('one')] },
          { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('nested')] }] },
        ],
      },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('dot')] }] },
      { type: 'quote', children: [text('Said.')] },
      { type: 'code', children: [text('a < b')] },
      { type: 'image', image: { url: '/x.jpg' }, children: [text('')] },
    ];
    expect(bodyToHtml(body).split('\n')).toEqual([
      '<h2>Background</h2>',
      '<p>First.</p>',
      '<ol><li>one</li><li><ul><li>nested</li></ul></li></ol>',
      '<ul><li>dot</li></ul>',
      '<blockquote>Said.</blockquote>',
      '<pre><code>a &lt; b</code></pre>',
    ]);
  });

  it('clamps heading levels to h1-h6', () => {
    expect(bodyToHtml([{ type: 'heading', level: 9, children: [text('x')] }])).toBe('<h6>x</h6>');
    expect(bodyToHtml([{ type: 'heading', children: [text('x')] }])).toBe('<h2>x</h2>');
  });

  it('renders bold, italic, underline, strikethrough and inline code', () => {
    const body: BlockNode[] = [
      {
        type: 'paragraph',
        children: [text('b', { bold: true }), text('i', { italic: true }), text('bi', { bold: true, italic: true }), text('u', { underline: true }), text('s', { strikethrough: true }), text('c', { code: true })],
      },
    ];
    expect(bodyToHtml(body)).toBe('<p><strong>b</strong><em>i</em><strong><em>bi</em></strong><u>u</u><s>s</s><code>c</code></p>');
  });

  it('renders safe links and drops unsafe ones, keeping their text', () => {
    const link = (url: string): BlockNode => ({ type: 'paragraph', children: [{ type: 'link', url, children: [text('here', { bold: true })] }] });
    expect(bodyToHtml([link('https://example.com/?a=1&b="2"')])).toBe(
      '<p><a href="https://example.com/?a=1&amp;b=&quot;2&quot;"><strong>here</strong></a></p>'
    );
    expect(bodyToHtml([link('/relative/path')])).toBe('<p><a href="/relative/path"><strong>here</strong></a></p>');
    expect(bodyToHtml([link('javascript:alert(1)')])).toBe('<p><strong>here</strong></p>');
    expect(bodyToHtml([link(' java\tscript:alert(1)')])).toBe('<p><strong>here</strong></p>');
    expect(bodyToHtml([link('data:text/html,<b>')])).toBe('<p><strong>here</strong></p>');
  });

  it('escapes every text', () => {
    const body: BlockNode[] = [
      { type: 'heading', level: 1, children: [text('<h1>&')] },
      { type: 'paragraph', children: [text(`"<script>alert('x')</script>"`)] },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('<img src=x onerror=y>')] }] },
    ];
    const html = bodyToHtml(body);
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('<h1>&lt;h1&gt;&amp;</h1>');
    expect(html).toContain('&quot;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;');
    expect(html).toContain('&lt;img src=x onerror=y&gt;');
  });

  it('turns a plain-text body into escaped paragraphs', () => {
    expect(bodyToHtml('One <b>\n\n  \n\nTwo\nlines')).toBe('<p>One &lt;b&gt;</p>\n<p>Two<br>lines</p>');
  });

  it('escapes the five HTML-significant characters and nothing else', () => {
    expect(escapeHtml(`<>&"' é`)).toBe('&lt;&gt;&amp;&quot;&#39; é');
    expect(safeHref('mailto:desk@example.com')).toBe('mailto:desk@example.com');
    expect(safeHref('vbscript:x')).toBeNull();
  });
});
