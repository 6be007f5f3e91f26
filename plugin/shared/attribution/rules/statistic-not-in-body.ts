import { docsFor, report } from '../check/report';
import type { Finding, Rule } from '../types';
import { describeFigure, figureInNormalizedText, normalizeFigure } from './statistic-text';

export const statisticNotInBody: Rule = {
  id: 'STATISTIC_NOT_IN_BODY',
  severity: 'warning',
  description: 'A Statistic record’s figure does not appear in the body.',
  meta: {
    messages: { notInBody: 'The figure {{figure}} does not appear in the body.' },
    docs: docsFor('STATISTIC_NOT_IN_BODY'),
  },
  check({ story, text, extraction }) {
    const body = normalizeFigure(text);
    const findings: Finding[] = [];
    for (const s of story.statistics) {
      const wanted = normalizeFigure(s.valueText ?? '');
      if (!wanted) continue;
      const found = extraction.statistics.some((e) => normalizeFigure(e.valueText) === wanted);
      if (found || figureInNormalizedText(wanted, body)) continue;
      findings.push(report(this, 'notInBody', { figure: describeFigure(s.valueText, s.measures) }, { target: { type: 'statistic', documentId: s.documentId } }));
    }
    return findings;
  },
};
