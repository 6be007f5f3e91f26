/**
 * Median time of extract + check on the seeded article and on synthetic stories of 1k, 10k and
 * 100k words built from its sentences. Each size gets warm-up runs first (not timed), so the
 * medians measure the engine rather than the JIT compiling it. Then the growth on hostile input
 * (issue #15): a pattern repeated to 10k and to 100k characters in one run-on paragraph, where
 * linear work gives a ratio near 10. Ends with one line of JSON.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BODY_EXTRACT_OPTIONS, check, extract } from '../plugin/shared/attribution';
import type { Story } from '../plugin/shared/contracts/story';
import { story } from '../tests/attribution/helpers';

const ROOT = join(__dirname, '..');

function articleText(): string {
  const path = join(ROOT, 'seeds/article.txt');
  if (!existsSync(path)) throw new Error(`bench-engine: ${path} is missing`);
  return readFileSync(path, 'utf8');
}

/** A story whose records are what extract() finds in the article, so check() does real work. */
function storyFor(body: string, article: string): Story {
  const found = extract(article);
  return story(body, {
    documentId: 'bench',
    slug: 'bench',
    headline: found.headline ?? '',
    quotes: found.quotes.map((q, i) => ({
      documentId: `q${i}`,
      text: q.text,
      delivery: q.delivery,
      deliveryNote: q.deliveryNote,
      isPartial: q.isPartial,
      speaker: q.speaker
        ? { documentId: `s-${q.speaker}`, name: q.speaker, kind: q.speakerKind ?? 'person', title: q.speakerTitle, description: null, affiliation: null }
        : null,
    })),
  });
}

/** Paragraphs of article sentences (quotes kept whole) until `words` words. */
function synthetic(article: string, words: number): string {
  const paragraphs = article.split(/\n\s*\n/).slice(1, -1);
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    out.push(p);
    count += p.split(/\s+/).length;
  }
  return out.join('\n\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(body: string, checked: Story, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const extraction = extract(body, BODY_EXTRACT_OPTIONS);
    check(checked, { extraction });
    samples.push(performance.now() - t0);
  }
  return Math.round(median(samples) * 100) / 100;
}

/** Patterns that once made the engine quadratic (a quote every few words, a figure every few words…). */
const HOSTILE_PATTERNS = ['"a ', '5 percent ', 'he said "a" ', '"a"\n\n', '\n', 'the word "a" '];

function hostileGrowth(): Record<string, { ms10k: number; ms100k: number; ratio: number }> {
  const out: Record<string, { ms10k: number; ms100k: number; ratio: number }> = {};
  for (const pattern of HOSTILE_PATTERNS) {
    const [small, large] = [10_000, 100_000].map((size) => {
      const body = pattern.repeat(Math.ceil(size / pattern.length)).slice(0, size);
      const checked = story(body);
      time(body, checked, 1);
      return time(body, checked, 5);
    }) as [number, number];
    const ratio = Math.round((large / Math.max(small, 0.01)) * 10) / 10;
    out[JSON.stringify(pattern)] = { ms10k: small, ms100k: large, ratio };
    console.log(`hostile ${JSON.stringify(pattern).padEnd(16)} 10k chars ${small} ms, 100k chars ${large} ms: x${ratio} (linear ≈ 10)`);
  }
  return out;
}

function main(): void {
  const article = articleText();
  const results: Record<string, number> = {};
  // The story body is the article without its headline line and caption block.
  const articleBody = article.split(/\n\s*\n/).slice(1, -1).join('\n\n');
  const articleStory = storyFor(articleBody, article);
  time(articleBody, articleStory, 5); // warm-up
  results.article = time(articleBody, articleStory, 30);
  for (const words of [1_000, 10_000, 100_000]) {
    const body = synthetic(article, words);
    const story = storyFor(body, article);
    time(body, story, words >= 100_000 ? 1 : 3); // warm-up at this size
    results[`words${words / 1000}k`] = time(body, story, words >= 100_000 ? 5 : words >= 10_000 ? 11 : 21);
    console.log(`${String(words).padStart(7)} words: ${results[`words${words / 1000}k`]} ms median (extract + check)`);
  }
  console.log(`article: ${results.article} ms median`);
  const ratio = Math.round((results.words100k! / results.words10k!) * 100) / 100;
  console.log(`100k / 10k = ${ratio} (linear ≈ 10, target ≤ 12); 10k target ≤ 20 ms (aim ≤ 12 ms)`);
  const hostile = hostileGrowth();
  console.log(JSON.stringify({ medianMs: results, ratio100kTo10k: ratio, targets: { tenKMs: 20, maxRatio: 12 }, hostile }));
}

main();
