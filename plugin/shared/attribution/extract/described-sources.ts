import { findSpeechVerbs } from '../lexicon/speech-verbs';
import { PERSON_ROLE_NOUNS } from '../lexicon/roles';
import type { Block } from '../text/layout';
import { windowStart } from '../text/window';
import { parseSubjectAtEnd } from './speaker-phrase';

import type { SpeakerRef } from './speaker-phrase';

/**
 * Unnamed sources the text introduces as the subject of a speech verb, quoted or not:
 * "A senior official at the ministry, who asked not to be named, said the plan…".
 * A later "the official said" refers back to them.
 */
export interface DescribedSource {
  /** The description as introduced, relative clause left out: "A senior official at the ministry". */
  text: string;
  head: string;
  /** Lower-cased words of the description: "the second official" must find "second" among them. */
  words: ReadonlySet<string>;
  position: number;
  paragraph: number;
}

/** Who issued a statement: "Acme said in a statement…"; "the statement added" refers back to it. */
export interface StatementIssuer {
  ref: SpeakerRef;
  position: number;
  paragraph: number;
}

const IN_A_STATEMENT = /^\s+in\s+(?:a|an|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|news\s+release|press\s+release)\b/u;
const ISSUED_STATEMENT = /^\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}statement\b/u;
const ISSUING_VERB = /^(?:issued|released|put\s+out|posted)$/i;

const INDEFINITE = /(?:^|[^\p{L}])(?:a|an|one|another)\s/iu;
const SENTENCE_END = /[.!?]["”’]?\s+(?=\S)/g;

/** Offsets where the paragraph's sentences start, after the first: one pass, then binary search. */
function sentenceStartsOf(text: string): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(SENTENCE_END)) starts.push(m.index + m[0].length);
  return starts;
}

function sentenceStartBefore(starts: readonly number[], text: string, at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let start = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    // A sentence end whose match begins before `at` (as a forward scan would stop).
    if (starts[mid]! - 1 < at) {
      start = starts[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return windowStart(text, start, at);
}

interface ParagraphScan {
  introductions: DescribedSource[];
  statements: StatementIssuer[];
}

/** "X issued a statement": not a speech verb, but it names who a later "the statement said" quotes. */
const ISSUE_WORDS = /\b(?:issued|released|put\s+out|posted)\b/g;

function scanParagraph(masked: string, block: Block, paragraph: number): ParagraphScan {
  const text = masked.slice(block.start, block.end);
  const introductions: DescribedSource[] = [];
  const statements: StatementIssuer[] = [];
  const sentenceStarts = sentenceStartsOf(text);
  const verbs = findSpeechVerbs(text).map((v) => ({ index: v.index, word: v[0] }));
  if (text.includes('statement')) for (const m of text.matchAll(ISSUE_WORDS)) verbs.push({ index: m.index, word: m[0] });
  verbs.sort((a, b) => a.index - b.index);
  for (const verb of verbs) {
    const from = sentenceStartBefore(sentenceStarts, text, verb.index);
    const pre = text.slice(from, verb.index);
    const rest = text.slice(verb.index + verb.word.length, verb.index + verb.word.length + 80);
    const issuing = ISSUING_VERB.test(verb.word);
    const statement = issuing ? ISSUED_STATEMENT.test(rest) : IN_A_STATEMENT.test(rest);
    // Only two things are recorded: a statement's issuer, and an indefinite description ("a/one …").
    if (!statement && (issuing || !INDEFINITE.test(pre))) continue;
    const parsed = parseSubjectAtEnd(pre);
    // The subject opens the clause: the sentence starts there, or a quotation just closed before it.
    if (!parsed || !/^[\s,]*$|["”]\s*$/.test(pre.slice(0, parsed.start))) continue;
    if (statement) {
      if (parsed.ref.type !== 'description' || !DOCUMENTS.has(parsed.ref.head)) {
        statements.push({ ref: parsed.ref, position: block.start + from + parsed.start, paragraph });
      }
    }
    if (issuing || parsed.ref.type !== 'description') continue;
    const { ref } = parsed;
    if (ref.definite || ref.plural || !PERSON_ROLE_NOUNS.has(ref.head)) continue;
    introductions.push({
      text: ref.text,
      head: ref.head,
      words: new Set(ref.text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean)),
      position: block.start + from + parsed.start,
      paragraph,
    });
  }
  return { introductions, statements };
}

const DOCUMENTS = new Set(['statement', 'release', 'announcement']);

/** The unnamed sources and statement issuers of a text, read paragraph by paragraph on demand. */
export class DescribedSources {
  private readonly cache = new Map<number, ParagraphScan>();

  constructor(
    private readonly masked: string,
    private readonly paragraphs: readonly Block[],
  ) {}

  private scan(p: number): ParagraphScan {
    let found = this.cache.get(p);
    if (!found) {
      found = scanParagraph(this.masked, this.paragraphs[p]!, p);
      this.cache.set(p, found);
    }
    return found;
  }

  /** Introductions before `position`, nearest first, from `paragraph` back `window` paragraphs. */
  *before(position: number, paragraph: number, window: number): Generator<DescribedSource> {
    for (let p = Math.min(paragraph, this.paragraphs.length - 1); p >= 0 && paragraph - p <= window; p--) {
      const list = this.scan(p).introductions;
      for (let i = list.length - 1; i >= 0; i--) if (list[i]!.position < position) yield list[i]!;
    }
  }

  /** The last statement issuer before `position`, within `window` paragraphs. */
  lastStatement(position: number, paragraph: number, window: number): StatementIssuer | null {
    for (let p = Math.min(paragraph, this.paragraphs.length - 1); p >= 0 && paragraph - p <= window; p--) {
      const list = this.scan(p).statements;
      for (let i = list.length - 1; i >= 0; i--) if (list[i]!.position < position) return list[i]!;
    }
    return null;
  }
}
