/**
 * The newsroom's admin API (`/newsroom/...`, admin session required): what the Attributions
 * side panel and page ask for and receive. Server and admin both import these types.
 */
import type { Finding } from '../attribution/types';
import type { QuoteDelivery, SourceKind, StatisticQualifier, Story } from './story';

export type SignOffTargetType = 'quote' | 'statistic';
export type SignOffVerdict = 'verified' | 'disputed';
export type PublishGuardMode = 'block' | 'warn' | 'off';
export type StoryPublication = 'draft' | 'published' | 'modified';

export interface SignOff {
  targetType: SignOffTargetType;
  targetDocumentId: string;
  verdict: SignOffVerdict;
  note: string | null;
  signedBy: { id: number; name: string };
  signedAt: string;
}

/** GET /newsroom/stories/:documentId/findings */
export interface StoryFindingsResponse {
  data: {
    /** The draft, in the public shape `check` takes (drafts included: this is the admin). */
    story: Story;
    /** `check(story)` on the saved draft. */
    findings: Finding[];
    /** Sign-offs still valid for the story's current quotes and statistics. */
    signOffs: SignOff[];
    publishGuard: PublishGuardMode;
  };
}

/** PUT /newsroom/sign-offs */
export interface SignOffRequest {
  targetType: SignOffTargetType;
  targetDocumentId: string;
  verdict: SignOffVerdict;
  note?: string | null;
}

export interface SignOffResponse {
  data: SignOff;
}

export interface StoryCheckSummary {
  storyDocumentId: string;
  headline: string | null;
  publication: StoryPublication;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** Quotes and statistics an editor can sign off. */
  checkableCount: number;
  verifiedCount: number;
  disputedCount: number;
  signOffPercent: number;
  storyUpdatedAt: string | null;
}

export const STORY_CHECK_SORT_FIELDS = [
  'headline',
  'publication',
  'errorCount',
  'warningCount',
  'signOffPercent',
  'storyUpdatedAt',
] as const;
export type StoryCheckSortField = (typeof STORY_CHECK_SORT_FIELDS)[number];

export const STORY_CHECK_PROBLEM_FILTERS = ['errors', 'warnings', 'clean'] as const;
export type StoryCheckProblemFilter = (typeof STORY_CHECK_PROBLEM_FILTERS)[number];

/** Who a record is attributed to: an existing Source, or a name (the Source of that name, or a new one of that kind). */
export type SourceRef = { documentId: string } | { name: string; kind: SourceKind };

/** The Source a record was linked to, and whether the request created it. */
export interface LinkedSource {
  documentId: string;
  name: string;
  created: boolean;
}

/**
 * POST /newsroom/stories/:documentId/quotes: record a quotation of the story's saved text as a
 * Quote. The speaker is an existing Source, a name (the Source of that name, or a new one), or none.
 */
export interface RecordQuoteRequest {
  text: string;
  speaker: SourceRef | null;
  delivery: QuoteDelivery;
  isPartial: boolean;
}

export interface RecordQuoteResult {
  quoteDocumentId: string;
  speaker: LinkedSource | null;
}

export interface RecordQuoteResponse {
  data: RecordQuoteResult;
}

/**
 * POST /newsroom/stories/:documentId/statistics: record a figure of the story's saved text as a
 * Statistic, with what it counts and whose figure it is (an existing Source, a name, or none).
 */
export interface RecordStatisticRequest {
  /** The figure as the text writes it: it must stand in the saved text. */
  valueText: string;
  value: number;
  unit: string | null;
  measures: string;
  qualifier: StatisticQualifier;
  source: SourceRef | null;
}

export interface RecordStatisticResult {
  statisticDocumentId: string;
  source: LinkedSource | null;
}

export interface RecordStatisticResponse {
  data: RecordStatisticResult;
}

/** PUT /newsroom/quotes/:documentId/text with `{ text }`: the quote's words, as the saved text has them. */
export interface QuoteTextRequest {
  text: string;
}

/** POST /newsroom/story-checks/actions/recheck with `{ storyDocumentIds }` (1 to 100): their rows, checked again. */
export interface StoryCheckRecheckResponse {
  data: StoryCheckSummary[];
}

/** GET /newsroom/story-checks?page&pageSize&sort=field:asc|desc&publication&problems&search */
export interface StoryCheckListResponse {
  data: StoryCheckSummary[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

/** POST /newsroom/stories/:documentId/publish-with-override */
export interface PublishOverrideRequest {
  reason: string;
}

export const OVERRIDE_REASON_MIN_LENGTH = 10;
