// `any`: the same untyped rows as to-public-story.ts reads.
type Row = Record<string, any>;

const time = (value: unknown): number => (value ? new Date(value as string).getTime() || 0 : 0);

const newest = (rows: unknown, own: (row: Row) => number): number =>
  Array.isArray(rows) ? rows.reduce((max: number, row: Row) => Math.max(max, own(row)), 0) : 0;

const sourceTime = (row: Row | null | undefined): number =>
  row ? Math.max(time(row.updatedAt), time(row.affiliation?.updatedAt)) : 0;

/**
 * When a served story last changed: the newest `updatedAt` of the story and of every record
 * served with it (a quote edited after publication changes what a consumer receives).
 */
export const lastModifiedOf = (row: Row): number =>
  Math.max(
    time(row.publishedAt),
    time(row.updatedAt),
    newest(row.quotes, (quote) => Math.max(time(quote.updatedAt), sourceTime(quote.speaker))),
    newest(row.statistics, (statistic) =>
      Math.max(time(statistic.updatedAt), sourceTime(statistic.source), time(statistic.baseline?.updatedAt), time(statistic.comparison?.updatedAt))
    ),
    newest(row.photoCaptions, (caption) => Math.max(time(caption.updatedAt), time(caption.image?.updatedAt))),
    newest(row.sources, sourceTime)
  );
