import { readFileSync } from 'fs';

import type { Source, SourceSummary, Statistic, Story } from '../../plugin/shared/contracts/story';
import { parseFixture, type NewsroomFixture, type SourceFixture } from '../../plugin/server/src/fixture/schema';
import { slugFromHeadline } from '../../plugin/server/src/utils/slug';
import { paragraphsToBlocks } from '../../plugin/shared/text/paragraphs-to-blocks';
import { ARTICLE_FIXTURE } from './paths';

/**
 * A fixture story in the shape `GET /api/newsroom/stories/:slug` returns (the `Story` contract),
 * without Strapi: documentIds are made up from keys and positions, dates are fixed. As the API
 * does, `updatedAt` is a few ms before `publishedAt` and sources are sorted by name.
 */
export const FIXTURE_PUBLISHED_AT = '2019-08-09T14:07:29.138Z';
export const FIXTURE_UPDATED_AT = '2019-08-09T14:07:29.101Z';

export const sourceDocumentId = (key: string) => `src-${key}`;

export const storyFromFixture = (fixture: NewsroomFixture, index = 0): Story => {
  const story = fixture.stories[index];
  if (!story) throw new Error(`The fixture has no story #${index}.`);
  const byKey = new Map(fixture.sources.map((source) => [source.key, source]));
  const fixtureSource = (key: string): SourceFixture => {
    const source = byKey.get(key);
    if (!source) throw new Error(`No source has the key "${key}".`);
    return source;
  };
  const summary = (key: string): SourceSummary => {
    const source = fixtureSource(key);
    return { documentId: sourceDocumentId(key), name: source.name, kind: source.kind, title: source.title ?? null };
  };
  const toSource = (key: string): Source => {
    const source = fixtureSource(key);
    return {
      ...summary(key),
      description: source.description ?? null,
      affiliation: source.affiliation ? summary(source.affiliation) : null,
    };
  };
  const statisticId = (key: string) => `stat-${key}`;
  const statisticsByKey = new Map(story.statistics.map((statistic) => [statistic.key, statistic]));
  const statisticRef = (key: string | undefined) => {
    const statistic = key ? statisticsByKey.get(key) : undefined;
    return statistic ? { documentId: statisticId(statistic.key), value: statistic.value, valueText: statistic.valueText } : null;
  };

  return {
    documentId: `story-${index + 1}`,
    slug: story.slug ?? slugFromHeadline(story.headline),
    headline: story.headline,
    standfirst: story.standfirst ?? null,
    body: paragraphsToBlocks(story.body),
    byline: story.byline ?? null,
    dateline: story.dateline ?? null,
    section: story.section ?? null,
    tags: story.tags,
    publishedAt: story.status === 'published' ? FIXTURE_PUBLISHED_AT : null,
    updatedAt: FIXTURE_UPDATED_AT,
    quotes: story.quotes.map((quote, position) => ({
      documentId: `quote-${position + 1}`,
      text: quote.text,
      delivery: quote.delivery,
      deliveryNote: quote.deliveryNote ?? null,
      isPartial: quote.isPartial,
      speaker: quote.speaker ? toSource(quote.speaker) : null,
    })),
    statistics: story.statistics.map(
      (statistic): Statistic => ({
        documentId: statisticId(statistic.key),
        value: statistic.value,
        valueText: statistic.valueText,
        unit: statistic.unit ?? null,
        measures: statistic.measures,
        period: statistic.period ?? null,
        qualifier: statistic.qualifier,
        source: statistic.source ? toSource(statistic.source) : null,
        derivation: statistic.derivation?.type ?? null,
        baseline: statisticRef(statistic.derivation?.baseline),
        comparison: statisticRef(statistic.derivation?.comparison),
      })
    ),
    photoCaptions: story.photoCaptions.map((photo, position) => ({
      documentId: `photo-${position + 1}`,
      title: photo.title ?? null,
      caption: photo.caption,
      creditLine: photo.creditLine ?? null,
      creator: photo.creator ?? null,
      agency: photo.agency ?? null,
      copyrightNotice: photo.copyrightNotice ?? null,
      altText: photo.altText ?? null,
      peopleShown: photo.peopleShown,
      image: null,
    })),
    sources: story.sources
      .map(toSource)
      .sort((a, b) => a.name.localeCompare(b.name) || a.documentId.localeCompare(b.documentId)),
  };
};

/** The published article of seeds/article.json (its first story) as a `Story`. */
export const seededArticleStory = (): Story =>
  storyFromFixture(parseFixture('seeds/article.json', JSON.parse(readFileSync(ARTICLE_FIXTURE, 'utf8'))), 0);
