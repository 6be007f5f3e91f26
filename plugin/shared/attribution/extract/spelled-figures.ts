import { NUMBER_WORDS_HINT, opensNumberWords, readNumberWords, type NumberWords, type NumberWordsKind } from '../text/number-words';

/** A figure written in words, in paragraph offsets. */
export interface SpelledFigure {
  kind: NumberWordsKind;
  value: number;
  start: number;
  end: number;
  /** Where what it counts begins: past "of" for "two-thirds of voters", "dozens of people". */
  measuresFrom: number;
}

const WORD = /[\p{L}]+(?:[-‐][\p{L}]+)*/gu;
/** "the two men", "their three children", "all four": a count of people already met, not a figure. */
const DETERMINERS = new Set([
  'the', 'these', 'those', 'both', 'all', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'every', 'each',
  'other', 'another', 'first', 'last', 'next', 'aged', 'age', 'ages', 'number', 'no',
]);
/** What may stand before "half": "the second half", "in half" are not shares. */
const NOT_BEFORE_HALF = new Set(['first', 'second', 'third', 'fourth', 'last', 'other', 'the', 'in', 'and', 'a', 'one']);
const SENTENCE_END = /[.!?"“”:;(]\s*$/;

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** "Three Mile Island", "the Big Ten": a number word in a capitalized name, not opening a sentence. */
function inName(paragraph: string, words: readonly Word[], first: number, last: number): boolean {
  const opensSentence = first === 0 || SENTENCE_END.test(paragraph.slice(words[first - 1]!.end, words[first]!.start));
  if (/^\p{Lu}/u.test(words[first]!.text) && !opensSentence) return true;
  const after = words[last + 1];
  return Boolean(after && /^\p{Lu}/u.test(after.text) && !/^\s*[,.;:!?]/.test(paragraph.slice(words[last]!.end, after.start)));
}

function acceptable(paragraph: string, words: readonly Word[], at: number, read: NumberWords): boolean {
  const before = words[at - 1]?.lower;
  const joinedToBefore = at > 0 && !/[,.;:!?"“”()]/.test(paragraph.slice(words[at - 1]!.end, words[at]!.start));
  if (read.kind === 'cardinal') {
    // "one", "a": a pronoun or an article far more often than a count.
    if (read.value < 2 && read.scale === 1) return false;
    if (joinedToBefore && before && DETERMINERS.has(before)) return false;
  }
  if (read.kind === 'fraction' && words[at]!.lower === 'half' && joinedToBefore && before && NOT_BEFORE_HALF.has(before)) return false;
  return !inName(paragraph, words, at, at + read.length - 1);
}

/**
 * Figures written in words in one paragraph: cardinals of two or more ("twelve inspectors",
 * "three million"), fractions ("two-thirds of voters", "half the residents") and vague amounts
 * ("dozens of people"). Skips counts of people already named ("the two men"), names ("Big Ten")
 * and words joined to others ("five-year-old", "twenty-first"). Durations and ages are left to
 * the caller, which reads the word after a figure for every figure alike.
 */
export function findSpelledFigures(paragraph: string): SpelledFigure[] {
  if (!NUMBER_WORDS_HINT.test(paragraph)) return [];
  const words: Word[] = [];
  for (const m of paragraph.matchAll(WORD)) {
    const text = m[0].replace(/‐/g, '-');
    words.push({ text, lower: text.toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  const lowers = words.map((w) => w.lower);
  const found: SpelledFigure[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!opensNumberWords(lowers[i]!)) continue;
    const read = readNumberWords(lowers, i);
    if (!read) continue;
    const last = i + read.length - 1;
    // Joined by spaces only: "two, million" or "three. Hundred" are not one number.
    const apart = words.slice(i, last).some((w, k) => !/^\s+$/.test(paragraph.slice(w.end, words[i + k + 1]!.start)));
    if (!apart && acceptable(paragraph, words, i, read)) {
      // "two-thirds of voters", "two of the victims": what is counted comes after "of".
      const of = read.followedByOf || words[last + 1]?.lower === 'of' ? words[last + 1] : undefined;
      found.push({ kind: read.kind, value: read.value, start: words[i]!.start, end: words[last]!.end, measuresFrom: of ? of.end : words[last]!.end });
    }
    i = last;
  }
  return found;
}
