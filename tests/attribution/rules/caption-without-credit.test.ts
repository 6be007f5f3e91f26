import type { PhotoCaption } from '../../../plugin/shared/contracts/story';
import { story } from '../helpers';
import { findingsOf } from './run';

describe('CAPTION_WITHOUT_CREDIT', () => {
  const caption: PhotoCaption = {
    documentId: 'p1', title: null, caption: 'Volunteers stack sandbags along the river.', creditLine: null, creator: 'Jane Roe', agency: 'AP',
    copyrightNotice: null, altText: null, peopleShown: [], image: null,
  };

  it('flags a caption without a credit line, saying what the record knows', () => {
    const findings = findingsOf('CAPTION_WITHOUT_CREDIT', story('Text.', { photoCaptions: [caption, { ...caption, documentId: 'p2', creditLine: 'Jane Roe/AP' }] }));
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        messageId: 'noCreditKnown',
        message: 'The photo captioned “Volunteers stack sandbags along the river.…” has no credit line; the record knows Jane Roe/AP.',
        target: { type: 'photoCaption', documentId: 'p1' },
      }),
    ]);
  });

  it('says only that the credit is missing when the record knows nothing', () => {
    const [finding] = findingsOf('CAPTION_WITHOUT_CREDIT', story('Text.', { photoCaptions: [{ ...caption, creator: null, agency: null }] }));
    expect(finding).toMatchObject({ messageId: 'noCredit' });
  });
});
