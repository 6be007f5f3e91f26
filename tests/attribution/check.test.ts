import { blocksToText, check, rules, type Finding } from '../../plugin/shared/attribution';
import type { PhotoCaption } from '../../plugin/shared/contracts/story';
import { quote, source, statistic, story } from './helpers';

const BODY =
  'The Harbor Alliance, a coalition of marinas, asked for aid.\n\n' +
  '"These repairs come only days after the storm," Mayor Ana Ortiz said.\n\n' +
  '"We can’t wait," she said.';
const ortiz = source('Ana Ortiz');

function codes(findings: Finding[]): string[] {
  return findings.map((f) => f.code);
}

describe('blocksToText', () => {
  it('joins paragraphs with a blank line and reads nested text nodes', () => {
    const text = blocksToText([
      { type: 'paragraph', children: [{ type: 'text', text: 'One ' }, { type: 'link', children: [{ type: 'text', text: 'two' }] }] },
      { type: 'image' },
      { type: 'list', children: [{ type: 'list-item', children: [{ type: 'text', text: 'three' }] }] },
    ]);
    expect(text).toBe('One two\n\nthree');
  });
});

describe('check', () => {
  it('finds nothing wrong in a well-attributed story', () => {
    const s = story(BODY, {
      quotes: [quote('These repairs come only days after the storm', ortiz), quote("We can't wait", ortiz)],
    });
    expect(check(s)).toEqual([]);
  });

  it('flags a quote with no speaker, naming its first words', () => {
    const [finding] = check(story(BODY, { quotes: [quote('These repairs come only days after the storm', null), quote("We can't wait", ortiz)] }));
    expect(finding).toMatchObject({ code: 'QUOTE_UNATTRIBUTED', severity: 'error', target: { type: 'quote' } });
    expect(finding!.message).toBe('The quote “These repairs come only days after…” has no speaker.');
    expect(BODY.slice(finding!.start, finding!.end)).toBe('These repairs come only days after the storm');
  });

  it('flags a misquote with the closest passage and a word diff, but not typography', () => {
    const findings = check(story(BODY, { quotes: [quote('These repairs come only weeks after the storm', ortiz), quote('We can’t wait.', ortiz)] }));
    expect(codes(findings)).toEqual(['QUOTE_NOT_IN_BODY']);
    expect(findings[0]!.data).toMatchObject({
      closestPassage: 'These repairs come only days after the storm',
      diff: [
        { op: 'equal', text: 'These repairs come only' },
        { op: 'delete', text: 'weeks' },
        { op: 'insert', text: 'days' },
        { op: 'equal', text: 'after the storm' },
      ],
    });
  });

  it('flags a quote the body gives to someone else, tolerating short names and affiliations', () => {
    const other = source('Luis Grant');
    const findings = check(story(BODY, { quotes: [quote('These repairs come only days after the storm', other), quote("We can't wait", source('Ortiz'))] }));
    expect(codes(findings)).toEqual(['QUOTE_SPEAKER_MISMATCH']);
    expect(findings[0]!.data).toMatchObject({ recordSpeaker: 'Luis Grant', bodySpeaker: 'Ana Ortiz' });
  });

  it('warns about body quotations without a record', () => {
    const findings = check(story(BODY, { quotes: [quote("We can't wait", ortiz)] }));
    expect(codes(findings)).toEqual(['BODY_QUOTE_WITHOUT_RECORD']);
    expect(findings[0]!.message).toContain('(attributed to Ana Ortiz)');
  });

  it('warns about anonymous and incomplete sources once each', () => {
    const anon = source('a city official', { kind: 'anonymous', title: null });
    const bare = source('Ana Ortiz', { title: null });
    const findings = check(story(BODY, { quotes: [quote('These repairs come only days after the storm', anon), quote("We can't wait", bare)] }));
    expect(codes(findings).filter((c) => c.startsWith('SOURCE'))).toEqual(['SOURCE_ANONYMOUS', 'SOURCE_INCOMPLETE']);
  });

  it('checks statistics: source, presence in the body, arithmetic with rounding and qualifiers', () => {
    const body = 'Crossings fell to 82,000 in July from 144,000 in May, a 43% decrease, officials said.';
    const ref = (value: number, valueText: string, id: string) => ({ documentId: id, value, valueText });
    const derived = (over: Parameters<typeof statistic>[0]) =>
      statistic({ derivation: 'percent-decrease', baseline: ref(144000, '144,000', 'b'), comparison: ref(82000, '82,000', 'c'), ...over });
    expect(check(story(body, { statistics: [derived({})] }))).toEqual([]);
    const wrong = check(story(body, { statistics: [derived({ documentId: 'w', value: 53, valueText: '53 percent' })] }));
    expect(codes(wrong)).toEqual(['STATISTIC_ARITHMETIC', 'STATISTIC_NOT_IN_BODY']);
    expect(wrong[0]!.data).toMatchObject({ recomputed: 43.06, tolerance: 0.5 });
    expect(check(story(body, { statistics: [derived({ value: 40, valueText: '40 percent', qualifier: 'more-than' })] })).map((f) => f.code)).not.toContain('STATISTIC_ARITHMETIC');
    const precise = check(story(body, { statistics: [derived({ value: 43.2, valueText: '43.2 percent' })] }));
    expect(precise.find((f) => f.code === 'STATISTIC_ARITHMETIC')!.data).toMatchObject({ recomputed: 43.06, tolerance: 0.05 });
    expect(check(story(body, { statistics: [derived({ value: 43.1, valueText: '43.1 percent' })] })).map((f) => f.code)).not.toContain('STATISTIC_ARITHMETIC');
    expect(codes(check(story(body, { statistics: [statistic({ valueText: '144,000', value: 144000, source: null })] })))).toEqual(['STATISTIC_UNSOURCED']);
  });

  it('flags a caption without a credit line', () => {
    const caption: PhotoCaption = {
      documentId: 'p1', title: null, caption: 'Volunteers stack sandbags.', creditLine: null, creator: 'Tom Cooper', agency: 'Getty',
      copyrightNotice: null, altText: null, peopleShown: [], image: null,
    };
    const findings = check(story('Text.', { photoCaptions: [caption, { ...caption, documentId: 'p2', creditLine: 'Tom Cooper/Getty' }] }));
    expect(findings).toEqual([expect.objectContaining({ code: 'CAPTION_WITHOUT_CREDIT', target: { type: 'photoCaption', documentId: 'p1' } })]);
  });

  it('returns findings sorted by position, severity, code and documentId, the same every time', () => {
    const s = story(BODY, {
      quotes: [quote('We can’t wait', null, { documentId: 'b' }), quote('These repairs come only days after the storm', null, { documentId: 'a' })],
      statistics: [statistic({ source: null })],
    });
    const findings = check(s);
    const starts = findings.map((f) => f.start ?? Infinity);
    expect([...starts].sort((x, y) => x - y)).toEqual(starts);
    expect(findings[findings.length - 1]!.code).toBe('STATISTIC_NOT_IN_BODY');
    expect(check(s)).toEqual(findings);
  });

  it('exposes every rule with a stable id, severity and description', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of rules) {
      expect(rule.id).toMatch(/^[A-Z_]+$/);
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(rule.description.length).toBeGreaterThan(10);
    }
  });
});
