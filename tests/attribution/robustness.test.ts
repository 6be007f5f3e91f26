import fc from 'fast-check';
import { check, extract, type Extraction } from '../../plugin/shared/attribution';
import { story } from './helpers';

function assertValidOffsets(text: string, result: Extraction): void {
  const spans: Array<{ start: number; end: number; text?: string }> = [
    ...result.quotes,
    ...result.statistics,
    ...result.headlineQuotes,
    ...result.photoCaptions,
  ];
  for (const s of spans) {
    expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
  }
  for (const q of [...result.quotes, ...result.statistics, ...result.headlineQuotes]) expect(text.slice(q.start, q.end)).toBe(q.text);
  for (const q of result.quotes) expect(q.confidence >= 0 && q.confidence <= 1).toBe(true);
}

const newsy = fc.constantFrom(
  '"', '“', '”', "'", '‘', '’', ' said ', ' he said.', 'Mayor Ana Ortiz', ', the director of ', '\n\n', '\n', ' ', '.',
  ',', '43 percent', '$2.5 million', 'according to ', 'the group said', '(3)', '#Tag', '8chan', '<p>', '</p>', '😀',
  'Привет', '北京', '\u0000', 'Photo/Getty', '[a]', ' a spokesperson ', 'Calling it an ',
);
const hostileText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.array(newsy, { maxLength: 120 }).map((parts) => parts.join('')),
  fc.array(fc.constantFrom('"', '“', '”', '\n\n', ' '), { maxLength: 300 }).map((parts) => parts.join('')),
);

describe('robustness', () => {
  it('extract never throws and keeps offsets valid on random and hostile text', () => {
    fc.assert(
      fc.property(hostileText, fc.boolean(), (text, headline) => {
        const result = extract(text, { headline });
        assertValidOffsets(text, result);
      }),
      { numRuns: 300, seed: 20240801 },
    );
  });

  it('check never throws on random bodies and records', () => {
    fc.assert(
      fc.property(hostileText, fc.array(fc.string({ maxLength: 40 }), { maxLength: 4 }), (body, texts) => {
        const s = story(body, {
          quotes: texts.map((t, i) => ({ documentId: `q${i}`, text: t, delivery: 'unknown', deliveryNote: null, isPartial: false, speaker: null })),
        });
        const findings = check(s);
        for (const f of findings) if (f.start !== undefined) expect(f.start >= 0 && (f.end ?? f.start) <= body.length).toBe(true);
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('handles a megabyte of quotes, capitals and digits in well under the test budget', () => {
    const chunks = [
      '"'.repeat(2000),
      'A '.repeat(50_000),
      ('"Word, ' + 'Capital Name '.repeat(20) + 'said').repeat(500),
      '1,'.repeat(50_000),
      `${'x'.repeat(500_000)}\n\n`,
      '“unclosed '.repeat(20_000),
    ];
    const text = chunks.join('\n\n');
    expect(text.length).toBeGreaterThan(1_000_000);
    const t0 = Date.now();
    const result = extract(text);
    check(story(text, { quotes: [{ documentId: 'q', text: 'Capital Name said nothing', delivery: 'unknown', deliveryNote: null, isPartial: false, speaker: null }] }));
    expect(Date.now() - t0).toBeLessThan(4000);
    assertValidOffsets(text, result);
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(extract(text)).toEqual(extract(text));
      }),
      { numRuns: 50, seed: 3 },
    );
  });
});
