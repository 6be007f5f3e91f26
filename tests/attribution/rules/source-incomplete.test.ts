import { quote, source, story } from '../helpers';
import { BODY, findingsOf } from './run';

describe('SOURCE_INCOMPLETE', () => {
  it('warns about a quoted person with neither title nor affiliation', () => {
    const findings = findingsOf('SOURCE_INCOMPLETE', story(BODY, { quotes: [quote("We can't wait", source('Ana Ortiz', { title: null }))] }));
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', message: 'Ana Ortiz is quoted without a title or affiliation; tell readers who they are.' })]);
  });

  it('accepts a title, an affiliation, or a source that is not a person', () => {
    const quotes = [
      quote("We can't wait", source('Ana Ortiz')),
      quote('These repairs come only days after the storm', source('Harbor Alliance', { kind: 'organization', title: null })),
    ];
    expect(findingsOf('SOURCE_INCOMPLETE', story(BODY, { quotes }))).toEqual([]);
  });
});
