import { readFileSync } from 'fs';
import path from 'path';

import type { NewsroomFixture, StoryFixture } from '../../plugin/server/src/fixture/schema';
import { ROOT } from './env';

/** Sentences of the seeded article, without quotation marks, as material for synthetic stories. */
const articleSentences = (): string[] => {
  const text = readFileSync(path.join(ROOT, 'seeds', 'article.txt'), 'utf8');
  return text
    .split(/\n\n/)
    .slice(1, -1)
    .flatMap((paragraph) => paragraph.match(/[^.!?]+[.!?]+/g) ?? [])
    .map((sentence) => sentence.replace(/["“”]/g, '').trim())
    .filter((sentence) => sentence.split(' ').length >= 6);
};

const SPEAKERS = ['oscar-chacon', 'kevin-mcaleenan', 'alianza-americas', 'dhs'] as const;
const SPEAKER_NAMES: Record<(typeof SPEAKERS)[number], string> = {
  'oscar-chacon': 'Óscar Chacón',
  'kevin-mcaleenan': 'Kevin McAleenan',
  'alianza-americas': 'Alianza Americas',
  dhs: 'the Department of Homeland Security',
};

/**
 * A synthetic published story built from the article's sentences: `quoteCount` attributed quotes,
 * one sourced figure, one credited caption. Deterministic for a given `index`.
 */
export const syntheticStory = (index: number, quoteCount: number, sentences = articleSentences()): StoryFixture => {
  const pick = (offset: number) => sentences[(index * 7 + offset) % sentences.length];
  const quotes = Array.from({ length: quoteCount }, (_, n) => {
    const speaker = SPEAKERS[(index + n) % SPEAKERS.length];
    return { text: `${pick(n + 1).replace(/[.!?]+$/, '')} (${index}.${n})`, speaker };
  });
  const body = [
    `${pick(0)} Officials counted ${1000 + index} cases in the period.`,
    ...quotes.map((quote) => `"${quote.text}," ${SPEAKER_NAMES[quote.speaker]} said.`),
  ];
  return {
    status: 'published',
    slug: `bench-story-${index}-${quoteCount}-quotes`,
    headline: `Bench story ${index}: ${pick(2).split(' ').slice(0, 8).join(' ')}`,
    section: index % 2 ? 'U.S.' : 'World',
    tags: ['bench', index % 3 ? 'immigration' : 'border'],
    body,
    sources: [...new Set(quotes.map((quote) => quote.speaker))],
    quotes: quotes.map((quote) => ({ text: quote.text, speaker: quote.speaker, delivery: 'spoken', isPartial: false })),
    statistics: [
      { key: 'cases', valueText: `${1000 + index}`, value: 1000 + index, unit: 'cases', measures: 'cases counted', qualifier: 'exact', source: 'dhs' },
    ],
    photoCaptions: [{ caption: `Bench photo ${index}.`, creditLine: 'Tom Cooper/Getty', creator: 'Tom Cooper', agency: 'Getty Images', peopleShown: [] }],
  };
};

/** The article fixture's sources plus `count` synthetic stories; quote counts cycle through `quoteCounts`. */
export const syntheticFixture = (
  articleFixture: NewsroomFixture,
  from: number,
  count: number,
  quoteCountOf: (index: number) => number
): NewsroomFixture => {
  const sentences = articleSentences();
  return {
    sources: articleFixture.sources,
    stories: Array.from({ length: count }, (_, n) => syntheticStory(from + n, quoteCountOf(from + n), sentences)),
  } as NewsroomFixture;
};
