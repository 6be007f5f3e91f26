import { findSpeechVerbs, SPEECH_NOUN_CUE, type VerbMatch } from '../lexicon/speech-verbs';
import { MASK } from '../text/mask';
import { CAP_SEQUENCE } from './names';
import { parseDescription, parseSubjectAtEnd, parseSubjectAtStart, type SpeakerRef } from './speaker-phrase';

/** An attribution found next to a quote. */
export interface Cue {
  ref: SpeakerRef;
  /** Absolute offset of the speaker phrase. */
  position: number;
  /** How much the cue's shape alone is worth, before resolving who it names. */
  strength: number;
  /** The text that says how the words were delivered: from the verb to the end of the clause. */
  deliveryWindow: string;
  hasVerb: boolean;
  /** Read from the sentence before the quotation, which only says what the person did. */
  fromAction?: boolean;
}

/** Verb forms that are as often nouns ("the author's post"): a failed parse may look further back. */
const AMBIGUOUS_VERBS = new Set([
  'post', 'posts', 'report', 'reports', 'call', 'calls', 'claim', 'claims', 'promise', 'promises', 'tweet',
  'tweets', 'question', 'charge', 'charges', 'estimate', 'estimates', 'protest', 'object', 'show', 'shows',
  'project', 'forecast', 'term', 'label', 'brand', 'state', 'note', 'notes', 'reply', 'counter', 'demand',
  'demands', 'pledge', 'vow', 'find', 'finds', 'answer', 'answers', 'reason', 'remark', 'remarks', 'comment', 'plea', 'snap',
  // Participles after a noun: "a message posted on its site".
  'posted', 'reported', 'called', 'described', 'termed', 'labeled', 'labelled', 'dubbed', 'written', 'stated',
]);
const RELATIVE_WHO = new RegExp(`(${CAP_SEQUENCE}),\\s+who$`, 'u');
const ACCORDING_TO = /\b(?:according\s+to|in\s+the\s+words\s+of)\s+([^,;:.!?"“”\u0001]{1,100})/iu;
const ACCORDING_TO_ALL = new RegExp(ACCORDING_TO.source, 'giu');
/** A cheap test for the nouns POSSESSIVE_CUE needs, before running it (it is anchored at the end). */
const POSSESSIVE_NOUN = /(?:word|description|phrase|term|remark|comment|claim|statement|message|post|tweet|speech|slogan|characterization|promise|pledge|vow|warning|assertion|response|answer|reply|advice|verdict|reaction)/i;
const POSSESSIVE_CUE = new RegExp(
  `(?:^|[^\\p{L}])(his|her|their|its|${CAP_SEQUENCE}['’]s?)\\s+(?:use\\s+of\\s+the\\s+(?:word|term|phrase|expression)|(?:own\\s+)?(?:words?|description|phrase|term|remarks?|comments?|claim|statement|message|post|tweet|speech|slogan|characterization|promise|pledge|vow|warning|assertion|response|answer|reply|advice|verdict|reaction))(?:\\s*,|\\s+of|\\s+that|\\s+as|\\s+(?:was|is)(?:\\s+(?:short|simple|blunt|brief|clear|direct))?\\s*:|\\s+was|\\s+is|\\s+about|\\s+calling\\s+\\S+|\\s*:)?\\s*(?:an?\\s+|the\\s+)?$`,
  'u',
);

const POSSESSIVE_PRONOUN: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };

/** `Minister Corinna Vasel declined to comment but told lawmakers that "…"`: the verb shares the sentence's subject. */
const COORDINATED_VERB = /\s(?:but|and)\s+(?:\p{Ll}+ly\s+)?$/u;
const SHARED_SUBJECT_STRENGTH = 0.85;

function sharedSubject(pre: string): { ref: SpeakerRef; start: number } | null {
  if (!COORDINATED_VERB.test(pre) || /[;:"“”\u0001]/.test(pre)) return null;
  const lead = /^\s*/.exec(pre)![0].length;
  const parsed = parseSubjectAtStart(pre.slice(lead));
  if (!parsed || (parsed.ref.type !== 'name' && parsed.ref.type !== 'pronoun')) return null;
  // The subject is followed by its own verb, not by a comma-separated list or a second name.
  const afterSubject = pre.slice(lead + parsed.start).replace(/^[\p{L}\p{M}'’.\- ]*?(?=\s\p{Ll})/u, '');
  return /^\s\p{Ll}+/u.test(afterSubject) ? { ref: parsed.ref, start: lead + parsed.start } : null;
}

function verbsIn(text: string): VerbMatch[] {
  return findSpeechVerbs(text);
}

function clauseAfter(text: string, from: number): string {
  const rest = text.slice(from, from + 200);
  const end = rest.search(/["“”\u0001]/);
  return end >= 0 ? rest.slice(0, end) : rest;
}

/** `"...," X said in a statement.` / `"...," said X.` / `"...," according to X.` */
export function cueAfter(after: string, absolute: number): Cue | null {
  const lead = /^[\s,—–-]*/.exec(after)![0].length;
  const s = after.slice(lead);
  const according = /^according\s+to\s+/i.exec(s);
  if (according) {
    const parsed = parseSubjectAtStart(s.slice(according[0].length));
    if (parsed) {
      return { ref: parsed.ref, position: absolute + lead + according[0].length + parsed.start, strength: 0.95, deliveryWindow: s, hasVerb: true };
    }
  }
  for (const verb of verbsIn(s.slice(0, 200))) {
    const pre = s.slice(0, verb.index);
    if (pre.includes(MASK) || /["“”]/.test(pre)) return null;
    const words = pre.trim() === '' ? 0 : pre.trim().split(/\s+/).length;
    if (words > 16) return null;
    const window = clauseAfter(s, verb.index);
    if (words === 0) {
      const parsed = parseSubjectAtStart(s.slice(verb.index + verb[0].length));
      if (!parsed) return null;
      return { ref: parsed.ref, position: absolute + lead + verb.index + verb[0].length + parsed.start, strength: 0.95, deliveryWindow: window, hasVerb: true };
    }
    const parsed = parseSubjectAtEnd(pre);
    // "the elder Casimir said": the rank word belongs to the name.
    if (parsed && /^[\s,]*(?:the\s+(?:elder|younger)\s+)?$/i.test(pre.slice(0, parsed.start))) {
      return { ref: parsed.ref, position: absolute + lead + parsed.start, strength: 0.95, deliveryWindow: window, hasVerb: true };
    }
    if (!AMBIGUOUS_VERBS.has(verb[0].toLowerCase())) return null;
  }
  return null;
}

/** `X said, "..."`, `X said the cuts "are a mistake..."`, `with a spokesperson defending the term as an "..."`. */
export function cueBefore(before: string, absolute: number): Cue | null {
  const tail = before.slice(-200);
  const possessive = POSSESSIVE_NOUN.test(tail) ? POSSESSIVE_CUE.exec(tail) : null;
  if (possessive) {
    const owner = possessive[1]!;
    const base = absolute + before.length - Math.min(200, before.length);
    const ref: SpeakerRef = /^(his|her|their|its)$/i.test(owner)
      ? { type: 'pronoun', pronoun: POSSESSIVE_PRONOUN[owner.toLowerCase()]! }
      : { type: 'name', name: owner.replace(/['’]s?$/, ''), title: null, affiliation: null, appositive: null };
    return { ref, position: base + possessive.index, strength: 0.8, deliveryWindow: '', hasVerb: false };
  }
  const according = before.includes('ccording') || before.includes(' words of') ? [...before.matchAll(ACCORDING_TO_ALL)].pop() : undefined;
  const verbs = verbsIn(before);
  for (let i = verbs.length - 1, tries = 0; i >= 0 && tries < 3; i--, tries++) {
    const verb = verbs[i]!;
    if (according && according.index > verb.index) break;
    const pre = before.slice(0, verb.index);
    const distance = before.length - (verb.index + verb[0].length);
    const strength = distance <= 60 ? 0.95 : 0.85;
    const window = before.slice(verb.index);
    const who = RELATIVE_WHO.exec(pre.trimEnd());
    const parsed = who ? { ref: parseSubjectAtEnd(who[1]!)?.ref ?? null, start: who.index } : parseSubjectAtEnd(pre);
    if (parsed?.ref) return { ref: parsed.ref, position: absolute + parsed.start, strength, deliveryWindow: window, hasVerb: true };
    const shared = sharedSubject(pre);
    if (shared) return { ref: shared.ref, position: absolute + shared.start, strength: SHARED_SUBJECT_STRENGTH, deliveryWindow: window, hasVerb: true };
    if (!AMBIGUOUS_VERBS.has(verb[0].toLowerCase())) break;
  }
  if (according) {
    const phrase = according[1]!.trim();
    const parsed = parseSubjectAtStart(phrase) ?? (parseDescription(phrase) ? { ref: parseDescription(phrase)!, start: 0 } : null);
    if (parsed) {
      return { ref: parsed.ref, position: absolute + according.index, strength: 0.9, deliveryWindow: according[0], hasVerb: true };
    }
  }
  return null;
}

/** True when the sentence around a short quote talks about words: a sign it is speech, not a scare quote. */
export function mentionsSpeech(sentence: string): boolean {
  return SPEECH_NOUN_CUE.test(sentence);
}

/** `"…" That was how Mayor Park put it.` / `"…" Those were the words of Rudy Szabo.` */
const HOW_X_PUT_IT = /^\s*(?:That|This|Those|These|Such)\s+(?:is|was|were|are)\s+how\s+([^.;:!?"“”\u0001]{1,120}?)\s+(?:put|puts|summed|sums|described|describes|explained|explains|phrased|phrases|framed|frames|characterized|characterizes|saw|sees|said|says)\b/u;
const WORDS_OF_X = /^\s*(?:That|This|Those|These)\s+(?:is|was|were|are)\s+(?:the\s+)?(?:words?|verdict|view|assessment|message|warning|advice|reaction|response|take|answer)\s+(?:of|from)\s+/u;
const FOLLOWING_STRENGTH = 0.85;

/** An attribution in the sentence after a quotation that ends a sentence of its own. */
export function cueFollowing(after: string, absolute: number): Cue | null {
  const how = HOW_X_PUT_IT.exec(after);
  if (how) {
    const subject = how[1]!;
    const parsed = parseSubjectAtEnd(subject);
    if (!parsed || subject.slice(0, parsed.start).trim() !== '') return null;
    const position = absolute + how.index + how[0].indexOf(subject) + parsed.start;
    return { ref: parsed.ref, position, strength: FOLLOWING_STRENGTH, deliveryWindow: '', hasVerb: true };
  }
  const words = WORDS_OF_X.exec(after);
  if (!words) return reportingSentenceAfter(after, absolute);
  const parsed = parseSubjectAtStart(after.slice(words[0].length));
  if (!parsed || parsed.ref.type === 'pronoun') return null;
  return { ref: parsed.ref, position: absolute + words[0].length + parsed.start, strength: FOLLOWING_STRENGTH, deliveryWindow: '', hasVerb: true };
}

/** A quotation the next sentence reports on is that sentence's speaker's: below a stated attribution. */
const REPORTING_AFTER_STRENGTH = 0.65;
const FIRST_SENTENCE = /^\s*([^.!?"“”\u0001]{3,200}[.!?])(?=\s|$)/u;

/**
 * `"They are not ideal houseguests." Birgit Ostrowski shook her head and laughed.` /
 * `"We lost everything." Quaid said the flood had taken the barn too.`: the sentence right after a
 * quotation, in the same paragraph, whose speech verb has its subject at the start.
 */
function reportingSentenceAfter(after: string, absolute: number): Cue | null {
  const sentence = FIRST_SENTENCE.exec(after);
  if (!sentence) return null;
  const lead = after.indexOf(sentence[1]!);
  const text = sentence[1]!;
  const verb = findSpeechVerbs(text, 1)[0];
  if (!verb) return null;
  const pre = text.slice(0, verb.index);
  // "Birgit Ostrowski shook her head and laughed": the verbs share the sentence's subject.
  const parsed = parseSubjectAtEnd(pre) ?? sharedSubject(pre);
  if (!parsed || pre.slice(0, parsed.start).trim() !== '' || parsed.ref.type === 'description') return null;
  return { ref: parsed.ref, position: absolute + lead + parsed.start, strength: REPORTING_AFTER_STRENGTH, deliveryWindow: '', hasVerb: true };
}

/** `Ostrowski laughed when asked about her. "She barks at everything."`: who the sentence before is about. */
const ACTION_STRENGTH = 0.7;
const ACTION_SUBJECT = new RegExp(`^(?:(He|She)|(${CAP_SEQUENCE}))\\s+(?:(?:still|then|just|only|finally|again|also)\\s+)?\\p{Ll}+`, 'u');

/** `Quaid pointed at the sign. "PRAY FOR SNOW."`: the quotation is something written, not said. */
const WRITTEN_THING = /\b(?:sign|signs|card|note|notes|letter|banner|poster|placard|label|inscription|plaque|headline|sticker|shirt|board|screen|menu|page|notebook|message|text|wrote|writes|read|reads|pointed|points)\b/i;

export function cueActionBefore(sentence: string, absolute: number): Cue | null {
  if (/["“”\u0001]/.test(sentence) || sentence.length > 200 || WRITTEN_THING.test(sentence)) return null;
  const lead = /^\s*/.exec(sentence)![0].length;
  const m = ACTION_SUBJECT.exec(sentence.slice(lead));
  if (!m) return null;
  if (m[1]) return { ref: { type: 'pronoun', pronoun: m[1].toLowerCase() }, position: absolute + lead, strength: ACTION_STRENGTH, deliveryWindow: '', hasVerb: false, fromAction: true };
  const parsed = parseSubjectAtStart(m[2]!);
  if (!parsed || parsed.ref.type !== 'name' || parsed.ref.name.split(' ').length !== m[2]!.split(' ').length) return null;
  return { ref: parsed.ref, position: absolute + lead, strength: ACTION_STRENGTH, deliveryWindow: '', hasVerb: false, fromAction: true };
}
