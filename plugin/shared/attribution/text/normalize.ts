/** A normalised copy of a text, with the offset in the original of each normalised character. */
export interface NormalizedText {
  text: string;
  /** map[i] = offset in the original of normalised char i; map[text.length] = original length. */
  map: number[];
}

const SINGLE_QUOTES = new Set([..."'‘’‛′`´"]);
const DOUBLE_QUOTES = new Set([...'"“”„‟″«»＂']);
const DASHES = new Set([...'‐‑‒–—―−']);
const SPACE = /\s/;

export interface NormalizeOptions {
  /** Drop double quotation marks (a quote over paragraphs carries one at each paragraph start). */
  dropDoubleQuotes?: boolean;
}

/**
 * Typography-insensitive form: curly quotes and apostrophes straightened, dashes unified, "…"
 * spelled out, whitespace runs collapsed to one space. Used to decide whether words are "the same".
 */
export function normalizeWithMap(input: string, options: NormalizeOptions = {}): NormalizedText {
  const out: string[] = [];
  const map: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < input.length; i++) {
    let ch = input[i]!;
    const code = ch.charCodeAt(0);
    if (code === 32 || code === 10 || code === 9 || code === 13 || (code > 127 && SPACE.test(ch))) {
      if (pendingSpace < 0 && out.length > 0) pendingSpace = i;
      continue;
    }
    if (code === 34 || (code > 127 && DOUBLE_QUOTES.has(ch))) {
      if (options.dropDoubleQuotes) continue;
      ch = '"';
    } else if (code === 39 || (code > 127 && SINGLE_QUOTES.has(ch))) ch = "'";
    else if (code > 127 && DASHES.has(ch)) ch = '-';
    if (pendingSpace >= 0) {
      out.push(' ');
      map.push(pendingSpace);
      pendingSpace = -1;
    }
    if (ch === '…') {
      out.push('.', '.', '.');
      map.push(i, i, i);
      continue;
    }
    out.push(ch);
    map.push(i);
  }
  map.push(input.length);
  return { text: out.join(''), map };
}

export function normalizeText(input: string, options: NormalizeOptions = {}): string {
  return normalizeWithMap(input, options).text;
}

/** Original [start, end) of normalised [from, to). */
export function originalSpan(n: NormalizedText, from: number, to: number): { start: number; end: number } {
  const start = n.map[from] ?? 0;
  const last = to > from ? n.map[to - 1]! + 1 : start;
  return { start, end: last };
}
