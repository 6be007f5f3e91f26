import type { Block } from '../text/layout';
import type { ExtractedQuote } from '../types';
import type { Cue } from './cues';
import type { Entity } from './entity-types';
import type { EntityIndex } from './entities';
import type { ResolvedSpeaker } from './resolve';
import { REPORTED_SPEAKER_CONFIDENCE } from './reported-speaker';
import { isPlace } from './continuation';

/**
 * The paragraph conventions of news writing for quotations without an attribution of their own:
 * who keeps talking, and who a paragraph that is only a quotation belongs to.
 */

const CONTINUATION_CONFIDENCE = 0.7;
const BEAT_CONTINUATION_CONFIDENCE = 0.6;
const NARRATIVE_SUBJECT_CONFIDENCE = 0.6;
const SAME_PARAGRAPH_CONFIDENCE = 0.85;

/** A quote with the speaker the engine resolved for it (null when none). */
export interface QuoteWithEntity {
  quote: ExtractedQuote;
  resolved: ResolvedSpeaker | null;
}

export type Working = QuoteWithEntity & { cue: Cue | null; firstParagraph: number; lastParagraph: number; onlyQuotes: boolean };

/**
 * A speaker read only from the sentence before the quotation ("Ostrowski laughed. "She barks…"")
 * must be someone the story quotes, or reports speaking, elsewhere: a person it merely
 * describes doing something is not enough.
 */
export function dropUnquotedActionSubjects(results: Working[], index: EntityIndex): void {
  const quoted = new Set(results.filter((r) => r.cue?.hasVerb && r.resolved?.entity).map((r) => r.resolved!.entity!));
  for (const m of index.mentions) if (m.speaks && m.entity.kind === 'person') quoted.add(m.entity);
  for (const r of results) {
    if (!r.cue?.fromAction || !r.resolved || (r.resolved.entity && quoted.has(r.resolved.entity))) continue;
    r.resolved = null;
    Object.assign(r.quote, { speaker: null, speakerKind: null, speakerTitle: null, speakerAffiliation: null, confidence: 0 });
    delete r.quote.attribution;
  }
}

function inherit(target: Working, from: Working, confidence: number): void {
  const source = from.resolved!;
  target.resolved = { ...source, confidence: Math.min(source.confidence, confidence) };
  Object.assign(target.quote, {
    speaker: source.name,
    speakerKind: source.kind,
    speakerTitle: source.title,
    speakerAffiliation: source.affiliation,
    confidence: Math.round(target.resolved.confidence * 100) / 100,
    attribution: 'inferred',
    delivery: target.quote.delivery === 'unknown' ? from.quote.delivery : target.quote.delivery,
    deliveryNote: target.quote.deliveryNote ?? from.quote.deliveryNote,
    kind: 'speech',
  });
}

/**
 * News conventions for quotes without their own attribution: a second quote in a paragraph
 * belongs to the paragraph's speaker (`"A," X said. "B."`), and a paragraph that is only a quote
 * continues the speaker of the quote just before it.
 */
export function inheritSpeakers(
  results: Working[],
  threshold: number,
  beat: (paragraph: number) => string | null,
  quiet: (paragraph: number, speaker: ResolvedSpeaker) => boolean,
): void {
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    if (r.resolved || r.quote.kind === 'scare' || r.cue) continue;
    const samePara = (o: Working | undefined) =>
      o !== undefined && o.resolved !== null && o.quote.kind === 'speech' &&
      (o.lastParagraph === r.firstParagraph || o.firstParagraph === r.lastParagraph);
    const prev = results[i - 1];
    const next = results[i + 1];
    if (samePara(prev)) inherit(r, prev!, SAME_PARAGRAPH_CONFIDENCE);
    else if (samePara(next)) inherit(r, next!, SAME_PARAGRAPH_CONFIDENCE);
    else if (
      r.onlyQuotes &&
      prev?.resolved &&
      prev.quote.kind === 'speech' &&
      prev.lastParagraph === r.firstParagraph - 1 &&
      CONTINUATION_CONFIDENCE >= threshold
    ) {
      inherit(r, prev, CONTINUATION_CONFIDENCE);
    } else if (
      r.onlyQuotes &&
      prev?.resolved &&
      prev.quote.kind === 'speech' &&
      prev.lastParagraph === r.firstParagraph - 2 &&
      BEAT_CONTINUATION_CONFIDENCE >= threshold &&
      pronounFits(beat(r.firstParagraph - 1), prev.resolved)
    ) {
      // `"…," she said.` / `She laughed, then stopped.` / `"I don't know…"`: a beat does not change the speaker.
      inherit(r, prev, BEAT_CONTINUATION_CONFIDENCE);
    } else if (
      r.onlyQuotes &&
      prev?.resolved &&
      prev.quote.kind === 'speech' &&
      prev.resolved.kind === 'person' &&
      prev.lastParagraph === r.firstParagraph - 2 &&
      BEAT_CONTINUATION_CONFIDENCE >= threshold &&
      quiet(r.firstParagraph - 1, prev.resolved)
    ) {
      // A paragraph in between that brings in nobody else: the same person is still talking.
      inherit(r, prev, BEAT_CONTINUATION_CONFIDENCE);
    }
  }
}

/**
 * Quotations without a speaker that fill their paragraph alone, with `p` the paragraph before
 * them when that paragraph holds no other quotation: the cases the paragraph conventions resolve.
 */
function* unattributedQuoteParagraphs(results: Working[]): Generator<{ r: Working; p: number }> {
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    if (r.resolved || r.quote.kind === 'scare' || r.cue || !r.onlyQuotes) continue;
    const p = r.firstParagraph - 1;
    const prev = results[i - 1];
    if (p < 0 || (prev && prev.lastParagraph >= p)) continue;
    yield { r, p };
  }
}

/**
 * A feature convention: a paragraph about one person, then a paragraph that is only a quotation
 * ("Pemberton had never run a shop. She bought one anyway.\n\n“I had no idea what I was doing…”").
 * The quotation is that person's when the paragraph names nobody else and the person is quoted
 * elsewhere in the story with a stated attribution.
 */
export function attributeToNarrativeSubject(results: Working[], threshold: number, index: EntityIndex): void {
  if (NARRATIVE_SUBJECT_CONFIDENCE < threshold) return;
  const quoted = new Set(results.filter((r) => r.cue && r.resolved?.entity).map((r) => r.resolved!.entity!));
  for (const { r, p } of unattributedQuoteParagraphs(results)) {
    const people = new Set<Entity>();
    let other = false;
    for (const m of index.before(r.quote.start, 20)) {
      if (m.paragraph < p) break;
      if (m.paragraph !== p) continue;
      if (m.entity.kind === 'person') people.add(m.entity);
      // A place ("Main Street", "Lake Orrin") does not speak; an organization, or a name of unknown kind, might.
      else if (!isPlace(m.entity)) other = true;
    }
    const [subject] = people;
    if (people.size !== 1 || other || !subject || !quoted.has(subject)) continue;
    const source = results.find((o) => o.resolved?.entity === subject)!;
    inherit(r, source, NARRATIVE_SUBJECT_CONFIDENCE);
  }
}

/** `Quist said the fire was contained.` then a paragraph that is only a quotation: Quist's. */
export function attributeToReportedSpeaker(results: Working[], threshold: number, speakerOf: (paragraph: number) => ResolvedSpeaker | null): void {
  if (REPORTED_SPEAKER_CONFIDENCE < threshold) return;
  for (const { r, p } of unattributedQuoteParagraphs(results)) {
    const speaker = speakerOf(p);
    if (!speaker) continue;
    inherit(r, { ...r, resolved: speaker, quote: { ...r.quote, delivery: 'unknown', deliveryNote: null } }, speaker.confidence);
  }
}

/** A short paragraph of action with a pronoun subject and no names: "She laughed, then stopped.", "Then he laughed." */
const BEAT = /^(?:(?:Then|And|But|Again|Finally|Later|Now)\s+)?([Hh]e|[Ss]he)\s[\p{Ll}\s,'’-]{2,80}[.!]$/u;
const BEAT_MAX_WORDS = 10;

export function beatPronoun(masked: string, block: Block | undefined): string | null {
  if (!block) return null;
  const text = masked.slice(block.start, block.end);
  const match = BEAT.exec(text);
  return match && text.split(/\s+/).length <= BEAT_MAX_WORDS ? match[1]!.toLowerCase() : null;
}

function pronounFits(pronoun: string | null, speaker: ResolvedSpeaker): boolean {
  if (!pronoun || speaker.kind !== 'person') return false;
  const gender = speaker.entity?.gender ?? null;
  return gender === null || gender === (pronoun === 'he' ? 'male' : 'female');
}
