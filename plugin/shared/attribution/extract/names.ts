import { NOT_NAME_WORDS, ORG_NAME_WORDS, PERSON_ROLE_NOUNS, TITLE_WORDS } from '../lexicon/roles';

/** A capitalized word: "Ólafur", "McAllister", "U.S.", "O'Rourke", "Al-Assad". */
export const CAP_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*";
const CONNECTOR = '(?:of|the|for|and|de|del|la|los|las|van|von|der|den|da|di|du|le|y|bin|al|el|&)';
/** A run of capitalized words, allowing "Department of Veterans Affairs". */
export const CAP_SEQUENCE = `${CAP_WORD}(?:[ \\u00A0](?:${CONNECTOR}[ \\u00A0]){0,2}${CAP_WORD})*`;

const LOWER_CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'del', 'la', 'los', 'las', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'le', 'y', 'bin', 'al', 'el', '&']);

/** Cuts a capitalized run at a sentence end it swallowed: "Department. Replacing" -> "Department". */
export function cutAtSentenceEnd(words: readonly string[]): string[] {
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!;
    if (w.endsWith('.') && w.length > 4 && !/^(?:\p{Lu}\.)+$/u.test(w) && !TITLE_WORDS.has(w.toLowerCase())) {
      return [...words.slice(0, i), w.slice(0, -1)];
    }
  }
  return [...words];
}

const ASCII = /^[\x00-\x7F]*$/;

export function stripDiacritics(s: string): string {
  return ASCII.test(s) ? s : s.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** "Ólafur Sánchez" -> "olafur sanchez": what two spellings of a name are compared on. */
const normalizedCache = new Map<string, string>();

export function normalizeName(name: string): string {
  const cached = normalizedCache.get(name);
  if (cached !== undefined) return cached;
  const result = computeNormalizedName(name);
  if (normalizedCache.size > 5000) normalizedCache.clear();
  normalizedCache.set(name, result);
  return result;
}

function computeNormalizedName(name: string): string {
  return stripDiacritics(name)
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function stripPossessive(s: string): string {
  return s.replace(/['’]s?$/u, '');
}

export function isAcronym(word: string): boolean {
  const bare = word.replace(/[.&]/g, '');
  return bare.length >= 2 && bare.length <= 7 && /^\p{Lu}+$/u.test(bare);
}

export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => w && !LOWER_CONNECTORS.has(w.toLowerCase()))
    .map((w) => (isAcronym(w) ? w.replace(/[.&]/g, '') : w[0]!))
    .join('')
    .toUpperCase();
}

/** "EPA" is the acronym of "Environmental Protection Agency"; "FAA" of "U.S. Federal Aviation Administration". */
export function isAcronymOf(acronym: string, name: string): boolean {
  if (!isAcronym(acronym) || name.split(/\s+/).length < 2) return false;
  const a = acronym.replace(/[.&]/g, '').toUpperCase();
  const i = initialsOf(name);
  return i === a || (a.length >= 3 && i.endsWith(a));
}

/**
 * Two spellings of one source: "Delacroix" and "Rasmus Delacroix", "EPA" and "Environmental Protection Agency".
 * A shared surname alone is enough only when one side is a bare surname.
 */
export function namesMatch(a: string, b: string): boolean {
  const na = normalizeName(a);
  const nb = normalizeName(b);
  if (!na || !nb) return false;
  if (na === nb) return true;
  if (isAcronymOf(a.trim(), b) || isAcronymOf(b.trim(), a)) return true;
  const ta = na.split(' ');
  const tb = nb.split(' ');
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (short.length === long.length) return false;
  // "Delacroix" ~ "Rasmus Delacroix"; "Rasmus Delacroix" ~ "Rasmus K. Delacroix" via the last token and first.
  if (short.length === 1) return long[long.length - 1] === short[0];
  return short[0] === long[0] && short[short.length - 1] === long[long.length - 1];
}

const CONJUNCTION = /[ \u00A0]+and[ \u00A0]+/g;

/**
 * "Rui Takeda and Sunniva Brekke" is two people; "Johnson and Johnson" or "Department of Health and
 * Human Services" is one name. A run splits at "and" only when every side is a full name (two
 * capitalized words or more) and nothing in it reads as an organization.
 */
export function splitConjoinedNames(run: string, index: number): Array<{ text: string; index: number }> {
  const whole = [{ text: run, index }];
  if (!run.includes(' and ') && !run.includes('\u00A0and')) return whole;
  const pieces: Array<{ text: string; index: number }> = [];
  let from = 0;
  for (const m of run.matchAll(CONJUNCTION)) {
    pieces.push({ text: run.slice(from, m.index), index: index + from });
    from = m.index + m[0].length;
  }
  pieces.push({ text: run.slice(from), index: index + from });
  const fullNames = pieces.every((p) => {
    const words = trimNonNameWords(p.text.split(/[ \u00A0]+/));
    return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w)) && !looksLikeOrganization(words);
  });
  return fullNames ? pieces : whole;
}

export interface TitledName {
  name: string;
  title: string | null;
  /** An organization written before the title: "EPA" in "EPA Acting Administrator Jane Roe". */
  affiliation: string | null;
}

export function looksLikeOrganization(words: readonly string[]): boolean {
  if (words.length === 1 && isAcronym(words[0]!)) return true;
  return words.some((w) => ORG_NAME_WORDS.has(stripPossessive(w).toLowerCase()));
}

/** Drops the sentence-initial and function words a capitalized run may start with ("The", "On Wednesday"). */
export function trimNonNameWords(words: string[]): string[] {
  let start = 0;
  while (start < words.length && (NOT_NAME_WORDS.has(words[start]!.toLowerCase()) || LOWER_CONNECTORS.has(words[start]!))) start++;
  let end = words.length;
  while (end > start && (LOWER_CONNECTORS.has(words[end - 1]!) || NOT_NAME_WORDS.has(words[end - 1]!.toLowerCase()))) end--;
  return words.slice(start, end);
}

/**
 * Splits "EPA Acting Administrator Jane Roe" into affiliation "EPA", title "Acting Administrator" and
 * name "Jane Roe": the name is the trailing run of non-title words, the title the run of
 * title words before it, and anything before that is the organization.
 */
/** Role nouns that open a capitalized run as a title: "Developer Owen Hale", "Resident Aurelio Whitcombe". */
const OPENING_ROLE = new Set([...PERSON_ROLE_NOUNS, 'developer', 'homeowner', 'artist', 'musician', 'chef', 'baker', 'architect', 'designer']);

export function splitTitledName(words: readonly string[]): TitledName {
  const isTitle = (i: number) => TITLE_WORDS.has(words[i]!.toLowerCase()) || (i === 0 && words.length >= 3 && OPENING_ROLE.has(words[0]!.toLowerCase()));
  let nameStart = words.length;
  while (nameStart > 0 && !isTitle(nameStart - 1)) nameStart--;
  const nameWords = words.slice(nameStart);
  if (nameStart === 0 || nameWords.length === 0 || looksLikeOrganization(nameWords)) {
    return { name: words.join(' '), title: null, affiliation: null };
  }
  let titleStart = nameStart;
  // "Developer Owen Hale": a role noun opening the run, capitalized by the sentence, is a title too.
  while (titleStart > 0 && isTitle(titleStart - 1)) titleStart--;
  const title = words.slice(titleStart, nameStart).join(' ');
  const prefix = words.slice(0, titleStart).join(' ');
  return { name: nameWords.join(' '), title, affiliation: prefix || null };
}
