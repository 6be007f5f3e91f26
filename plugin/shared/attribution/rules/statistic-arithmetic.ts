import type { Statistic, StatisticDerivation } from '../../contracts/story';
import { docsFor, report } from '../check/report';
import type { Finding, Rule } from '../types';
import { decimalsOf, describeFigure } from './statistic-text';

const FORMULAS: Record<StatisticDerivation, { formula: string; compute(baseline: number, comparison: number): number | null }> = {
  'percent-decrease': { formula: '(baseline - comparison) / baseline × 100', compute: (b, c) => (b === 0 ? null : ((b - c) / b) * 100) },
  'percent-increase': { formula: '(comparison - baseline) / baseline × 100', compute: (b, c) => (b === 0 ? null : ((c - b) / b) * 100) },
  'percent-share': { formula: 'comparison / baseline × 100', compute: (b, c) => (b === 0 ? null : (c / b) * 100) },
  difference: { formula: '|comparison - baseline|', compute: (b, c) => Math.abs(c - b) },
};

/** Half a unit of the stated figure's last written digit: "43 percent" ±0.5, "3.4%" ±0.05. */
export function roundingTolerance(valueText: string): number {
  return 0.5 * 10 ** -decimalsOf(valueText);
}

export function supports(stat: Pick<Statistic, 'qualifier' | 'value'>, recomputed: number, tolerance: number): boolean {
  const stated = stat.value;
  switch (stat.qualifier) {
    case 'more-than':
      return recomputed > stated - tolerance;
    case 'less-than':
      return recomputed < stated + tolerance;
    case 'about':
      // "about 40 percent" is rounder than its digits say: allow a tenth of the figure too.
      return Math.abs(recomputed - stated) <= Math.max(tolerance * 2, Math.abs(stated) * 0.1);
    default:
      return Math.abs(recomputed - stated) <= tolerance + 1e-9;
  }
}

export const statisticArithmetic: Rule = {
  id: 'STATISTIC_ARITHMETIC',
  severity: 'error',
  description: 'A derived Statistic (change, share, difference) is not what its two figures give.',
  meta: {
    messages: {
      percentWrong: 'The figure {{figure}} does not follow from {{baselineText}} and {{comparisonText}}: they give {{recomputed}} percent.',
      differenceWrong: 'The figure {{figure}} does not follow from {{baselineText}} and {{comparisonText}}: they give {{recomputed}}.',
    },
    docs: docsFor('STATISTIC_ARITHMETIC'),
  },
  check({ story }) {
    const findings: Finding[] = [];
    for (const s of story.statistics) {
      if (!s.derivation || !s.baseline || !s.comparison) continue;
      const formula = FORMULAS[s.derivation];
      if (!formula) continue;
      const recomputed = formula.compute(s.baseline.value, s.comparison.value);
      if (recomputed === null || !Number.isFinite(recomputed)) continue;
      const tolerance = roundingTolerance(s.valueText);
      if (supports(s, recomputed, tolerance)) continue;
      const shown = Math.round(recomputed * 100) / 100;
      const data = {
          figure: describeFigure(s.valueText, s.measures),
          baselineText: s.baseline.valueText,
          comparisonText: s.comparison.valueText,
          derivation: s.derivation,
          formula: formula.formula,
          baseline: s.baseline.value,
          comparison: s.comparison.value,
          stated: s.value,
          recomputed: shown,
          tolerance,
          qualifier: s.qualifier,
      };
      findings.push(report(this, s.derivation === 'difference' ? 'differenceWrong' : 'percentWrong', data, { target: { type: 'statistic', documentId: s.documentId } }));
    }
    return findings;
  },
};
