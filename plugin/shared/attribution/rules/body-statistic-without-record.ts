import { docsFor, report } from '../check/report';
import type { Finding, Rule } from '../types';
import { describeFigure, figureInNormalizedText, normalizeFigure } from './statistic-text';

export const bodyStatisticWithoutRecord: Rule = {
  id: 'BODY_STATISTIC_WITHOUT_RECORD',
  severity: 'info',
  description: 'A figure in the body has no Statistic record.',
  meta: {
    messages: {
      noRecord: 'The figure {{figure}} in the body has no Statistic record.',
      noRecordWithSource: 'The figure {{figure}} (according to {{source}}) in the body has no Statistic record.',
    },
    docs: docsFor('BODY_STATISTIC_WITHOUT_RECORD'),
  },
  check({ story, extraction }) {
    const recorded = story.statistics.map((s) => normalizeFigure(s.valueText ?? '')).filter((figure) => figure !== '');
    const findings: Finding[] = [];
    for (const figure of extraction.statistics) {
      const written = normalizeFigure(figure.valueText);
      const statedAround = normalizeFigure(figure.text);
      // A record covers every place its figure is written, however it is written ("43%", "43 per cent").
      if (recorded.some((r) => r === written || figureInNormalizedText(r, statedAround))) continue;
      const data = {
        figure: describeFigure(figure.valueText, figure.measures),
        valueText: figure.valueText,
        passage: figure.text,
        value: figure.value,
        unit: figure.unit,
        measures: figure.measures,
        qualifier: figure.qualifier,
        source: figure.source,
      };
      findings.push(report(this, figure.source ? 'noRecordWithSource' : 'noRecord', data, { target: { type: 'body' }, start: figure.start, end: figure.end }));
    }
    return findings;
  },
};
