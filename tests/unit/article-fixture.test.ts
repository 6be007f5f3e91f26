import { readFileSync } from 'fs';

import { parseFixture, type StoryFixture } from '../../plugin/server/src/fixture/schema';
import { ARTICLE_FIXTURE, ARTICLE_TEXT } from '../support/paths';

const fixture = parseFixture('seeds/article.json', JSON.parse(readFileSync(ARTICLE_FIXTURE, 'utf8')));
const articleText = readFileSync(ARTICLE_TEXT, 'utf8');
const [article, demoDraft] = fixture.stories as [StoryFixture, StoryFixture];
const bodyText = article.body.join('\n\n');

/** Every span between a pair of straight double quotes, minus the trailing comma American style puts inside. */
const quotedSpans = (text: string) =>
  [...text.matchAll(/"([^"]*)"/g)].map((match) => match[1].replace(/,$/, ''));

describe('seeds/article.json, the structured article', () => {
  it('holds the text of seeds/article.txt exactly: headline, paragraphs, then the photo caption', () => {
    const [caption] = article.photoCaptions;
    const rebuilt = [
      article.headline,
      ...article.body,
      `${caption.title}\n${caption.caption} ${caption.creditLine}`,
    ].join('\n\n');
    expect(rebuilt).toBe(articleText);
  });

  it('has a Quote for each of the 14 quoted spans, in order, each verbatim in the body', () => {
    const spans = quotedSpans(bodyText);
    expect(spans).toHaveLength(14);
    expect(article.quotes.map((quote) => quote.text)).toEqual(spans);
    for (const quote of article.quotes) expect(bodyText).toContain(quote.text);
  });

  it('attributes every quote and every figure of the published article to a known source', () => {
    const keys = new Set(fixture.sources.map((source) => source.key));
    for (const quote of article.quotes) expect(keys.has(quote.speaker!)).toBe(true);
    for (const statistic of article.statistics) expect(keys.has(statistic.source!)).toBe(true);
  });

  it('resolves the pronouns and descriptions the text uses', () => {
    const speakerOf = (start: string) => article.quotes.find((quote) => quote.text.startsWith(start))?.speaker;
    expect(speakerOf('These actions')).toBe('alianza-americas'); // "the coalition said"
    expect(speakerOf('Laws should not')).toBe('oscar-chacon'); // "he said"
    expect(speakerOf('we remain at')).toBe('kevin-mcaleenan'); // "the DHS chief maintained"
    expect(speakerOf('accurate')).toBe('trump-campaign-spokesperson');
  });

  it('states each figure as the text writes it', () => {
    for (const statistic of article.statistics) expect(bodyText).toContain(statistic.valueText);
  });

  it('derives the 43 percent decrease from May and July figures that support it', () => {
    const byKey = new Map(article.statistics.map((statistic) => [statistic.key, statistic]));
    const decrease = byKey.get('may-to-july-decrease')!;
    const may = byKey.get(decrease.derivation!.baseline)!.value;
    const july = byKey.get(decrease.derivation!.comparison)!.value;
    expect(Math.round(((may - july) / may) * 100)).toBe(decrease.value);
  });

  it('credits the photo', () => {
    expect(article.photoCaptions[0]).toMatchObject({ creditLine: 'Tom Cooper/Getty', creator: 'Tom Cooper', agency: 'Getty Images' });
  });
});

describe('seeds/article.json, the demo draft', () => {
  it('is a draft', () => {
    expect(demoDraft.status).toBe('draft');
  });

  it('carries the problems it is built to show', () => {
    const body = demoDraft.body.join('\n\n');
    expect(demoDraft.quotes.some((quote) => quote.speaker === null)).toBe(true); // unattributed
    expect(demoDraft.quotes.some((quote) => !body.includes(quote.text))).toBe(true); // misquote
    expect(demoDraft.statistics.some((statistic) => statistic.source === null)).toBe(true); // unsourced
    expect(demoDraft.photoCaptions.some((caption) => !caption.creditLine)).toBe(true); // uncredited
  });
});
