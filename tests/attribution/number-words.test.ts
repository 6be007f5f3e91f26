import { cardinalInWords, readNumberWords } from '../../plugin/shared/attribution/text/number-words';

const read = (phrase: string) => readNumberWords(phrase.toLowerCase().split(' '), 0);

describe('numbers in words', () => {
  it.each([
    ['twelve', 12, 1],
    ['twenty-five', 25, 1],
    ['twenty five', 25, 2],
    ['three hundred', 300, 2],
    ['three hundred and twelve', 312, 4],
    ['two thousand five hundred', 2500, 4],
    ['three hundred thousand', 300_000, 3],
    ['two million', 2_000_000, 2],
    ['a million', 1_000_000, 2],
    ['half a million', 500_000, 3],
    ['a dozen', 12, 2],
    ['two dozen', 24, 2],
  ])('reads the cardinal "%s" as %d over %d words', (phrase, value, length) => {
    expect(read(`${phrase} people`)).toMatchObject({ kind: 'cardinal', value, length });
  });

  it.each([
    ['two-thirds of', 2 / 3],
    ['two thirds of', 2 / 3],
    ['a third of', 1 / 3],
    ['three-quarters of', 0.75],
    ['one-fifth of', 0.2],
    ['half of', 0.5],
    ['half the', 0.5],
  ])('reads the share "%s" as %d', (phrase, value) => {
    expect(read(`${phrase} voters`)).toMatchObject({ kind: 'fraction', value });
  });

  it('takes a single share only before what it is a share of', () => {
    expect(read('a third time')).toBeNull();
    expect(read('one quarter')).toMatchObject({ kind: 'cardinal', value: 1 });
    expect(read('half an')).toBeNull();
  });

  it.each([
    ['dozens of', 24],
    ['hundreds of', 200],
    ['thousands of', 2000],
    ['tens of thousands of', 20_000],
    ['hundreds of millions of', 200_000_000],
  ])('reads the vague amount "%s" as at least %d', (phrase, value) => {
    expect(read(`${phrase} people`)).toMatchObject({ kind: 'vague', value, followedByOf: true });
  });

  it('reads no number from ordinals, words joined to others or plain words', () => {
    for (const phrase of ['twenty-first century', 'five-year-old boy', 'someone said', 'tens of people', 'dozens attended']) {
      expect(read(phrase)).toBeNull();
    }
  });

  it('finds the first cardinal of a wording, with its scale', () => {
    expect(cardinalInWords('nearly two million')).toEqual({ value: 2_000_000, scale: 1e6 });
    expect(cardinalInWords('two-thirds')).toBeNull();
    expect(cardinalInWords('dozens')).toBeNull();
  });
});
