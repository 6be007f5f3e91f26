import { statistic, story } from '../helpers';
import { findingsOf } from './run';

describe('BODY_STATISTIC_WITHOUT_RECORD', () => {
  const body =
    'Apprehensions fell 43 percent in July, according to Customs and Border Protection.\n\n' +
    'The raids detained 680 workers in six plants.';

  it('reports each figure of the body that no Statistic record holds, with what a record needs and where it is', () => {
    const findings = findingsOf('BODY_STATISTIC_WITHOUT_RECORD', story(body));
    expect(findings.map((f) => f.severity)).toEqual(['info', 'info', 'info']);
    const [percent, workers, plants] = findings;
    expect(plants!.data).toMatchObject({ valueText: 'six', value: 6, measures: 'plants' });
    expect(body.slice(percent!.start, percent!.end)).toContain('43 percent');
    expect(percent!.data).toMatchObject({ passage: expect.stringContaining('43 percent'), valueText: '43 percent', value: 43, unit: 'percent', source: 'Customs and Border Protection' });
    expect(percent!.messageId).toBe('noRecordWithSource');
    expect(percent!.message).toMatch(/^The figure “43 percent” .*\(according to Customs and Border Protection\) in the body has no Statistic record\.$/);
    expect(body.slice(workers!.start, workers!.end)).toContain('680');
    expect(workers!.data).toMatchObject({ valueText: expect.stringContaining('680'), value: 680 });
  });

  it('says nothing of a figure a record holds, however the record writes it', () => {
    const statistics = [
      statistic({ valueText: '43%' }),
      statistic({ documentId: 's2', valueText: '680', value: 680, unit: null, measures: 'workers detained' }),
      statistic({ documentId: 's3', valueText: 'six', value: 6, unit: null, measures: 'plants' }),
    ];
    expect(findingsOf('BODY_STATISTIC_WITHOUT_RECORD', story(body, { statistics }))).toEqual([]);
  });

  it('does not count a record of a different figure as covering one that only shares digits', () => {
    const statistics = [statistic({ valueText: '3 percent', value: 3 })];
    const findings = findingsOf('BODY_STATISTIC_WITHOUT_RECORD', story(body, { statistics }));
    expect(findings.map((f) => f.data?.value).sort((a, b) => Number(a) - Number(b))).toEqual([6, 43, 680]);
  });
});
