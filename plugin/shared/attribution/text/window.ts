/**
 * How far from a quotation or a figure the engine reads for its attribution, in characters. A
 * news attribution sits within a clause of what it attributes; reading whole sentences instead
 * made run-on input (a 100k-character "sentence" with a quote every few words) quadratic.
 */
export const CUE_WINDOW = 400;

const SPACE = /\s/;

/** Start of the last `max` characters of [from, to), moved forward to a word start. */
export function windowStart(text: string, from: number, to: number, max = CUE_WINDOW): number {
  if (to - from <= max) return from;
  let i = to - max;
  while (i < to && !SPACE.test(text[i - 1]!)) i++;
  return i;
}

/** End of the first `max` characters of [from, to), moved back to a word end. */
export function windowEnd(text: string, from: number, to: number, max = CUE_WINDOW): number {
  if (to - from <= max) return to;
  let i = from + max;
  while (i > from && !SPACE.test(text[i]!)) i--;
  return i;
}
