import { quote, source, story } from '../helpers';
import { BODY, findingsOf } from './run';

describe('SOURCE_ANONYMOUS', () => {
  it('warns once about a quoted anonymous source, at its first quote', () => {
    const anon = source('a city official', { kind: 'anonymous', title: null });
    const findings = findingsOf('SOURCE_ANONYMOUS', story(BODY, { quotes: [quote("We can't wait", anon), quote('These repairs come only days after the storm', anon)] }));
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', message: 'The source “a city official” is quoted anonymously; say why the source cannot be named.' })]);
    expect(BODY.slice(findings[0]!.start, findings[0]!.end)).toBe('These repairs come only days after the storm');
  });

  it('says nothing about named sources', () => {
    expect(findingsOf('SOURCE_ANONYMOUS', story(BODY, { quotes: [quote("We can't wait", source('Ana Ortiz'))] }))).toEqual([]);
  });
});
