import type { Passage } from './text/diff';
import type { QuoteDelivery, SourceKind, StatisticQualifier, Story } from '../contracts/story';

export type { Passage } from './text/diff';

export type Severity = 'error' | 'warning' | 'info';

export type QuoteKind = 'speech' | 'scare';

export type SpeakerAttribution = 'named' | 'pronoun' | 'description' | 'inferred';

export interface ExtractedQuote {
  /** The characters between the marks, without a trailing comma: `input.slice(start, end) === text`. */
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  speakerKind: SourceKind | null;
  speakerTitle: string | null;
  speakerAffiliation: string | null;
  /** How sure the engine is of the speaker, in [0, 1]. Below the threshold the speaker is null. */
  confidence: number;
  /**
   * How the speaker was read: `named` in an attribution next to the quote ("X said"), through a
   * `pronoun` or a `description` there ("she said", "the official said"), or `inferred` from the
   * paragraphs around a quote with no attribution of its own. Absent when no speaker was read.
   */
  attribution?: SpeakerAttribution;
  delivery: QuoteDelivery;
  deliveryNote: string | null;
  isPartial: boolean;
  kind: QuoteKind;
}

export interface ExtractedSource {
  name: string;
  kind: SourceKind;
  title: string | null;
  affiliation: string | null;
}

export interface ExtractedStatistic {
  /** The figure with its qualifier and what it counts: "a more than 15 percent rise in ...". */
  text: string;
  /** The figure as written: "20 percent", "$2.5 million", "144,000". */
  valueText: string;
  value: number;
  unit: string | null;
  measures: string;
  qualifier: StatisticQualifier;
  start: number;
  end: number;
  source: string | null;
}

export interface ExtractedPhotoCaption {
  title: string | null;
  caption: string;
  credit: string | null;
  creator: string | null;
  agency: string | null;
  start: number;
  end: number;
}

export interface HeadlineQuote {
  text: string;
  start: number;
  end: number;
}

export interface Extraction {
  headline: string | null;
  quotes: ExtractedQuote[];
  sources: ExtractedSource[];
  statistics: ExtractedStatistic[];
  photoCaptions: ExtractedPhotoCaption[];
  /** Quotes in the headline: often paraphrased, so kept apart from the body's quotes. */
  headlineQuotes: HeadlineQuote[];
  /** Present when the text was longer than MAX_CHECKED_CHARACTERS: what was read, of how much. */
  truncated?: { checkedCharacters: number; totalCharacters: number };
}

export interface ExtractOptions {
  /** Treat the first line as a headline (default true). `check` passes false for a story body. */
  headline?: boolean;
  /** Look for a trailing photo caption block (default true). */
  photoCaptions?: boolean;
  /** Minimum confidence to name a speaker (default 0.5). */
  threshold?: number;
}

export type FindingTargetType = 'quote' | 'statistic' | 'photoCaption' | 'source' | 'body';

export interface Finding {
  code: string;
  severity: Severity;
  /** The message in English, filled in: what consumers that do not translate show. */
  message: string;
  /** Which of the rule's `meta.messages` this is: translate `${code}.${messageId}` with `data`. */
  messageId?: string;
  /** Link to the rule's section of the rules reference (RULES.md). */
  docs?: string;
  target: { type: FindingTargetType; documentId?: string };
  start?: number;
  end?: number;
  data?: Record<string, unknown>;
}

/** Where a Quote record's text sits in the body, once typography is normalised. */
export interface QuoteLocation {
  start: number;
  end: number;
}

export interface RuleContext {
  story: Story;
  /** `blocksToText(story.body)`: findings' offsets point into it. */
  text: string;
  /** `extract(text, { headline: false, photoCaptions: false })`. */
  extraction: Extraction;
  threshold: number;
  /** Location of each Quote record in the body, by documentId; null when not found verbatim. */
  quoteLocations: ReadonlyMap<string, QuoteLocation | null>;
  /** For a Quote record not found verbatim: the body passage most like it (computed once, on demand). */
  closestPassage(documentId: string): Passage | null;
}

export interface RuleMeta {
  /** Message templates by id, with `{{name}}` placeholders filled from the finding's `data`. */
  messages: Readonly<Record<string, string>>;
  /** The rule's section of the rules reference. */
  docs: string;
}

export interface Rule {
  /** Stable code, e.g. 'QUOTE_UNATTRIBUTED'. */
  id: string;
  severity: Severity;
  description: string;
  meta: RuleMeta;
  check(context: RuleContext): Finding[];
}

export interface CheckOptions {
  threshold?: number;
  /** Run only these rules (default: all). */
  rules?: readonly Rule[];
  /**
   * `extract(blocksToText(story.body), { headline: false, photoCaptions: false })`, when the caller
   * already has it (the admin panel shows both); computed otherwise.
   */
  extraction?: Extraction;
}

export const DEFAULT_THRESHOLD = 0.5;
