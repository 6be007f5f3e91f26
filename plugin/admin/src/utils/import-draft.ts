import type { ArticleImportDraft, ImportSource } from '../../../shared/contracts/article-import';

/**
 * The editor's corrections to an import's draft, as pure functions (the review screen's state
 * changes; tested without a browser in tests/unit).
 */

export const setQuoteSpeaker = (draft: ArticleImportDraft, quoteIndex: number, speaker: string | null): ArticleImportDraft => ({
  ...draft,
  quotes: draft.quotes.map((quote, index) => (index === quoteIndex ? { ...quote, speaker } : quote)),
});

export const setFigureSource = (draft: ArticleImportDraft, figureIndex: number, source: string | null): ArticleImportDraft => ({
  ...draft,
  statistics: draft.statistics.map((statistic, index) => (index === figureIndex ? { ...statistic, source } : statistic)),
});

export const renameSource = (draft: ArticleImportDraft, key: string, name: string): ArticleImportDraft => ({
  ...draft,
  sources: draft.sources.map((source) => (source.key === key ? { ...source, name } : source)),
});

export const setHeadline = (draft: ArticleImportDraft, headline: string): ArticleImportDraft => ({ ...draft, headline });

/** A key no source of the draft has yet, in the fixture format's lower-case key shape. */
const freeKey = (draft: ArticleImportDraft): string => {
  const taken = new Set(draft.sources.map((source) => source.key));
  let n = 1;
  while (taken.has(`added-source-${n}`)) n += 1;
  return `added-source-${n}`;
};

/** Adds a source by name (a person unless said otherwise); returns the draft and the new key. */
export const addSource = (
  draft: ArticleImportDraft,
  name: string,
  kind: ImportSource['kind'] = 'person'
): { draft: ArticleImportDraft; key: string } => {
  const key = freeKey(draft);
  return { draft: { ...draft, sources: [...draft.sources, { key, name: name.trim(), kind, title: null, affiliation: null }] }, key };
};

/** What would stop the import, before it is sent: empty headline, a source with no name. */
export const draftProblems = (draft: ArticleImportDraft): string[] => {
  const problems: string[] = [];
  if (!draft.headline.trim()) problems.push('headline');
  const used = new Set([...draft.quotes.map((quote) => quote.speaker), ...draft.statistics.map((statistic) => statistic.source)]);
  for (const source of draft.sources) {
    if (used.has(source.key) && !source.name.trim()) problems.push(`source:${source.key}`);
  }
  return problems;
};

/** Sources a quote or a figure of the draft uses: only these are created or linked. */
export const sourcesInUse = (draft: ArticleImportDraft): ImportSource[] => {
  const used = new Set([...draft.quotes.map((quote) => quote.speaker), ...draft.statistics.map((statistic) => statistic.source)]);
  return draft.sources.filter((source) => used.has(source.key));
};
