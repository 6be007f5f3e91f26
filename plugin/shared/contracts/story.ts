/**
 * The published story as consumers receive it: the `data` object of
 * `GET /api/newsroom/stories/:slug`. The attribution engine's `check` takes this shape,
 * so the server, the admin panel and the CLI all speak about the same thing.
 */

export type SourceKind = 'person' | 'organization' | 'anonymous' | 'document';

export type QuoteDelivery = 'spoken' | 'statement' | 'written' | 'interview' | 'social-media' | 'unknown';

export type StatisticDerivation = 'percent-increase' | 'percent-decrease' | 'percent-share' | 'difference';

export type StatisticQualifier = 'exact' | 'more-than' | 'less-than' | 'about';

/** A Strapi blocks paragraph/heading/list node; only text children matter to the engine. */
export interface BlockNode {
  type: string;
  text?: string;
  children?: BlockNode[];
  [key: string]: unknown;
}

export interface SourceSummary {
  documentId: string;
  name: string;
  kind: SourceKind;
  title: string | null;
}

export interface Source extends SourceSummary {
  description: string | null;
  /** e.g. the organization a person speaks for. */
  affiliation: SourceSummary | null;
}

export interface Quote {
  documentId: string;
  /** The exact words inside the quotation marks, without a trailing comma. */
  text: string;
  delivery: QuoteDelivery;
  /** How the words reached the reporter, as the story says it: "in a statement sent to Newsweek". */
  deliveryNote: string | null;
  /** True when the marks enclose only part of a sentence the speaker said. */
  isPartial: boolean;
  speaker: Source | null;
}

export interface StatisticRef {
  documentId: string;
  value: number;
  valueText: string;
}

export interface Statistic {
  documentId: string;
  /** The number, as a number: 144000, 43. */
  value: number;
  /** The figure as written in the story: "144,000", "43 percent". */
  valueText: string;
  /** "percent", "people", "families", "USD"... */
  unit: string | null;
  /** What is counted: "Border Patrol apprehensions at the U.S.-Mexico border". */
  measures: string;
  period: string | null;
  qualifier: StatisticQualifier;
  source: Source | null;
  /** Set when the figure is computed from two others: baseline -> comparison. */
  derivation: StatisticDerivation | null;
  baseline: StatisticRef | null;
  comparison: StatisticRef | null;
}

export interface PhotoCaption {
  documentId: string;
  /** A short title printed above the caption: "ICE protest". */
  title: string | null;
  /** IPTC Description / caption. */
  caption: string;
  /** IPTC Credit Line, as printed: "Tom Cooper/Getty". */
  creditLine: string | null;
  /** IPTC Creator (the photographer). */
  creator: string | null;
  /** IPTC Source / agency: "Getty Images". */
  agency: string | null;
  copyrightNotice: string | null;
  altText: string | null;
  /** IPTC Person Shown. */
  peopleShown: string[];
  image: { url: string; width: number | null; height: number | null; mime: string | null } | null;
}

export interface Story {
  documentId: string;
  slug: string;
  headline: string;
  standfirst: string | null;
  /** Strapi blocks, or plain text (paragraphs separated by blank lines). */
  body: BlockNode[] | string;
  byline: string | null;
  dateline: string | null;
  section: string | null;
  tags: string[];
  publishedAt: string | null;
  updatedAt: string | null;
  quotes: Quote[];
  statistics: Statistic[];
  photoCaptions: PhotoCaption[];
  sources: Source[];
}
