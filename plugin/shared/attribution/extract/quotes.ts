import type { Block } from '../text/layout';
import type { QuoteSpan } from '../text/quote-marks';
import { lastAtOrBefore, sentenceStarts } from '../text/sentences';
import { CUE_WINDOW, windowEnd, windowStart } from '../text/window';
import type { QuoteKind, SpeakerAttribution } from '../types';
import { calibrated } from './calibration';
import type { QuoteWithEntity } from './quote-conventions';
import { attributeToNarrativeSubject, attributeToReportedSpeaker, beatPronoun, dropUnquotedActionSubjects, inheritSpeakers } from './quote-conventions';
import { cueActionBefore, cueAfter, cueBefore, cueFollowing, mentionsSpeech, type Cue } from './cues';
import { DescribedSources } from './described-sources';
import { detectDelivery } from './delivery';
import type { Entity, EntityIndex } from './entities';
import { resolveSpeaker, type ResolvedSpeaker } from './resolve';
import { reportedSpeaker } from './reported-speaker';
import { introducesNoOne } from './continuation';

export type { QuoteWithEntity } from './quote-conventions';

/** Shapes that mark a quoted term or title, not speech: `the so-called "caravan"`, `a film titled "Roma"`. */
const TERM_BEFORE =
  /(?:so-called|dubbed|nicknamed|titled|entitled|named|known\s+as|called|term|word|phrase|slogan|hashtag|label|motto|(?:film|movie|book|song|album|show|series|play|novel|poem|podcast|documentary|program|programme|policy|operation|campaign|initiative|exhibit|exhibition|article|essay|report|course|project)(?:\s+(?:titled|called|named))?)\s*$/i;

interface ParagraphSentences {
  starts: number[];
  block: Block;
}

function wordCount(s: string): number {
  const trimmed = s.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

function isShortTerm(text: string): boolean {
  return text.length <= 60 && wordCount(text) <= 4 && !/[.!?;:,]/.test(text);
}

function isPartialQuote(text: string, masked: string, span: QuoteSpan, sentenceStart: number): boolean {
  if (/^[\p{Ll}]/u.test(text)) return true;
  const before = masked.slice(sentenceStart, span.open).trimEnd();
  if (before === '') return false;
  // `said, "Rents…"` and `said: "Rents…"` introduce a whole sentence; `a "matter of time…"` embeds a fragment.
  return !/[,:—–-]$/.test(before);
}

/** The last sentence of a paragraph that ends with a colon: it introduces the paragraph after it. */
function introducedByColon(masked: string, previous: ParagraphSentences): { text: string; start: number } | null {
  const { block, starts } = previous;
  if (!/:\s*$/.test(masked.slice(Math.max(block.start, block.end - 3), block.end))) return null;
  const start = starts[starts.length - 1]!;
  return { text: masked.slice(start, block.end) + ' ', start };
}

export function extractQuotes(
  text: string,
  masked: string,
  paragraphs: readonly Block[],
  spans: readonly QuoteSpan[],
  index: EntityIndex,
  threshold: number,
): QuoteWithEntity[] {
  const described = new DescribedSources(masked, paragraphs);
  const sentenceCache = new Map<number, ParagraphSentences>();
  const sentencesOf = (p: number): ParagraphSentences => {
    let cached = sentenceCache.get(p);
    if (!cached) {
      const block = paragraphs[p]!;
      cached = { block, starts: [block.start, ...sentenceStarts(masked, block.start, block.end)] };
      sentenceCache.set(p, cached);
    }
    return cached;
  };

  const letters = letterCounts(masked);
  const results: Array<QuoteWithEntity & { cue: Cue | null; firstParagraph: number; lastParagraph: number; onlyQuotes: boolean }> = [];
  let lastSpeaker: Entity | null = null;
  for (const span of spans) {
    const first = sentencesOf(span.firstParagraph);
    const last = sentencesOf(span.lastParagraph);
    const sentenceStart = windowStart(masked, first.starts[Math.max(0, lastAtOrBefore(first.starts, span.open))]!, span.open);
    const quoteEndsWithQuestion = /[?!]$/.test(text.slice(span.start, span.close).trim());
    const afterFrom = span.close + 1 + (quoteEndsWithQuestion ? 1 : 0);
    const nextIndex = lastAtOrBefore(last.starts, afterFrom - 1) + 1;
    const sentenceEnd = windowEnd(masked, afterFrom, nextIndex < last.starts.length ? last.starts[nextIndex]! : last.block.end);
    const before = masked.slice(sentenceStart, span.open);
    const after = masked.slice(span.close + 1, Math.max(span.close + 1, sentenceEnd));

    let cue = cueAfter(after, span.close + 1) ?? cueBefore(before, sentenceStart);
    let cueParagraph = span.firstParagraph;
    if (!cue && before.trim() === '' && span.firstParagraph > 0) {
      // `Whitcombe wrote:` closing one paragraph, the quotation opening the next.
      const intro = introducedByColon(masked, sentencesOf(span.firstParagraph - 1));
      if (intro) {
        cue = cueBefore(intro.text, intro.start);
        cueParagraph = span.firstParagraph - 1;
      }
    }
    if (!cue && /[.?!]$/.test(text.slice(span.start, span.close))) {
      // `"We cannot pave our way out of this." That was how Mayor Talia Brennock put it.`
      const rest = masked.slice(span.close + 1, windowEnd(masked, span.close + 1, last.block.end));
      if (/^\s+\p{Lu}/u.test(rest)) cue = cueFollowing(rest, span.close + 1);
      if (cue) cueParagraph = span.lastParagraph;
    }
    const sentenceIndex = lastAtOrBefore(first.starts, span.open);
    if (!cue && before.trim() === '' && sentenceIndex > 0 && span.firstParagraph === span.lastParagraph) {
      // `Ostrowski laughed when asked about her. "She barks at everything."`
      const previousStart = first.starts[sentenceIndex - 1]!;
      cue = cueActionBefore(masked.slice(previousStart, Math.min(sentenceStart, previousStart + CUE_WINDOW)), previousStart);
    }
    let resolved: ResolvedSpeaker | null = null;
    if (cue) {
      resolved = resolveSpeaker(cue.ref, { index, position: cue.position, paragraph: cueParagraph, lastSpeaker, described });
      if (resolved) resolved = { ...resolved, confidence: Math.min(resolved.confidence, cue.strength) };
    }
    const quoteText = text.slice(span.start, span.end);
    const sentence = masked.slice(sentenceStart, sentenceEnd);
    let kind: QuoteKind = 'speech';
    if (isShortTerm(quoteText) && (!resolved || resolved.confidence < threshold)) {
      if (!cue?.hasVerb && !mentionsSpeech(sentence)) kind = 'scare';
    }
    if (isShortTerm(quoteText) && TERM_BEFORE.test(before) && !(resolved && resolved.confidence >= threshold)) {
      kind = 'scare';
    }
    const delivery = cue ? detectDelivery(cue.deliveryWindow) : { delivery: 'unknown' as const, deliveryNote: null };
    const firstBlock = paragraphs[span.firstParagraph]!;
    const lastBlock = paragraphs[span.lastParagraph]!;
    const named = resolved && resolved.confidence >= threshold ? resolved : null;
    if (named?.entity && kind === 'speech') lastSpeaker = named.entity;
    results.push({
      quote: {
        text: quoteText,
        start: span.start,
        end: span.end,
        speaker: named?.name ?? null,
        speakerKind: named?.kind ?? null,
        speakerTitle: named?.title ?? null,
        speakerAffiliation: named?.affiliation ?? null,
        confidence: round(resolved?.confidence ?? 0),
        ...(named && cue ? { attribution: attributionOf(cue) } : {}),
        delivery: kind === 'scare' ? 'unknown' : delivery.delivery,
        deliveryNote: kind === 'scare' ? null : delivery.deliveryNote,
        isPartial: isPartialQuote(quoteText, masked, span, sentenceStart),
        kind,
      },
      resolved: named,
      cue,
      firstParagraph: span.firstParagraph,
      lastParagraph: span.lastParagraph,
      // Only quotation marks, masked words and punctuation outside the quote: a paragraph of pure quote.
      onlyQuotes: !letters.any(firstBlock.start, span.open) && !letters.any(span.close + 1, lastBlock.end),
    });
  }

  dropUnquotedActionSubjects(results, index);
  inheritSpeakers(results, threshold, (p) => beatPronoun(masked, paragraphs[p]), (p, speaker) =>
    introducesNoOne(masked, paragraphs[p]!, p, index, speaker.entity, speaker.entity?.gender ?? null),
  );
  attributeToNarrativeSubject(results, threshold, index);
  attributeToReportedSpeaker(results, threshold, (p) => reportedSpeaker(masked, paragraphs[p]!, p, index, described));
  return results.map(({ quote, resolved }) => ({ quote: { ...quote, confidence: calibrated(quote) }, resolved }));
}

/** Prefix counts of letters and digits, so "any words outside this quote?" costs O(1) per quote. */
function letterCounts(masked: string): { any(from: number, to: number): boolean } {
  const prefix = new Uint32Array(masked.length + 1);
  const letter = /[\p{L}\p{N}]/u;
  for (let i = 0; i < masked.length; i++) prefix[i + 1] = prefix[i]! + (letter.test(masked[i]!) ? 1 : 0);
  return { any: (from, to) => to > from && prefix[to]! - prefix[from]! > 0 };
}

function attributionOf(cue: Cue): SpeakerAttribution {
  if (!cue.hasVerb || cue.fromAction) return 'inferred';
  return cue.ref.type === 'name' ? 'named' : cue.ref.type;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
