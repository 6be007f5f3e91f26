const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gov', 'sen', 'rep', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr',
  'adm', 'maj', 'prof', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'inc', 'co', 'corp', 'ltd', 'llc', 'no',
  'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt',
  'ft', 'ave', 'blvd', 'rd', 'approx', 'est', 'dept', 'univ', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.n',
  'u.k', 'e.u', 'd.c', 'n.y', 'l.a', 'calif', 'mass', 'fla', 'ariz', 'wash', 'ore',
]);

const CLOSING = new Set(['"', '”', '’', "'", ')', ']', '»']);
const STARTS_SENTENCE = /[\p{Lu}\p{N}"“'‘([«]/u;
const WORD_BEFORE = /([\p{L}.]{1,12})$/u;

function isAbbreviation(text: string, dot: number): boolean {
  const match = WORD_BEFORE.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!match) return false;
  const word = match[1]!.toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // A lone initial: "John F. Kennedy".
  return word.length === 1 && /\p{Lu}/u.test(match[1]!);
}

/**
 * Offsets where a new sentence starts, within [from, to) of a masked text (quotes masked, so
 * punctuation inside them is not seen except just before a closing mark).
 */
export function sentenceStarts(masked: string, from: number, to: number): number[] {
  const starts: number[] = [];
  for (let i = from; i < to; i++) {
    const ch = masked[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    if (ch === '.' && isAbbreviation(masked, i)) continue;
    let j = i + 1;
    while (j < to && CLOSING.has(masked[j]!)) j++;
    const afterClosers = j;
    if (j < to && !/\s/.test(masked[j]!)) continue;
    while (j < to && /\s/.test(masked[j]!)) j++;
    if (j >= to || STARTS_SENTENCE.test(masked[j]!)) {
      starts.push(afterClosers);
      i = afterClosers - 1;
    }
  }
  return starts;
}

/** Index of the last value <= x in a sorted array, or -1. */
export function lastAtOrBefore(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
