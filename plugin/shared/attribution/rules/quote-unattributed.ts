import { excerpt } from '../check/messages';
import type { Rule } from '../types';

export const quoteUnattributed: Rule = {
  id: 'QUOTE_UNATTRIBUTED',
  severity: 'error',
  description: 'A Quote record has no speaker.',
  check({ story, quoteLocations }) {
    return story.quotes
      .filter((q) => !q.speaker)
      .map((q) => ({
        code: this.id,
        severity: this.severity,
        message: `The quote ${excerpt(q.text)} has no speaker.`,
        target: { type: 'quote' as const, documentId: q.documentId },
        ...(quoteLocations.get(q.documentId) ?? {}),
      }));
  },
};
