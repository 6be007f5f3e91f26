/**
 * `npm run eval -- DIR` for a corpus in the PolNeAR format (ID.txt + ID.json with `quotes[]`
 * holding `quoteStart`/`quoteEnd`/`speakerName`/`resolvable`): the figures its `score.mjs`
 * computes, in one process, a reliability table of the engine's speaker confidences, and
 * (`--false-blocks`) how many correctly structured stories the checker would block.
 * Corpus texts are read at run time and never written anywhere but a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { check, extract, type ExtractedQuote, type Extraction } from '../plugin/shared/attribution';
import type { Quote, Source, Story } from '../plugin/shared/contracts/story';

export interface CorpusQuote {
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  sourceMention: string;
  speakerName: string | null;
  speaker: string | null;
  resolvable: boolean;
  inHeadline?: boolean;
}

interface Article {
  id: string;
  text: string;
  quotes: CorpusQuote[];
}

export function isCorpusDir(dir: string): boolean {
  const json = readdirSync(dir).find((f) => f.endsWith('.json'));
  if (!json) return false;
  const gold = JSON.parse(readFileSync(join(dir, json), 'utf8')) as { quotes?: Array<Record<string, unknown>> };
  return Array.isArray(gold.quotes) && (gold.quotes.length === 0 || 'quoteStart' in gold.quotes[0]!);
}

function* articles(dir: string): Generator<Article> {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const id = basename(file, '.json');
    const txt = join(dir, `${id}.txt`);
    if (!existsSync(txt)) continue;
    const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { quotes: CorpusQuote[] };
    yield { id, text: readFileSync(txt, 'utf8'), quotes: gold.quotes.filter((q) => !q.inHeadline) };
  }
}

// The scorer's name match: case-insensitive, a shared last word over three letters, or an acronym.
const STOP = new Set(['the', 'of', 'and', 'for', 'a', 'an', 'on', 'in', 'at', 'to', '&']);
const tokens = (name: string) => name.toLowerCase().replace(/[\u2019\u2018`]/g, "'").replace(/'s\b/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
function acronym(name: string): string | null {
  const caps = name.split(/[^\p{L}\p{N}]+/u).filter((w) => w && !STOP.has(w.toLowerCase()) && /^\p{Lu}/u.test(w));
  return caps.length >= 2 ? caps.map((w) => w[0]).join('').toLowerCase() : null;
}
export function scorerNamesMatch(a: string, b: string): boolean {
  const ta = tokens(a);
  const tb = tokens(b);
  if (!ta.length || !tb.length) return false;
  if (ta.join(' ') === tb.join(' ')) return true;
  const lastA = ta[ta.length - 1]!;
  const lastB = tb[tb.length - 1]!;
  if ((lastA.length > 3 && tb.includes(lastA)) || (lastB.length > 3 && ta.includes(lastB))) return true;
  const acA = acronym(a);
  const acB = acronym(b);
  return Boolean((acA && tb.includes(acA)) || (acB && ta.includes(acB)));
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Each predicted speech quote with the gold quote it matches (half the gold length or more, one to one). */
function matches(predicted: readonly ExtractedQuote[], gold: readonly CorpusQuote[]): Map<ExtractedQuote, CorpusQuote> {
  const pairs: Array<{ p: number; g: number; ov: number }> = [];
  predicted.forEach((p, pi) =>
    gold.forEach((g, gi) => {
      const ov = overlap(p, { start: g.quoteStart, end: g.quoteEnd });
      if (ov > 0 && ov >= 0.5 * (g.quoteEnd - g.quoteStart)) pairs.push({ p: pi, g: gi, ov });
    }),
  );
  pairs.sort((x, y) => y.ov - x.ov || x.p - y.p);
  const out = new Map<ExtractedQuote, CorpusQuote>();
  const used = new Set<number>();
  for (const { p, g } of pairs) {
    if (out.has(predicted[p]!) || used.has(g)) continue;
    out.set(predicted[p]!, gold[g]!);
    used.add(g);
  }
  return out;
}

const BANDS = [0.9, 0.8, 0.7, 0.6, 0.5];

/** Confidence band -> how often a named speaker agrees with the gold (on gold quotes with a named speaker). */
function reliability(results: Array<{ extraction: Extraction; article: Article }>): Array<{ band: string; judged: number; agree: number; share: number }> {
  const rows = BANDS.map((low, i) => ({ low, high: i === 0 ? 1.0001 : BANDS[i - 1]!, judged: 0, agree: 0 }));
  for (const { extraction, article } of results) {
    const speech = extraction.quotes.filter((q) => q.kind === 'speech');
    for (const [q, g] of matches(speech, article.quotes)) {
      if (!q.speaker || !g.resolvable) continue;
      const row = rows.find((r) => q.confidence >= r.low && q.confidence < r.high);
      if (!row) continue;
      row.judged++;
      if (scorerNamesMatch(q.speaker, g.speakerName ?? g.speaker ?? '')) row.agree++;
    }
  }
  return rows.map((r) => ({ band: `${r.low.toFixed(1)}-${r.high > 1 ? '1.0' : r.high.toFixed(1)}`, judged: r.judged, agree: r.agree, share: r.judged ? Math.round((r.agree / r.judged) * 1000) / 1000 : 0 }));
}

/** The official scorer, fed the engine's outputs written to a temporary folder (`score.mjs --from`). */
function officialScore(dir: string, outputs: Map<string, Extraction>): Record<string, unknown> | null {
  const scorer = join(dirname(dir), 'score.mjs');
  if (!existsSync(scorer)) return null;
  const tmp = mkdtempSync(join(tmpdir(), 'newsroom-eval-'));
  try {
    for (const [id, extraction] of outputs) writeFileSync(join(tmp, `${id}.out.json`), JSON.stringify(extraction));
    const run = spawnSync(process.execPath, [scorer, dir, '--from', tmp, '--quiet'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`score.mjs failed: ${run.stderr}`);
    const lines = run.stdout.trim().split('\n');
    console.log(lines.slice(0, -1).join('\n'));
    return JSON.parse(lines[lines.length - 1]!) as Record<string, unknown>;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The story an editor who did everything right would build: each gold quote recorded with its gold speaker. */
export function correctStory(article: Article): Story {
  const lines = article.text.split('\n');
  const headline = lines[0] ?? '';
  const bodyStart = article.text.indexOf('\n\n') >= 0 ? article.text.indexOf('\n\n') + 2 : 0;
  const body = article.text.slice(bodyStart);
  const sources = new Map<string, Source>();
  const sourceFor = (q: CorpusQuote): Source => {
    const named = q.resolvable && q.speakerName;
    const name = named || q.sourceMention || 'an unnamed source';
    const key = `${named ? 'n' : 'a'}:${name.toLowerCase()}`;
    let found = sources.get(key);
    if (!found) {
      found = { documentId: `s${sources.size}`, name, kind: named ? 'person' : 'anonymous', title: named ? 'Source' : null, description: null, affiliation: null };
      sources.set(key, found);
    }
    return found;
  };
  const quotes: Quote[] = article.quotes
    .filter((q) => q.quoteStart >= bodyStart)
    .map((q, i) => ({ documentId: `q${i}`, text: q.quote, delivery: 'unknown', deliveryNote: null, isPartial: false, speaker: sourceFor(q) }));
  return {
    documentId: article.id, slug: article.id, headline, standfirst: null, body, byline: null, dateline: null, section: null, tags: [],
    publishedAt: null, updatedAt: null, quotes, statistics: [], photoCaptions: [], sources: [...sources.values()],
  };
}

function falseBlocks(dir: string): void {
  let stories = 0;
  const blocked: Record<string, number> = {};
  let blockedStories = 0;
  for (const article of articles(dir)) {
    stories++;
    const errors = check(correctStory(article)).filter((f) => f.severity === 'error');
    if (errors.length === 0) continue;
    blockedStories++;
    for (const code of new Set(errors.map((f) => f.code))) blocked[code] = (blocked[code] ?? 0) + 1;
  }
  const rate = stories ? Math.round((blockedStories / stories) * 1000) / 1000 : 0;
  console.log(`False blocks on ${dir}: ${blockedStories} of ${stories} correctly structured stories have an error (${(rate * 100).toFixed(1)}%, target <= 2%)`);
  for (const [code, n] of Object.entries(blocked)) console.log(`  ${code}: ${n} stories`);
  console.log(JSON.stringify({ corpus: dir, stories, blocked: blockedStories, rate, byCode: blocked }));
}

export function evalCorpusDir(dir: string, flags: readonly string[]): void {
  if (flags.includes('--false-blocks')) return falseBlocks(dir);
  const outputs = new Map<string, Extraction>();
  const results: Array<{ extraction: Extraction; article: Article }> = [];
  for (const article of articles(dir)) {
    const extraction = extract(article.text);
    outputs.set(article.id, extraction);
    results.push({ extraction, article });
  }
  const table = reliability(results);
  console.log('Speaker confidence band -> share agreeing with the gold (named gold speakers only)');
  for (const row of table) console.log(`  ${row.band}: ${row.agree}/${row.judged} = ${row.share}`);
  const official = officialScore(dir, outputs);
  if (!official) console.log(`(no score.mjs next to ${dir}: quote and speaker figures not computed)`);
  console.log(JSON.stringify({ corpus: dir, reliability: table, score: official }));
}
