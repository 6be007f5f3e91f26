/** Verbs that introduce reported speech, in the forms news writing uses. */
const BASES = [
  'say', 'tell', 'add', 'note', 'write', 'state', 'explain', 'argue', 'ask', 'urge', 'warn', 'insist',
  'maintain', 'claim', 'announce', 'declare', 'continue', 'reply', 'respond', 'answer', 'recall', 'acknowledge',
  'admit', 'complain', 'concede', 'contend', 'emphasize', 'emphasise', 'stress', 'observe', 'remark',
  'tweet', 'post', 'call', 'describe', 'defend', 'testify', 'predict', 'suggest', 'agree', 'joke', 'caution',
  'counter', 'vow', 'promise', 'pledge', 'demand', 'assert', 'affirm', 'allege', 'boast', 'confirm', 'deny',
  'lament', 'mention', 'point out', 'report', 'reiterate', 'shout', 'whisper', 'yell', 'scream', 'sigh',
  'quip', 'muse', 'tout', 'label', 'brand', 'dub', 'term', 'characterize', 'characterise', 'blast', 'slam',
  'criticize', 'criticise', 'praise', 'accuse', 'charge', 'conclude', 'elaborate', 'interject', 'object',
  'protest', 'reason', 'reckon', 'reply', 'retort', 'snap', 'speculate', 'acknowledge', 'advise', 'plead',
  'beg', 'implore', 'question', 'wonder', 'remind', 'inform', 'assure', 'recount', 'chime in', 'weigh in',
  'pronounce', 'proclaim', 'estimate', 'find', 'show', 'calculate', 'forecast', 'project', 'disclose', 'reveal',
  // "Mayor Dov Erlich put it this way:", "'Terrible,' she laughed."
  'put it', 'laugh',
];

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'],
  put: ['puts', 'putting'],
  tell: ['told', 'tells', 'telling'],
  write: ['wrote', 'writes', 'writing', 'written'],
  find: ['found', 'finds'],
  show: ['showed', 'shows', 'shown'],
  beg: ['begged', 'begs', 'begging'],
  snap: ['snapped', 'snaps'],
  forecast: ['forecast', 'forecasts'],
  quip: ['quipped', 'quips'],
  chime: ['chimed'],
};

function inflect(base: string): string[] {
  const [verb, ...rest] = base.split(' ');
  const tail = rest.length ? ' ' + rest.join(' ') : '';
  const irregular = IRREGULAR[verb!];
  if (irregular) return [base, ...irregular.map((f) => f + tail)];
  const v = verb!;
  const forms = new Set<string>([v]);
  if (v.endsWith('e')) {
    forms.add(v + 'd').add(v + 's').add(v.slice(0, -1) + 'ing');
  } else if (/[^aeiou]y$/.test(v)) {
    forms.add(v.slice(0, -1) + 'ied').add(v.slice(0, -1) + 'ies').add(v + 'ing');
  } else if (/(s|sh|ch|x|z)$/.test(v)) {
    forms.add(v + 'ed').add(v + 'es').add(v + 'ing');
  } else {
    forms.add(v + 'ed').add(v + 's').add(v + 'ing');
  }
  return [...forms].map((f) => f + tail);
}

export const SPEECH_VERB_FORMS: readonly string[] = [...new Set(BASES.flatMap(inflect))].sort(
  (a, b) => b.length - a.length,
);

const FORMS = new Set(SPEECH_VERB_FORMS);
const TAKES_PARTICLE = new Set(SPEECH_VERB_FORMS.filter((f) => f.includes(' ')).map((f) => f.split(' ')[0]!));
const PARTICLE_AFTER = /^\s+(out|in|it)(?![\p{L}])/u;

export interface VerbMatch {
  index: number;
  0: string;
}

const SINGLE_FORMS = SPEECH_VERB_FORMS.filter((f) => !f.includes(' '));
const SCAN_WORDS = new Set([...FORMS, ...TAKES_PARTICLE]);
const MIN_LENGTH = Math.min(...[...SCAN_WORDS].map((f) => f.length));
const MAX_LENGTH = Math.max(...SINGLE_FORMS.map((f) => f.length), ...[...TAKES_PARTICLE].map((f) => f.length));
/** First letters (lower-case char codes) any form starts with. */
const FIRST_LETTERS = new Set([...SCAN_WORDS].map((f) => f.charCodeAt(0)));
const NON_ASCII_WORD_CHAR = /[\p{L}\p{M}]/u;

/** Letters, marks, apostrophes and hyphens: the characters of a word (astral letters included). */
function isWordChar(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45 || c === 0x2019) return true;
  if (c <= 127) return false;
  if (c >= 0xdc00 && c <= 0xdfff && at > 0) return isWordChar(text, at - 1) && text.charCodeAt(at - 1) >= 0xd800 && text.charCodeAt(at - 1) <= 0xdbff;
  return NON_ASCII_WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at)!));
}

/**
 * Speech verbs in a text, in order: a hand-rolled word scan with a set lookup, far cheaper than one
 * big regex, and than a regex word scan (it runs over every attribution and paragraph).
 */
export function findSpeechVerbs(text: string, limit = Infinity): VerbMatch[] {
  const out: VerbMatch[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordChar(text, i)) i++;
    const start = i;
    while (i < n && isWordChar(text, i)) i++;
    const length = i - start;
    if (length < MIN_LENGTH || length > MAX_LENGTH) continue;
    let first = text.charCodeAt(start);
    if (first >= 65 && first <= 90) first += 32;
    if (!FIRST_LETTERS.has(first)) continue;
    const raw = text.slice(start, i);
    const word = raw.toLowerCase();
    if (FORMS.has(word)) out.push({ index: start, 0: raw });
    else if (TAKES_PARTICLE.has(word)) {
      const particle = PARTICLE_AFTER.exec(text.slice(i, i + 8));
      if (particle && FORMS.has(`${word} ${particle[1]!.toLowerCase()}`)) out.push({ index: start, 0: raw + particle[0] });
    }
    if (out.length >= limit) break;
  }
  return out;
}

/** True when `text` starts (after spaces) with a speech verb, optionally after "also"/"later"/"has". */
export function startsWithSpeechVerb(text: string): boolean {
  const m = /^\s+(?:(?:also|later|then|has|had)\s+)?([\p{L}]+)/u.exec(text);
  if (m === null) return false;
  const word = m[1]!.toLowerCase();
  if (FORMS.has(word)) return true;
  // Only a verb that takes a particle ("chimed in") can still start a form here.
  return TAKES_PARTICLE.has(word) && findSpeechVerbs(text.slice(0, 30), 1).some((v) => v.index === m[0].length - m[1]!.length);
}

/** Speech nouns that make a quotation speech rather than a scare quote: "his use of the word". */
export const SPEECH_NOUN_CUE =
  /\b(?:use of the (?:word|term|phrase|expression)|the (?:word|words|term|phrase|expression)|(?:his|her|their|its) (?:words|remarks|comments|description|statement|message|post|tweet|speech|claim|promise|slogan|phrase|characterization)|(?:called|dubbed|termed|described as|labeled|labelled|branded) (?:it|them|him|her|this|that))\b/i;
