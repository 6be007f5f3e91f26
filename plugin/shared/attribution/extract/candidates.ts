import { PLACE_NAME_WORDS } from '../lexicon/places';
import { FEMALE_FIRST_NAMES, FEMALE_HONORIFICS, MALE_FIRST_NAMES, MALE_HONORIFICS, ORG_NOUN_FAMILIES, PERSON_ROLE_NOUNS } from '../lexicon/roles';
import { startsWithSpeechVerb } from '../lexicon/speech-verbs';
import type { Block } from '../text/layout';
import { readAppositiveAfter } from './appositive';
import type { Gender } from './entities';
import { definedAcronym, speaksAsInstitution } from './org-cues';
import {
  CAP_SEQUENCE,
  cutAtSentenceEnd,
  isAcronym,
  isAcronymOf,
  splitConjoinedNames,
  splitTitledName,
  stripPossessive,
  trimNonNameWords,
} from './names';

/**
 * Capitalized runs of a text read as candidate names, with what surrounds each one: a title, an
 * appositive, a speech verb after it, a place preposition before it. EntityIndex decides what they are.
 */

export interface Candidate {
  start: number;
  end: number;
  paragraph: number;
  words: string[];
  title: string | null;
  prefixAffiliation: string | null;
  name: string;
  orgNounAfter: string | null;
  appositive: ReturnType<typeof readAppositiveAfter>;
  speaks: boolean;
  honorific: Gender;
  /** Preceded by "in", "at", "near"...: a place more likely than a person. */
  afterPlacePreposition: boolean;
  /** Preceded by a lowercase role noun: "owner Colette Ambrose". */
  afterRoleNoun: boolean;
  /** That role noun, a title the text gives in lower case. */
  roleBefore: string | null;
  /** Followed by ", Texas": a city. */
  followedByPlace: boolean;
  /** Followed by "'s principal": an organization that has staff. */
  ownsRole: boolean;
  /** "Passenger Rights Now (PRN)". */
  acronym: string | null;
  /** "X said in a statement", "X, which operates…". */
  institutional: boolean;
}

const SEQUENCE = new RegExp(CAP_SEQUENCE, 'gu');
const PLACE_PREPOSITION = /\b(?:in|at|from|near|to|across|outside|inside|into|of|through|toward|towards)\s+(?:the\s+)?$/i;
const ROLE_BEFORE = PERSON_ROLE_NOUNS;
const ORG_NOUN_AFTER = /^\s+([a-z]+)\b/;

export function genderOf(words: readonly string[], title: string | null): Gender {
  for (const t of (title ?? '').toLowerCase().split(/\s+/)) {
    if (MALE_HONORIFICS.has(t)) return 'male';
    if (FEMALE_HONORIFICS.has(t)) return 'female';
  }
  const first = (words[0] ?? '').toLowerCase();
  if (MALE_FIRST_NAMES.has(first)) return 'male';
  if (FEMALE_FIRST_NAMES.has(first)) return 'female';
  return null;
}

/** "Varga said", "Dominic Reyes, said", "Lorna Eskildsen, who had led the cooperative, announced". */
function speaksAfter(after: string): boolean {
  if (startsWithSpeechVerb(after)) return true;
  if (after[0] !== ',') return false;
  if (startsWithSpeechVerb(after.slice(1))) return true;
  const clause = /^,[^,.;:!?"“”\u0001]{1,160},/.exec(after);
  return clause !== null && startsWithSpeechVerb(after.slice(clause[0].length));
}

/** "Tanner Street", "the Tanner Street Diner": a place or venue, never a person. */
export function namesPlace(words: readonly string[]): boolean {
  return PLACE_NAME_WORDS.has(stripPossessive(words[words.length - 1] ?? '').toLowerCase());
}

/** "Millbrook Consolidated's principal", "the airline's customers": what only an institution has. */
const POSSESSIVE_ROLE = /^['’]s?\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}]+)/u;
const INSTITUTION_HAS = new Set(['principal', 'superintendent', 'ceo', 'headquarters', 'employees', 'shareholders', 'customers', 'board']);

function ownsRole(masked: string, end: number, words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  // The possessive was cut off the name: look at what the name owned.
  const at = masked.startsWith("'", end) || masked.startsWith('’', end) ? end : /['’]s?$/.test(last) ? end - 2 : -1;
  if (at < 0) return false;
  const role = POSSESSIVE_ROLE.exec(masked.slice(at, at + 40));
  return role !== null && INSTITUTION_HAS.has(role[1]!);
}

/** "PORTHAVEN (Ledger Wire) —": the agency in a dateline is not part of the story. */
const DATELINE_BEFORE = /^\p{Lu}[\p{Lu}\p{M} ,.'’-]*\($/u;
const DATELINE_AFTER = /^\)\s*[—–-]/u;

function isDatelineCredit(masked: string, para: Block, start: number, end: number): boolean {
  return start - para.start < 80 && DATELINE_AFTER.test(masked.slice(end, end + 4)) && DATELINE_BEFORE.test(masked.slice(para.start, start));
}

const LOWER = /\p{Ll}/u;

/** The lower-case word just before `at`, past the spaces: "owner" in "owner Colette Ambrose". */
function lowerWordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && end > at - 30 && /\s/.test(text[end - 1]!)) end--;
  if (end === at) return '';
  let begin = end;
  while (begin > 0 && end - begin < 30 && LOWER.test(text[begin - 1]!)) begin--;
  return text.slice(begin, end);
}

/** Offset of the k-th word of a capitalized run (words are split on spaces), or undefined. */
function wordOffset(run: string, k: number): number | undefined {
  let at = 0;
  for (let word = 0; at < run.length; word++) {
    while (at < run.length && (run[at] === ' ' || run[at] === '\u00A0')) at++;
    if (at >= run.length) return undefined;
    if (word === k) return at;
    while (at < run.length && run[at] !== ' ' && run[at] !== '\u00A0') at++;
  }
  return undefined;
}

/** Where `run` starts inside `words` (trimNonNameWords keeps a contiguous slice). */
function firstIndexOfRun(words: readonly string[], run: readonly string[]): number {
  for (let i = 0; i + run.length <= words.length; i++) if (words[i] === run[0] && words[i + run.length - 1] === run[run.length - 1]) return i;
  return 0;
}

export function readCandidates(masked: string, paragraphs: readonly Block[]): Candidate[] {
  const candidates: Candidate[] = [];
  paragraphs.forEach((para, paragraph) => {
    const text = masked.slice(para.start, para.end);
    for (const run of text.matchAll(SEQUENCE)) for (const match of splitConjoinedNames(run[0], run.index)) {
      let raw = match.text;
      const rawWords = raw.split(/[ \u00A0]+/);
      // A possessive ends the name: "ICE's operation", "Trump's 2020 re-election team".
      const possessiveAt = rawWords.findIndex((w) => /['’]s?$/.test(w) && w.length > 2);
      const kept = cutAtSentenceEnd(possessiveAt >= 0 ? rawWords.slice(0, possessiveAt + 1) : rawWords);
      const leading = rawWords.length;
      let words = kept.map((w, i) => (i === kept.length - 1 ? stripPossessive(w) : w)).map((w) => w.replace(/[.,]$/, (m) => (isAcronym(w) || /^\p{Lu}\.$/u.test(w) ? m : '')));
      let trimmed = trimNonNameWords(words);
      if (trimmed.length === 0) continue;
      const offsetInMatch = raw.indexOf(trimmed[0]!);
      const first = firstIndexOfRun(words, trimmed);
      // "Passenger Rights Now (PRN)": the acronym vouches for a last word that looks like a function word.
      const runEnd = match.index + match.text.length;
      const acronym = kept.length === rawWords.length ? definedAcronym(text.slice(runEnd, runEnd + 14)) : null;
      if (acronym && first + trimmed.length < words.length && isAcronymOf(acronym, words.slice(first).join(' '))) trimmed = words.slice(first);
      const former = (first > 0 && words[first - 1]!.toLowerCase() === 'former') || lowerWordBefore(text, match.index + Math.max(0, offsetInMatch)) === 'former';
      words = trimmed;
      raw = words.join(' ');
      const start = para.start + match.index + Math.max(0, offsetInMatch);
      // Where the last kept word ends in the text: "Rev. Anselm Dobrowolski" is longer than its words joined.
      const lastAt = wordOffset(match.text, first + trimmed.length - 1);
      const end = lastAt === undefined ? start + raw.length : para.start + match.index + lastAt + trimmed[trimmed.length - 1]!.length;
      if (isDatelineCredit(masked, para, start, end)) continue;
      const after = masked.slice(end, end + 200);
      const split = splitTitledName(words);
      // "Former Police Chief Monica Albright": "the former chief" must still find her.
      if (former && split.title) split.title = `former ${split.title}`;
      const roleBefore = lowerWordBefore(masked, start);
      const orgNounMatch = possessiveAt < 0 || possessiveAt === leading - 1 ? ORG_NOUN_AFTER.exec(after) : null;
      const orgNounAfter = orgNounMatch && orgNounMatch[1]! in ORG_NOUN_FAMILIES ? orgNounMatch[1]! : null;
      candidates.push({
        start,
        end,
        paragraph,
        words: split.name.split(' '),
        title: split.title,
        prefixAffiliation: split.affiliation,
        name: split.name,
        orgNounAfter,
        appositive: masked[end] === ',' ? readAppositiveAfter(masked, end) : null,
        // "X, who runs the Tanner Street Diner, said": a place at the end of a clause does not speak.
        speaks: !namesPlace(split.name.split(' ')) && speaksAfter(after),
        honorific: genderOf([], split.title),
        afterPlacePreposition: PLACE_PREPOSITION.test(masked.slice(Math.max(0, start - 12), start)),
        ownsRole: ownsRole(masked, end, words),
        acronym: definedAcronym(after),
        institutional: speaksAsInstitution(after),
        followedByPlace: /^,\s+\p{Lu}[\p{Ll}.]+(?![\p{L}])(?!\s+\p{Lu})/u.test(after),
        afterRoleNoun: ROLE_BEFORE.has(roleBefore),
        roleBefore: ROLE_BEFORE.has(roleBefore) ? roleBefore : null,
      });
    }
  });
  return candidates;
}
