import type { StatisticQualifier } from '../../contracts/story';
import { NOT_NAME_WORDS } from '../lexicon/roles';
import type { Block } from '../text/layout';
import type { SentenceLocator } from '../text/sentence-locator';
import { windowEnd, windowStart } from '../text/window';
import type { ExtractedQuote, ExtractedStatistic } from '../types';
import { cueAfter, cueBefore } from './cues';
import type { EntityIndex } from './entities';
import { resolveSpeaker } from './resolve';
import { findSpelledFigures } from './spelled-figures';

const NUMBER =
  /(?<![\p{L}\p{N}#@.,:/\\_-])([$€£]\s?)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?(million|billion|trillion|thousand|bn|m|k)(?![\p{L}]))?(\s?%|\s(?:percent|per\s?cent|percentage\s+points?)(?![\p{L}]))?(?![\p{L}\p{N}]|[.,:]\d)/gu;
const RATIO = /\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:in|out\s+of)\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,4})\b/giu;
const RATIO_HINT = /(?:one|two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?:in|out)\s/i;
const SPELLED: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };
const CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
const MONTHS = /^(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)$/i;
const TIME_UNITS = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|nights?|a\.m\.?|p\.m\.?|am|pm|o'clock|years?-old|-year-old)$/i;
const QUALIFIER_BEFORE =
  /(more than|over|at least|upwards of|in excess of|greater than|nearly|almost|up to|less than|fewer than|under|below|just under|close to|about|around|approximately|roughly|some|an estimated)\s+(?:an?\s+)?$/i;
const LEADING_DETERMINER = /\s*(?:the|these|those|its|their|his|her|our|all)\s+/iy;
const MEASURE_STOP = new Set([
  'that', 'which', 'who', 'whom', 'when', 'while', 'after', 'before', 'since', 'because', 'but', 'or', 'and', 'as',
  'than', 'compared', 'according', 'said', 'says', 'across', 'on', 'to', 'for', 'with', 'by', 'into', 'during',
  'over', 'under', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'this', 'last', 'ago',
]);

function qualifierOf(phrase: string): StatisticQualifier {
  const q = phrase.toLowerCase();
  if (/^(more than|over|at least|upwards of|in excess of|greater than)$/.test(q)) return 'more-than';
  if (/^(nearly|almost|up to|less than|fewer than|under|below|just under|close to)$/.test(q)) return 'less-than';
  return 'about';
}

const WORD_CHAR = /[\p{L}\p{N}.'’-]/u;
const SPACE = /\s/;

/** The word just before `at` (within 30 characters), past any spaces: a backward scan, no regex over the slice. */
function previousWord(text: string, at: number): string {
  const from = Math.max(0, at - 30);
  let end = at;
  while (end > from && SPACE.test(text[end - 1]!)) end--;
  let start = end;
  while (start > from && WORD_CHAR.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

/** The word just after `at`, without a full stop that ends the sentence ("for nine years."). */
function nextWord(text: string, at: number): string {
  const m = /^\s*([\p{L}\p{N}.'’-]+)/u.exec(text.slice(at, at + 30));
  return m ? m[1]!.replace(/(?<=\p{L}{2})\.$/u, '') : '';
}

function isPartOfName(text: string, start: number, block: Block): boolean {
  const prev = previousWord(text, start);
  if (!/^\p{Lu}/u.test(prev) || NOT_NAME_WORDS.has(prev.toLowerCase())) return false;
  // "Route 66" mid-sentence; a capitalized word that opens the sentence is not part of a name.
  let i = start - prev.length;
  while (i > block.start && SPACE.test(text[i - 1]!)) i--;
  return i > block.start && !/[.!?"“”]/.test(text[i - 1]!);
}

function readMeasures(text: string, from: number, limit: number): { measures: string; end: number } {
  const words: string[] = [];
  let end = from;
  const re = /\s*([\p{L}\p{N}][\p{L}\p{N}'’.&-]*)([,;:()"“”—]?)/uy;
  re.lastIndex = from;
  while (words.length < 10) {
    const m = re.exec(text);
    if (!m || m.index >= limit) break;
    let word = m[1]!;
    if (word.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(word)) word = word.slice(0, -1);
    const lower = word.toLowerCase();
    if (MEASURE_STOP.has(lower)) break;
    if (words.length > 0 && /^[\p{Ll}]{3,}(?:ing|ed)$/u.test(word) && !word.includes('-')) break;
    words.push(word);
    end = m.index + m[0].length - m[2]!.length - (m[1]!.length - word.length);
    if (m[2] || word !== m[1]) break;
  }
  return { measures: words.join(' '), end };
}

/** What a figure counts, named by the last word of its measures before "of", "in"...: "seasonal workers" -> "workers". */
function unitFromMeasures(measures: string): string | null {
  if (!measures) return null;
  return measures.split(' ').find((w, i, all) => i === all.length - 1 || /^(?:of|in|from|at)$/.test(all[i + 1]!))?.toLowerCase() ?? null;
}

/** Whether [start, end) overlaps the number of a figure already read ("680" of "680 workers in six plants"). */
function overlapsNumberOf(figures: readonly ExtractedStatistic[], start: number, end: number): boolean {
  return figures.some((f) => {
    const numberStart = f.start + Math.max(0, f.text.indexOf(f.valueText));
    return start < numberStart + f.valueText.length && numberStart < end;
  });
}

export interface StatisticsInput {
  text: string;
  masked: string;
  paragraphs: readonly Block[];
  sentences: SentenceLocator;
  index: EntityIndex;
  threshold: number;
  /** The quote holding an offset, if any: a figure inside a quote is its speaker's. */
  quoteAt(pos: number): ExtractedQuote | null;
}

function sourceOf(input: StatisticsInput, p: number, start: number, end: number): string | null {
  const inQuote = input.quoteAt(start);
  if (inQuote) return inQuote.speaker;
  const sentence = input.sentences.around(p, start);
  const from = windowStart(input.masked, sentence.start, start);
  const cue =
    cueBefore(input.masked.slice(from, start), from) ??
    (() => {
      const tail = input.masked.slice(end, windowEnd(input.masked, end, sentence.end));
      const comma = tail.lastIndexOf(',');
      return comma >= 0 ? cueAfter(tail.slice(comma), end + comma) : null;
    })();
  if (!cue) return null;
  const resolved = resolveSpeaker(cue.ref, { index: input.index, position: cue.position, paragraph: p, lastSpeaker: null });
  return resolved && Math.min(resolved.confidence, cue.strength) >= input.threshold ? resolved.name : null;
}

/** A figure read at [start, numberEnd) with what it counts, its qualifier read from the words before it. */
function figure(
  input: StatisticsInput,
  p: number,
  block: Block,
  read: { start: number; numberEnd: number; value: number; unit: string | null; measures: string; measuresEnd: number; qualifier: StatisticQualifier },
): ExtractedStatistic {
  const { text } = input;
  const { start, numberEnd, measuresEnd } = read;
  const qualifierMatch = QUALIFIER_BEFORE.exec(text.slice(Math.max(block.start, start - 30), start));
  const textStart = qualifierMatch ? start - qualifierMatch[0].length : start;
  const end = Math.max(numberEnd, measuresEnd);
  return {
    text: text.slice(textStart, end),
    valueText: text.slice(start, numberEnd),
    value: read.value,
    unit: read.unit,
    measures: read.measures,
    qualifier: qualifierMatch ? qualifierOf(qualifierMatch[1]!) : read.qualifier,
    start: textStart,
    end,
    source: sourceOf(input, p, start, numberEnd),
  };
}

/** True when `pos` falls inside a figure already read (they are in text order). */
function insideFigure(sorted: readonly ExtractedStatistic[], pos: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sorted[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}

export function extractStatistics(input: StatisticsInput): ExtractedStatistic[] {
  const { text } = input;
  const out: ExtractedStatistic[] = [];
  input.paragraphs.forEach((block, p) => {
    const para = text.slice(block.start, block.end);
    const firstOfParagraph = out.length;
    for (const m of para.matchAll(NUMBER)) {
      const start = block.start + m.index;
      const numberEnd = start + m[0].length;
      const [, currency, digits, decimals, scale, unitRaw] = m;
      const hasUnit = Boolean(currency || scale || unitRaw);
      const n = Number(digits!.replace(/,/g, '') + (decimals ?? ''));
      if (!hasUnit && !digits!.includes(',') && !decimals && n >= 1800 && n <= 2100) continue;
      if (text[start - 1] === '(' && text[numberEnd] === ')') continue;
      const next = nextWord(text, numberEnd);
      const prev = previousWord(text, start);
      if (MONTHS.test(prev) || (!hasUnit && MONTHS.test(next))) continue;
      if (!unitRaw && !currency && TIME_UNITS.test(next)) continue;
      if (!hasUnit && isPartOfName(text, start, block)) continue;
      if (!hasUnit && /^\p{Lu}/u.test(prev) && /^\s*,\s*\d{1,3}\s*,/u.test(text.slice(start - 2, numberEnd + 2))) continue;
      const unit = unitRaw
        ? /point/i.test(unitRaw) ? 'percentage points' : 'percent'
        : currency ? CURRENCY[currency.trim()] ?? null : null;
      const { measures, end: measuresEnd } = readMeasures(text, numberEnd, block.end);
      const value = n * (scale ? SCALE[scale.toLowerCase()] ?? 1 : 1);
      out.push(figure(input, p, block, { start, numberEnd, value, unit: unit ?? unitFromMeasures(measures), measures, measuresEnd, qualifier: 'exact' }));
    }
    // "one in five", "3 out of 10": only paragraphs with " in " or " out of " after a number can hold one.
    for (const m of RATIO_HINT.test(para) ? para.matchAll(RATIO) : []) {
      const start = block.start + m.index;
      const a = SPELLED[m[1]!.toLowerCase()] ?? Number(m[1]);
      const b = SPELLED[m[2]!.toLowerCase()] ?? Number(m[2]);
      if (!b || insideFigure(out, start)) continue;
      const end = start + m[0].length;
      const { measures, end: measuresEnd } = readMeasures(text, end, block.end);
      out.push({
        text: text.slice(start, Math.max(end, measuresEnd)),
        valueText: m[0],
        value: a / b,
        unit: 'ratio',
        measures,
        qualifier: 'exact',
        start,
        end: Math.max(end, measuresEnd),
        source: sourceOf(input, p, start, end),
      });
    }
    // "twelve inspectors", "two-thirds of voters", "dozens of people".
    for (const spelled of findSpelledFigures(para)) {
      const start = block.start + spelled.start;
      const wordsEnd = block.start + spelled.end;
      if (overlapsNumberOf(out.slice(firstOfParagraph), start, wordsEnd)) continue;
      LEADING_DETERMINER.lastIndex = block.start + spelled.measuresFrom;
      const measuresFrom = LEADING_DETERMINER.exec(text) ? LEADING_DETERMINER.lastIndex : block.start + spelled.measuresFrom;
      // "four days later", "seven years old": durations and ages are not figures.
      if (TIME_UNITS.test(nextWord(text, measuresFrom))) continue;
      const { measures, end: measuresEnd } = readMeasures(text, measuresFrom, block.end);
      // A number word on its own ("'Two,' he said") counts nothing a reader could check; "two more years" is a duration.
      const unit = unitFromMeasures(measures);
      if (!unit || TIME_UNITS.test(unit)) continue;
      const fraction = spelled.kind === 'fraction';
      out.push(
        figure(input, p, block, {
          start,
          numberEnd: wordsEnd,
          // A share as an editor would type it: two-thirds is 0.6667.
          value: fraction ? Math.round(spelled.value * 1e4) / 1e4 : spelled.value,
          unit: fraction ? 'ratio' : unit,
          measures,
          measuresEnd,
          qualifier: spelled.kind === 'vague' ? 'about' : 'exact',
        }),
      );
    }
  });
  return out.sort((x, y) => x.start - y.start);
}
