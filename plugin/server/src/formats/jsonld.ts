import type { Story } from '../../../shared/contracts/story';
import { blocksToText } from '../../../shared/attribution/text/blocks';
import { bylineAuthors } from './jsonld-authors';
import { entityRegistry } from './jsonld-entities';
import { imageObject } from './jsonld-image';
import { quotation } from './jsonld-quotes';
import { figureClaim } from './jsonld-statistics';
import type { JsonLdNode } from './jsonld-types';
import { pruneRoot } from './prune';
import { storyDates } from './story-dates';
import { normalizeBaseUrl, storyUri, storyUrl, type FormatOptions } from './urls';

/**
 * A published story as a schema.org NewsArticle in JSON-LD.
 * - `@id` is the persistent story identifier (baseUrl/stories/<documentId>), `url` the slug address;
 * - every source is defined once in `mentions` (@id baseUrl/sources/<documentId>) and referred to
 *   by @id from authors, quotations, figures and images;
 * - quotes (Quotation) and figures (Claim about an Observation) are listed in `hasPart`, in
 *   reading order: the words and numbers appear in the article's text.
 */
const wordCount = (text: string) => text.match(/\S+/g)?.length ?? 0;

export const toJsonLd = (story: Story, options: FormatOptions): object => {
  const base = normalizeBaseUrl(options.baseUrl);
  const id = storyUri(base, story.documentId);
  const url = storyUrl(base, story.slug);
  const dates = storyDates(story);
  const registry = entityRegistry(story, base);
  const articleBody = blocksToText(story.body);
  const figuresInStory = new Set(story.statistics.map((statistic) => statistic.documentId));
  const article: JsonLdNode = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': id,
    url,
    mainEntityOfPage: url,
    identifier: story.documentId,
    headline: story.headline,
    description: story.standfirst,
    articleBody,
    wordCount: articleBody.trim() === '' ? undefined : wordCount(articleBody),
    articleSection: story.section,
    keywords: [...new Set(story.tags)],
    dateline: story.dateline,
    datePublished: dates.published,
    dateModified: dates.modified,
    author: bylineAuthors(story.byline, registry),
    image: story.photoCaptions.map((photo) => imageObject(photo, base, registry)),
    hasPart: [
      ...story.quotes.map((quote) => quotation(quote, id, registry)),
      ...story.statistics.map((statistic) => figureClaim(statistic, id, registry, figuresInStory)),
    ],
    mentions: registry.nodes,
  };
  return pruneRoot(article);
};
