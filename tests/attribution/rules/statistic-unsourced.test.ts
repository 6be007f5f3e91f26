import { statistic, story } from '../helpers';
import { findingsOf } from './run';

describe('STATISTIC_UNSOURCED', () => {
  it('flags a figure with no source', () => {
    const findings = findingsOf('STATISTIC_UNSOURCED', story('Crossings fell to 144,000.', { statistics: [statistic({ valueText: '144,000', value: 144000, measures: 'crossings', source: null })] }));
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', message: 'The figure “144,000” (crossings) has no source.', target: { type: 'statistic', documentId: 'stat-1' } })]);
  });

  it('says nothing when the figure has one', () => {
    expect(findingsOf('STATISTIC_UNSOURCED', story('Crossings fell to 144,000.', { statistics: [statistic({ valueText: '144,000', value: 144000 })] }))).toEqual([]);
  });
});
