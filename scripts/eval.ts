/**
 * Scores the attribution engine's quote spans and speakers against hand-annotated texts
 * (tests/fixtures/eval/NN-name.txt + .json) and the seeded article (seeds/article.txt + .json).
 * An optional argument names another folder in the same format: `npm run eval -- tests/fixtures/dev`,
 * or a corpus in the PolNeAR format (`npm run eval -- ../shared/corpora/polnear/train`, add
 * `--false-blocks` for the checker's false-block rate): see eval-corpus-dir.ts.
 * Ends with one line of JSON holding the figures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { extract, normalizeName, type ExtractedQuote } from '../plugin/shared/attribution';
import { evalCorpusDir, isCorpusDir } from './eval-corpus-dir';

interface GoldQuote {
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  speakerAliases?: string[];
  kind: 'speech' | 'scare';
}

interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

const ROOT = join(__dirname, '..');
const DEFAULT_DIR = join(ROOT, 'tests/fixtures/eval');

function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.predicted ? c.tp / c.predicted : 1;
  const r = c.gold ? c.tp / c.gold : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { p: round(p), r: round(r), f1: round(f1) };
}

const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, predicted: a.predicted + b.predicted, gold: a.gold + b.gold });
const zero = (): Counts => ({ tp: 0, predicted: 0, gold: 0 });

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** One-to-one matching, largest overlaps first. */
function matchOneToOne(pred: readonly ExtractedQuote[], gold: readonly GoldQuote[], exact: boolean): Map<number, number> {
  const pairs: Array<[number, number, number]> = [];
  pred.forEach((p, i) =>
    gold.forEach((g, j) => {
      const o = overlap(p, g);
      if (exact ? p.start === g.start && p.end === g.end : o > 0) pairs.push([o, i, j]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const byPred = new Map<number, number>();
  const usedGold = new Set<number>();
  for (const [, i, j] of pairs) {
    if (byPred.has(i) || usedGold.has(j)) continue;
    byPred.set(i, j);
    usedGold.add(j);
  }
  return byPred;
}

function speakerMatches(predicted: string, gold: GoldQuote): boolean {
  const names = [gold.speaker, ...(gold.speakerAliases ?? [])].filter((n): n is string => Boolean(n)).map(normalizeName);
  return names.includes(normalizeName(predicted));
}

interface FileScore {
  exact: Counts;
  overlap: Counts;
  speakers: Counts;
  failures: string[];
}

export function scoreFile(text: string, gold: readonly GoldQuote[]): FileScore {
  const predictedAll = extract(text).quotes;
  const speech = predictedAll.filter((q) => q.kind === 'speech');
  const goldSpeech = gold.filter((g) => g.kind !== 'scare');
  const failures: string[] = [];
  // A predicted speech quote over a gold scare quote is a false positive; one over nothing too.
  const exactMatch = matchOneToOne(speech, goldSpeech, true);
  const overlapMatch = matchOneToOne(speech, goldSpeech, false);
  let speakerTp = 0;
  let speakerPredicted = 0;
  speech.forEach((q, i) => {
    const j = overlapMatch.get(i);
    const g = j === undefined ? undefined : goldSpeech[j];
    if (!g) {
      failures.push(`  extra quote “${q.text.slice(0, 50)}” [${q.start}-${q.end}] speaker=${q.speaker}`);
    } else if (!exactMatch.has(i)) {
      failures.push(`  span differs: got “${q.text.slice(0, 50)}” [${q.start}-${q.end}], gold [${g.start}-${g.end}]`);
    }
    if (q.speaker) {
      speakerPredicted++;
      if (g?.speaker && speakerMatches(q.speaker, g)) speakerTp++;
      else if (g) failures.push(`  speaker of “${q.text.slice(0, 40)}”: got ${q.speaker} (${q.confidence}), gold ${g.speaker}`);
    } else if (g?.speaker) {
      failures.push(`  speaker of “${q.text.slice(0, 40)}”: got none (${q.confidence}), gold ${g.speaker}`);
    }
  });
  const matchedGold = new Set(overlapMatch.values());
  goldSpeech.forEach((g, j) => {
    if (!matchedGold.has(j)) failures.push(`  missed quote “${g.text.slice(0, 50)}” [${g.start}-${g.end}] speaker=${g.speaker}`);
  });
  return {
    exact: { tp: exactMatch.size, predicted: speech.length, gold: goldSpeech.length },
    overlap: { tp: overlapMatch.size, predicted: speech.length, gold: goldSpeech.length },
    speakers: { tp: speakerTp, predicted: speakerPredicted, gold: goldSpeech.filter((g) => g.speaker).length },
    failures,
  };
}

interface SeedFixture {
  stories: Array<{ quotes: Array<{ text: string; speaker: string | null }> }>;
  sources: Array<{ key: string; name: string }>;
}

/** Gold offsets for the seeded article: each quote located after the previous one. */
function seededGold(text: string, fixture: SeedFixture): { gold: GoldQuote[]; unlocated: string[] } {
  const names = new Map(fixture.sources.map((s) => [s.key, s.name]));
  const gold: GoldQuote[] = [];
  const unlocated: string[] = [];
  let cursor = 0;
  for (const q of fixture.stories[0]?.quotes ?? []) {
    const at = text.indexOf(q.text, cursor);
    if (at < 0) {
      unlocated.push(q.text.slice(0, 50));
      continue;
    }
    gold.push({ text: q.text, start: at, end: at + q.text.length, speaker: q.speaker ? names.get(q.speaker) ?? q.speaker : null, kind: 'speech' });
    cursor = at + q.text.length;
  }
  return { gold, unlocated };
}

function main(): void {
  const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
  const arg = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const EVAL_DIR = arg ? resolve(process.cwd(), arg) : DEFAULT_DIR;
  if (!existsSync(EVAL_DIR)) {
    console.error(`eval: no such folder: ${EVAL_DIR}`);
    process.exit(2);
  }
  if (arg && isCorpusDir(EVAL_DIR)) return evalCorpusDir(EVAL_DIR, flags);
  const files = readdirSync(EVAL_DIR).filter((f) => f.endsWith('.txt')).sort();
  let exact = zero();
  let over = zero();
  let speakers = zero();
  let scored = 0;
  for (const file of files) {
    const goldPath = join(EVAL_DIR, file.replace(/\.txt$/, '.json'));
    if (!existsSync(goldPath)) continue;
    const text = readFileSync(join(EVAL_DIR, file), 'utf8');
    const gold = (JSON.parse(readFileSync(goldPath, 'utf8')) as { quotes?: GoldQuote[] }).quotes ?? [];
    const score = scoreFile(text, gold);
    scored++;
    exact = add(exact, score.exact);
    over = add(over, score.overlap);
    speakers = add(speakers, score.speakers);
    if (score.failures.length) console.log(`${file}: ${score.failures.length} failure(s)\n${score.failures.join('\n')}`);
  }
  console.log(`\nCorpus ${relative(ROOT, EVAL_DIR) || '.'}: ${scored} file(s)`);
  console.log(`  quote spans, exact:   ${JSON.stringify(prf(exact))}`);
  console.log(`  quote spans, overlap: ${JSON.stringify(prf(over))}`);
  console.log(`  speakers:             ${JSON.stringify(prf(speakers))}`);

  const seedText = join(ROOT, 'seeds/article.txt');
  const seedJson = join(ROOT, 'seeds/article.json');
  let seededArticle: Record<string, unknown> = { available: false, complete: false };
  if (existsSync(seedText) && existsSync(seedJson)) {
    const text = readFileSync(seedText, 'utf8');
    const { gold, unlocated } = seededGold(text, JSON.parse(readFileSync(seedJson, 'utf8')) as SeedFixture);
    const score = scoreFile(text, gold);
    const complete = unlocated.length === 0 && score.exact.tp === gold.length && score.speakers.tp === gold.length && score.overlap.predicted === gold.length;
    console.log(`\nSeeded article: ${gold.length} gold quote(s), complete: ${complete}`);
    for (const u of unlocated) console.log(`  gold quote not found in article text: “${u}”`);
    if (score.failures.length) console.log(score.failures.join('\n'));
    seededArticle = { quotes: prf(score.exact), quotesOverlap: prf(score.overlap), speakers: prf(score.speakers), complete };
  } else {
    console.log('\nSeeded article: seeds/article.txt or seeds/article.json missing');
  }
  console.log(
    JSON.stringify({
      corpus: relative(ROOT, EVAL_DIR),
      files: scored,
      quotes: { exact: prf(exact), overlap: prf(over) },
      speakers: prf(speakers),
      seededArticle,
    }),
  );
}

if (require.main === module) main();
