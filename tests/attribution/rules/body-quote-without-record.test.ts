import { quote, story } from '../helpers';
import { BODY, findingsOf, ortiz } from './run';

describe('BODY_QUOTE_WITHOUT_RECORD', () => {
  it('warns about a body quotation with no record, saying whom the body gives it to', () => {
    const findings = findingsOf('BODY_QUOTE_WITHOUT_RECORD', story(BODY, { quotes: [quote("We can't wait", ortiz)] }));
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', messageId: 'noRecordWithSpeaker', target: { type: 'body' } })]);
    expect(findings[0]!.message).toBe('The quotation “These repairs come only days after…” (attributed to Ana Ortiz) in the body has no Quote record.');
  });

  it('counts a near-verbatim record (a misquote) as covering its passage', () => {
    const findings = findingsOf('BODY_QUOTE_WITHOUT_RECORD', story(BODY, { quotes: [quote('These repairs come only weeks after the storm', ortiz), quote("We can't wait", ortiz)] }));
    expect(findings).toEqual([]);
  });
});
