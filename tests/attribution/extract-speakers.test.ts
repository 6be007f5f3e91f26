import { extract } from '../../plugin/shared/attribution';
import { quoteOf } from './helpers';

const HEAD = 'Storm Hits Coast\n\n';

describe('extract: speakers', () => {
  it('finds speakers named after the quote, inverted or not', () => {
    const text = `${HEAD}"The levee held," said Maria Lopez, the county engineer.\n\n"We were lucky," Tom Berg told the Herald.`;
    const result = extract(text);
    expect(quoteOf(result, 'The levee').speaker).toBe('Maria Lopez');
    expect(quoteOf(result, 'We were lucky')).toMatchObject({ speaker: 'Tom Berg', delivery: 'spoken', deliveryNote: 'told the Herald' });
  });

  it('reads an appositive title and affiliation, even without the closing comma', () => {
    const text = `${HEAD}Jana Novak, the executive director of Coastal Watch said the state "waited too long."`;
    expect(quoteOf(extract(text), 'waited')).toMatchObject({
      speaker: 'Jana Novak',
      speakerTitle: 'executive director',
      speakerAffiliation: 'Coastal Watch',
    });
  });

  it('splits a title written before the name', () => {
    const text = `${HEAD}"Crews are out," FEMA Regional Administrator Luis Ortega said in a statement.`;
    expect(quoteOf(extract(text), 'Crews')).toMatchObject({
      speaker: 'Luis Ortega',
      speakerTitle: 'Regional Administrator',
      speakerAffiliation: 'FEMA',
      delivery: 'statement',
      deliveryNote: 'in a statement',
    });
  });

  it('names the speaker in the fullest form the text introduced', () => {
    const text = `${HEAD}Óscar Ruiz, a fisherman, lost his boat.\n\n"It is gone," Ruiz said.`;
    expect(quoteOf(extract(text), 'It is gone').speaker).toBe('Óscar Ruiz');
  });

  it('resolves "he said" to the last fitting person and "the group said" to the last organization', () => {
    const text =
      `${HEAD}The Harbor Alliance, a coalition of 30 marinas, asked for aid.\n\n` +
      `"We need help now," the group said.\n\nCaptain John Reed said the pier collapsed.\n\n"I saw it go," he said.`;
    const result = extract(text);
    expect(quoteOf(result, 'We need help').speaker).toBe('Harbor Alliance');
    expect(quoteOf(result, 'I saw it go').speaker).toBe('John Reed');
  });

  it('resolves a description to the person whose title names the organization', () => {
    const text = `${HEAD}NOAA Director Rick Spinrad warned of more storms.\n\nThe NOAA chief said the season was "far from over."`;
    expect(quoteOf(extract(text), 'far from over').speaker).toBe('Rick Spinrad');
  });

  it('gives a second quote in the paragraph to the same speaker, and a quote-only paragraph too', () => {
    const text = `${HEAD}"The water came fast," Mayor Ana Ortiz said. "Nobody expected it."\n\n"We will rebuild."`;
    const result = extract(text);
    expect(quoteOf(result, 'Nobody expected').speaker).toBe('Ana Ortiz');
    const continued = quoteOf(result, 'We will rebuild');
    expect(continued.speaker).toBe('Ana Ortiz');
    expect(continued.confidence).toBeLessThan(quoteOf(result, 'The water').confidence);
  });

  it('reports anonymous sources as such', () => {
    const text = `${HEAD}"Nobody is in charge," a senior official said.`;
    const q = quoteOf(extract(text), 'Nobody');
    expect(q).toMatchObject({ speaker: 'a senior official', speakerKind: 'anonymous' });
    expect(extract(text).sources).toEqual([expect.objectContaining({ name: 'a senior official', kind: 'anonymous' })]);
  });

  it('uses "according to"', () => {
    const text = `${HEAD}"Expect delays," according to the Port Authority of Bayside.`;
    expect(quoteOf(extract(text), 'Expect').speaker).toBe('Port Authority of Bayside');
  });

  it('returns no speaker rather than a guess when the text does not say', () => {
    const text = `${HEAD}The storm passed at dawn.\n\n"It was loud."`;
    const q = quoteOf(extract(text), 'It was loud');
    expect(q.speaker).toBeNull();
    expect(q.confidence).toBeLessThan(0.5);
  });

  it('does not guess "she" between two people of unknown gender', () => {
    const text = `${HEAD}Kim Alvarez met Robin Tate on the pier, and Tate later met Alvarez again.\n\n"It was over quickly," she said.`;
    expect(quoteOf(extract(text), 'It was over').speaker).toBeNull();
  });

  it('classifies written and social-media delivery', () => {
    const text = `${HEAD}"Stay inside," Governor Lee Park wrote on Twitter.\n\n"Roads are closed," Park wrote in a letter to residents.`;
    const result = extract(text);
    expect(quoteOf(result, 'Stay inside').delivery).toBe('social-media');
    expect(quoteOf(result, 'Roads are closed')).toMatchObject({ delivery: 'written', deliveryNote: 'in a letter' });
  });

  it('reads the subject past a relative clause and a description placed before the name', () => {
    const text =
      `${HEAD}A senior official at the Ministry of Works, who spoke on condition of anonymity, said the bridge was "unsafe for weeks."\n\n` +
      `The agency's director, Mirela Novak, said: "Crews are on the way."`;
    const result = extract(text);
    expect(quoteOf(result, 'unsafe')).toMatchObject({ speaker: 'A senior official at the Ministry of Works', speakerKind: 'anonymous' });
    expect(quoteOf(result, 'Crews are')).toMatchObject({ speaker: 'Mirela Novak', speakerTitle: 'director' });
  });
});
