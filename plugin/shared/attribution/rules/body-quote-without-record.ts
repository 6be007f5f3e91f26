import { excerpt } from '../check/messages';
import { docsFor, report } from '../check/report';
import type { Finding, QuoteLocation, Rule } from '../types';

const MISQUOTE_SIMILARITY = 0.6;

export const bodyQuoteWithoutRecord: Rule = {
  id: 'BODY_QUOTE_WITHOUT_RECORD',
  severity: 'warning',
  description: 'A quotation in the body has no Quote record.',
  meta: {
    messages: {
      noRecord: 'The quotation {{quote}} in the body has no Quote record.',
      noRecordWithSpeaker: 'The quotation {{quote}} (attributed to {{speaker}}) in the body has no Quote record.',
    },
    docs: docsFor('BODY_QUOTE_WITHOUT_RECORD'),
  },
  check({ extraction, quoteLocations, closestPassage }) {
    // A misquoted record still covers its passage: QUOTE_NOT_IN_BODY reports it already.
    const covered = [...quoteLocations.entries()]
      .map(([id, at]) => {
        if (at) return at;
        const passage = closestPassage(id);
        return passage && passage.similarity >= MISQUOTE_SIMILARITY ? passage : null;
      })
      .filter((l): l is QuoteLocation => l !== null)
      .sort((a, b) => a.start - b.start);
    const findings: Finding[] = [];
    let k = 0;
    for (const q of extraction.quotes) {
      if (q.kind !== 'speech') continue;
      while (k < covered.length && covered[k]!.end <= q.start) k++;
      let hit = false;
      for (let j = k; j < covered.length && covered[j]!.start < q.end; j++) {
        if (covered[j]!.end > q.start) hit = true;
      }
      if (hit) continue;
      const data = { quote: excerpt(q.text), text: q.text, speaker: q.speaker, confidence: q.confidence };
      findings.push(report(this, q.speaker ? 'noRecordWithSpeaker' : 'noRecord', data, { target: { type: 'body' }, start: q.start, end: q.end }));
    }
    return findings;
  },
};
