/**
 * The admin's article import (`/newsroom/article-imports/...`, RBAC action
 * `plugin::newsroom.import`): read an article (pasted or uploaded), show what the engine found,
 * let the editor correct it, then create one draft story with its records.
 */
import type { SourceKind, QuoteDelivery, StatisticQualifier } from './story';
import type { SpeakerAttribution } from '../attribution/types';

export interface ImportSource {
  /** The key quotes and figures use to name this source within the import. */
  key: string;
  name: string;
  kind: SourceKind;
  title?: string | null;
  affiliation?: string | null;
  description?: string | null;
}

export interface ImportQuote {
  text: string;
  /** A source key, or null for a quote recorded without a speaker. */
  speaker: string | null;
  delivery: QuoteDelivery;
  deliveryNote?: string | null;
  isPartial: boolean;
}

export interface ImportStatistic {
  key: string;
  valueText: string;
  value: number;
  unit?: string | null;
  measures: string;
  period?: string | null;
  qualifier: StatisticQualifier;
  source: string | null;
}

export interface ImportPhotoCaption {
  title?: string | null;
  caption: string;
  creditLine?: string | null;
  creator?: string | null;
  agency?: string | null;
  peopleShown?: string[];
}

/** The draft story to create: what the preview proposes, as the editor corrected it. */
export interface ArticleImportDraft {
  headline: string;
  body: string[];
  sources: ImportSource[];
  quotes: ImportQuote[];
  statistics: ImportStatistic[];
  photoCaptions: ImportPhotoCaption[];
}

/** POST /newsroom/article-imports/preview (JSON `{ text }`, or multipart with a `file`) */
export interface ArticleImportPreviewResponse {
  data: {
    draft: ArticleImportDraft;
    /** Per quote of `draft.quotes`, in order: how sure the engine is of its speaker, and how it read it. */
    speakerReadings: { confidence: number; attribution: SpeakerAttribution | null }[];
    /** Sources of `draft.sources` that already exist in the newsroom (same name), by key: the import links them. */
    existingSources: Record<string, { documentId: string; name: string; title: string | null }>;
    /** A story that already has the slug the headline makes: the import would be refused. */
    storyWithSameSlug: { documentId: string; headline: string } | null;
    /** Where the text came from: "pasted text" or the uploaded file's name. */
    origin: string;
  };
}

/** POST /newsroom/article-imports with `{ draft }` */
export interface ArticleImportResponse {
  data: {
    documentId: string;
    slug: string;
    quotes: number;
    statistics: number;
    photoCaptions: number;
    sourcesCreated: number;
    sourcesLinked: number;
  };
}
