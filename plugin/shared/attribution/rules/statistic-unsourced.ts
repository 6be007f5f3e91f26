import { docsFor, report } from '../check/report';
import type { Rule } from '../types';
import { describeFigure } from './statistic-text';

export const statisticUnsourced: Rule = {
  id: 'STATISTIC_UNSOURCED',
  severity: 'error',
  description: 'A Statistic record has no source.',
  meta: {
    messages: { noSource: 'The figure {{figure}} has no source.' },
    docs: docsFor('STATISTIC_UNSOURCED'),
  },
  check({ story }) {
    return story.statistics
      .filter((s) => !s.source)
      .map((s) => report(this, 'noSource', { figure: describeFigure(s.valueText, s.measures) }, { target: { type: 'statistic', documentId: s.documentId } }));
  },
};
