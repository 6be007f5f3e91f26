import type { Rule } from '../types';

export const captionWithoutCredit: Rule = {
  id: 'CAPTION_WITHOUT_CREDIT',
  severity: 'error',
  description: 'A photo caption has no credit line.',
  check({ story }) {
    return story.photoCaptions
      .filter((c) => !c.creditLine?.trim())
      .map((c) => {
        const known = [c.creator, c.agency].filter(Boolean).join('/');
        const start = (c.caption ?? '').split(/\s+/).slice(0, 6).join(' ');
        return {
          code: this.id,
          severity: this.severity,
          message: `The photo captioned “${start}…” has no credit line${known ? `; the record knows ${known}` : ''}.`,
          target: { type: 'photoCaption' as const, documentId: c.documentId },
        };
      });
  },
};
