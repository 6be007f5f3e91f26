import { extract } from '../../plugin/shared/attribution';
import { quoteOf } from './helpers';

const HEAD = 'Council Approves Budget\n\n';

describe('extract: quote spans', () => {
  it('reads straight and curly quotes, without the trailing comma, with exact offsets', () => {
    const text = `${HEAD}"We will fix the roads," Mayor Ana Ortiz said.\n\n“Taxes stay flat,” she added.`;
    const result = extract(text);
    expect(result.headline).toBe('Council Approves Budget');
    expect(result.quotes.map((q) => q.text)).toEqual(['We will fix the roads', 'Taxes stay flat']);
    for (const q of result.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('keeps a quote over several paragraphs as one span', () => {
    const text = `${HEAD}Ortiz spoke for an hour.\n\n"The first thing is the roads.\n\n"The second thing is the schools," she said.`;
    const [only, ...rest] = extract(text).quotes;
    expect(rest).toHaveLength(0);
    expect(only!.text).toBe('The first thing is the roads.\n\n"The second thing is the schools');
    expect(text.slice(only!.start, only!.end)).toBe(only!.text);
  });

  it('reads a quote whose opening mark follows a comma with no space', () => {
    const text = `${HEAD}The Dockworkers Union noted in a statement sent to Reuters,"the deal is done."`;
    const q = quoteOf(extract(text), 'the deal');
    expect(q).toMatchObject({
      text: 'the deal is done.',
      speaker: 'Dockworkers Union',
      delivery: 'statement',
      deliveryNote: 'in a statement sent to Reuters',
    });
  });

  it('keeps editorial insertions inside the quote', () => {
    const text = `${HEAD}"They [the board] ignored us," Ortiz said.`;
    expect(extract(text).quotes[0]!.text).toBe('They [the board] ignored us');
  });

  it('marks partial quotes embedded in a sentence', () => {
    const text = `${HEAD}Mayor Ana Ortiz called the plan "a disgrace to the city" on Monday.\n\nOrtiz said, "We will vote no."`;
    const result = extract(text);
    expect(quoteOf(result, 'a disgrace').isPartial).toBe(true);
    expect(quoteOf(result, 'We will vote').isPartial).toBe(false);
  });

  it('tells scare quotes from speech', () => {
    const text = `${HEAD}Residents of the so-called "tent city" gathered on Monday.\n\nThe "smart" meters were installed in May.`;
    const result = extract(text);
    expect(result.quotes.map((q) => [q.text, q.kind])).toEqual([
      ['tent city', 'scare'],
      ['smart', 'scare'],
    ]);
  });

  it('treats a short quote as speech when a speaker uses it', () => {
    const text = `${HEAD}Senator Paul Reyes called the bill "reckless" in a floor speech.`;
    const q = quoteOf(extract(text), 'reckless');
    expect(q.kind).toBe('speech');
    expect(q.speaker).toBe('Paul Reyes');
  });

  it('drops an opening mark that is never closed', () => {
    const text = `${HEAD}He said "this never ends.\n\nA normal paragraph follows.`;
    expect(extract(text).quotes).toEqual([]);
  });

  it('keeps headline quotes apart from body quotes', () => {
    const text = `Mayor Says Plan Is 'A Disgrace'\n\nThe mayor spoke.`;
    const result = extract(text);
    expect(result.headlineQuotes.map((q) => q.text)).toEqual(['A Disgrace']);
    expect(result.quotes).toEqual([]);
  });
});
