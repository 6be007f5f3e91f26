import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { BODY_EXTRACT_OPTIONS, MAX_CHECKED_CHARACTERS, check, extract, type Extraction } from '../../plugin/shared/attribution';
import { story } from './helpers';

/** One expectation for all spans: a megabyte of input yields hundreds of thousands of them. */
function assertValidOffsets(text: string, result: Extraction): void {
  const spans: Array<{ start: number; end: number; text?: string }> = [
    ...result.quotes,
    ...result.statistics,
    ...result.headlineQuotes,
    ...result.photoCaptions,
  ];
  const outOfRange = spans.filter((s) => !(0 <= s.start && s.start <= s.end && s.end <= text.length));
  const textMismatch = [...result.quotes, ...result.statistics, ...result.headlineQuotes].filter((q) => text.slice(q.start, q.end) !== q.text);
  const badConfidence = result.quotes.filter((q) => !(q.confidence >= 0 && q.confidence <= 1));
  expect({ outOfRange, textMismatch, badConfidence }).toEqual({ outOfRange: [], textMismatch: [], badConfidence: [] });
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

const repeated = (pattern: string, size: number) => pattern.repeat(Math.ceil(size / pattern.length)).slice(0, size);

function bestTime(body: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    check(story(body));
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * How much longer `check` takes on `pattern` repeated to 10x the characters. The smaller size
 * grows from 20k until a run takes a few milliseconds, so timer noise does not make the ratio;
 * the two sizes are measured in turn so that a busy machine slows both alike.
 */
function growth(pattern: string): number {
  let small = 20_000;
  while (small < 80_000 && bestTime(repeated(pattern, small), 2) < 4) small *= 2;
  const bodies = [repeated(pattern, small), repeated(pattern, small * 10)];
  const best = [Infinity, Infinity];
  for (let i = 0; i < 4; i++) bodies.forEach((body, k) => (best[k] = Math.min(best[k]!, bestTime(body, 1))));
  return Math.max(best[1]!, 1) / Math.max(best[0]!, 1);
}

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

  it('reads a megabyte of quotes, capitals and digits with valid offsets', () => {
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
    const result = extract(text);
    check(story(text, { quotes: [{ documentId: 'q', text: 'Capital Name said nothing', delivery: 'unknown', deliveryNote: null, isPartial: false, speaker: null }] }));
    assertValidOffsets(text, result);
  });

  it('reads at most MAX_CHECKED_CHARACTERS and says so with a TEXT_TOO_LONG error', () => {
    const paragraph = 'The council said the plan would cost $4 million. ';
    const text = `${paragraph.repeat(Math.ceil((MAX_CHECKED_CHARACTERS + 5000) / paragraph.length))}\n\n"The last words," the mayor said.`;
    const result = extract(text, BODY_EXTRACT_OPTIONS);
    expect(result.truncated).toEqual({ checkedCharacters: expect.any(Number), totalCharacters: text.length });
    expect(result.truncated!.checkedCharacters).toBeLessThanOrEqual(MAX_CHECKED_CHARACTERS);
    expect(result.quotes.some((q) => q.text.startsWith('The last words'))).toBe(false);
    const findings = check(story(text));
    expect(findings.filter((f) => f.code === 'TEXT_TOO_LONG')).toEqual([
      expect.objectContaining({ severity: 'error', target: { type: 'body' }, start: result.truncated!.checkedCharacters, end: text.length }),
    ]);
    expect(check(story(paragraph)).some((f) => f.code === 'TEXT_TOO_LONG')).toBe(false);
  });

  it('does work linear in the input on repeated hostile patterns (10x the text, well under 100x the time)', () => {
    // Patterns that were quadratic: a quote opened every few words in one long sentence, a figure
    // every few words, a quotation per paragraph, a speech verb before every quote.
    const unit = fc.oneof(
      fc.constantFrom('"a ', '5 percent ', 'he said "a" ', '"a"\n\n', 'the word "a" ', 'Mr. ', 'A ', '$5 million '),
      fc.array(newsy, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(unit, (pattern) => {
        // A quadratic path is slow every time; a busy machine only now and then: up to three tries.
        let ratio = growth(pattern);
        for (let retry = 0; retry < 2 && ratio >= 50; retry++) ratio = Math.min(ratio, growth(pattern));
        // Linear work gives about 10 (up to 25 when garbage collection lands in the larger run); the
        // quadratic paths this guards against gave 65 to 160.
        expect(ratio).toBeLessThan(50);
      }),
      { numRuns: 8, seed: 15 },
    );
  });

  it('reads a megabyte of each hostile pattern', () => {
    for (const pattern of ['"a ', '5 percent ', '"a"\n\n']) {
      const text = pattern.repeat(Math.ceil(1_000_000 / pattern.length));
      const result = extract(text, BODY_EXTRACT_OPTIONS);
      assertValidOffsets(text, result);
    }
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
