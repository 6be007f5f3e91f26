import { excerpt } from '../check/messages';
import { diffWords } from '../text/diff';
import type { Finding, Rule } from '../types';

export const quoteNotInBody: Rule = {
  id: 'QUOTE_NOT_IN_BODY',
  severity: 'error',
  description: 'A Quote record’s words are not in the body verbatim (typography aside): a misquote.',
  check({ story, quoteLocations, closestPassage }) {
    const findings: Finding[] = [];
    for (const q of story.quotes) {
      if (quoteLocations.get(q.documentId) || !q.text?.trim()) continue;
      const passage = closestPassage(q.documentId);
      const finding: Finding = {
        code: this.id,
        severity: this.severity,
        message: passage
          ? `The quote ${excerpt(q.text)} does not match the body; the closest passage reads ${excerpt(passage.text, 8)}.`
          : `The quote ${excerpt(q.text)} is not in the body.`,
        target: { type: 'quote', documentId: q.documentId },
        data: passage
          ? {
              closestPassage: passage.text,
              similarity: Math.round(passage.similarity * 100) / 100,
              diff: diffWords(q.text, passage.text),
            }
          : { closestPassage: null },
      };
      if (passage) Object.assign(finding, { start: passage.start, end: passage.end });
      findings.push(finding);
    }
    return findings;
  },
};
