import { toJsonLd } from '../../../plugin/server/src/formats/jsonld';
import { blocksToText } from '../../../plugin/shared/attribution/text/blocks';
import type { Story } from '../../../plugin/shared/contracts/story';
import { FIXTURE_PUBLISHED_AT } from '../../support/story-from-fixture';
import { article, articleWithImageFile, articleWithScriptQuote, bareStory, BASE_URL, nullishPaths } from './story-variants';

type Node = { '@type'?: string; '@id'?: string; [property: string]: unknown };

const jsonLd = (story: Story = article()) => toJsonLd(story, { baseUrl: BASE_URL }) as Node;

const asArray = (value: unknown): Node[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]) as Node[];

/** Every node that defines something (has an @id and more than it), anywhere in the document. */
const definitions = (value: unknown, out: Node[] = []): Node[] => {
  if (Array.isArray(value)) value.forEach((item) => definitions(item, out));
  else if (value && typeof value === 'object') {
    const node = value as Node;
    if (typeof node['@id'] === 'string' && Object.keys(node).length > 1) out.push(node);
    Object.values(node).forEach((child) => definitions(child, out));
  }
  return out;
};

/** Every bare reference ({ "@id" } only), anywhere in the document. */
const references = (value: unknown, out: string[] = []): string[] => {
  if (Array.isArray(value)) value.forEach((item) => references(item, out));
  else if (value && typeof value === 'object') {
    const node = value as Node;
    const keys = Object.keys(node);
    if (keys.length === 1 && typeof node['@id'] === 'string') out.push(node['@id']);
    Object.values(node).forEach((child) => references(child, out));
  }
  return out;
};

/** Follows a { "@id" } reference to the node defined in the same document. */
const resolver = (document: Node) => {
  const byId = new Map(definitions(document).map((node) => [node['@id'], node]));
  return (value: unknown): Node | undefined => {
    const node = value as Node | undefined;
    if (!node || typeof node['@id'] !== 'string' || Object.keys(node).length > 1) return node;
    return byId.get(node['@id']);
  };
};

const ofType = (document: Node, type: string) => asArray(document.hasPart).filter((node) => node['@type'] === type);

describe('toJsonLd, the seeded article', () => {
  it('is a schema.org NewsArticle with the story fields', () => {
    const document = jsonLd();
    const story = article();
    expect(document).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      '@id': 'https://news.example.com/stories/story-1',
      url: `https://news.example.com/stories/${story.slug}`,
      headline: story.headline,
      description: story.standfirst,
      articleSection: 'U.S.',
      keywords: ['immigration', 'ICE', 'El Paso shooting', 'border'],
      dateline: 'WASHINGTON',
      datePublished: FIXTURE_PUBLISHED_AT,
      dateModified: FIXTURE_PUBLISHED_AT,
    });
    expect(document.articleBody).toBe(blocksToText(story.body));
    expect(document.articleBody).not.toMatch(/<[a-z]/i);
  });

  it('credits the byline honestly: "Newsweek staff" is an Organization, not a Person', () => {
    expect(jsonLd().author).toEqual([{ '@type': 'Organization', name: 'Newsweek staff' }]);
    expect(jsonLd({ ...article(), byline: 'By Jane Roe and John Doe' }).author).toEqual([
      { '@type': 'Person', name: 'Jane Roe' },
      { '@type': 'Person', name: 'John Doe' },
    ]);
    expect(jsonLd({ ...article(), byline: 'Kevin McAleenan' }).author).toEqual([
      { '@id': 'https://news.example.com/sources/src-kevin-mcaleenan' },
    ]);
  });

  it('has the 14 quotes as Quotation items, in order', () => {
    const quotations = ofType(jsonLd(), 'Quotation');
    expect(quotations).toHaveLength(14);
    expect(quotations.map((quote) => quote.text)).toEqual(article().quotes.map((quote) => quote.text));
  });

  it('attributes "Laws should not be used..." to Óscar Chacón, a Person affiliated with Alianza Americas', () => {
    const document = jsonLd();
    const resolve = resolver(document);
    const quote = ofType(document, 'Quotation').find((node) => String(node.text).startsWith('Laws should not be used'));
    const speaker = resolve(quote?.spokenByCharacter);
    expect(speaker).toMatchObject({ '@type': 'Person', '@id': 'https://news.example.com/sources/src-oscar-chacon', name: 'Óscar Chacón', jobTitle: 'Executive director' });
    expect(resolve(quote?.creator)).toBe(speaker);
    expect(resolve(speaker?.affiliation)).toMatchObject({ '@type': 'Organization', name: 'Alianza Americas' });
  });

  it('keeps how a statement reached the reporter, and gives the unnamed spokesperson no name', () => {
    const document = jsonLd();
    const resolve = resolver(document);
    const quotes = ofType(document, 'Quotation');
    expect(quotes.find((quote) => String(quote.text).startsWith('an operation by ICE'))?.description).toBe('in a statement sent to Newsweek');
    const spokesperson = resolve(quotes.find((quote) => quote.text === 'accurate')?.spokenByCharacter);
    expect(spokesperson).toMatchObject({ '@type': 'Person', jobTitle: 'Spokesperson' });
    expect(spokesperson).not.toHaveProperty('name');
    expect(resolve(spokesperson?.affiliation)).toMatchObject({ '@type': 'Organization', name: "Trump's 2020 re-election campaign" });
    expect(resolve(quotes[0]?.spokenByCharacter)).toMatchObject({ '@type': 'Organization', name: 'Alianza Americas' });
  });

  it('describes the photo as an ImageObject with caption, creditText "Tom Cooper/Getty" and its creator', () => {
    const document = jsonLd();
    const resolve = resolver(document);
    const [image, ...others] = asArray(document.image);
    expect(others).toEqual([]);
    expect(image).toMatchObject({ '@type': 'ImageObject', name: 'ICE protest', caption: article().photoCaptions[0]?.caption, creditText: 'Tom Cooper/Getty' });
    expect(resolve(image?.creator)).toMatchObject({ '@type': 'Person', name: 'Tom Cooper' });
    expect(resolve(image?.provider)).toMatchObject({ '@type': 'Organization', name: 'Getty Images' });
    expect(image?.about).toContainEqual({ '@type': 'Person', name: 'Kimberlin Bautista' });
    expect(image).not.toHaveProperty('copyrightNotice');
  });

  it('adds the copyright notice, an absolute contentUrl and pixel sizes when the photo has them', () => {
    const [image] = asArray(jsonLd(articleWithImageFile()).image);
    expect(image).toMatchObject({
      copyrightNotice: '© 2019 Getty Images',
      contentUrl: 'https://news.example.com/uploads/ice_protest.jpg',
      encodingFormat: 'image/jpeg',
      width: { '@type': 'QuantitativeValue', value: 1200, unitCode: 'E37' },
    });
  });

  it('has the 43 percent figure as an Observation, claimed by Kevin McAleenan and based on 144,000 and 82,000', () => {
    const document = jsonLd();
    const resolve = resolver(document);
    const claims = ofType(document, 'Claim');
    expect(claims).toHaveLength(9);
    const claim = claims.find((node) => (node.about as Node | undefined)?.name === '43 percent');
    expect(claim?.about).toMatchObject({
      '@type': 'Observation',
      value: 43,
      unitText: 'percent',
      variableMeasured: 'decrease in CBP apprehensions and encounters from May to July',
      measurementMethod: 'percent decrease: 144,000 to 82,000',
    });
    expect(resolve(claim?.author)).toMatchObject({ '@type': 'Person', name: 'Kevin McAleenan' });
    expect(claim?.appearance).toEqual({ '@id': document['@id'] });
    const inputs = asArray(claim?.isBasedOn).map((ref) => (resolve(ref)?.about as Node | undefined)?.value);
    expect(inputs).toEqual([144000, 82000]);
  });

  it('states "more than 150,000" as a lower bound, not as an exact value', () => {
    const claim = ofType(jsonLd(), 'Claim').find((node) => (node.about as Node | undefined)?.name === '150,000');
    expect(claim?.about).toMatchObject({ minValue: 150000 });
    expect(claim?.about).not.toHaveProperty('value');
    expect(claim?.name).toMatch(/^more than 150,000: families/);
  });

  it('defines each source once, by @id, and every reference points to a node of the document', () => {
    const document = jsonLd();
    const defined = definitions(document).map((node) => node['@id']);
    const sources = defined.filter((id) => String(id).includes('/sources/'));
    expect(new Set(sources).size).toBe(sources.length);
    expect(sources).toHaveLength(10);
    for (const id of references(document)) expect(defined).toContain(id);
  });

  it('writes no null or undefined', () => {
    expect(nullishPaths(jsonLd())).toEqual([]);
    expect(nullishPaths(jsonLd(articleWithImageFile()))).toEqual([]);
    expect(JSON.stringify(jsonLd())).not.toMatch(/undefined|:null\b/);
  });

  it('keeps a quote containing <script> as data, not markup', () => {
    const quotations = ofType(jsonLd(articleWithScriptQuote()), 'Quotation');
    expect(quotations).toHaveLength(15);
    expect(quotations[14]?.text).toBe('<script>alert("pwned")</script> & more');
  });
});

describe('toJsonLd, edge cases', () => {
  it('writes only what a bare story has', () => {
    const document = toJsonLd(bareStory(), { baseUrl: 'http://localhost:1337' }) as Node;
    expect(nullishPaths(document)).toEqual([]);
    expect(Object.keys(document).sort()).toEqual(
      ['@context', '@id', '@type', 'articleBody', 'headline', 'identifier', 'mainEntityOfPage', 'url', 'wordCount'].sort()
    );
  });

  it('points a quote from a document to it with isBasedOn, not as a speaker', () => {
    const story = article();
    const report = { documentId: 'report-1', name: 'CBP monthly report', kind: 'document' as const, title: null, description: null, affiliation: null };
    const [first] = story.quotes;
    const document = jsonLd({ ...story, quotes: [{ ...first!, speaker: report }] });
    const [quote] = ofType(document, 'Quotation');
    expect(quote).not.toHaveProperty('spokenByCharacter');
    expect(quote?.isBasedOn).toEqual({ '@id': 'https://news.example.com/sources/report-1' });
    expect(resolver(document)(quote?.isBasedOn)).toMatchObject({ '@type': 'CreativeWork', name: 'CBP monthly report' });
  });
});
