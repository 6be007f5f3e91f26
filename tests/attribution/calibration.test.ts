import { extract } from '../../plugin/shared/attribution';
import { quoteOf } from './helpers';

describe('speaker confidence', () => {
  const text = 'Headline\n\n"We will rebuild every pier," Mayor Ana Ortiz said on Monday.\n\n"It will take a year," she said.\n\n"The money is there," said the Port Authority.';
  const result = extract(text);

  it('tells how each speaker was read, and ranks a name next to the quote above a pronoun or an organization', () => {
    const named = quoteOf(result, 'We will rebuild');
    const pronoun = quoteOf(result, 'It will take');
    const organization = quoteOf(result, 'The money');
    expect(named).toMatchObject({ speaker: 'Ana Ortiz', attribution: 'named' });
    expect(pronoun).toMatchObject({ speaker: 'Ana Ortiz', attribution: 'pronoun' });
    expect(organization).toMatchObject({ speaker: 'Port Authority', attribution: 'named', speakerKind: 'organization' });
    expect(named.confidence).toBeGreaterThanOrEqual(0.9);
    expect(pronoun.confidence).toBeLessThan(0.9);
    expect(organization.confidence).toBeLessThan(0.9);
    for (const q of [pronoun, organization]) expect(q.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('gives no attribution to a quote without a speaker', () => {
    const alone = extract('Headline\n\nThe room went quiet. "Nobody wants this," came a voice from the back.').quotes[0]!;
    expect(alone.speaker).toBeNull();
    expect(alone.attribution).toBeUndefined();
  });
});
