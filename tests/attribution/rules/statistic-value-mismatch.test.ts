import { statistic, story } from '../helpers';
import { findingsOf } from './run';

const judge = (valueText: string, value: number) =>
  findingsOf('STATISTIC_VALUE_MISMATCH', story('Body.', { statistics: [statistic({ valueText, value, unit: null })] }));

describe('STATISTIC_VALUE_MISMATCH', () => {
  it('flags a value that is not the number its wording states', () => {
    expect(judge('53 percent', 43)).toEqual([
      expect.objectContaining({ severity: 'error', message: 'The figure “53 percent” (decrease in apprehensions) is stored with the value 43, but its wording says 53.' }),
    ]);
    expect(judge('$2.5 million', 2.5)).toHaveLength(1);
    expect(judge('144,000', 14_400)).toHaveLength(1);
  });

  it('accepts the stated number, with its scale and within its rounding', () => {
    expect(judge('53 percent', 53)).toEqual([]);
    expect(judge('$2.5 million', 2_500_000)).toEqual([]);
    expect(judge('144,000', 144_000)).toEqual([]);
    expect(judge('3.4%', 3.42)).toEqual([]);
    expect(judge('3.4%', 3.5)).toHaveLength(1);
  });

  it('reads numbers written in words, with their scale', () => {
    expect(judge('twelve', 21)).toEqual([
      expect.objectContaining({ message: 'The figure “twelve” (decrease in apprehensions) is stored with the value 21, but its wording says 12.' }),
    ]);
    expect(judge('nearly two million', 2_000_000)).toEqual([]);
    expect(judge('nearly two million', 200_000)).toHaveLength(1);
    expect(judge('three hundred and twelve', 312)).toEqual([]);
    expect(judge('a dozen', 12)).toEqual([]);
  });

  it('leaves shares and vague amounts alone: they state no exact number', () => {
    expect(judge('two-thirds', 66.7)).toEqual([]);
    expect(judge('almost half', 0.48)).toEqual([]);
    expect(judge('dozens', 30)).toEqual([]);
  });
});
