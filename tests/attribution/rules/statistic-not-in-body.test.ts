import { statistic, story } from '../helpers';
import { findingsOf } from './run';

describe('STATISTIC_NOT_IN_BODY', () => {
  const body = 'Crossings fell 43 per cent to 82,000 in July.';

  it('finds a figure written another way: "43%" for "43 per cent", "82000" for "82,000"', () => {
    const statistics = [statistic({ valueText: '43%' }), statistic({ documentId: 's2', valueText: '82000', value: 82000 })];
    expect(findingsOf('STATISTIC_NOT_IN_BODY', story(body, { statistics }))).toEqual([]);
  });

  it('warns about a figure the body does not have, and does not match it inside a longer number', () => {
    const statistics = [statistic({ valueText: '53 percent', measures: 'decrease' }), statistic({ documentId: 's2', valueText: '2,000', value: 2000, measures: 'people' })];
    const findings = findingsOf('STATISTIC_NOT_IN_BODY', story(body, { statistics }));
    expect(findings.map((f) => f.message).sort()).toEqual(['The figure “2,000” (people) does not appear in the body.', 'The figure “53 percent” (decrease) does not appear in the body.']);
    expect(findings[0]!.severity).toBe('warning');
  });
});
