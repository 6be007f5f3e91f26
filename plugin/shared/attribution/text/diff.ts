export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  /** Words; 'delete' = in the record but not the body, 'insert' = in the body but not the record. */
  text: string;
}

export interface Passage {
  start: number;
  end: number;
  text: string;
  /** Share of the record's words found in the passage, in [0, 1]. */
  similarity: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,%$-]*/gu;

interface Word {
  w: string;
  key: string;
  start: number;
  end: number;
}

export function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => {
    const w = m[0].replace(/[.,]+$/, '');
    return { w, key: w.toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + w.length };
  });
}

/** Word-level diff (LCS), for showing an editor what changed between a record and the body. */
export function diffWords(recorded: string, body: string): DiffPart[] {
  const a = wordsOf(recorded).slice(0, 400);
  const b = wordsOf(body).slice(0, 400);
  const n = a.length;
  const m = b.length;
  const lcs: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = a[i]!.key === b[j]!.key ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], w: string) => {
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += ' ' + w;
    else parts.push({ op, text: w });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i]!.key === b[j]!.key) {
      push('equal', b[j]!.w);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) push('delete', a[i++]!.w);
    else push('insert', b[j++]!.w);
  }
  while (i < n) push('delete', a[i++]!.w);
  while (j < m) push('insert', b[j++]!.w);
  return parts;
}

/**
 * The body passage most like `recorded`: a window as long as the record, slid word by word over the
 * body, scored by how many of the record's words it holds. Linear in the body's length.
 */
export function closestPassage(recorded: string, body: string): Passage | null {
  const want = wordsOf(recorded);
  const words = wordsOf(body);
  if (want.length === 0 || words.length === 0) return null;
  const need = new Map<string, number>();
  for (const w of want) need.set(w.key, (need.get(w.key) ?? 0) + 1);
  const have = new Map<string, number>();
  const size = Math.min(want.length, words.length);
  let score = 0;
  const add = (key: string, delta: number) => {
    const before = have.get(key) ?? 0;
    const after = before + delta;
    have.set(key, after);
    const cap = need.get(key) ?? 0;
    score += Math.min(after, cap) - Math.min(before, cap);
  };
  for (let k = 0; k < size; k++) add(words[k]!.key, 1);
  let best = { score, at: 0 };
  for (let k = size; k < words.length; k++) {
    add(words[k]!.key, 1);
    add(words[k - size]!.key, -1);
    if (score > best.score) best = { score, at: k - size + 1 };
  }
  const first = words[best.at]!;
  const last = words[best.at + size - 1]!;
  return { start: first.start, end: last.end, text: body.slice(first.start, last.end), similarity: best.score / want.length };
}
