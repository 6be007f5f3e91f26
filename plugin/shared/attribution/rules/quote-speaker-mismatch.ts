import { excerpt } from '../check/messages';
import { docsFor, report } from '../check/report';
import { namesMatch } from '../extract/names';
import type { Source } from '../../contracts/story';
import type { ExtractedQuote, Finding, Rule } from '../types';

/**
 * The body's own attribution blocks publishing only when it names the speaker next to the quote
 * ("…," Mayor Ortiz said) and the engine is this sure of it; anything it had to infer (a pronoun,
 * a description, the paragraph before) is a warning that says what it read and how sure it is.
 */
export const BLOCKING_CONFIDENCE = 0.9;

/** The body's speaker and the record's are the same source, or one speaks for the other. */
export function sameSource(found: ExtractedQuote, record: Source): boolean {
  const name = found.speaker!;
  if (namesMatch(name, record.name)) return true;
  if (record.affiliation && namesMatch(name, record.affiliation.name)) return true;
  if (found.speakerAffiliation && namesMatch(found.speakerAffiliation, record.name)) return true;
  return found.speakerKind === 'anonymous';
}

function isExplicit(found: ExtractedQuote): boolean {
  return found.attribution === 'named' && found.confidence >= BLOCKING_CONFIDENCE;
}

const HOW_READ: Record<string, string> = {
  named: 'named next to the quote',
  pronoun: 'read from a pronoun',
  description: 'read from a description',
  inferred: 'inferred from the surrounding paragraphs',
};

export const quoteSpeakerMismatch: Rule = {
  id: 'QUOTE_SPEAKER_MISMATCH',
  severity: 'error',
  description: 'The body attributes a quote to a different source than its Quote record.',
  meta: {
    messages: {
      mismatch: "The quote {{quote}} is recorded as {{recordSpeaker}}'s, but the body attributes it to {{bodySpeaker}}.",
      possibleMismatch:
        "The quote {{quote}} is recorded as {{recordSpeaker}}'s; the engine reads it as {{bodySpeaker}}'s ({{how}}, confidence {{confidence}}). Check who said it.",
    },
    docs: docsFor('QUOTE_SPEAKER_MISMATCH'),
  },
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
      const explicit = isExplicit(best);
      const data = {
        quote: excerpt(q.text),
        recordSpeaker: q.speaker.name,
        bodySpeaker: best.speaker,
        confidence: best.confidence,
        attribution: best.attribution ?? 'inferred',
        how: HOW_READ[best.attribution ?? 'inferred'],
      };
      findings.push(
        report(this, explicit ? 'mismatch' : 'possibleMismatch', data, {
          target: { type: 'quote', documentId: q.documentId },
          start: at.start,
          end: at.end,
          severity: explicit ? 'error' : 'warning',
        }),
      );
    }
    return findings;
  },
};
