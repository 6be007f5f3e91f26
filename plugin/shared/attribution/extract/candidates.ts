import { KIN_NOUNS, nounGender } from '../lexicon/kinship';
import { PLACE_FIRST_WORDS, PLACE_NAME_WORDS } from '../lexicon/places';
import { FEMALE_FIRST_NAMES, FEMALE_HONORIFICS, MALE_FIRST_NAMES, MALE_HONORIFICS, ORG_NOUN_FAMILIES, PERSON_ROLE_NOUNS, TITLE_WORDS } from '../lexicon/roles';
import { startsWithSpeechVerb } from '../lexicon/speech-verbs';
import type { Block } from '../text/layout';
import { readAppositiveAfter } from './appositive';
import type { Gender } from './entity-types';
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
  /** Preceded by a lowercase role noun: "owner Ludmila Faraday". */
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
  /** Family noun the text introduces the name with: "her father, Otto Casimir" -> "father". */
  kin: string | null;
  /** The family noun came before the name with its owner: "Perel's granddaughter, Sabine Perel", "her father, X". */
  kinOwnerBefore: string | null;
  /** "A spokeswoman for the agency, Jane Roe": a role noun before the name, which may give away a gender. */
  introNoun: string | null;
  /** "Delahunt is a former fisherman": a role the sentence gives the name. */
  predicateRole: string | null;
  /** Followed by ", who": only people take "who". */
  whoFollows: boolean;
  /** "Jadwiga Kaszuba, 63,": the age given after the name. */
  age: number | null;
  /** "the elder Casimir", "the younger Haldane". */
  rank: 'elder' | 'younger' | null;
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

/** "Fenwick said", "Dominic Reyes, said", "Lorna Eskildsen, who had led the cooperative, announced". */
function speaksAfter(after: string): boolean {
  if (startsWithSpeechVerb(after)) return true;
  if (after[0] !== ',') return false;
  if (startsWithSpeechVerb(after.slice(1))) return true;
  const clause = /^,[^,.;:!?"“”\u0001]{1,160},/.exec(after);
  return clause !== null && startsWithSpeechVerb(after.slice(clause[0].length));
}

/** "Tanner Street", "the Tanner Street Diner": a place or venue, never a person. */
export function namesPlace(words: readonly string[]): boolean {
  if (words.length > 1 && PLACE_FIRST_WORDS.has((words[0] ?? '').toLowerCase())) return true;
  return PLACE_NAME_WORDS.has(stripPossessive(words[words.length - 1] ?? '').toLowerCase());
}

/** "Northgate Academy's principal", "the airline's customers": what only an institution has. */
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

/** "CITY (Some Wire) —": the agency in a dateline is not part of the story. */
const DATELINE_BEFORE = /^\p{Lu}[\p{Lu}\p{M} ,.'’-]*\($/u;
const DATELINE_AFTER = /^\)\s*[—–-]/u;

function isDatelineCredit(masked: string, para: Block, start: number, end: number): boolean {
  return start - para.start < 80 && DATELINE_AFTER.test(masked.slice(end, end + 4)) && DATELINE_BEFORE.test(masked.slice(para.start, start));
}

/** "CLIFTON (Some Wire) —", "ELDON —", "TORVIK, Norway —": the dateline's place, in capitals. */
const DATELINE_PLACE_AFTER = /^(?:,\s[\p{L}.' ]{2,30})?\s*(?:\([^()\n]{1,40}\)\s*)?[—–]/u;
const HAS_LOWER = /\p{Ll}/u;

function isDatelinePlace(masked: string, para: Block, start: number, end: number): boolean {
  if (start - para.start > 2 || HAS_LOWER.test(masked.slice(start, end))) return false;
  return DATELINE_PLACE_AFTER.test(masked.slice(end, end + 60));
}

const LOWER = /\p{Ll}/u;

/** "her father, " / "Perel's granddaughter, " / "his younger brother " right before a name. */
const KIN_BEFORE = /(?:^|[^\p{L}])([Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}-]*['’]s?)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}]+),?\s+$/u;
/** ", her father," / ", 74, her father" right after a name. */
const KIN_AFTER = /^,\s+(?:\d{1,3},\s+)?(?:his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}]+)[,.]/u;
const AGE_AFTER = /^,\s+(?:(\d{1,3}),|an?\s+(\d{1,3})-year-old\b)/;
const AGE_BEFORE = /(?:^|[^\p{L}\d-])(\d{1,3})-year-old\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const RANK_BEFORE = /(?:^|[^\p{L}])the\s+(elder|younger)\s+$/iu;

function kinFields(found: { kin: string | null; owner: string | null }): { kin: string | null; kinOwnerBefore: string | null } {
  return { kin: found.kin, kinOwnerBefore: found.owner };
}

/** "Teodora Vukić, 44,", "Vukić, a 44-year-old baker", "44-year-old baker Teodora Vukić". */
function ageAround(masked: string, start: number, end: number): number | null {
  const after = masked[end] === ',' ? AGE_AFTER.exec(masked.slice(end, end + 24)) : null;
  if (after) return Number(after[1] ?? after[2]);
  const tail = masked.slice(Math.max(0, start - 40), start);
  const before = tail.includes('-year-old') ? AGE_BEFORE.exec(tail) : null;
  return before ? Number(before[1]) : null;
}

/** The lower-case word before `at`, past spaces and one comma: "father" in "her father, Otto". */
function wordBeforeComma(text: string, at: number): string {
  let end = at;
  while (end > 0 && at - end < 4 && (text[end - 1] === ' ' || text[end - 1] === ',')) end--;
  let begin = end;
  while (begin > 0 && end - begin < 16 && LOWER.test(text[begin - 1]!)) begin--;
  return text.slice(begin, end);
}

function kinAround(masked: string, start: number, end: number): { kin: string | null; owner: string | null } {
  const before = KIN_NOUNS.has(wordBeforeComma(masked, start)) ? KIN_BEFORE.exec(masked.slice(Math.max(0, start - 60), start)) : null;
  if (before && KIN_NOUNS.has(before[2]!)) return { kin: before[2]!, owner: before[1]! };
  const after = masked[end] === ',' ? KIN_AFTER.exec(masked.slice(end, end + 60)) : null;
  return { kin: after && KIN_NOUNS.has(after[1]!) ? after[1]! : null, owner: null };
}

/** The lower-case word just before `at`, past the spaces: "owner" in "owner Ludmila Faraday". */
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

/**
 * "in Torvik. Brzoska held up her phone": one capitalized run across a sentence end is two.
 * The same words cutAtSentenceEnd cuts at: a word of five characters or more ending with a period.
 */
function splitAtSentenceEnds(run: string, index: number): Array<{ text: string; index: number }> {
  if (!run.includes('. ')) return [{ text: run, index }];
  const pieces: Array<{ text: string; index: number }> = [];
  let from = 0;
  for (const m of run.matchAll(/(\S+)\.[ \u00A0]+/g)) {
    const word = `${m[1]!}.`;
    if (word.length <= 4 || /^(?:\p{Lu}\.)+$/u.test(word) || TITLE_WORDS.has(word.toLowerCase())) continue;
    const cut = m.index + m[0].length;
    pieces.push({ text: run.slice(from, m.index + m[1]!.length + 1), index: index + from });
    from = cut;
  }
  pieces.push({ text: run.slice(from), index: index + from });
  return pieces.filter((p) => p.text.trim() !== '');
}

/**
 * "A spokeswoman for the Port Authority, Jane Roe", "Her assistant for the past decade,
 * Aurelio Kerrigan": the noun before the name gives a role (and sometimes a gender).
 */
const INTRO_NOUN = /(?:^|[^\p{L}])(?:a|an|the|its|his|her|their|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|An?|The)\s+(?:[\p{Ll}'’-]+\s+){0,2}?(\p{Ll}+)(?:\s+(?:for|of|at|with)\s+[^,;:.!?"“”\u0001]{1,70})?,\s+$/u;

const PREDICATE = /^\s+(?:is|was|has\s+been|had\s+been|became|works\s+as|worked\s+as)\s+(?:a|an|the)\s+(?:[\p{Ll}'’-]+\s+){0,2}?(\p{Ll}+)(?=\s*[,.;]|\s+(?:at|for|of|in|on|with|who|and|from|since)\s)/u;

function predicateRole(after: string): string | null {
  const m = after.startsWith(' ') ? PREDICATE.exec(after.slice(0, 80)) : null;
  return m && (PERSON_ROLE_NOUNS.has(m[1]!) || nounGender(m[1]!)) ? m[1]! : null;
}

/** "The teacher is Ruairí Delahunt." */
const PREDICATE_BEFORE = /(?:^|\n|[.!?]["”’]?\s+)The\s+(?:[\p{Ll}'’-]+\s+){0,2}?(\p{Ll}+)\s+(?:is|was)\s+$/u;

function predicateRoleBefore(masked: string, start: number): string | null {
  const tail = masked.slice(Math.max(0, start - 60), start);
  if (!tail.endsWith(' is ') && !tail.endsWith(' was ')) return null;
  const m = PREDICATE_BEFORE.exec(tail);
  return m && PERSON_ROLE_NOUNS.has(m[1]!) ? m[1]! : null;
}

function introNounBefore(masked: string, start: number): string | null {
  // The end-anchored pattern is only worth running right after ", ", within the clause.
  if (masked[start - 2] !== ',') return null;
  const tail = masked.slice(Math.max(0, start - 100), start);
  let from = tail.length;
  while (from > 0 && !/[.!?;:]/.test(tail[from - 1]!)) from--;
  const m = INTRO_NOUN.exec(tail.slice(from));
  return m && (nounGender(m[1]!) || PERSON_ROLE_NOUNS.has(m[1]!)) ? m[1]! : null;
}

/** Longer than the longest names news copy uses ("National Association for the Advancement of Colored People"). */
const MAX_NAME_WORDS = 12;

export function readCandidates(masked: string, paragraphs: readonly Block[]): Candidate[] {
  const candidates: Candidate[] = [];
  paragraphs.forEach((para, paragraph) => {
    const text = masked.slice(para.start, para.end);
    for (const run of text.matchAll(SEQUENCE)) for (const piece of splitAtSentenceEnds(run[0], run.index)) for (const match of splitConjoinedNames(piece.text, piece.index)) {
      let raw = match.text;
      // Past MAX_NAME_WORDS + 1 words nothing is kept, so a run of thousands of capitals is not split whole.
      const rawWords = raw.split(/[ \u00A0]+/, MAX_NAME_WORDS + 2);
      // A possessive ends the name: "the FDA's review", "Smith's 2020 campaign team".
      const possessiveAt = rawWords.findIndex((w) => /['’]s?$/.test(w) && w.length > 2);
      const kept = cutAtSentenceEnd(possessiveAt >= 0 ? rawWords.slice(0, possessiveAt + 1) : rawWords);
      // A longer capitalized run is a title-case heading or shouting, not a name.
      if (kept.length > MAX_NAME_WORDS) continue;
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
      if (isDatelineCredit(masked, para, start, end) || isDatelinePlace(masked, para, start, end)) continue;
      const after = masked.slice(end, end + 200);
      const split = splitTitledName(words);
      // "Former Police Chief Birgit Fenwick": "the former chief" must still find her.
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
        // "X, who runs the Elm Street Bakery, said": a place at the end of a clause does not speak.
        speaks: !namesPlace(split.name.split(' ')) && speaksAfter(after),
        honorific: genderOf([], split.title),
        afterPlacePreposition: PLACE_PREPOSITION.test(masked.slice(Math.max(0, start - 12), start)),
        ownsRole: ownsRole(masked, end, words),
        acronym: definedAcronym(after),
        institutional: speaksAsInstitution(after),
        followedByPlace: /^,\s+\p{Lu}[\p{Ll}.]+(?![\p{L}])(?!\s+\p{Lu})/u.test(after),
        ...kinFields(kinAround(masked, start, end)),
        introNoun: introNounBefore(masked, start),
        whoFollows: /^,\s+who\s/.test(after),
        predicateRole: predicateRole(after) ?? predicateRoleBefore(masked, start),
        age: ageAround(masked, start, end),
        rank: (RANK_BEFORE.exec(masked.slice(Math.max(0, start - 16), start))?.[1]?.toLowerCase() as 'elder' | 'younger' | undefined) ?? null,
        afterRoleNoun: ROLE_BEFORE.has(roleBefore),
        roleBefore: ROLE_BEFORE.has(roleBefore) ? roleBefore : null,
      });
    }
  });
  return candidates;
}
