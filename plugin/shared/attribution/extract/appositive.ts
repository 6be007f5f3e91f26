import { ORG_NOUN_FAMILIES, PERSON_ROLE_NOUNS } from '../lexicon/roles';
import { findSpeechVerbs } from '../lexicon/speech-verbs';

export interface Appositive {
  kind: 'person' | 'organization';
  /** For a person: "executive director". For an organization: its head noun, "network". */
  title: string | null;
  orgNoun: string | null;
  affiliation: string | null;
}

const ROLE_SPLIT = /\s(?:of|for|at|with|in|from|on)\s/i;
const CLAUSE_END = /\s(?:who|which|that|whose|where|when|and|but)\s/i;
const LEADING_ARTICLE = /^(?:the|a|an|its|his|her|their)\s+/i;

function firstSpeechVerbIndex(s: string): number {
  return findSpeechVerbs(s, 1)[0]?.index ?? -1;
}

/**
 * Reads a noun phrase that describes a name: "the executive director of the Tenants Union",
 * "a coalition of 40 neighborhood groups". `phrase` starts at its article.
 */
export function parseDescriptivePhrase(phrase: string): Appositive | null {
  let body = phrase;
  const verb = firstSpeechVerbIndex(body);
  if (verb >= 0) body = body.slice(0, verb);
  const clause = CLAUSE_END.exec(body);
  if (clause) body = body.slice(0, clause.index);
  body = body.trim();
  if (!LEADING_ARTICLE.test(body)) return null;
  const split = ROLE_SPLIT.exec(body);
  const role = (split ? body.slice(0, split.index) : body).replace(LEADING_ARTICLE, '').trim();
  const rest = split ? body.slice(split.index + split[0].length).trim() : '';
  const roleWords = role.split(/\s+/);
  const head = (roleWords[roleWords.length - 1] ?? '').toLowerCase().replace(/[^\p{L}-]/gu, '');
  if (head in ORG_NOUN_FAMILIES) return { kind: 'organization', title: null, orgNoun: head, affiliation: null };
  if (!roleWords.some((w) => PERSON_ROLE_NOUNS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')))) return null;
  const affiliation = rest
    .split(/\s+/)
    .slice(0, 7)
    .join(' ')
    .replace(/[,.;:]+$/, '')
    .trim();
  return {
    kind: 'person',
    title: role || null,
    orgNoun: null,
    affiliation: /^(?:the\s+)?\p{Lu}/u.test(affiliation) ? affiliation.replace(/^the\s+/i, '') : null,
  };
}

const APPOSITIVE_AFTER = /^,\s+((?:the|a|an|its|his|her|their)\s[^,;:"“”\u0001()]{1,150})/i;
const AGE_AFTER = /^,\s+\d{1,3},/;

/** An appositive right after a name: `Rasmus Delacroix, the executive director of the Tenants Union said`. */
export function readAppositiveAfter(text: string, end: number): Appositive | null {
  const window = text.slice(end, end + 200);
  if (AGE_AFTER.test(window)) return { kind: 'person', title: null, orgNoun: null, affiliation: null };
  const match = APPOSITIVE_AFTER.exec(window);
  return match ? parseDescriptivePhrase(match[1]!) : null;
}
