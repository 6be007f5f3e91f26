import type { Quote, Source, Statistic, Story } from '../../plugin/shared/contracts/story';
import type { Extraction, ExtractedQuote } from '../../plugin/shared/attribution';

export function quoteOf(result: Extraction, startsWith: string): ExtractedQuote {
  const found = result.quotes.find((q) => q.text.startsWith(startsWith));
  if (!found) throw new Error(`no quote starting with "${startsWith}" in ${JSON.stringify(result.quotes.map((q) => q.text))}`);
  return found;
}

export function source(name: string, over: Partial<Source> = {}): Source {
  return { documentId: `src-${name}`, name, kind: 'person', title: 'Mayor', description: null, affiliation: null, ...over };
}

export function quote(text: string, speaker: Source | null, over: Partial<Quote> = {}): Quote {
  return { documentId: `q-${text.slice(0, 12)}`, text, delivery: 'spoken', deliveryNote: null, isPartial: false, speaker, ...over };
}

export function statistic(over: Partial<Statistic> = {}): Statistic {
  return {
    documentId: 'stat-1',
    value: 43,
    valueText: '43 percent',
    unit: 'percent',
    measures: 'decrease in apprehensions',
    period: null,
    qualifier: 'exact',
    source: source('Agency', { kind: 'organization', title: null }),
    derivation: null,
    baseline: null,
    comparison: null,
    ...over,
  };
}

export function story(body: Story['body'], over: Partial<Story> = {}): Story {
  return {
    documentId: 'story-1',
    slug: 'story',
    headline: 'Headline',
    standfirst: null,
    body,
    byline: null,
    dateline: null,
    section: null,
    tags: [],
    publishedAt: null,
    updatedAt: null,
    quotes: [],
    statistics: [],
    photoCaptions: [],
    sources: [],
    ...over,
  };
}
