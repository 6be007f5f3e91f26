import { docsFor, report } from '../check/report';
import { cardinalInWords } from '../text/number-words';
import type { Finding, Rule } from '../types';
import { decimalsOf, describeFigure } from './statistic-text';

const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };
const WRITTEN = /^[^\d]*?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(thousand|million|billion|trillion|bn|k|m)?(?![\p{L}])/iu;

/**
 * The number a figure's wording states ("$2.5 million" -> 2,500,000, "two million" -> 2,000,000),
 * and half its last written unit; null when it states no exact number ("two-thirds", "dozens").
 */
export function writtenValue(valueText: string): { value: number; tolerance: number } | null {
  const m = WRITTEN.exec(valueText);
  if (!m) {
    const inWords = cardinalInWords(valueText);
    return inWords && { value: inWords.value, tolerance: 0.5 * inWords.scale };
  }
  const scale = m[3] ? SCALE[m[3].toLowerCase()] ?? 1 : 1;
  return { value: Number(m[1]!.replace(/,/g, '') + (m[2] ?? '')) * scale, tolerance: 0.5 * 10 ** -decimalsOf(valueText) * scale };
}

export const statisticValueMismatch: Rule = {
  id: 'STATISTIC_VALUE_MISMATCH',
  severity: 'error',
  description: 'A Statistic record’s value is not the number its wording states ("53 percent" stored as 43).',
  meta: {
    messages: { mismatch: 'The figure {{figure}} is stored with the value {{value}}, but its wording says {{written}}.' },
    docs: docsFor('STATISTIC_VALUE_MISMATCH'),
  },
  check({ story }) {
    const findings: Finding[] = [];
    for (const s of story.statistics) {
      if (typeof s.value !== 'number' || !Number.isFinite(s.value) || s.unit === 'ratio') continue;
      const written = writtenValue(s.valueText ?? '');
      if (!written || Math.abs(written.value - s.value) <= written.tolerance + 1e-9) continue;
      const data = { figure: describeFigure(s.valueText, s.measures), value: s.value, written: written.value };
      findings.push(report(this, 'mismatch', data, { target: { type: 'statistic', documentId: s.documentId } }));
    }
    return findings;
  },
};
