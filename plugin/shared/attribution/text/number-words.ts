/**
 * Numbers written in words, as news writes them: cardinals ("twelve", "twenty-five", "three
 * hundred", "two million", "a dozen"), fractions ("two-thirds", "a quarter", "half") and vague
 * amounts ("dozens", "tens of thousands"). Reads words only; what counts as a figure in a
 * sentence is decided by the statistics extractor.
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};
/** The least each plural amount means: "dozens" is at least two dozen. */
const VAGUE: Record<string, number> = { dozens: 24, scores: 40, hundreds: 200, thousands: 2e3, millions: 2e6, billions: 2e9 };
/** "tens of thousands", "hundreds of millions". */
const VAGUE_MULTIPLIERS: Record<string, number> = { tens: 20, hundreds: 200 };
const VAGUE_SCALES: Record<string, number> = { thousands: 1e3, millions: 1e6, billions: 1e9 };

export type NumberWordsKind = 'cardinal' | 'fraction' | 'vague';

export interface NumberWords {
  kind: NumberWordsKind;
  value: number;
  /** Tokens read, from the first: the phrase is tokens[first .. first + length). */
  length: number;
  /** A fraction or a vague amount is followed by "of", which belongs to what it counts. */
  followedByOf: boolean;
  /** The largest scale word read ("three million": 1e6), 1 without one. */
  scale: number;
}

/** Whether a word can open a number in words: a quick test before reading a phrase. */
export const opensNumberWords = (word: string): boolean => {
  const lower = word.toLowerCase();
  const first = lower.split('-')[0]!;
  return lower === 'a' || lower === 'an' || first in UNITS || first in TENS || lower in DENOMINATORS || lower in VAGUE || lower === 'tens';
};

/** A paragraph that holds none of these words holds no number in words. */
export const NUMBER_WORDS_HINT =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillion|dozens?|scores|half|thirds?|quarters?|fifths?|tenths?)\b/i;

/** "twenty-five" -> 25, "seven" -> 7; null for anything else, "twenty-first" and "five-year-old" included. */
function smallNumber(word: string): number | null {
  if (word in UNITS) return UNITS[word]!;
  if (word in TENS) return TENS[word]!;
  const parts = word.split('-');
  if (parts.length === 2 && parts[0]! in TENS && parts[1]! in UNITS && UNITS[parts[1]!]! > 0 && UNITS[parts[1]!]! < 10) {
    return TENS[parts[0]!]! + UNITS[parts[1]!]!;
  }
  return null;
}

/** Below a thousand: "three hundred and twelve", "twenty five", "a hundred". Returns [value, tokens read]. */
function belowThousand(words: readonly string[], at: number): [number, number] | null {
  const word = words[at];
  if (word === undefined) return null;
  let value: number;
  let read = 1;
  if ((word === 'a' || word === 'one') && words[at + 1] === 'hundred') {
    value = 100;
    read = 2;
  } else {
    const small = smallNumber(word);
    if (small === null) return null;
    value = small;
    // "twenty five" written apart.
    if (word in TENS && words[at + 1] && words[at + 1]! in UNITS && UNITS[words[at + 1]!]! < 10 && UNITS[words[at + 1]!]! > 0) {
      value += UNITS[words[at + 1]!]!;
      read = 2;
    }
    if (value < 10 && words[at + read] === 'hundred') {
      value *= 100;
      read += 1;
    }
  }
  if (value % 100 === 0 && value >= 100) {
    const joined = words[at + read] === 'and' ? 1 : 0;
    const rest = smallNumber(words[at + read + joined] ?? '');
    if (rest !== null && rest > 0) {
      value += rest;
      read += joined + 1;
    }
  }
  return [value, read];
}

function cardinal(words: readonly string[], at: number): NumberWords | null {
  const word = words[at]!;
  // "a dozen", "two dozen", "half a million".
  if (word === 'half' && (words[at + 1] === 'a' || words[at + 1] === 'an') && words[at + 2]! in SCALES) {
    const scale = SCALES[words[at + 2]!]!;
    return { kind: 'cardinal', value: scale / 2, length: 3, followedByOf: false, scale };
  }
  if ((word === 'a' || word === 'an') && words[at + 1]! in SCALES) {
    const scale = SCALES[words[at + 1]!]!;
    return { kind: 'cardinal', value: scale, length: 2, followedByOf: false, scale };
  }
  let total = 0;
  let read = 0;
  let scale = 1;
  let lastScale = Infinity;
  while (at + read < words.length) {
    if (words[at + read] === 'a' && words[at + read + 1] === 'dozen' && read === 0) {
      return { kind: 'cardinal', value: 12, length: 2, followedByOf: false, scale: 1 };
    }
    const group = belowThousand(words, at + read);
    if (!group) break;
    let [value, groupRead] = group;
    if (words[at + read + groupRead] === 'dozen') {
      value *= 12;
      groupRead += 1;
    }
    const scaleWord = words[at + read + groupRead];
    const groupScale = scaleWord !== undefined && scaleWord in SCALES ? SCALES[scaleWord]! : 1;
    if (groupScale >= lastScale) break;
    total += value * groupScale;
    read += groupRead + (groupScale > 1 ? 1 : 0);
    scale = Math.max(scale, groupScale);
    lastScale = groupScale;
    if (groupScale === 1) break;
  }
  if (read === 0) return null;
  return { kind: 'cardinal', value: total, length: read, followedByOf: false, scale };
}

function fraction(words: readonly string[], at: number): NumberWords | null {
  const word = words[at]!;
  const hyphened = word.split('-');
  let numerator: number | null = null;
  let denominator: string | undefined;
  let read = 1;
  if (hyphened.length === 2 && hyphened[1]! in DENOMINATORS) {
    numerator = hyphened[0] === 'a' ? 1 : UNITS[hyphened[0]!] ?? null;
    denominator = hyphened[1];
  } else if (word in DENOMINATORS && (word === 'half' || word === 'halves')) {
    numerator = 1;
    denominator = word;
  } else if ((word === 'a' || word in UNITS) && words[at + 1]! in DENOMINATORS) {
    numerator = word === 'a' ? 1 : UNITS[word]!;
    denominator = words[at + 1];
    read = 2;
  }
  if (!numerator || !denominator) return null;
  const plural = denominator.endsWith('s');
  // "two thirds", "one third", "a half": the number agrees with the denominator.
  if ((numerator === 1) === plural && denominator !== 'half') return null;
  const followedByOf = words[at + read] === 'of';
  // "a third", "one quarter" and "half" name a share only before what it is a share of.
  if (numerator === 1 && !followedByOf && !(denominator === 'half' && words[at + read] === 'the')) return null;
  return { kind: 'fraction', value: numerator / DENOMINATORS[denominator]!, length: read, followedByOf, scale: 1 };
}

function vague(words: readonly string[], at: number): NumberWords | null {
  const word = words[at]!;
  if (word in VAGUE_MULTIPLIERS && words[at + 1] === 'of' && words[at + 2]! in VAGUE_SCALES && words[at + 3] === 'of') {
    const scale = VAGUE_SCALES[words[at + 2]!]!;
    return { kind: 'vague', value: VAGUE_MULTIPLIERS[word]! * scale, length: 3, followedByOf: true, scale };
  }
  if (word in VAGUE && words[at + 1] === 'of') return { kind: 'vague', value: VAGUE[word]!, length: 1, followedByOf: true, scale: 1 };
  return null;
}

/**
 * The number in words that opens at `words[at]` (lower-cased words, hyphenated ones kept whole),
 * or null. Tried in this order: a vague amount, a fraction, a cardinal.
 */
export function readNumberWords(words: readonly string[], at: number): NumberWords | null {
  if (at >= words.length) return null;
  return vague(words, at) ?? fraction(words, at) ?? cardinal(words, at);
}

/** The first cardinal in words in a short text ("nearly two million" -> 2,000,000 with scale 1e6). */
export function cardinalInWords(text: string): { value: number; scale: number } | null {
  const words = text.toLowerCase().match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    if (!opensNumberWords(words[i]!)) continue;
    const read = readNumberWords(words, i);
    if (read) return read.kind === 'cardinal' ? { value: read.value, scale: read.scale } : null;
  }
  return null;
}
