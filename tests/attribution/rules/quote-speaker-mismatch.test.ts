import { quote, source, story } from '../helpers';
import { BODY, findingsOf } from './run';

describe('QUOTE_SPEAKER_MISMATCH', () => {
  it('is an error when the body names another speaker right next to the quote', () => {
    const findings = findingsOf('QUOTE_SPEAKER_MISMATCH', story(BODY, { quotes: [quote('These repairs come only days after the storm', source('Luis Grant'))] }));
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        messageId: 'mismatch',
        message: "The quote “These repairs come only days after…” is recorded as Luis Grant's, but the body attributes it to Ana Ortiz.",
        data: expect.objectContaining({ recordSpeaker: 'Luis Grant', bodySpeaker: 'Ana Ortiz', attribution: 'named' }),
      }),
    ]);
  });

  it('is only a warning, saying what it read and how sure it is, when the body gives a pronoun', () => {
    const [finding, ...rest] = findingsOf('QUOTE_SPEAKER_MISMATCH', story(BODY, { quotes: [quote('We can’t wait', source('Luis Grant'))] }));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', messageId: 'possibleMismatch', data: { attribution: 'pronoun', bodySpeaker: 'Ana Ortiz' } });
    expect(finding!.message).toMatch(/^The quote “We can’t wait” is recorded as Luis Grant's; the engine reads it as Ana Ortiz's \(read from a pronoun, confidence 0\.\d+\)\. Check who said it\.$/);
  });

  it('is only a warning when the speaker is inferred from the paragraph before', () => {
    const body = 'Mayor Ana Ortiz said the repairs would start soon.\n\n"We have waited long enough."';
    const [finding] = findingsOf('QUOTE_SPEAKER_MISMATCH', story(body, { quotes: [quote('We have waited long enough', source('Luis Grant'))] }));
    expect(finding).toMatchObject({ severity: 'warning', data: { attribution: 'inferred' } });
  });

  it('accepts a short form of the name, or the organization the speaker speaks for', () => {
    expect(findingsOf('QUOTE_SPEAKER_MISMATCH', story(BODY, { quotes: [quote('These repairs come only days after the storm', source('Ortiz'))] }))).toEqual([]);
    const body = '"We will rebuild every pier," said Ana Ortiz, a spokeswoman for the Harbor Alliance.';
    const alliance = source('Harbor Alliance', { kind: 'organization', title: null });
    expect(findingsOf('QUOTE_SPEAKER_MISMATCH', story(body, { quotes: [quote('We will rebuild every pier', alliance)] }))).toEqual([]);
    expect(findingsOf('QUOTE_SPEAKER_MISMATCH', story(body, { quotes: [quote('We will rebuild every pier', source('Luis Grant'))] }))).toHaveLength(1);
  });
  it('treats titles, honorifics, suffixes and one-word names as the same person', () => {
    const body = '"We will rebuild every pier," said Sen. Ana Ortiz Jr.';
    for (const name of ['Ana Ortiz', 'Mayor Ana Ortiz', 'Ms. Ortiz', 'Ana']) {
      expect({ name, findings: findingsOf('QUOTE_SPEAKER_MISMATCH', story(body, { quotes: [quote('We will rebuild every pier', source(name))] })) }).toEqual({ name, findings: [] });
    }
  });

  it('is only a warning when the recorded source is named in the quote’s paragraph (relayed words) or kept anonymous', () => {
    const relayed = 'Luis Grant told reporters what the mayor had said: "We will rebuild every pier," Mayor Ana Ortiz said.';
    expect(findingsOf('QUOTE_SPEAKER_MISMATCH', story(relayed, { quotes: [quote('We will rebuild every pier', source('Luis Grant'))] }))).toEqual([
      expect.objectContaining({ severity: 'warning', messageId: 'possibleMismatch' }),
    ]);
    const anonymous = source('a city official', { kind: 'anonymous', title: null });
    expect(findingsOf('QUOTE_SPEAKER_MISMATCH', story(BODY, { quotes: [quote('These repairs come only days after the storm', anonymous)] }))).toEqual([
      expect.objectContaining({ severity: 'warning' }),
    ]);
    const org = source('Harbor Alliance', { kind: 'organization', title: null });
    const [finding] = findingsOf('QUOTE_SPEAKER_MISMATCH', story('"We will rebuild every pier," Mayor Ana Ortiz said.', { quotes: [quote('We will rebuild every pier', org)] }));
    expect(finding).toMatchObject({ severity: 'warning' });
  });
});
