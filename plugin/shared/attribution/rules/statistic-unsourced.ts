import type { Rule } from '../types';
import { describeFigure } from './statistic-text';

export const statisticUnsourced: Rule = {
  id: 'STATISTIC_UNSOURCED',
  severity: 'error',
  description: 'A Statistic record has no source.',
  check({ story }) {
    return story.statistics
      .filter((s) => !s.source)
      .map((s) => ({
        code: this.id,
        severity: this.severity,
        message: `The figure ${describeFigure(s.valueText, s.measures)} has no source.`,
        target: { type: 'statistic' as const, documentId: s.documentId },
      }));
  },
};
