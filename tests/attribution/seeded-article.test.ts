import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../plugin/shared/attribution';

const ARTICLE = join(__dirname, '../../seeds/article.txt');

// The seeded Newsweek article: every one of its 14 quotes, with its true speaker (from the issue).
const EXPECTED: Array<[string, string]> = [
  ['white nationalist terrorism', 'Alianza Americas'],
  ['an operation by ICE', 'Alianza Americas'],
  ['These actions come only days', 'Alianza Americas'],
  ['act of terror committed', 'Óscar Chacón'],
  ['are a waste of public resources', 'Óscar Chacón'],
  ['Laws should not be used', 'Óscar Chacón'],
  ['the damage done by our unjust', 'Óscar Chacón'],
  ['Raids targeting workers', 'Óscar Chacón'],
  ['invasion', 'Donald Trump'],
  ['accurate', 'a campaign spokesperson'],
  ['Just two months ago', 'Kevin McAleenan'],
  ['In July, that number was 82,000', 'Kevin McAleenan'],
  ['very clear', 'Kevin McAleenan'],
  ['we remain at and beyond crisis levels', 'Kevin McAleenan'],
];

describe('seeded article', () => {
  const text = readFileSync(ARTICLE, 'utf8');
  const result = extract(text);

  it('finds exactly its 14 quotes, with their speakers', () => {
    expect(result.quotes.map((q) => [q.text.slice(0, EXPECTED.find(([s]) => q.text.startsWith(s))?.[0].length ?? 20), q.speaker])).toEqual(EXPECTED);
  });

  it('gives titles, affiliations and delivery as the text states them', () => {
    const chacon = result.quotes.find((q) => q.text.startsWith('Raids'))!;
    expect(chacon).toMatchObject({ speakerTitle: 'executive director', speakerAffiliation: 'Alianza Americas', deliveryNote: 'in a separate statement posted online' });
    expect(result.quotes.find((q) => q.text.startsWith('an operation'))).toMatchObject({ delivery: 'statement', deliveryNote: 'in a statement sent to Newsweek' });
    expect(result.quotes.find((q) => q.text === 'accurate')!.speakerKind).toBe('anonymous');
    expect(result.quotes.find((q) => q.text.startsWith('Just two'))).toMatchObject({ speakerTitle: 'Acting Secretary', speakerAffiliation: 'DHS' });
  });

  it('reads the statistics with their sources and excludes years, names and ages', () => {
    const byText = new Map<string, (typeof result.statistics)[number]>();
    for (const s of result.statistics) if (!byText.has(s.valueText)) byText.set(s.valueText, s);
    expect(byText.get('144,000')).toMatchObject({ value: 144000, source: 'Kevin McAleenan' });
    expect(byText.get('43 percent')).toMatchObject({ unit: 'percent', measures: 'decrease from May', source: 'Kevin McAleenan' });
    expect(byText.get('20 percent')).toMatchObject({ qualifier: 'more-than', source: 'Department of Homeland Security' });
    expect(byText.get('680')).toMatchObject({ measures: 'immigrant workers' });
    for (const excluded of ['2020', '2016', '8', '3', '13']) expect(byText.has(excluded)).toBe(false);
  });

  it('reads the photo caption and its credit', () => {
    expect(result.photoCaptions).toEqual([
      expect.objectContaining({ title: 'ICE protest', credit: 'Tom Cooper/Getty', creator: 'Tom Cooper', agency: 'Getty' }),
    ]);
    expect(result.photoCaptions[0]!.caption).toMatch(/^Wendy, Amy \(3\) and Kimberlin Bautista .* detention centers\.$/);
  });
});
