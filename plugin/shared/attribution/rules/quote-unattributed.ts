import { excerpt } from '../check/messages';
import { docsFor, report } from '../check/report';
import type { Rule } from '../types';

export const quoteUnattributed: Rule = {
  id: 'QUOTE_UNATTRIBUTED',
  severity: 'error',
  description: 'A Quote record has no speaker.',
  meta: {
    messages: { noSpeaker: 'The quote {{quote}} has no speaker.' },
    docs: docsFor('QUOTE_UNATTRIBUTED'),
  },
  check({ story, quoteLocations }) {
    return story.quotes
      .filter((q) => !q.speaker)
      .map((q) => report(this, 'noSpeaker', { quote: excerpt(q.text) }, { target: { type: 'quote', documentId: q.documentId }, ...(quoteLocations.get(q.documentId) ?? {}) }));
  },
};
