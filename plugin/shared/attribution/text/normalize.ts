/** A normalised copy of a text, with the offset in the original of each normalised character. */
export interface NormalizedText {
  text: string;
  /** map[i] = offset in the original of normalised char i; map[text.length] = original length. */
  map: ArrayLike<number>;
}

const SINGLE_QUOTES = new Set([..."'‘’‛′`´"]);
const DOUBLE_QUOTES = new Set([...'"“”„‟″«»＂']);
const DASHES = new Set([...'‐‑‒–—―−']);
const SPACE = /\s/;
const CHUNK = 8192;

export interface NormalizeOptions {
  /** Drop double quotation marks (a quote over paragraphs carries one at each paragraph start). */
  dropDoubleQuotes?: boolean;
}

/** What a character becomes: -1 for a space, -2 to drop it, otherwise its replacement's code. */
function classify(code: number, ch: string, dropDoubleQuotes: boolean): number {
  if (code === 32 || code === 10 || code === 9 || code === 13) return -1;
  if (code === 34) return dropDoubleQuotes ? -2 : 34;
  if (code === 39) return 39;
  if (code <= 127) return code;
  if (SPACE.test(ch)) return -1;
  if (DOUBLE_QUOTES.has(ch)) return dropDoubleQuotes ? -2 : 34;
  if (SINGLE_QUOTES.has(ch)) return 39;
  if (DASHES.has(ch)) return 45;
  return code;
}

/**
 * Typography-insensitive form: curly quotes and apostrophes straightened, dashes unified, "…"
 * spelled out, whitespace runs collapsed to one space. Used to decide whether words are "the same".
 * Works on typed arrays: it runs over whole story bodies on every check.
 */
export function normalizeWithMap(input: string, options: NormalizeOptions = {}): NormalizedText {
  const drop = options.dropDoubleQuotes === true;
  // "…" becomes three characters: size the buffers for exactly that growth.
  let ellipses = 0;
  for (let at = input.indexOf('…'); at >= 0; at = input.indexOf('…', at + 1)) ellipses++;
  const codes = new Uint16Array(input.length + 2 * ellipses);
  const map = new Int32Array(input.length + 2 * ellipses + 1);
  let n = 0;
  let pendingSpace = -1;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    const kind = classify(code, code > 127 ? input[i]! : '', drop);
    if (kind === -1) {
      if (pendingSpace < 0 && n > 0) pendingSpace = i;
      continue;
    }
    if (kind === -2) continue;
    if (pendingSpace >= 0) {
      codes[n] = 32;
      map[n++] = pendingSpace;
      pendingSpace = -1;
    }
    if (kind === 0x2026) {
      for (let k = 0; k < 3; k++) {
        codes[n] = 46;
        map[n++] = i;
      }
      continue;
    }
    codes[n] = kind;
    map[n++] = i;
  }
  map[n] = input.length;
  const parts: string[] = [];
  for (let at = 0; at < n; at += CHUNK) parts.push(String.fromCharCode.apply(null, codes.subarray(at, Math.min(n, at + CHUNK)) as unknown as number[]));
  return { text: parts.join(''), map: map.subarray(0, n + 1) };
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
