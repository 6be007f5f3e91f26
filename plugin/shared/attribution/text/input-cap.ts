/**
 * The most characters of a text the engine reads: about 160,000 words, ten times the longest
 * feature a newsroom runs, and the size of the largest request body the server accepts. The
 * engine is linear in its input, so this bounds its time as well as its memory. Past the cap,
 * `extract` reads the text up to the last paragraph break before it and says where it stopped
 * (`Extraction.truncated`); `check` reports that as TEXT_TOO_LONG.
 */
export const MAX_CHECKED_CHARACTERS = 1_000_000;

/** Where reading stops for a text of this length: its end, or the last paragraph break before the cap. */
export function checkedLength(text: string, max = MAX_CHECKED_CHARACTERS): number {
  if (text.length <= max) return text.length;
  const paragraphBreak = text.lastIndexOf('\n\n', max);
  return paragraphBreak > max / 2 ? paragraphBreak : max;
}
