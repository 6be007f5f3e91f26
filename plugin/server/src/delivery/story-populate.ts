const SOURCE_WITH_AFFILIATION = { populate: { affiliation: true } } as const;

/** Everything a story is served with, loaded in one populate tree (see toPublicStory). */
export const STORY_POPULATE = {
  quotes: { populate: { speaker: SOURCE_WITH_AFFILIATION } },
  statistics: { populate: { source: SOURCE_WITH_AFFILIATION, baseline: true, comparison: true } },
  photoCaptions: { populate: { image: true } },
  sources: SOURCE_WITH_AFFILIATION,
};
