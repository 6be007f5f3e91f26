import { excerpt } from '../check/messages';
import { docsFor, report } from '../check/report';
import { diffWords } from '../text/diff';
import type { Finding, Rule } from '../types';

export const quoteNotInBody: Rule = {
  id: 'QUOTE_NOT_IN_BODY',
  severity: 'error',
  description: 'A Quote record’s words are not in the body verbatim (typography aside): a misquote.',
  meta: {
    messages: {
      misquoted: 'The quote {{quote}} does not match the body; the closest passage reads {{closest}}.',
      missing: 'The quote {{quote}} is not in the body.',
    },
    docs: docsFor('QUOTE_NOT_IN_BODY'),
  },
  check({ story, quoteLocations, closestPassage }) {
    const findings: Finding[] = [];
    for (const q of story.quotes) {
      if (quoteLocations.get(q.documentId) || !q.text?.trim()) continue;
      const passage = closestPassage(q.documentId);
      const target = { type: 'quote' as const, documentId: q.documentId };
      if (!passage) {
        findings.push(report(this, 'missing', { quote: excerpt(q.text), closestPassage: null }, { target }));
        continue;
      }
      const data = {
        quote: excerpt(q.text),
        closest: excerpt(passage.text, 8),
        closestPassage: passage.text,
        similarity: Math.round(passage.similarity * 100) / 100,
        diff: diffWords(q.text, passage.text),
      };
      findings.push(report(this, 'misquoted', data, { target, start: passage.start, end: passage.end }));
    }
    return findings;
  },
};
