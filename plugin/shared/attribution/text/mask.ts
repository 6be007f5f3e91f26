import type { QuoteSpan } from './quote-marks';

/** Stands for a quoted character, so patterns looking for speakers never read inside quotes. */
export const MASK = '\u0001';

const TERMINAL = /[.!?,…]/;

/**
 * The text with every quotation replaced by MASK characters of the same length: offsets are
 * preserved. The marks stay, and so does the punctuation just before the closing mark, which is
 * what tells whether the quote ends a sentence (`."`) or hands over to an attribution (`,"`).
 */
export function maskQuotes(text: string, spans: readonly QuoteSpan[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let cursor = 0;
  for (const span of spans) {
    parts.push(text.slice(cursor, span.open + 1));
    const innerEnd = TERMINAL.test(text[span.close - 1] ?? '') ? span.close - 1 : span.close;
    parts.push(MASK.repeat(Math.max(0, innerEnd - span.open - 1)));
    parts.push(text.slice(innerEnd, span.close + 1));
    cursor = span.close + 1;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}
