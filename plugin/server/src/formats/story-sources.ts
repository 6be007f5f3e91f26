import type { Source, SourceSummary, Story } from '../../../shared/contracts/story';

/**
 * Every source the story refers to, once each (by documentId): the story's own list first, then
 * speakers and figure sources that are missing from it. Affiliations are summaries, listed apart.
 */
export const collectSources = (story: Story): Source[] => {
  const byId = new Map<string, Source>();
  const add = (source: Source | null) => {
    if (source && !byId.has(source.documentId)) byId.set(source.documentId, source);
  };
  story.sources.forEach(add);
  story.quotes.forEach((quote) => add(quote.speaker));
  story.statistics.forEach((statistic) => add(statistic.source));
  return [...byId.values()];
};

/** Affiliations of those sources that are not sources of the story themselves. */
export const collectAffiliations = (sources: Source[]): SourceSummary[] => {
  const known = new Set(sources.map((source) => source.documentId));
  const out = new Map<string, SourceSummary>();
  for (const { affiliation } of sources) {
    if (affiliation && !known.has(affiliation.documentId)) out.set(affiliation.documentId, affiliation);
  }
  return [...out.values()];
};

/** "Óscar Chacón, Executive director, Alianza Americas": name, title and affiliation as known. */
export const describeSource = (source: Source): string =>
  [source.name, source.title, source.affiliation?.name].filter((part): part is string => Boolean(part)).join(', ');
