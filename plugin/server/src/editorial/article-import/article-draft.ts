import type { Extraction } from '../../../../shared/attribution';
import type { ArticleImportDraft } from '../../../../shared/contracts/article-import';
import { fixtureFromExtraction } from '../../fixture/from-extraction';
import { FixtureError, parseFixture, type NewsroomFixture } from '../../fixture/schema';

/** The draft story the engine proposes for an article: its records, for the editor to correct. */
export const draftFromExtraction = (text: string, extraction: Extraction): ArticleImportDraft => {
  const fixture = fixtureFromExtraction(text, extraction);
  const [story] = fixture.stories;
  return {
    headline: story!.headline,
    body: story!.body,
    sources: fixture.sources,
    quotes: story!.quotes,
    statistics: story!.statistics,
    photoCaptions: story!.photoCaptions,
  };
};

/** Source keys the draft's quotes and figures use, and the affiliations those sources name. */
const usedSourceKeys = (draft: ArticleImportDraft): string[] => {
  const used = new Set<string>();
  const byKey = new Map(draft.sources.map((source) => [source.key, source]));
  const use = (key: string | null | undefined) => {
    if (!key || used.has(key)) return;
    used.add(key);
    use(byKey.get(key)?.affiliation);
  };
  for (const quote of draft.quotes) use(quote.speaker);
  for (const statistic of draft.statistics) use(statistic.source);
  return [...used];
};

/**
 * The draft as a one-story fixture (the format the CLI, the seed and the admin all import),
 * validated field by field. Throws a FixtureError whose problems name each field at fault
 * ("quotes[2].speaker: no source has the key ..."), relative to the draft.
 */
export const fixtureFromDraft = (draft: unknown, origin: string): NewsroomFixture => {
  if (typeof draft !== 'object' || draft === null || Array.isArray(draft)) {
    throw new FixtureError(origin, ['draft: must be an object with headline, body, sources, quotes, statistics and photoCaptions']);
  }
  const { sources, ...story } = draft as Partial<ArticleImportDraft> & Record<string, unknown>;
  const storySources = Array.isArray(story.quotes) && Array.isArray(story.statistics) ? usedSourceKeys(draft as ArticleImportDraft) : [];
  try {
    return parseFixture(origin, { sources: sources ?? [], stories: [{ status: 'draft', tags: [], sources: storySources, ...story }] });
  } catch (error) {
    if (!(error instanceof FixtureError)) throw error;
    throw new FixtureError(origin, error.problems.map((problem) => problem.replace(/^stories\[0\]\./, '')));
  }
};
