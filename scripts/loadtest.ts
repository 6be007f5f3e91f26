/**
 * npm run loadtest: 50 reader clients for 30 s on the story endpoints while an editor publishes
 * and edits, against the built app on a fresh database (SQLite, or PostgreSQL with
 * DATABASE_CLIENT=postgres). Checks: zero errors, no stale read after a publish (the editor reads
 * right after each publish, and every reader request that starts after a publish must see it), and
 * memory: the server's RSS (start, end, by quarter) and its heap used after a full GC (start, each
 * quarter, end). Prints figures, then one JSON line.
 *
 *   LOADTEST_SECONDS (30)  LOADTEST_CLIENTS (50)  LOADTEST_EDITOR_PAUSE_MS (200)
 *   LOADTEST_EDITOR_CREATES (true; false: the editor edits only, no new stories)
 *   LOADTEST_MIN_EDITOR_ROUNDS (3): the run goes on past LOADTEST_SECONDS until the editor has
 *   published this many rounds, so a slow machine still checks reads against several publishes
 *   LOADTEST_ABUSE (compare: a run without, then one with the abusive client of
 *     scripts/lib/load-abuser.ts, side by side; on: with it only; off: without it only)
 * Builds nothing: run `npm test` or `npm run build` first if the app is not built.
 */
import { createTestDatabase } from '../tests/support/database';
import { seed } from '../tests/support/seeding';
import { abuser, createHostileStory, type AbuseStats } from './lib/load-abuser';
import { createHttp, newStats, percentile, recordError, recordStale, type Http, type Stats } from './lib/load-clients';
import { rssMb, startLoadServer, type MemoryAfterGc } from './lib/load-server';

const SECONDS = Number(process.env.LOADTEST_SECONDS ?? 30);
const CLIENTS = Number(process.env.LOADTEST_CLIENTS ?? 50);
const EDITOR_PAUSE_MS = Number(process.env.LOADTEST_EDITOR_PAUSE_MS ?? 200);
/** `false`: the editor only edits and republishes the running story, so the data set stays the same size. */
const EDITOR_CREATES = process.env.LOADTEST_EDITOR_CREATES !== 'false';
const MIN_EDITOR_ROUNDS = Number(process.env.LOADTEST_MIN_EDITOR_ROUNDS ?? 3);
const ABUSE = process.env.LOADTEST_ABUSE ?? 'compare';
const STORY_UID = 'plugin::newsroom.story';
const ARTICLE_SLUG = 'us-should-divert-funding-for-ice-raids-to-efforts-to-combat-white-nationalist-terrorism';
const EDITED_SLUG = 'load-test-running-story';

if (!(SECONDS > 0 && SECONDS <= 600) || !(CLIENTS >= 1 && CLIENTS <= 200) || !(MIN_EDITOR_ROUNDS >= 0 && MIN_EDITOR_ROUNDS <= 1000)) {
  throw new Error('LOADTEST_SECONDS must be in 1..600, LOADTEST_CLIENTS in 1..200 and LOADTEST_MIN_EDITOR_ROUNDS in 0..1000');
}
if (!['compare', 'on', 'off'].includes(ABUSE)) throw new Error(`LOADTEST_ABUSE must be compare, on or off, not "${ABUSE}"`);

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

/** The shared state between the editor and the readers: what is published, and since when. */
interface Published {
  slugs: string[];
  /** Version n of the running story's standfirst ("version n") was published at this time. */
  version: number;
  versionPublishedAt: number;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

const json = (body: string) => {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
};

const CM = `/content-manager/collection-types/${STORY_UID}`;
const publish = (http: Http, token: string, documentId: string) => http.request('POST', `${CM}/${documentId}/actions/publish`, { token, body: {} });

/** Before the readers start: the running story the editor keeps changing, published (version 0). */
const setUpRunningStory = async (http: Http, token: string, state: Published): Promise<string> => {
  const expectOk = (what: string, status: number, body: string) => {
    if (status >= 300) throw new Error(`${what}: ${status} ${body.slice(0, 300)}`);
    return json(body);
  };
  const created = await http.request('POST', CM, {
    token,
    body: { headline: 'Load test running story', slug: EDITED_SLUG, standfirst: 'version 0', body: paragraph('The story the editor keeps changing.') },
  });
  const runningId = expectOk('create running story', created.status, created.body).data.documentId;
  const r = await publish(http, token, runningId);
  expectOk('publish running story', r.status, r.body);
  state.slugs.push(EDITED_SLUG);
  state.versionPublishedAt = Date.now();
  return runningId;
};

/** A new story, published: the next read must find it. */
const publishNewStory = async (http: Http, token: string, n: number, state: Published, stats: Stats): Promise<number> => {
  const slug = `load-test-story-${n}`;
  const created = await http.request('POST', CM, {
    token,
    body: { headline: `Load test story ${n}`, slug, body: paragraph(`Story number ${n} of the load test.`) },
  });
  if (created.status >= 300) {
    recordError(stats, `editor create: ${created.status}`);
    return 0;
  }
  const published = await publish(http, token, json(created.body).data.documentId);
  if (published.status >= 300) {
    recordError(stats, `editor publish: ${published.status} ${published.body.slice(0, 200)}`);
    return 0;
  }
  const read = await http.request('GET', `/api/newsroom/stories/${slug}`);
  if (read.status !== 200) recordStale(stats, `new story ${slug} not served right after publish: ${read.status}`);
  state.slugs.push(slug);
  return 1;
};

/** An edit of the running story, published: the next read must show it. */
const publishEdit = async (http: Http, token: string, runningId: string, state: Published, stats: Stats): Promise<number> => {
  const version = state.version + 1;
  const edited = await http.request('PUT', `${CM}/${runningId}`, { token, body: { standfirst: `version ${version}` } });
  if (edited.status >= 300) {
    recordError(stats, `editor edit: ${edited.status}`);
    return 0;
  }
  const published = await publish(http, token, runningId);
  if (published.status >= 300) {
    recordError(stats, `editor publish edit: ${published.status}`);
    return 0;
  }
  state.version = version;
  state.versionPublishedAt = Date.now();
  const read = await http.request('GET', `/api/newsroom/stories/${EDITED_SLUG}`);
  const standfirst = json(read.body)?.data?.standfirst;
  if (standfirst !== `version ${version}`) recordStale(stats, `editor read "${standfirst}" after publishing version ${version}`);
  return 1;
};

/** Readers stop when the editor has stopped. */
interface Run {
  editorDone: boolean;
}

const editor = async (http: Http, token: string, runningId: string, state: Published, stats: Stats, until: number, run: Run) => {
  let created = 0;
  let edits = 0;
  try {
    for (let round = 0; Date.now() < until || round < MIN_EDITOR_ROUNDS; round += 1) {
      if (EDITOR_CREATES) created += await publishNewStory(http, token, round + 1, state, stats);
      edits += await publishEdit(http, token, runningId, state, stats);
      await new Promise((resolve) => setTimeout(resolve, EDITOR_PAUSE_MS));
    }
  } finally {
    run.editorDone = true;
  }
  return { publishes: created + edits, edits };
};

const reader = async (http: Http, state: Published, stats: Stats, run: Run, seed: number) => {
  let i = seed;
  while (!run.editorDone) {
    i += 1;
    const pick = i % 10;
    const slug = state.slugs[i % state.slugs.length];
    const path =
      pick < 3
        ? `/api/newsroom/stories?page=${1 + (i % 2)}&pageSize=${[5, 10, 25][i % 3]}`
        : pick < 4
          ? '/api/newsroom/stories?section=U.S.&fields=headline,quotes'
          : pick < 5
            ? `/api/newsroom/stories/${slug}/${i % 2 ? 'ninjs' : 'jsonld'}`
            : pick < 7
              ? `/api/newsroom/stories/${EDITED_SLUG}`
              : `/api/newsroom/stories/${slug}`;
    const versionBefore = state.version;
    const started = performance.now();
    try {
      const reply = await http.request('GET', path);
      stats.latencies.push(performance.now() - started);
      stats.requests += 1;
      if (reply.status !== 200) recordError(stats, `${path}: ${reply.status} ${reply.body.slice(0, 200)}`);
      else if (path === `/api/newsroom/stories/${EDITED_SLUG}`) {
        const seen = Number(/^version (\d+)$/.exec(json(reply.body)?.data?.standfirst ?? '')?.[1] ?? -1);
        if (seen < versionBefore) recordStale(stats, `reader saw version ${seen} after version ${versionBefore} was published`);
      }
    } catch (error) {
      stats.requests += 1;
      recordError(stats, `${path}: ${(error as Error).message}`);
    }
  }
};

const runOnce = async (abusive: boolean) => {
  const db = await createTestDatabase();
  const seeded = await seed(db.env);
  if (seeded.code !== 0) throw new Error(`seed failed:\n${seeded.stderr}`);
  const server = await startLoadServer(db.env);
  const http = createHttp(server.url, CLIENTS + 2);
  try {
    const admin = await http.request('POST', '/admin/register-admin', {
      body: { email: 'load@newsroom.test', firstname: 'Load', lastname: 'Editor', password: 'Newsroom-load-2026' },
    });
    if (admin.status >= 300) throw new Error(`register admin: ${admin.status} ${admin.body}`);
    const token = json(admin.body).data.token;

    const state: Published = { slugs: [ARTICLE_SLUG], version: 0, versionPublishedAt: 0 };
    const runningId = await setUpRunningStory(http, token, state);
    const hostileId = abusive ? await createHostileStory(http, token) : null;
    // Warm up (JIT, caches, connection pool) before the memory baseline.
    for (let i = 0; i < 20; i += 1) await http.request('GET', `/api/newsroom/stories/${ARTICLE_SLUG}`);
    const memoryStart = await server.memoryAfterGc();
    const rssStart = rssMb(server.pid);
    const rssSamples: number[] = [];
    const sampler = setInterval(() => {
      const rss = rssMb(server.pid);
      if (rss !== null) rssSamples.push(rss);
    }, 1000);
    // Heap used after a full GC at each quarter of the run, under load: a leak grows it quarter
    // after quarter; growth that stops after the first quarter is warm-up.
    const heapByQuarter: Promise<MemoryAfterGc>[] = [];
    const quarterTimers = [0.25, 0.5, 0.75].map((at) =>
      setTimeout(() => heapByQuarter.push(server.memoryAfterGc()), at * SECONDS * 1000)
    );

    const stats = newStats();
    const started = Date.now();
    const until = started + SECONDS * 1000;
    const run: Run = { editorDone: false };
    const abusing: Promise<AbuseStats | null> = hostileId ? abuser(http, token, hostileId, until) : Promise.resolve(null);
    const [editing, abuse] = await Promise.all([
      editor(http, token, runningId, state, stats, until, run),
      abusing,
      ...Array.from({ length: CLIENTS }, (_, n) => reader(http, state, stats, run, n * 7)),
    ]);
    const elapsed = (Date.now() - started) / 1000;
    clearInterval(sampler);
    quarterTimers.forEach(clearTimeout);
    const rssEnd = rssMb(server.pid);
    const memoryEnd = await server.memoryAfterGc();
    const heapQuarters = [...(await Promise.all(heapByQuarter)), memoryEnd].map((memory) => memory.heapUsedMb);

    const sorted = [...stats.latencies].sort((a, b) => a - b);
    const result = {
      database: db.client,
      seconds: Math.round(elapsed * 10) / 10,
      clients: CLIENTS,
      requests: stats.requests,
      requestsPerSecond: Math.round(stats.requests / elapsed),
      errors: stats.errors,
      staleReads: stats.staleReads,
      publishes: editing.publishes,
      edits: editing.edits,
      latencyMs: { p50: Math.round(percentile(sorted, 50)), p95: Math.round(percentile(sorted, 95)), p99: Math.round(percentile(sorted, 99)) },
      rssMb: {
        start: rssStart,
        end: rssEnd,
        max: rssSamples.length ? Math.max(...rssSamples) : rssEnd,
        // One sample at each quarter of the run: growth that stops after warm-up is not a leak.
        quarters: [0.25, 0.5, 0.75, 1].map((at) => rssSamples[Math.max(0, Math.ceil(rssSamples.length * at) - 1)] ?? null),
      },
      heapAfterGcMb: {
        start: memoryStart.heapUsedMb,
        end: memoryEnd.heapUsedMb,
        quarters: heapQuarters,
        growthAfterFirstQuarter: round1(memoryEnd.heapUsedMb - heapQuarters[0]),
      },
      storiesPublished: state.slugs.length,
      abuse,
    };
    console.log(`load test: ${CLIENTS} clients for ${result.seconds} s on ${db.client}${abusive ? ', with the abusive client' : ''}`);
    console.log(`  requests      ${result.requests} (${result.requestsPerSecond}/s), latency p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms, p99 ${result.latencyMs.p99} ms`);
    console.log(`  editor        ${result.publishes} publishes, ${result.edits} edits`);
    console.log(`  errors        ${result.errors}${stats.errorSamples.length ? `: ${stats.errorSamples.join(' | ')}` : ''}`);
    console.log(`  stale reads   ${result.staleReads}${stats.staleSamples.length ? `: ${stats.staleSamples.join(' | ')}` : ''}`);
    console.log(
      `  server RSS    ${result.rssMb.start} MB at start, ${result.rssMb.end} MB at end (max ${result.rssMb.max} MB; by quarter ${result.rssMb.quarters.join(' / ')} MB)`
    );
    const heap = result.heapAfterGcMb;
    console.log(
      `  heap after GC ${heap.start} MB at start, ${heap.end} MB at end (by quarter ${heap.quarters.join(' / ')} MB; ${heap.growthAfterFirstQuarter >= 0 ? '+' : ''}${heap.growthAfterFirstQuarter} MB after the first quarter, ${result.storiesPublished} stories published)`
    );
    if (abuse) console.log(`  abuser        ${abuse.requests} requests: ${Object.entries(abuse.byStatus).map(([what, n]) => `${what}: ${n}`).join(', ')}`);
    console.log(JSON.stringify(result));
    return result;
  } finally {
    http.close();
    await server.stop();
    await db.drop();
  }
};

type RunResult = Awaited<ReturnType<typeof runOnce>>;

const sideBySide = (calm: RunResult, abused: RunResult) => {
  const row = (label: string, a: string | number, b: string | number) => console.log(`  ${label.padEnd(26)}${String(a).padStart(12)}${String(b).padStart(16)}`);
  console.log(`\nreaders without and with the abusive client (${CLIENTS} readers, editor, ${SECONDS} s each, ${calm.database})`);
  row('', 'without', 'with abuser');
  row('reader requests/s', calm.requestsPerSecond, abused.requestsPerSecond);
  row('latency p50 / p95 (ms)', `${calm.latencyMs.p50} / ${calm.latencyMs.p95}`, `${abused.latencyMs.p50} / ${abused.latencyMs.p95}`);
  row('latency p99 (ms)', calm.latencyMs.p99, abused.latencyMs.p99);
  row('errors / stale reads', `${calm.errors} / ${calm.staleReads}`, `${abused.errors} / ${abused.staleReads}`);
  row('RSS start -> max (MB)', `${calm.rssMb.start} -> ${calm.rssMb.max}`, `${abused.rssMb.start} -> ${abused.rssMb.max}`);
  row('heap after GC, +after Q1', `${calm.heapAfterGcMb.end} (+${calm.heapAfterGcMb.growthAfterFirstQuarter})`, `${abused.heapAfterGcMb.end} (+${abused.heapAfterGcMb.growthAfterFirstQuarter})`);
  const ratio = abused.latencyMs.p99 / Math.max(1, calm.latencyMs.p99);
  console.log(`  p99 with the abuser is ${round1(ratio)}x the p99 without (target: at most 2x)`);
  return ratio <= 2;
};

const ok = (result: RunResult) => result.errors === 0 && result.staleReads === 0;

const main = async () => {
  if (ABUSE !== 'compare') return ok(await runOnce(ABUSE === 'on')) ? 0 : 1;
  const calm = await runOnce(false);
  const abused = await runOnce(true);
  const withinTarget = sideBySide(calm, abused);
  const p99Ratio = round1(abused.latencyMs.p99 / Math.max(1, calm.latencyMs.p99));
  // Last line, one JSON object: the run with the abuser, and the figures of the run without.
  console.log(JSON.stringify({ ...abused, withoutAbuser: { requestsPerSecond: calm.requestsPerSecond, latencyMs: calm.latencyMs, errors: calm.errors, staleReads: calm.staleReads, rssMb: calm.rssMb, heapAfterGcMb: calm.heapAfterGcMb }, p99Ratio }));
  return ok(calm) && ok(abused) && withinTarget ? 0 : 1;
};

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  }
);
