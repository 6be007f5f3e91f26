import { KIN_NOUNS } from '../lexicon/kinship';
import { ANONYMOUS_PLURALS, ORG_NOUN_FAMILIES, PERSON_ROLE_NOUNS, TITLE_WORDS } from '../lexicon/roles';
import { parseDescriptivePhrase, type Appositive } from './appositive';
import { CAP_SEQUENCE, splitTitledName, trimNonNameWords } from './names';

/** Who an attribution names, before resolution against the rest of the text. */
export type SpeakerRef =
  | { type: 'name'; name: string; title: string | null; affiliation: string | null; appositive: Appositive | null }
  | { type: 'pronoun'; pronoun: string }
  | {
      type: 'description';
      /** "a campaign spokesperson", "the DHS chief". */
      text: string;
      head: string;
      modifiers: string[];
      definite: boolean;
      plural: boolean;
      /** What follows "of/for/at": "the agency" in "a spokesperson for the agency". */
      complement: string | null;
      /** "her father": the possessive that stands for the article (family nouns only). */
      possessor?: string;
      /** "the 44-year-old said": the age the description gives. */
      age?: number;
    };

export interface ParsedPhrase {
  ref: SpeakerRef;
  /** Where the phrase starts in the string it was read from. */
  start: number;
}

const NO_QUOTE = '[^,;:"“”\\u0001]';
const AUXILIARIES = [
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'did', 'does', 'do', 'also', 'later',
  'then', 'previously', 'again', 'further', 'earlier', 'once', 'recently', 'repeatedly', 'publicly', 'separately',
  'subsequently', 'ultimately', 'simply', 'flatly', 'bluntly', 'privately', 'openly', 'reportedly', 'allegedly', 'not',
  'never', 'only', 'first', 'finally', 'quickly', 'immediately',
];
const AUXILIARY_WORDS = new Set(AUXILIARIES);
const TRAILING_AUXILIARY = new RegExp(`(?:\\s+(?:${AUXILIARIES.join('|')}))+$`, 'i');
const APPOSITIVE_AT_END = new RegExp(
  `(${CAP_SEQUENCE}),\\s+((?:the|a|an|its|his|her|their)\\s${NO_QUOTE}{1,120}(?:,\\s${NO_QUOTE}{1,80})?|\\d{1,3}|who\\s${NO_QUOTE}{1,80}|who)\\s*,?$`,
  'u',
);
const OBJECT_RELATIVE_AT_END = new RegExp(`,\\s+(?:which|whom)\\s+(${CAP_SEQUENCE})$`, 'u');
const RELATIVE_CLAUSE_AT_END = /,\s+(?:who|which|whose)\s[^;"“”\u0001]{1,240}?,?$/u;
const REVERSED_APPOSITIVE_AT_END = new RegExp(
  `(?:^|[\\s,(])((?:the|a|an|\\p{Lu}[\\p{L}'’.-]*(?:['’]s?)?)\\s[^,;:"“”\\u0001]{1,80}),\\s+(${CAP_SEQUENCE}),?$`,
  'u',
);
const NAME_AT_END = new RegExp(`(${CAP_SEQUENCE})$`, 'u');
const PRONOUN_AT_END = /(?:^|[^\p{L}])(he|she|they|it|we)$/iu;
const ARTICLE = /(?:^|[^\p{L}])(the|a|an|one|another|his|her|their)\s/giu;
const PREPOSITION = /\s(?:of|for|at|with|from|in|on|to)\s/i;
const RELATIVE_MARK = /,\s+(?:who|which|whose)\s/u;
const LETTER = /\p{L}/u;

/** The run of letters the text ends with ("" when it ends with anything else). */
function lastWord(s: string): string {
  let i = s.length;
  while (i > 0 && LETTER.test(s[i - 1]!)) i--;
  return s.slice(i);
}

/** `…, Ludmila Brzoska` or `…, Ludmila Brzoska,` at the end: what REVERSED_APPOSITIVE_AT_END needs. */
function nameAfterLastComma(s: string): boolean {
  const body = s.endsWith(',') ? s.slice(0, -1) : s;
  const comma = body.lastIndexOf(',');
  return comma >= 0 && /^\s+\p{Lu}/u.test(body.slice(comma + 1, comma + 8));
}
const NAME_AT_START = new RegExp(`^(${CAP_SEQUENCE})`, 'u');
const ARTICLE_AT_START = /^((?:the|a|an)\s[^,;:.!?"“”\u0001]{1,80})/i;
const LOWER_TITLE_THEN_NAME = new RegExp(`^((?:\\p{Ll}[\\p{L}-]*\\s+){1,3})(${CAP_SEQUENCE})`, 'u');
const PRONOUN_AT_START = /^(he|she|they|it|we)\b/i;

function cleanWord(w: string): string {
  return w.toLowerCase().replace(/[^\p{L}-]/gu, '');
}

function singular(word: string): string {
  if (word.endsWith('people')) return 'person';
  if (word.endsWith('men')) return word.slice(0, -3) + 'man';
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

const DOCUMENT_NOUNS = new Set(['statement', 'release', 'letter', 'post', 'email', 'report', 'memo', 'filing', 'announcement']);

function isRoleNoun(word: string): boolean {
  return PERSON_ROLE_NOUNS.has(word) || word in ORG_NOUN_FAMILIES || DOCUMENT_NOUNS.has(word);
}

/** "the EPA chief", "a coalition of tenant groups", "a spokesperson for the agency". */
export function parseDescription(phrase: string): SpeakerRef | null {
  const trimmed = phrase.trim().replace(/[,.]$/, '');
  // "one midwife", "another official": as indefinite as "a".
  const article = /^(the|a|an|one|another|his|her|their)\s+/i.exec(trimmed);
  // "one of 40 people who signed" is one of a group, not a description of its own.
  if (!article || (/^(?:one|another)$/i.test(article[1]!) && /^of\s/i.test(trimmed.slice(article[0].length)))) return null;
  // "a man who lives near the plant": the head noun comes before the relative clause.
  const relative = /\s(?:who|that|whose)\s/i.exec(trimmed.slice(article[0].length));
  const rest = trimmed.slice(article[0].length, relative ? article[0].length + relative.index : undefined);
  const prep = PREPOSITION.exec(rest);
  const core = (prep ? rest.slice(0, prep.index) : rest).trim();
  const words = core.split(/\s+/);
  if (words.length === 0 || words.length > 5) return null;
  // "the 44-year-old", "the 44-year-old baker": whoever the text gave that age.
  const aged = article[1]!.toLowerCase() === 'the' && words.length <= 2 ? /^(\d{1,3})-year-old$/.exec(words[0]!) : null;
  if (aged) {
    return { type: 'description', text: trimmed, head: cleanWord(words[words.length - 1]!), modifiers: [], definite: true, plural: false, complement: null, age: Number(aged[1]) };
  }
  const last = cleanWord(words[words.length - 1]!);
  const single = singular(last);
  const plural = !isRoleNoun(last) && isRoleNoun(single);
  const head = plural ? single : last;
  if (!isRoleNoun(head)) return null;
  const possessive = /^(?:his|her|their)$/i.test(article[1]!);
  // "her father said" names a relative; "her lawyer said" is left to the name the text gives.
  if (possessive && (plural || !KIN_NOUNS.has(head) || words.length > 2)) return null;
  return {
    type: 'description',
    text: trimmed,
    head,
    modifiers: words.slice(0, -1).map((w) => w.replace(/['’]s$/, '')),
    definite: article[1]!.toLowerCase() === 'the' || possessive,
    plural,
    complement: prep ? rest.slice(prep.index + prep[0].length).trim() || null : null,
    ...(possessive ? { possessor: article[1]!.toLowerCase() } : {}),
  };
}

function nameRef(capitalized: string, appositive: Appositive | null): SpeakerRef | null {
  const all = capitalized.split(/[ \u00A0]+/);
  // A run that swallowed a sentence end ("Department. Replacing") keeps its last sentence.
  let from = 0;
  for (let i = 0; i < all.length - 1; i++) if (/[^.]{4,}\.$/u.test(all[i]!) && !TITLE_WORDS.has(all[i]!.toLowerCase())) from = i + 1;
  const words = trimNonNameWords(all.slice(from));
  if (words.length === 0) return null;
  const split = splitTitledName(words);
  return { type: 'name', name: split.name, title: split.title, affiliation: split.affiliation, appositive };
}

/**
 * The speaker named at the end of the text before a speech verb: "Rasmus Delacroix, the executive
 * director of the Tenants Union", "However, the EPA chief", "with a campaign spokesperson".
 */
export function parseSubjectAtEnd(pre: string): ParsedPhrase | null {
  let s = pre.replace(/\s+$/, '');
  // The end-anchored patterns below are only run when a cheap look at the end says they can match.
  for (let i = 0; i < 3 && AUXILIARY_WORDS.has(lastWord(s).toLowerCase()); i++) {
    const aux = TRAILING_AUXILIARY.exec(s);
    if (!aux) break;
    s = s.slice(0, aux.index);
  }
  // "its prices, which Molapo describes as": a relative clause with a subject of its own.
  const tail = s.length > 300 ? s.slice(s.length - 300) : s;
  const objectRelative = /,\s+(?:which|whom)\s+\p{Lu}/u.test(tail) ? OBJECT_RELATIVE_AT_END.exec(tail) : null;
  if (objectRelative) {
    const ref = nameRef(objectRelative[1]!, null);
    if (ref) return { ref, start: s.length - objectRelative[1]!.length };
  }
  // "X, who spoke on condition of anonymity, said": the subject is before the relative clause.
  const relative = RELATIVE_MARK.test(tail) ? RELATIVE_CLAUSE_AT_END.exec(tail) : null;
  if (relative) s = s.slice(0, s.length - relative[0].length);
  const window = s.length > 240 ? s.slice(s.length - 240) : s;
  const offset = s.length - window.length;

  const reversed = nameAfterLastComma(window) ? REVERSED_APPOSITIVE_AT_END.exec(window) : null;
  if (reversed) {
    const description = reversed[1]!.trim();
    const ref = nameRef(reversed[2]!, /^(?:the|a|an)\s/i.test(description) ? parseDescriptivePhrase(description) : null);
    if (ref && ref.type === 'name') {
      ref.title ??= description.replace(/^(?:the|a|an)\s+/i, '').replace(/^[\p{L}.-]+['’]s?\s+(?=\p{L})/u, (m) => (/['’]/.test(m) ? '' : m));
      const owner = /^(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})['’]s?\s/u.exec(description);
      ref.affiliation ??= owner ? owner[1]! : null;
      return { ref, start: offset + reversed.index + (reversed[0].length - reversed[0].trimStart().length) };
    }
  }

  const appositive = window.includes(',') ? APPOSITIVE_AT_END.exec(window) : null;
  if (appositive) {
    const description = appositive[2]!;
    const ref = nameRef(appositive[1]!, /^(?:the|a|an|its|his|her|their)\s/i.test(description) ? parseDescriptivePhrase(description) : null);
    if (ref) return { ref, start: offset + appositive.index };
  }
  const name = NAME_AT_END.exec(window);
  // "a senior official at the Ministry of Health": a name after a preposition is not the subject.
  const afterPreposition = name !== null && /\b(?:of|at|for|with|from|in|on|to|by|near)\s+(?:the\s+)?$/i.test(window.slice(0, name.index));
  if (name && !afterPreposition && !/['’]s?$/.test(name[1]!)) {
    const ref = nameRef(name[1]!, null);
    if (ref) return { ref, start: offset + name.index };
  }
  const pronoun = PRONOUN_AT_END.exec(window);
  if (pronoun) {
    return { ref: { type: 'pronoun', pronoun: pronoun[1]!.toLowerCase() }, start: offset + window.length - pronoun[1]!.length };
  }
  for (const article of window.matchAll(ARTICLE)) {
    const at = article.index + article[0].length - article[1]!.length - 1;
    const phrase = window.slice(at);
    if (/[,;:"“”\u0001]/.test(phrase)) continue;
    const ref = parseDescription(phrase);
    if (ref) return { ref, start: offset + at };
  }
  const last = lastWord(window);
  if (last && window[window.length - last.length - 1] !== '-' && ANONYMOUS_PLURALS.has(last.toLowerCase())) {
    const text = last;
    return {
      ref: { type: 'description', text, head: singular(text.toLowerCase()), modifiers: [], definite: false, plural: true, complement: null },
      start: offset + window.length - text.length,
    };
  }
  return null;
}

/** The speaker after an inverted verb: `said Jane Roe, the EPA chief`, `said the coalition`. */
export function parseSubjectAtStart(post: string): ParsedPhrase | null {
  // "according to the Port Authority of Bayside": a name after "the" is still a name.
  const lead = /^\s*(?:the\s+(?=\p{Lu}))?/u.exec(post)![0].length;
  const s = post.slice(lead, lead + 240);
  const name = NAME_AT_START.exec(s);
  if (name) {
    const rest = s.slice(name[1]!.length);
    const appositive = /^,\s+((?:the|a|an|its|his|her|their)\s[^,;:.!?"“”\u0001]{1,120})/i.exec(rest);
    const ref = nameRef(name[1]!, appositive ? parseDescriptivePhrase(appositive[1]!) : null);
    if (ref) return { ref, start: lead };
  }
  // "said co-author Jane Roe": lowercase role words before the name.
  const titled = LOWER_TITLE_THEN_NAME.exec(s);
  if (titled && !/^(?:the|a|an)\s/i.test(s)) {
    const ref = nameRef(titled[2]!, null);
    if (ref && ref.type === 'name') {
      ref.title ??= titled[1]!.trim();
      return { ref, start: lead };
    }
  }
  const pronoun = PRONOUN_AT_START.exec(s);
  if (pronoun) return { ref: { type: 'pronoun', pronoun: pronoun[1]!.toLowerCase() }, start: lead };
  const description = ARTICLE_AT_START.exec(s);
  if (description) {
    const phrase = description[1]!.replace(/\s(?:in|on|during|after|before|when|while|as)\s.*$/i, '');
    const ref = parseDescription(phrase);
    if (ref) return { ref, start: lead };
  }
  return null;
}
