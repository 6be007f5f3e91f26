import { quote, story } from '../helpers';
import { findingsOf, ortiz } from './run';

describe('QUOTE_SPEAKER_LOW_CONFIDENCE', () => {
  it('notes a recorded quote whose speaker the body does not make clear', () => {
    const body = 'The council met on Tuesday.\n\nThe mood was tense. "Nobody wants this," came a voice from the back.';
    const findings = findingsOf('QUOTE_SPEAKER_LOW_CONFIDENCE', story(body, { quotes: [quote('Nobody wants this', ortiz)] }));
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'info',
        messageId: 'unclear',
        message: 'The body does not make clear that Ana Ortiz said “Nobody wants this”; consider naming the speaker next to the quote.',
        target: { type: 'quote', documentId: expect.any(String) },
      }),
    ]);
    expect(body.slice(findings[0]!.start, findings[0]!.end)).toBe('Nobody wants this');
    expect(findings[0]!.data!.confidence).toBeLessThan(0.5);
  });

  it('says nothing when the body names the speaker', () => {
    const body = '"Nobody wants this," Mayor Ana Ortiz said.';
    expect(findingsOf('QUOTE_SPEAKER_LOW_CONFIDENCE', story(body, { quotes: [quote('Nobody wants this', ortiz)] }))).toEqual([]);
  });

  it('leaves a record with no speaker, or not in the body, to the other rules', () => {
    const body = 'The mood was tense. "Nobody wants this," came a voice.';
    expect(findingsOf('QUOTE_SPEAKER_LOW_CONFIDENCE', story(body, { quotes: [quote('Nobody wants this', null), quote('Words not there', ortiz)] }))).toEqual([]);
  });
});
