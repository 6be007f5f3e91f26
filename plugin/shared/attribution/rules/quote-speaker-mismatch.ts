import { excerpt } from '../check/messages';
import { namesMatch } from '../extract/names';
import type { Source } from '../../contracts/story';
import type { ExtractedQuote, Finding, Rule } from '../types';

/** The body's speaker and the record's are the same source, or one speaks for the other. */
export function sameSource(found: ExtractedQuote, record: Source): boolean {
  const name = found.speaker!;
  if (namesMatch(name, record.name)) return true;
  if (record.affiliation && namesMatch(name, record.affiliation.name)) return true;
  if (found.speakerAffiliation && namesMatch(found.speakerAffiliation, record.name)) return true;
  return found.speakerKind === 'anonymous';
}

export const quoteSpeakerMismatch: Rule = {
  id: 'QUOTE_SPEAKER_MISMATCH',
  severity: 'error',
  description: 'The body attributes a quote to a different source than its Quote record.',
  check({ story, extraction, quoteLocations, threshold }) {
    const findings: Finding[] = [];
    for (const q of story.quotes) {
      const at = quoteLocations.get(q.documentId);
      if (!at || !q.speaker) continue;
      const found = extraction.quotes.filter(
        (e) => e.kind === 'speech' && e.speaker && e.confidence >= threshold && e.start < at.end && at.start < e.end,
      );
      if (found.length === 0 || found.some((e) => sameSource(e, q.speaker!))) continue;
      const best = found.reduce((a, b) => (b.confidence > a.confidence ? b : a));
      findings.push({
        code: this.id,
        severity: this.severity,
        message: `The quote ${excerpt(q.text)} is recorded as ${q.speaker.name}'s, but the body attributes it to ${best.speaker}.`,
        target: { type: 'quote', documentId: q.documentId },
        start: at.start,
        end: at.end,
        data: { recordSpeaker: q.speaker.name, bodySpeaker: best.speaker, confidence: best.confidence },
      });
    }
    return findings;
  },
};
