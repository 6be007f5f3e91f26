import { docsFor, report } from '../check/report';
import type { Rule } from '../types';

export const captionWithoutCredit: Rule = {
  id: 'CAPTION_WITHOUT_CREDIT',
  severity: 'error',
  description: 'A photo caption has no credit line.',
  meta: {
    messages: {
      noCredit: 'The photo captioned “{{caption}}…” has no credit line.',
      noCreditKnown: 'The photo captioned “{{caption}}…” has no credit line; the record knows {{known}}.',
    },
    docs: docsFor('CAPTION_WITHOUT_CREDIT'),
  },
  check({ story }) {
    return story.photoCaptions
      .filter((c) => !c.creditLine?.trim())
      .map((c) => {
        const known = [c.creator, c.agency].filter(Boolean).join('/');
        const start = (c.caption ?? '').split(/\s+/).slice(0, 6).join(' ');
        return report(this, known ? 'noCreditKnown' : 'noCredit', { caption: start, known }, { target: { type: 'photoCaption', documentId: c.documentId } });
      });
  },
};
