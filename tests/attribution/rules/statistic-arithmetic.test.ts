import type { Statistic } from '../../../plugin/shared/contracts/story';
import { statistic, story } from '../helpers';
import { findingsOf } from './run';

const ref = (value: number, id: string) => ({ documentId: id, value, valueText: value.toLocaleString('en-US') });

/** The STATISTIC_ARITHMETIC findings for one derived figure: [] when its two figures support it. */
function judge(derivation: Statistic['derivation'], baseline: number, comparison: number, value: number, over: Partial<Statistic> = {}) {
  const stat = statistic({ derivation, baseline: ref(baseline, 'b'), comparison: ref(comparison, 'c'), value, valueText: `${value} percent`, ...over });
  return findingsOf('STATISTIC_ARITHMETIC', story('Body.', { statistics: [stat] }));
}
const accepted = (...args: Parameters<typeof judge>) => judge(...args).length === 0;

describe('STATISTIC_ARITHMETIC', () => {
  it('recomputes a percent decrease: (baseline - comparison) / baseline', () => {
    // 144,000 -> 82,000 is a 43.06 % decrease; dividing by the comparison instead would give 75.6.
    expect(accepted('percent-decrease', 144_000, 82_000, 43)).toBe(true);
    expect(accepted('percent-decrease', 144_000, 82_000, 75.6, { valueText: '75.6 percent' })).toBe(false);
    const [finding] = judge('percent-decrease', 144_000, 82_000, 53);
    expect(finding).toMatchObject({ severity: 'error', messageId: 'percentWrong', data: { recomputed: 43.06, tolerance: 0.5, formula: '(baseline - comparison) / baseline × 100' } });
    expect(finding!.message).toBe('The figure “53 percent” (decrease in apprehensions) does not follow from 144,000 and 82,000: they give 43.06 percent.');
  });

  it('recomputes a percent increase: (comparison - baseline) / baseline', () => {
    // 80 -> 100 is a 25 % increase; over the comparison it would be 20 %, and the sign matters.
    expect(accepted('percent-increase', 80, 100, 25)).toBe(true);
    expect(accepted('percent-increase', 80, 100, 20)).toBe(false);
    expect(accepted('percent-increase', 100, 80, 25)).toBe(false);
    expect(accepted('percent-increase', 100, 80, 20)).toBe(false);
  });

  it('recomputes a share: comparison / baseline, the part over the whole', () => {
    expect(accepted('percent-share', 200, 50, 25)).toBe(true);
    expect(accepted('percent-share', 200, 50, 400)).toBe(false);
  });

  it('recomputes a difference as the distance between the two figures, in their unit', () => {
    const plain = { valueText: '30', unit: null };
    expect(accepted('difference', 50, 80, 30, plain)).toBe(true);
    expect(accepted('difference', 80, 50, 30, plain)).toBe(true);
    expect(accepted('difference', 50, 80, 130, { valueText: '130', unit: null })).toBe(false);
    expect(accepted('difference', 50, 80, 1.6, { valueText: '1.6', unit: null })).toBe(false);
    expect(judge('difference', 50, 80, 40, { valueText: '40', unit: null })[0]).toMatchObject({ messageId: 'differenceWrong', message: expect.stringMatching(/they give 30\.$/) });
  });

  it('tolerates half a unit of the last written digit, no more', () => {
    expect(accepted('percent-decrease', 144_000, 82_000, 43.1, { valueText: '43.1 percent' })).toBe(true);
    expect(accepted('percent-decrease', 144_000, 82_000, 43.2, { valueText: '43.2 percent' })).toBe(false);
    expect(accepted('percent-decrease', 144_000, 82_000, 44)).toBe(false);
  });

  it('reads "more than" and "less than" as bounds on the right side only', () => {
    // The figures give 43.06.
    expect(accepted('percent-decrease', 144_000, 82_000, 40, { qualifier: 'more-than' })).toBe(true);
    expect(accepted('percent-decrease', 144_000, 82_000, 50, { qualifier: 'more-than' })).toBe(false);
    expect(accepted('percent-decrease', 144_000, 82_000, 50, { qualifier: 'less-than' })).toBe(true);
    expect(accepted('percent-decrease', 144_000, 82_000, 40, { qualifier: 'less-than' })).toBe(false);
    expect(accepted('percent-decrease', 144_000, 82_000, 20, { qualifier: 'less-than' })).toBe(false);
  });

  it('lets "about" round to a tenth of the figure, not more', () => {
    expect(accepted('percent-decrease', 144_000, 82_000, 40, { qualifier: 'about' })).toBe(true);
    expect(accepted('percent-decrease', 144_000, 82_000, 45, { qualifier: 'about' })).toBe(true);
    expect(accepted('percent-decrease', 144_000, 82_000, 30, { qualifier: 'about' })).toBe(false);
    expect(accepted('percent-decrease', 144_000, 82_000, 4, { qualifier: 'about' })).toBe(false);
  });

  it('skips figures that are not derived, or whose baseline is zero', () => {
    expect(findingsOf('STATISTIC_ARITHMETIC', story('Body.', { statistics: [statistic({})] }))).toEqual([]);
    expect(accepted('percent-increase', 0, 10, 99)).toBe(true);
  });
});
