import { quote, story } from '../helpers';
import { BODY, findingsOf, ortiz } from './run';

describe('QUOTE_UNATTRIBUTED', () => {
  it('flags a quote record with no speaker, naming its first words and where it is', () => {
    const [finding, ...rest] = findingsOf('QUOTE_UNATTRIBUTED', story(BODY, { quotes: [quote('These repairs come only days after the storm', null), quote("We can't wait", ortiz)] }));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ code: 'QUOTE_UNATTRIBUTED', severity: 'error', target: { type: 'quote' }, messageId: 'noSpeaker' });
    expect(finding!.message).toBe('The quote “These repairs come only days after…” has no speaker.');
    expect(BODY.slice(finding!.start, finding!.end)).toBe('These repairs come only days after the storm');
  });

  it('says nothing when every quote has a speaker', () => {
    expect(findingsOf('QUOTE_UNATTRIBUTED', story(BODY, { quotes: [quote("We can't wait", ortiz)] }))).toEqual([]);
  });
});
