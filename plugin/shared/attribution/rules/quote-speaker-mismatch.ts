import { excerpt } from '../check/messages';
import { docsFor, report } from '../check/report';
import { namesMatch, normalizeName } from '../extract/names';
import type { Source } from '../../contracts/story';
import type { ExtractedQuote, Finding, Rule } from '../types';

/**
 * The body's own attribution blocks publishing only when it names the speaker next to the quote
 * ("…," Mayor Ortiz said), the engine is this sure of it, and the record names its source; anything
 * the engine had to infer (a pronoun, a description, the paragraph before) is a warning that says
 * what it read and how sure it is.
 */
export const BLOCKING_CONFIDENCE = 0.9;

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const nameWords = (name: string) => normalizeName(name).split(' ').filter((w) => w && !SUFFIXES.has(w));

/**
 * One name holds the other's surname: "Sen. Ana Ortiz" and "Ana Ortiz", "Ms. Ortiz" and "Ana
 * Ortiz", "Ortiz" and "Ortiz and Grant". Titles and honorifics come and go between a record and
 * the prose; a surname of four letters or more does not.
 */
function sharesSurname(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  const lastA = wa[wa.length - 1];
  const lastB = wb[wb.length - 1];
  // A one-word name ("Xi", "Tad") is either side's first or last word.
  if ((wa.length === 1 && wb.includes(wa[0]!)) || (wb.length === 1 && wa.includes(wb[0]!))) return true;
  return Boolean((lastA && lastA.length > 3 && wb.includes(lastA)) || (lastB && lastB.length > 3 && wa.includes(lastB)));
}

/** The body's speaker and the record's are the same source, or one speaks for the other. */
export function sameSource(found: ExtractedQuote, record: Source): boolean {
  const name = found.speaker!;
  if (namesMatch(name, record.name) || sharesSurname(name, record.name)) return true;
  if (record.affiliation && namesMatch(name, record.affiliation.name)) return true;
  if (found.speakerAffiliation && namesMatch(found.speakerAffiliation, record.name)) return true;
  return found.speakerKind === 'anonymous';
}

/** Two people, one named right at the quote: an organization may speak through a person, and back. */
function isExplicit(found: ExtractedQuote, record: Source): boolean {
  return found.attribution === 'named' && found.confidence >= BLOCKING_CONFIDENCE && found.speakerKind === 'person' && record.kind === 'person';
}

const HOW_READ: Record<string, string> = {
  named: 'named next to the quote',
  pronoun: 'read from a pronoun',
  description: 'read from a description',
  inferred: 'inferred from the surrounding paragraphs',
};

/** The paragraph holding [start, end) of the body text. */
function paragraphAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n\n', start);
  const to = text.indexOf('\n\n', end);
  return text.slice(from < 0 ? 0 : from, to < 0 ? text.length : to);
}

/**
 * The record's source is named in the quote's own paragraph ("the paper reported, quoting X", "Y
 * told X"): the words may be relayed, and which of the two said them is a judgement the engine
 * cannot overrule.
 */
function recordNamedNearby(paragraph: string, record: Source): boolean {
  const words = new Set(nameWords(paragraph));
  const own = nameWords(record.name);
  const surname = own[own.length - 1];
  return Boolean(surname && surname.length > 3 && words.has(surname));
}

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
  check({ story, text, extraction, quoteLocations, threshold }) {
    const findings: Finding[] = [];
    for (const q of story.quotes) {
      const at = quoteLocations.get(q.documentId);
      if (!at || !q.speaker) continue;
      const found = extraction.quotes.filter(
        (e) => e.kind === 'speech' && e.speaker && e.confidence >= threshold && e.start < at.end && at.start < e.end,
      );
      if (found.length === 0 || found.some((e) => sameSource(e, q.speaker!))) continue;
      const best = found.reduce((a, b) => (b.confidence > a.confidence ? b : a));
      // A source the editor keeps anonymous cannot be contradicted by name: worth a look, not a block.
      const explicit = isExplicit(best, q.speaker) && !recordNamedNearby(paragraphAround(text, at.start, at.end), q.speaker);
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
