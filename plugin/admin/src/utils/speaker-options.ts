import { namesMatch } from '../../../shared/attribution';
import type { SourceSummary, Story } from '../../../shared/contracts/story';

/** Sources a story already knows (its own, its quotes' speakers, its figures' sources), once each, by name. */
export const knownSources = (story: Story): SourceSummary[] => {
  const byId = new Map<string, SourceSummary>();
  const add = (source: SourceSummary | null | undefined) => {
    if (source && !byId.has(source.documentId)) byId.set(source.documentId, source);
  };
  story.sources.forEach(add);
  story.quotes.forEach((quote) => add(quote.speaker));
  story.statistics.forEach((statistic) => add(statistic.source));
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
};

/** The known source the engine's speaker names ("Chacón" matches "Óscar Chacón"), if any. */
export const sourceNamed = (sources: SourceSummary[], engineSpeaker: string | null): SourceSummary | null =>
  engineSpeaker ? (sources.find((source) => namesMatch(source.name, engineSpeaker)) ?? null) : null;
