export interface SentenceContext {
  before: string;
  highlighted: string;
  after: string;
  /** The context was cut at either end. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

const MAX_CONTEXT = 160;
const SENTENCE_END = /[.!?]["”’)]*\s+(?=["“‘(]?[\p{Lu}\d])/gu;

/**
 * The sentence (or sentences) around text[start, end), with that span singled out, so that a
 * quote can be shown where it stands. Paragraphs (blank lines) always bound the context.
 */
export const sentenceContext = (text: string, start: number, end: number): SentenceContext | null => {
  if (!(start >= 0 && end > start && end <= text.length)) return null;
  const paragraphStart = text.lastIndexOf('\n\n', start);
  const paragraphEnd = text.indexOf('\n\n', end);
  const from0 = paragraphStart < 0 ? 0 : paragraphStart + 2;
  const to0 = paragraphEnd < 0 ? text.length : paragraphEnd;

  let from = from0;
  for (const match of text.slice(from0, start).matchAll(SENTENCE_END)) from = from0 + match.index! + match[0].length;
  let to = to0;
  const afterMatch = SENTENCE_END.exec(text.slice(end, to0));
  SENTENCE_END.lastIndex = 0;
  if (afterMatch) to = end + afterMatch.index + afterMatch[0].trimEnd().length;

  const clippedStart = start - from > MAX_CONTEXT;
  const clippedEnd = to - end > MAX_CONTEXT;
  if (clippedStart) from = start - MAX_CONTEXT;
  if (clippedEnd) to = end + MAX_CONTEXT;
  return {
    before: text.slice(from, start),
    highlighted: text.slice(start, end),
    after: text.slice(end, to),
    clippedStart,
    clippedEnd,
  };
};
