import { check } from '../../plugin/shared/attribution';
import { groupFindings } from '../../plugin/admin/src/utils/group-findings';
import { quote, source, statistic, story } from '../attribution/helpers';

describe('the side panel’s grouping of findings', () => {
  const body =
    '"We are not going anywhere," said Maria Lopez.\n\n' +
    'The raids detained 680 workers, according to the Department of Homeland Security.';

  it('puts a figure of the body without a record with the figures, and a quotation without one with the quotes', () => {
    const groups = groupFindings(story(body), check(story(body)));
    expect(groups.statistic.flatMap((entry) => entry.findings.map((f) => f.code))).toEqual(['BODY_STATISTIC_WITHOUT_RECORD']);
    expect(groups.quote.flatMap((entry) => entry.findings.map((f) => f.code))).toEqual(['BODY_QUOTE_WITHOUT_RECORD']);
    expect(groups.statistic[0]!.record).toBeNull();
  });

  it('gives each record one entry with all its findings, the entries worst first', () => {
    const notInBody = statistic({ documentId: 'stat-1', valueText: '53 percent', value: 53 });
    const unsourced = statistic({ documentId: 'stat-9', valueText: '680', value: 680, unit: null, measures: 'workers', source: null });
    const recorded = story(body, { statistics: [notInBody, unsourced], quotes: [quote('We are not going anywhere', source('Maria Lopez'))] });
    const groups = groupFindings(recorded, check(recorded));
    expect(groups.statistic.map((entry) => entry.record?.documentId)).toEqual(['stat-9', 'stat-1']);
    expect(groups.statistic.map((entry) => entry.findings.map((f) => f.code))).toEqual([['STATISTIC_UNSOURCED'], ['STATISTIC_NOT_IN_BODY']]);
  });
});
