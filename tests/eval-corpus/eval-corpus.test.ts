/**
 * Validates the hand-annotated evaluation corpus in tests/fixtures/eval/, and the development set
 * in tests/fixtures/dev/ and tests/fixtures/dev2/ (same format, written separately to develop the engine against).
 *
 * The corpus is the independent yardstick for the attribution engine, so this
 * test deliberately knows nothing about the engine: it only checks that every
 * annotation is internally consistent with its text (offsets, quotation-mark
 * boundaries, full coverage of double quotation marks, statistic values,
 * caption blocks) and that the corpus as a whole covers the phenomena it
 * claims to cover. See tests/fixtures/eval/README.md for the annotation rules.
 */
import * as fs from 'fs';
import * as path from 'path';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

type Style = 'wire' | 'press-release' | 'local' | 'feature';
interface Quote {
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  speakerAliases?: string[];
  kind: 'speech' | 'scare';
}
interface Statistic {
  text: string;
  start: number;
  end: number;
  value: number;
  source: string | null;
}
interface Caption {
  caption: string;
  credit: string;
}
interface Annotation {
  style: Style;
  phenomena: string[];
  quotes: Quote[];
  statistics: Statistic[];
  photoCaptions: Caption[];
}

const STYLES: Style[] = ['wire', 'press-release', 'local', 'feature'];
const MIN_PER_STYLE: Record<Style, number> = { wire: 6, 'press-release': 5, local: 6, feature: 5 };

/** What differs between the folders: the eval set carries the corpus-wide coverage requirements. */
interface Folder {
  name: 'eval' | 'dev' | 'dev2';
  dir: string;
  minTexts: number;
  maxWords: number;
  /** Corpus-wide requirements (style counts, every tag twice, minimum counts): eval only. */
  coverage: boolean;
}

const FOLDERS: Folder[] = [
  { name: 'eval', dir: path.join(FIXTURES, 'eval'), minTexts: 24, maxWords: 900, coverage: true },
  { name: 'dev', dir: path.join(FIXTURES, 'dev'), minTexts: 12, maxWords: 700, coverage: false },
  { name: 'dev2', dir: path.join(FIXTURES, 'dev2'), minTexts: 10, maxWords: 800, coverage: false },
];

/** Every tag a file may use; each must be used by at least two files. */
const PHENOMENA = [
  // quotation marks
  'straight-quotes', 'curly-quotes', 'inner-quotes',
  // attribution placement and channel
  'attribution-before', 'attribution-after', 'said-name', 'split-quote',
  'according-to', 'told-outlet', 'blog-post', 'statement', 'email', 'social-media',
  // who is speaking
  'appositive-title', 'pre-name-title', 'organization-speaker', 'spokesperson', 'anonymous',
  'pronoun', 'description', 'pronoun-distractor-mixed-gender', 'pronoun-distractor-same-gender',
  'continuation', 'unattributed',
  // quote shape
  'partial', 'multi-paragraph', 'editorial-insertion', 'ellipsis', 'question-exclamation',
  // not speech
  'scare', 'work-title', 'so-called', 'nickname',
  // numbers
  'statistics', 'stat-count', 'stat-percent', 'stat-money', 'stat-change', 'stat-approx',
  'stat-source', 'stat-in-quote', 'excluded-numbers',
  // other
  'caption', 'diacritics',
];

const OPEN = new Set(['"', '\u201C']); // " “
const CLOSE_FOR: Record<string, string> = { '"': '"', '\u201C': '\u201D' }; // " -> ", “ -> ”
const DOUBLE_MARKS = /["\u201C\u201D]/g;
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

const FRACTIONS: Record<string, number> = { half: 1 / 2, third: 1 / 3, quarter: 1 / 4, fifth: 1 / 5 };
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** The number a statistic's text denotes, e.g. "$2.5 million" -> 2500000, "nearly half" -> 0.5. */
function parseFigure(text: string): number | null {
  const m = /(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion)\b)?/.exec(text);
  if (m) {
    const n = Number(m[1].replace(/,/g, ''));
    return m[2] ? n * SCALES[m[2]] : n;
  }
  const f = /\b(half|third|quarter|fifth)\b/i.exec(text);
  return f ? FRACTIONS[f[1].toLowerCase()] : null;
}

function wordCount(s: string) {
  return s.split(/\s+/).filter(Boolean).length;
}

function listFiles(dir: string, ext: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(ext)).sort() : [];
}

function load(dir: string, file: string): { text: string; ann: Annotation } {
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  const ann = JSON.parse(fs.readFileSync(path.join(dir, file.replace(/\.txt$/, '.json')), 'utf8'));
  return { text, ann };
}

describe.each(FOLDERS)('$name corpus', (folder) => {
  const txtFiles = listFiles(folder.dir, '.txt');
  const jsonFiles = listFiles(folder.dir, '.json');

  describe('inventory', () => {
    it(`has at least ${folder.minTexts} texts, each with exactly one annotation file`, () => {
      expect(txtFiles.length).toBeGreaterThanOrEqual(folder.minTexts);
      expect(jsonFiles.map((f) => f.replace(/\.json$/, ''))).toEqual(
        txtFiles.map((f) => f.replace(/\.txt$/, '')),
      );
      for (const f of txtFiles) expect(f).toMatch(/^\d\d-[a-z0-9-]+\.txt$/);
    });
  });

  describe.each(txtFiles)('%s', (file) => {
    const { text, ann } = load(folder.dir, file);
    const quotes: Quote[] = Array.isArray(ann.quotes) ? ann.quotes : [];
    const stats: Statistic[] = Array.isArray(ann.statistics) ? ann.statistics : [];
    const captions: Caption[] = Array.isArray(ann.photoCaptions) ? ann.photoCaptions : [];
    const has = (tag: string) => ann.phenomena.includes(tag);

    it(`text follows the corpus format (headline, blank line, paragraphs, 250-${folder.maxWords} words)`, () => {
      expect(text).not.toMatch(/\r/);
      expect(text).not.toMatch(/\n\n\n/);
      expect(text).not.toMatch(/^\s|\s$/);
      const lines = text.split('\n');
      expect(lines[0].trim().length).toBeGreaterThan(0);
      expect(lines[1]).toBe('');
      for (const line of lines) expect(line).toBe(line.trim());
      const words = wordCount(text);
      expect(words).toBeGreaterThanOrEqual(250);
      expect(words).toBeLessThanOrEqual(folder.maxWords);
      // headline carries no quotation marks (everything quoted is in the body)
      expect(lines[0]).not.toMatch(DOUBLE_MARKS);
    });

    it('annotation has the documented shape', () => {
      expect(STYLES).toContain(ann.style);
      expect(Array.isArray(ann.phenomena)).toBe(true);
      for (const p of ann.phenomena) expect(PHENOMENA).toContain(p);
      expect(new Set(ann.phenomena).size).toBe(ann.phenomena.length);
      expect(Array.isArray(ann.quotes)).toBe(true);
      expect(Array.isArray(ann.statistics)).toBe(true);
      expect(Array.isArray(ann.photoCaptions)).toBe(true);
      for (const q of quotes) {
        expect(Object.keys(q).sort()).toEqual(
          ['end', 'kind', 'speaker', 'start', 'text', ...(q.speakerAliases ? ['speakerAliases'] : [])].sort(),
        );
        expect(typeof q.text).toBe('string');
        expect(Number.isInteger(q.start) && Number.isInteger(q.end)).toBe(true);
        expect(q.speaker === null || (typeof q.speaker === 'string' && q.speaker.length > 0)).toBe(true);
        expect(['speech', 'scare']).toContain(q.kind);
        if (q.speakerAliases) {
          expect(Array.isArray(q.speakerAliases)).toBe(true);
          for (const a of q.speakerAliases) expect(typeof a).toBe('string');
        }
      }
      for (const s of stats) {
        expect(Object.keys(s).sort()).toEqual(['end', 'source', 'start', 'text', 'value']);
        expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
        expect(Number.isFinite(s.value)).toBe(true);
        expect(s.source === null || (typeof s.source === 'string' && s.source.length > 0)).toBe(true);
      }
      for (const c of captions) {
        expect(Object.keys(c).sort()).toEqual(['caption', 'credit']);
        expect(typeof c.caption).toBe('string');
        expect(typeof c.credit).toBe('string');
      }
    });

    it('every quote and statistic text equals its slice of the file', () => {
      for (const q of quotes) expect({ at: q.start, text: text.slice(q.start, q.end) }).toEqual({ at: q.start, text: q.text });
      for (const s of stats) expect({ at: s.start, text: text.slice(s.start, s.end) }).toEqual({ at: s.start, text: s.text });
    });

    it('quote spans are in order and do not overlap; so are statistic spans', () => {
      for (let i = 0; i < quotes.length; i++) {
        expect(quotes[i].start).toBeLessThan(quotes[i].end);
        if (i > 0) expect(quotes[i - 1].end).toBeLessThan(quotes[i].start);
      }
      for (let i = 0; i < stats.length; i++) {
        expect(stats[i].start).toBeLessThan(stats[i].end);
        if (i > 0) expect(stats[i - 1].end).toBeLessThanOrEqual(stats[i].start);
      }
    });

    it('every quote sits exactly between a matching pair of quotation marks', () => {
      for (const q of quotes) {
        const where = `${file}@${q.start} ${JSON.stringify(q.text.slice(0, 40))}`;
        // no stray whitespace or sentence comma inside the span edges
        expect({ where, ok: q.text === q.text.trim() && q.text.length > 0 }).toEqual({ where, ok: true });
        expect({ where, trailingComma: q.text.endsWith(',') }).toEqual({ where, trailingComma: false });
        // opening mark right before the span, not glued to a preceding word
        const open = text[q.start - 1];
        expect({ where, open: OPEN.has(open) }).toEqual({ where, open: true });
        expect({ where, gluedBefore: isWordChar(text[q.start - 2]) }).toEqual({ where, gluedBefore: false });
        // closing mark right after the span, or after a comma that belongs to the sentence
        const closeAt = text[q.end] === ',' ? q.end + 1 : q.end;
        expect({ where, close: text[closeAt] }).toEqual({ where, close: CLOSE_FOR[open] });
        expect({ where, gluedAfter: isWordChar(text[closeAt + 1]) }).toEqual({ where, gluedAfter: false });
        // inside the span: double marks only as the opener of a continuing paragraph
        const inner = [...q.text.matchAll(DOUBLE_MARKS)];
        for (const m of inner) {
          const idx = m.index as number;
          expect({ where, idx, interiorOpener: q.text.slice(idx - 2, idx) === '\n\n' && m[0] === open }).toEqual({
            where,
            idx,
            interiorOpener: true,
          });
        }
        // paragraph breaks only inside multi-paragraph quotes, each followed by an opening mark
        const breaks = [...q.text.matchAll(/\n/g)].map((m) => m.index as number);
        for (const b of breaks) {
          const isSecondOfPair = q.text[b - 1] === '\n';
          const ok = isSecondOfPair ? q.text[b + 1] === open : q.text[b + 1] === '\n';
          expect({ where, b, ok }).toEqual({ where, b, ok: true });
        }
      }
    });

    it('every double quotation mark in the file belongs to an annotated quote', () => {
      const accounted = new Set<number>();
      for (const q of quotes) {
        accounted.add(q.start - 1);
        accounted.add(text[q.end] === ',' ? q.end + 1 : q.end);
        for (const m of q.text.matchAll(DOUBLE_MARKS)) accounted.add(q.start + (m.index as number));
      }
      const unaccounted = [...text.matchAll(DOUBLE_MARKS)]
        .map((m) => m.index as number)
        .filter((i) => !accounted.has(i))
        .map((i) => `${i}: …${text.slice(Math.max(0, i - 30), i + 30)}…`);
      expect(unaccounted).toEqual([]);
    });

    it('speakers are consistent with the text', () => {
      const lower = text.toLowerCase();
      for (const q of quotes) {
        if (q.kind === 'scare') expect({ scare: q.text, speaker: q.speaker }).toEqual({ scare: q.text, speaker: null });
        // the speaker is named as first introduced, so the name occurs verbatim
        if (q.speaker !== null) expect({ speaker: q.speaker, inText: lower.includes(q.speaker.toLowerCase()) }).toEqual({ speaker: q.speaker, inText: true });
      }
    });

    it('statistics carry values that match their text and credited sources that occur in it', () => {
      const lower = text.toLowerCase();
      for (const s of stats) {
        const parsed = parseFigure(s.text);
        expect({ text: s.text, parsed: parsed !== null }).toEqual({ text: s.text, parsed: true });
        expect({ text: s.text, diff: Math.abs((parsed as number) - s.value) < 1e-9 * Math.max(1, Math.abs(s.value)) }).toEqual({
          text: s.text,
          diff: true,
        });
        if (s.source !== null) expect({ source: s.source, inText: lower.includes(s.source.toLowerCase()) }).toEqual({ source: s.source, inText: true });
        // a statistic is a figure, not a year/date/age: it must not be a bare 4-digit year
        expect(/^(1[89]|20)\d\d$/.test(s.text)).toBe(false);
      }
    });

    it('caption block, when annotated, is the last two lines of the file', () => {
      const lines = text.split('\n');
      expect(captions.length).toBeLessThanOrEqual(1);
      if (captions.length === 1) {
        const [c] = captions;
        expect(c.caption.length).toBeGreaterThan(0);
        expect(c.credit.length).toBeGreaterThan(0);
        expect(lines[lines.length - 1]).toBe(`${c.caption} ${c.credit}`);
        expect(lines[lines.length - 2].length).toBeGreaterThan(0); // caption title line
        expect(lines[lines.length - 3]).toBe(''); // separated from the body by a blank line
        expect(c.caption).toMatch(/[.!?]$/);
        // quotes and statistics belong to the body, not to the caption block
        const blockStart = text.length - lines[lines.length - 1].length - lines[lines.length - 2].length - 1;
        for (const q of quotes) expect(q.end).toBeLessThan(blockStart);
        for (const s of stats) expect(s.end).toBeLessThan(blockStart);
      }
    });

    it('declared phenomena agree with what the annotation actually contains', () => {
      const speechNull = quotes.some((q) => q.kind === 'speech' && q.speaker === null);
      const agree = (tag: string, actual: boolean) => expect({ tag, declared: has(tag) }).toEqual({ tag, declared: actual });
      const implies = (tag: string, actual: boolean) => {
        if (has(tag)) expect({ tag, present: actual }).toEqual({ tag, present: true });
      };
      agree('curly-quotes', text.includes('\u201C'));
      agree('straight-quotes', text.includes('"'));
      agree('multi-paragraph', quotes.some((q) => q.text.includes('\n\n')));
      agree('scare', quotes.some((q) => q.kind === 'scare'));
      agree('unattributed', speechNull);
      agree('statistics', stats.length > 0);
      agree('caption', captions.length > 0);
      implies('editorial-insertion', quotes.some((q) => /\[[^\]]+\]/.test(q.text)));
      implies('ellipsis', quotes.some((q) => q.text.includes('\u2026') || q.text.includes('...')));
      implies('inner-quotes', quotes.some((q) => q.text.includes('\u2018') || /(^|[\s,(])'/.test(q.text)));
      implies('question-exclamation', quotes.some((q) => /[?!]$/.test(q.text)));
      implies('diacritics', /[\u00C0-\u024F]/.test(text));
      implies('stat-money', stats.some((s) => /[$€£]/.test(s.text)));
      implies('stat-percent', stats.some((s) => /%|percent/.test(s.text)));
      implies('stat-source', stats.some((s) => s.source !== null));
      implies('stat-in-quote', stats.some((s) => quotes.some((q) => q.kind === 'speech' && q.start <= s.start && s.end <= q.end)));
      implies('stat-approx', stats.some((s) => /\b(about|nearly|more than|roughly|approximately|at least|at most|fewer than|less than|up to|an estimated|estimated|near|closer to|perhaps)\b/i.test(s.text)));
      implies('work-title', has('scare'));
      implies('so-called', /so-called/.test(text));
      implies('nickname', has('scare'));
      implies('statement', /statement/.test(text));
      implies('email', /\bemail\b/.test(text));
      implies('blog-post', /blog post/.test(text));
      implies('according-to', /according to/i.test(text));
      implies('anonymous', /anonymity|not to be named|name not be used/.test(text));
    });
  });

  describe('coverage', () => {
    const all = txtFiles.map((f) => ({ file: f, ...load(folder.dir, f) }));
    // Corpus-wide requirements hold for the eval set only; the dev set targets weak spots instead.
    if (folder.coverage) {
      it('meets the per-style minimums', () => {
        const counts: Record<string, number> = {};
        for (const { ann } of all) counts[ann.style] = (counts[ann.style] ?? 0) + 1;
        for (const s of STYLES) expect({ style: s, enough: (counts[s] ?? 0) >= MIN_PER_STYLE[s] }).toEqual({ style: s, enough: true });
      });

      it('every phenomenon appears in at least two files', () => {
        const missing = PHENOMENA.filter((p) => all.filter(({ ann }) => ann.phenomena.includes(p)).length < 2);
        expect(missing).toEqual([]);
      });

      it('has both quotation styles, speech and scare quotes, null speakers, statistics and captions', () => {
        const quotes = all.flatMap(({ ann }) => ann.quotes);
        expect(quotes.filter((q) => q.kind === 'scare').length).toBeGreaterThanOrEqual(10);
        expect(quotes.filter((q) => q.kind === 'speech' && q.speaker === null).length).toBeGreaterThanOrEqual(3);
        expect(all.filter(({ text }) => text.includes('\u201C')).length).toBeGreaterThanOrEqual(5);
        expect(all.filter(({ text }) => text.includes('"')).length).toBeGreaterThanOrEqual(5);
        expect(all.flatMap(({ ann }) => ann.statistics).length).toBeGreaterThanOrEqual(100);
        expect(all.filter(({ ann }) => ann.photoCaptions.length > 0).length).toBeGreaterThanOrEqual(4);
      });
    }

    it('no file mixes straight and curly double quotation marks', () => {
      for (const { file, text } of all) {
        expect({ file, mixed: text.includes('"') && /[\u201C\u201D]/.test(text) }).toEqual({ file, mixed: false });
      }
    });
  });
});
