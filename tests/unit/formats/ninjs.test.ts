import { toNinjs } from '../../../plugin/server/src/formats/ninjs';
import { blocksToText } from '../../../plugin/shared/attribution/text/blocks';
import { FIXTURE_PUBLISHED_AT } from '../../support/story-from-fixture';
import { ninjsErrors, officialExamples } from './ninjs-validator';
import {
  article,
  articleWithImageFile,
  articleWithScriptQuote,
  bareStory,
  BASE_URL,
  nullishPaths,
  SCRIPT_QUOTE,
} from './story-variants';

type Entity = { name?: string; rel?: string; uri?: string };
type Text = { role?: string; contentType?: string; value: string };
interface Ninjs {
  uri: string;
  type?: string;
  firstCreated?: string;
  versionCreated?: string;
  by?: string;
  located?: string;
  slugline?: string;
  headlines?: Text[];
  descriptions?: Text[];
  bodies?: (Text & { wordCount?: number })[];
  people?: Entity[];
  organisations?: Entity[];
  subjects?: Entity[];
  infoSources?: { name?: string; role?: string }[];
  copyrightNotice?: string;
  renditions?: { name: string; href?: string; width?: number; height?: number; contentType?: string }[];
  associations?: (Ninjs & { name: string; rel?: string })[];
}

const ninjs = (story = article()) => toNinjs(story, { baseUrl: BASE_URL }) as Ninjs;

describe('the ninjs 3.1 validator', () => {
  it.each(officialExamples())('accepts the official example %s', (_file, example) => {
    expect(ninjsErrors(example)).toEqual([]);
  });

  it('finds the four official examples', () => {
    expect(officialExamples()).toHaveLength(4);
  });

  it('rejects what the schema forbids: extra properties, relative URIs, dates without a zone, nameless associations', () => {
    const valid = ninjs();
    expect(ninjsErrors({ ...valid, quotes: [] })).not.toEqual([]);
    expect(ninjsErrors({ ...valid, uri: '/stories/1' })).not.toEqual([]);
    expect(ninjsErrors({ ...valid, versionCreated: '2019-08-09T14:07:29' })).not.toEqual([]);
    expect(ninjsErrors({ ...valid, associations: [{ uri: 'https://x.example/p' }] })).not.toEqual([]);
    expect(ninjsErrors({ ...valid, people: [{ name: 'Óscar Chacón', title: 'Executive director' }] })).not.toEqual([]);
  });
});

describe('toNinjs, the seeded article', () => {
  it('validates against the official ninjs 3.1 schema', () => {
    expect(ninjsErrors(ninjs())).toEqual([]);
  });

  it('identifies the story by a stable URI from baseUrl and documentId, and says which standard it follows', () => {
    const item = ninjs();
    expect(item.uri).toBe('https://news.example.com/stories/story-1');
    expect(toNinjs(article(), { baseUrl: 'https://news.example.com' })).toMatchObject({ uri: item.uri });
    expect(item).toMatchObject({ type: 'text', standard: { name: 'ninjs', version: '3.1' } });
    expect(item.slugline).toBe('us-should-divert-funding-for-ice-raids-to-efforts-to-combat-white-nationalist-terrorism');
  });

  it('dates the item: firstCreated is publishedAt, versionCreated never before it', () => {
    const item = ninjs();
    expect(item.firstCreated).toBe(FIXTURE_PUBLISHED_AT);
    expect(item.versionCreated).toBe(FIXTURE_PUBLISHED_AT);
    const edited = ninjs({ ...article(), updatedAt: '2019-08-10T09:00:00.000Z' });
    expect(edited.versionCreated).toBe('2019-08-10T09:00:00.000Z');
  });

  it('carries headline, standfirst, byline and dateline', () => {
    const item = ninjs();
    expect(item.headlines).toEqual([{ role: 'main', value: article().headline }]);
    expect(item.descriptions).toContainEqual({ role: 'summary', contentType: 'text/plain', value: article().standfirst });
    expect(item.by).toBe('Newsweek staff');
    expect(item.located).toBe('WASHINGTON');
  });

  it('has a plain-text body and an HTML rendition of it', () => {
    const [plain, html] = ninjs().bodies ?? [];
    expect(plain).toMatchObject({ role: 'main', contentType: 'text/plain', value: blocksToText(article().body) });
    expect(plain?.wordCount).toBeGreaterThan(500);
    expect(html).toMatchObject({ role: 'richtext', contentType: 'text/html' });
    expect(html?.value.match(/<p>/g)).toHaveLength(17);
    expect(html?.value).toContain('&quot;Laws should not be used to criminalize migrant workers');
  });

  it('lists section and tags as subjects', () => {
    expect(ninjs().subjects).toEqual([
      { name: 'U.S.', rel: 'section' },
      { name: 'immigration', rel: 'keyword' },
      { name: 'ICE', rel: 'keyword' },
      { name: 'El Paso shooting', rel: 'keyword' },
      { name: 'border', rel: 'keyword' },
    ]);
  });

  it('lists Óscar Chacón among the people as a quoted source, with his role and affiliation in the sources description', () => {
    const item = ninjs();
    expect(item.people).toContainEqual({ name: 'Óscar Chacón', rel: 'quoted', uri: 'https://news.example.com/sources/src-oscar-chacon' });
    const sources = item.descriptions?.find((description) => description.role === 'sources');
    expect(sources?.value.split('\n')).toContain('Óscar Chacón, Executive director, Alianza Americas');
    expect(sources?.value.split('\n')).toContain('A campaign spokesperson, Spokesperson, Trump\'s 2020 re-election campaign');
  });

  it('puts organisations (with affiliations) apart from people, and leaves the unnamed spokesperson out of both', () => {
    const item = ninjs();
    const names = (entities: Entity[] | undefined) => (entities ?? []).map((entity) => entity.name);
    expect(item.organisations).toContainEqual({ name: 'Alianza Americas', rel: 'quoted', uri: 'https://news.example.com/sources/src-alianza-americas' });
    expect(item.organisations).toContainEqual(expect.objectContaining({ name: 'Getty Images', rel: 'affiliation' }));
    expect(names(item.people)).toEqual(['Donald Trump', 'Kevin McAleenan', 'Óscar Chacón', 'Tom Cooper']);
    expect(names(item.people)).not.toContain('A campaign spokesperson');
    expect(names(item.organisations)).not.toContain('Óscar Chacón');
  });

  it('attaches the photo as a picture association with its caption and the credit "Tom Cooper/Getty"', () => {
    const [photo, ...others] = ninjs().associations ?? [];
    expect(others).toEqual([]);
    expect(photo).toMatchObject({ name: 'ICE protest', rel: 'photo', type: 'picture', uri: 'https://news.example.com/photos/photo-1', by: 'Tom Cooper/Getty' });
    expect(photo?.descriptions).toContainEqual({ role: 'caption', contentType: 'text/plain', value: article().photoCaptions[0]?.caption });
    expect(photo?.descriptions).toContainEqual(expect.objectContaining({ role: 'alt-text' }));
    expect(photo?.people).toContainEqual({ name: 'Tom Cooper', rel: 'creator' });
    expect(photo?.people).toContainEqual({ name: 'Amy Bautista', rel: 'depicted' });
    expect(photo?.infoSources).toEqual([{ name: 'Getty Images', role: 'source' }]);
    expect(photo?.renditions).toBeUndefined();
    expect(photo?.copyrightNotice).toBeUndefined();
  });

  it('gives the photo a rendition with an absolute URL and its copyright notice when the story has them', () => {
    const item = ninjs(articleWithImageFile());
    expect(ninjsErrors(item)).toEqual([]);
    const [photo] = item.associations ?? [];
    expect(photo?.copyrightNotice).toBe('© 2019 Getty Images');
    expect(photo?.renditions).toEqual([
      { name: 'original', href: 'https://news.example.com/uploads/ice_protest.jpg', contentType: 'image/jpeg', width: 1200, height: 800 },
    ]);
  });

  it('escapes a quote containing <script> in the HTML body', () => {
    const item = ninjs(articleWithScriptQuote());
    expect(ninjsErrors(item)).toEqual([]);
    const html = item.bodies?.find((body) => body.contentType === 'text/html')?.value ?? '';
    expect(html).not.toContain('<script');
    expect(html).toContain('<p>&quot;&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; more,&quot; a commenter wrote.</p>');
    const plain = item.bodies?.find((body) => body.contentType === 'text/plain')?.value ?? '';
    expect(plain).toContain(SCRIPT_QUOTE);
  });

  it('writes no null or undefined', () => {
    expect(nullishPaths(ninjs())).toEqual([]);
  });
});

describe('toNinjs, edge cases', () => {
  it('validates a story with nothing optional, writing nothing for what it lacks', () => {
    const item = toNinjs(bareStory(), { baseUrl: 'http://localhost:1337' }) as Ninjs;
    expect(ninjsErrors(item)).toEqual([]);
    expect(nullishPaths(item)).toEqual([]);
    expect(item).not.toHaveProperty('firstCreated');
    expect(item).not.toHaveProperty('people');
    expect(item).not.toHaveProperty('associations');
    expect(item.bodies?.[1]?.value).toBe('<p>One paragraph.</p>\n<p>Two paragraphs.</p>');
  });

  it('refuses a baseUrl that is not an absolute http(s) URL', () => {
    expect(() => toNinjs(article(), { baseUrl: '/relative' })).toThrow(/baseUrl/);
    expect(() => toNinjs(article(), { baseUrl: 'ftp://example.com' })).toThrow(/baseUrl/);
  });
});
