import { excerpt } from '../check/messages';
import type { Finding, Rule } from '../types';

export const quoteSpeakerLowConfidence: Rule = {
  id: 'QUOTE_SPEAKER_LOW_CONFIDENCE',
  severity: 'info',
  description: 'The body does not make clear who said a recorded quote.',
  check({ story, extraction, quoteLocations, threshold }) {
    const findings: Finding[] = [];
    for (const q of story.quotes) {
      const at = quoteLocations.get(q.documentId);
      if (!at || !q.speaker) continue;
      const found = extraction.quotes.filter((e) => e.start < at.end && at.start < e.end);
      if (found.length === 0 || found.some((e) => e.speaker && e.confidence >= threshold)) continue;
      findings.push({
        code: this.id,
        severity: this.severity,
        message: `The body does not make clear that ${q.speaker.name} said ${excerpt(q.text)}; consider naming the speaker next to the quote.`,
        target: { type: 'quote', documentId: q.documentId },
        start: at.start,
        end: at.end,
        data: { confidence: Math.max(...found.map((e) => e.confidence)) },
      });
    }
    return findings;
  },
};
