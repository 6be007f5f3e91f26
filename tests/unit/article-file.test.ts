import { ArticleTextError, MAX_ARTICLE_BYTES } from '../../plugin/shared/article/article-text';
import { articleTextFromFile, MAX_DOCX_BYTES } from '../../plugin/server/src/editorial/article-import/article-file';
import { buildDocx } from '../support/docx';

const file = (name: string, content: string | Uint8Array) => ({
  name,
  bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content,
});

const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ArticleTextError) return { reason: error.reason, message: error.message };
    throw error;
  }
  throw new Error('expected the file to be refused');
};

describe('articleTextFromFile: the article in an uploaded .txt, .md or .docx', () => {
  it('reads a .txt as UTF-8, without a byte order mark and with Unix line ends', async () => {
    await expect(articleTextFromFile(file('a.txt', '\uFEFFHeadline\r\n\r\nFirst paragraph.\r\n'))).resolves.toBe('Headline\n\nFirst paragraph.\n');
  });

  it('reads a .md without heading and bold marks', async () => {
    await expect(articleTextFromFile(file('a.md', '## Headline\n\nA **strong** paragraph.'))).resolves.toBe('Headline\n\nA strong paragraph.');
  });

  it('reads a .docx paragraph by paragraph, joining the runs Word splits a paragraph into', async () => {
    const docx = await buildDocx(['Headline', '"We will stay," she said.', 'A third paragraph with Ünïcödé.']);
    await expect(articleTextFromFile(file('story.docx', docx))).resolves.toBe('Headline\n\n"We will stay," she said.\n\nA third paragraph with Ünïcödé.');
  });

  it('refuses an extension it does not read, naming the types it does', async () => {
    await expect(refusal(articleTextFromFile(file('story.rtf', '{\\rtf1 Headline}')))).resolves.toEqual({
      reason: 'wrong-type',
      message: 'story.rtf is not a file the import reads: upload a .txt, .md, .docx file (plain text, Markdown or Word)',
    });
  });

  it.each([
    ['an empty .txt', 'e.txt', '', 'empty', 'e.txt is empty'],
    ['a .txt of blank lines', 'b.txt', '\n\n  \n', 'empty', 'b.txt is empty'],
    ['a .docx that is not a ZIP', 'x.docx', 'Headline\n\nBody', 'unreadable', 'x.docx is not a Word document (.docx): it could not be opened'],
    ['a ZIP that is not a .docx', 'z.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'unreadable', 'z.docx is not a Word document (.docx) that can be read: it is damaged or in another format'],
    ['a headline with no paragraph', 'h.md', '# Only a headline', 'layout', 'h.md: no paragraph after the headline'],
  ])('refuses %s', async (_label, name, content, reason, message) => {
    await expect(refusal(articleTextFromFile(file(name, content)))).resolves.toEqual({ reason, message });
  });

  it('refuses a .txt over the size limit and a .docx over its own', async () => {
    const text = new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61);
    await expect(refusal(articleTextFromFile(file('big.txt', text)))).resolves.toMatchObject({ reason: 'too-large' });
    const docx = new Uint8Array(MAX_DOCX_BYTES + 1);
    await expect(refusal(articleTextFromFile(file('big.docx', docx)))).resolves.toEqual({
      reason: 'too-large',
      message: `big.docx is ${MAX_DOCX_BYTES + 1} bytes; a .docx may be at most ${MAX_DOCX_BYTES} bytes`,
    });
  });

  it('refuses an empty Word document', async () => {
    await expect(refusal(articleTextFromFile(file('blank.docx', await buildDocx([' ']))))).resolves.toEqual({ reason: 'empty', message: 'blank.docx is empty' });
  });
});
