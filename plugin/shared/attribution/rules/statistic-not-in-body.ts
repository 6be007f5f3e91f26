import type { Finding, Rule } from '../types';
import { describeFigure, normalizeFigure } from './statistic-text';

export const statisticNotInBody: Rule = {
  id: 'STATISTIC_NOT_IN_BODY',
  severity: 'warning',
  description: 'A Statistic record’s figure does not appear in the body.',
  check({ story, text, extraction }) {
    const body = normalizeFigure(text);
    const findings: Finding[] = [];
    for (const s of story.statistics) {
      const wanted = normalizeFigure(s.valueText ?? '');
      if (!wanted) continue;
      const found = extraction.statistics.some((e) => normalizeFigure(e.valueText) === wanted);
      if (found || new RegExp(`(?<![\\d.,])${wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d])`).test(body)) continue;
      findings.push({
        code: this.id,
        severity: this.severity,
        message: `The figure ${describeFigure(s.valueText, s.measures)} does not appear in the body.`,
        target: { type: 'statistic', documentId: s.documentId },
      });
    }
    return findings;
  },
};
