import { excerpt } from '../check/messages';
import { docsFor, report } from '../check/report';
import type { Finding, Rule } from '../types';

export const quoteSpeakerLowConfidence: Rule = {
  id: 'QUOTE_SPEAKER_LOW_CONFIDENCE',
  severity: 'info',
  description: 'The body does not make clear who said a recorded quote.',
  meta: {
    messages: { unclear: 'The body does not make clear that {{speaker}} said {{quote}}; consider naming the speaker next to the quote.' },
    docs: docsFor('QUOTE_SPEAKER_LOW_CONFIDENCE'),
  },
  check({ story, extraction, quoteLocations, threshold }) {
    const findings: Finding[] = [];
    for (const q of story.quotes) {
      const at = quoteLocations.get(q.documentId);
      if (!at || !q.speaker) continue;
      const found = extraction.quotes.filter((e) => e.start < at.end && at.start < e.end);
      if (found.length === 0 || found.some((e) => e.speaker && e.confidence >= threshold)) continue;
      const data = { speaker: q.speaker.name, quote: excerpt(q.text), confidence: Math.max(...found.map((e) => e.confidence)) };
      findings.push(report(this, 'unclear', data, { target: { type: 'quote', documentId: q.documentId }, start: at.start, end: at.end }));
    }
    return findings;
  },
};
