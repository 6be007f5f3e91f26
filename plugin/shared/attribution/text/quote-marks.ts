import type { Block } from './layout';

/** A span between a pair of double quotation marks, possibly over several paragraphs. */
export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark. */
  close: number;
  /** Span of the quoted words: trimmed, without a trailing comma. */
  start: number;
  end: number;
  firstParagraph: number;
  lastParagraph: number;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
const STRAIGHT = new Set(['"', '＂']);

export function isDoubleQuoteMark(ch: string | undefined): boolean {
  return ch !== undefined && (OPENERS.has(ch) || CLOSERS.has(ch) || STRAIGHT.has(ch));
}

const SPACE = /\s/;
const MARK = /["＂“”„«»]/g;
const BEFORE_OPENER = /[\s([{—–\-/,:;]/;

function looksLikeOpener(text: string, i: number, blockStart: number): boolean {
  const next = text[i + 1];
  if (next === undefined || SPACE.test(next)) return false;
  return i === blockStart || BEFORE_OPENER.test(text[i - 1]!);
}

function trimmedSpan(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  let end = to;
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  if (end > start && text[end - 1] === ',') end--;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return { start, end };
}

/**
 * Pairs double quotation marks paragraph by paragraph. A quote left open at the end of a paragraph
 * continues only when the next paragraph starts with an opening mark (the news convention for a
 * quote over several paragraphs); otherwise the unbalanced mark is dropped.
 */
export function findQuoteSpans(text: string, paragraphs: readonly Block[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let openChar = '';
  let firstParagraph = -1;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    let i = para.start;
    if (open >= 0) {
      const first = text[i];
      if (first !== undefined && (OPENERS.has(first) || STRAIGHT.has(first))) i++;
      else open = -1;
    }
    for (; i < para.end; i++) {
      MARK.lastIndex = i;
      const next = MARK.exec(text);
      if (!next || next.index >= para.end) break;
      i = next.index;
      const ch = text[i]!;
      let closes: boolean;
      if (open < 0) {
        const opens = OPENERS.has(ch) || looksLikeOpener(text, i, para.start);
        if (opens) {
          open = i;
          openChar = ch;
          firstParagraph = p;
        }
        continue;
      }
      if (CLOSERS.has(ch)) closes = true;
      else if (ch === '“') closes = openChar === '„';
      else if (OPENERS.has(ch)) closes = false;
      // A straight mark inside an open quote closes it, whatever its surroundings ("foo"bar).
      else closes = true;
      if (!closes) {
        // A second opening mark inside an open quote: the first one was stray.
        open = i;
        openChar = ch;
        firstParagraph = p;
        continue;
      }
      const { start, end } = trimmedSpan(text, open + 1, i);
      if (end > start) spans.push({ open, close: i, start, end, firstParagraph, lastParagraph: p });
      open = -1;
    }
  }
  return spans;
}

const SINGLE_OPEN = /['‘]/;
const WORDISH = /[\p{L}\p{N}]/u;

/** Quotes in a headline, where single marks are the rule: 'We Will Not Move,' */
export function findHeadlineQuoteSpans(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let open = -1;
  let single = false;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    const prev = i > from ? text[i - 1]! : ' ';
    const next = i + 1 < to ? text[i + 1]! : ' ';
    const isDouble = isDoubleQuoteMark(ch);
    const isSingle = SINGLE_OPEN.test(ch) || ch === '’';
    if (!isDouble && !isSingle) continue;
    if (open < 0) {
      if ((SPACE.test(prev) || prev === '(' || i === from) && WORDISH.test(next) && ch !== '’' && ch !== '”') {
        open = i;
        single = isSingle;
      }
      continue;
    }
    if (single !== isSingle) continue;
    // An apostrophe inside a word ("Smith's") never closes a quote.
    if (WORDISH.test(prev) && WORDISH.test(next)) continue;
    if (SPACE.test(next) || !WORDISH.test(next) || i + 1 >= to) {
      const { start, end } = trimmedSpan(text, open + 1, i);
      if (end > start) spans.push({ start, end });
      open = -1;
    }
  }
  return spans;
}
