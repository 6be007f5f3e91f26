import type {
  PhotoCaption,
  Quote,
  Source,
  SourceSummary,
  Statistic,
  StatisticRef,
  Story,
} from '../../../shared/contracts/story';
import { blocksToText } from '../../../shared/attribution/text/blocks';

/**
 * Database rows -> the documented public shape. Every field is named here on purpose:
 * nothing that is not listed (internal ids, admin users, private fields) can reach a consumer.
 */
// `any`: rows come from Strapi's query engine and knex, both untyped (`any`) without generated types.
type Row = Record<string, any>;

/** A published story's row with its relations loaded (see load-story-rows.ts and story-populate.ts). */
export type StoryRow = Row;

const orNull = <T>(value: T | undefined | null): T | null => (value === undefined ? null : value);

const toNumber = (value: unknown): number => (typeof value === 'number' ? value : Number(value));

const toSourceSummary = (row: Row | null | undefined): SourceSummary | null =>
  row
    ? { documentId: row.documentId, name: row.name, kind: row.kind, title: orNull(row.title) }
    : null;

export const toPublicSource = (row: Row): Source => ({
  ...(toSourceSummary(row) as SourceSummary),
  description: orNull(row.description),
  affiliation: toSourceSummary(row.affiliation),
});

const toOptionalSource = (row: Row | null | undefined): Source | null => (row ? toPublicSource(row) : null);

const toQuote = (row: Row): Quote => ({
  documentId: row.documentId,
  text: row.text,
  delivery: row.delivery,
  deliveryNote: orNull(row.deliveryNote),
  isPartial: Boolean(row.isPartial),
  speaker: toOptionalSource(row.speaker),
});

const toStatisticRef = (row: Row | null | undefined): StatisticRef | null =>
  row ? { documentId: row.documentId, value: toNumber(row.value), valueText: row.valueText } : null;

const toStatistic = (row: Row): Statistic => ({
  documentId: row.documentId,
  value: toNumber(row.value),
  valueText: row.valueText,
  unit: orNull(row.unit),
  measures: row.measures,
  period: orNull(row.period),
  qualifier: row.qualifier,
  source: toOptionalSource(row.source),
  derivation: orNull(row.derivation),
  baseline: toStatisticRef(row.baseline),
  comparison: toStatisticRef(row.comparison),
});

const toPhotoCaption = (row: Row): PhotoCaption => ({
  documentId: row.documentId,
  title: orNull(row.title),
  caption: row.caption,
  creditLine: orNull(row.creditLine),
  creator: orNull(row.creator),
  agency: orNull(row.agency),
  copyrightNotice: orNull(row.copyrightNotice),
  altText: orNull(row.altText),
  peopleShown: Array.isArray(row.peopleShown) ? row.peopleShown : [],
  image: row.image
    ? {
        url: row.image.url,
        width: orNull(row.image.width),
        height: orNull(row.image.height),
        mime: orNull(row.image.mime),
      }
    : null,
});

const toIso = (value: unknown): string | null =>
  value ? new Date(value as string | number | Date).toISOString() : null;

/** Quotes and figures in the order a reader meets them; records not found in the text go last. */
const inReadingOrder = <T extends { documentId: string }>(items: T[], positionOf: (item: T) => number): T[] =>
  items
    .map((item) => ({ item, position: positionOf(item) }))
    .sort(
      (a, b) =>
        (a.position < 0 ? Infinity : a.position) - (b.position < 0 ? Infinity : b.position) ||
        a.item.documentId.localeCompare(b.item.documentId)
    )
    .map(({ item }) => item);

const byName = (a: Source, b: Source) => a.name.localeCompare(b.name) || a.documentId.localeCompare(b.documentId);

export const toPublicStory = (row: Row): Story => {
  const bodyText = blocksToText(row.body ?? []);
  return {
    documentId: row.documentId,
    slug: row.slug,
    headline: row.headline,
    standfirst: orNull(row.standfirst),
    body: row.body ?? [],
    byline: orNull(row.byline),
    dateline: orNull(row.dateline),
    section: orNull(row.section),
    tags: Array.isArray(row.tags) ? row.tags : [],
    publishedAt: toIso(row.publishedAt),
    updatedAt: toIso(row.updatedAt),
    quotes: inReadingOrder((row.quotes ?? []).map(toQuote), (quote) => bodyText.indexOf(quote.text)),
    statistics: inReadingOrder((row.statistics ?? []).map(toStatistic), (statistic) =>
      bodyText.indexOf(statistic.valueText)
    ),
    photoCaptions: (row.photoCaptions ?? []).map(toPhotoCaption),
    sources: (row.sources ?? []).map(toPublicSource).sort(byName),
  };
};
