import type { Block } from './layout';
import { lastAtOrBefore, sentenceStarts } from './sentences';

export interface SentenceLocator {
  /** Offsets where sentences start in paragraph p (the first is the paragraph start). */
  starts(p: number): number[];
  /** [start, end) of the sentence of paragraph p holding pos. */
  around(p: number, pos: number): { start: number; end: number };
}

/** Splits paragraphs into sentences lazily, once each. */
export function createSentenceLocator(masked: string, paragraphs: readonly Block[]): SentenceLocator {
  const cache = new Map<number, number[]>();
  const starts = (p: number): number[] => {
    let cached = cache.get(p);
    if (!cached) {
      const block = paragraphs[p]!;
      cached = [block.start, ...sentenceStarts(masked, block.start, block.end)];
      cache.set(p, cached);
    }
    return cached;
  };
  return {
    starts,
    around(p, pos) {
      const list = starts(p);
      const i = Math.max(0, lastAtOrBefore(list, pos));
      return { start: list[i]!, end: i + 1 < list.length ? list[i + 1]! : paragraphs[p]!.end };
    },
  };
}
