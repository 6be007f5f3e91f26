import type { Block } from '../text/layout';
import { findSpeechVerbs } from '../lexicon/speech-verbs';
import { parseSubjectAtEnd, type ParsedPhrase } from './speaker-phrase';
import type { DescribedSources } from './described-sources';
import type { EntityIndex } from './entities';
import { resolveSpeaker, type ResolvedSpeaker } from './resolve';

/**
 * The news convention for a paragraph that is only a quotation after a paragraph of reported
 * speech: "Quist said the fire was contained by noon.\n\n“We got lucky with the wind.”" The
 * quotation is the reported speaker's, unless someone else is named after them in that paragraph.
 */

/** Below a stated attribution: the quotation is inferred from the paragraph before it. */
export const REPORTED_SPEAKER_CONFIDENCE = 0.65;
/** The reported speaker must itself be clear. */
const MIN_SUBJECT_CONFIDENCE = 0.75;

const SENTENCE_END = /[.!?]["”’]?\s+(?=\S)/g;

/**
 * The subject of the last sentence in the paragraph whose speech verb has its subject at the
 * start of the sentence: "Hale said he had not been told…" gives Hale, not "been told".
 */
function lastReportingSubject(text: string, absolute: number): { ref: ParsedPhrase['ref']; position: number } | null {
  const starts = [0, ...[...text.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length)];
  for (let k = starts.length - 1; k >= 0; k--) {
    const from = starts[k]!;
    const to = k + 1 < starts.length ? starts[k + 1]! : text.length;
    const sentence = text.slice(from, to);
    for (const verb of findSpeechVerbs(sentence, 4)) {
      const pre = sentence.slice(0, verb.index);
      const parsed = parseSubjectAtEnd(pre);
      if (parsed && /^[\s,]*$/.test(pre.slice(0, parsed.start))) return { ref: parsed.ref, position: absolute + from + parsed.start };
    }
  }
  return null;
}

export function reportedSpeaker(
  masked: string,
  block: Block,
  paragraph: number,
  index: EntityIndex,
  described: DescribedSources,
): ResolvedSpeaker | null {
  const text = masked.slice(block.start, block.end);
  // A paragraph with a quotation of its own has its own speakers: the inheritance rules handle it.
  if (/["“”\u0001]/.test(text)) return null;
  const cue = lastReportingSubject(text, block.start);
  if (!cue) return null;
  const resolved = resolveSpeaker(cue.ref, { index, position: cue.position, paragraph, lastSpeaker: null, described });
  if (!resolved || resolved.confidence < MIN_SUBJECT_CONFIDENCE) return null;
  // "Quist said Sam Quaid, the owner, had called first": someone introduced, or speaking, after the speaker.
  for (const m of index.after(cue.position, 20)) {
    if (m.start >= block.end) break;
    if (m.start <= cue.position || m.entity === resolved.entity || m.entity.kind !== 'person' || m.possessive) continue;
    if (m.speaks || index.introducedBetween(m.entity, block.start, block.end)) return null;
  }
  return { ...resolved, confidence: Math.min(resolved.confidence, REPORTED_SPEAKER_CONFIDENCE) };
}
