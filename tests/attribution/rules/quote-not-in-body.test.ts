import { quote, story } from '../helpers';
import { BODY, findingsOf, ortiz } from './run';

describe('QUOTE_NOT_IN_BODY', () => {
  it('flags a misquote with the closest passage and a word diff, but not typography', () => {
    const findings = findingsOf('QUOTE_NOT_IN_BODY', story(BODY, { quotes: [quote('These repairs come only weeks after the storm', ortiz), quote('We can’t wait.', ortiz)] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', messageId: 'misquoted' });
    expect(findings[0]!.data).toMatchObject({
      closestPassage: 'These repairs come only days after the storm',
      diff: [
        { op: 'equal', text: 'These repairs come only' },
        { op: 'delete', text: 'weeks' },
        { op: 'insert', text: 'days' },
        { op: 'equal', text: 'after the storm' },
      ],
    });
    expect(BODY.slice(findings[0]!.start, findings[0]!.end)).toBe('These repairs come only days after the storm');
  });

  it('says a quote is not in the body at all when the body has nothing like it', () => {
    const [finding] = findingsOf('QUOTE_NOT_IN_BODY', story('', { quotes: [quote('Completely unrelated words about tariffs and grain', ortiz)] }));
    expect(finding).toMatchObject({ messageId: 'missing', message: 'The quote “Completely unrelated words about tariffs and…” is not in the body.' });
  });
});
