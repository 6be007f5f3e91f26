/**
 * npm run bench: published-story delivery under load, measured side by side in one run.
 * Builds what is missing, seeds a fresh database (SQLite by default; DATABASE_CLIENT=postgres
 * for PostgreSQL), starts the production build, and drives it with autocannon:
 *   - the same story JSON served from memory by a bare Node http server (the ceiling);
 *   - REST story by slug, the same story over GraphQL, the list endpoint (1,000 stories);
 *   - SQL statements per story request (counted in the server's database layer) at 5 and 50 quotes;
 *   - list p50 with 100 published stories and with 10,000.
 * Prints a table per step and ends with one line of JSON holding every figure.
 */
import { execFileSync, spawn, type ChildProcess } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';

import autocannon from 'autocannon';

import { prepareApp } from './lib/build';
import { ensureSecrets, ROOT } from './lib/env';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const ARTICLE_SLUG = 'us-should-divert-funding-for-ice-raids-to-efforts-to-combat-white-nationalist-terrorism';
const STRAPI_BIN = path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const COUNT_QUERIES = path.join(ROOT, 'scripts', 'lib', 'count-queries.js');

const workDir = mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-'));
const queryCountFile = path.join(workDir, 'queries');
const databaseEnv: Record<string, string> =
  process.env.DATABASE_CLIENT === 'postgres'
    ? { DATABASE_CLIENT: 'postgres', DATABASE_SCHEMA: `bench_${Date.now()}` }
    : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(workDir, 'bench.db') };
// Production refuses to start without a public address (ninjs and JSON-LD URLs are built from it).
const env: NodeJS.ProcessEnv = {
  PUBLIC_URL: 'http://localhost:1337',
  ...process.env,
  ...databaseEnv,
  NODE_ENV: 'production',
  STRAPI_TELEMETRY_DISABLED: 'true',
};

/** A PostgreSQL run works in a schema of its own (DATABASE_NAME, DATABASE_USERNAME... from the environment). */
const createPostgresSchemaIfNeeded = async () => {
  if (databaseEnv.DATABASE_CLIENT !== 'postgres') return;
  const { Client } = await import('pg');
  const client = new Client({
    host: env.DATABASE_HOST ?? '127.0.0.1',
    port: Number(env.DATABASE_PORT ?? 5432),
    database: env.DATABASE_NAME,
    user: env.DATABASE_USERNAME,
    password: env.DATABASE_PASSWORD,
  });
  await client.connect();
  await client.query(`CREATE SCHEMA ${databaseEnv.DATABASE_SCHEMA}`);
  await client.end();
};

const log = (line = '') => process.stdout.write(`${line}\n`);

const benchTask = (...args: string[]) =>
  execFileSync(process.execPath, ['-r', 'esbuild-register', path.join(__dirname, 'bench-tasks.ts'), ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });

const waitForHttp = async (url: string, child: ChildProcess) => {
  for (let i = 0; i < 300; i += 1) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with ${child.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`${url} did not answer`);
};

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

const startStrapi = async (port: number) => {
  const child = spawn(process.execPath, ['--require', COUNT_QUERIES, STRAPI_BIN, 'start'], {
    cwd: ROOT,
    env: { ...env, HOST: '127.0.0.1', PORT: String(port), NEWSROOM_QUERY_COUNT_FILE: queryCountFile },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForHttp(`http://127.0.0.1:${port}/_health`, child);
  return child;
};

const queriesSoFar = async (server: ChildProcess): Promise<number> => {
  rmSync(queryCountFile, { force: true });
  server.kill('SIGUSR2');
  for (let i = 0; i < 100; i += 1) {
    try {
      return Number(readFileSync(queryCountFile, 'utf8'));
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
  throw new Error('the server did not report its query count');
};

interface LoadFigures {
  requestsPerSecond: number;
  /** Mean latency in ms, to two decimals (autocannon's percentiles are whole milliseconds). */
  mean: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

const load = async (label: string, options: autocannon.Options): Promise<LoadFigures> => {
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
  const figures = {
    requestsPerSecond: Math.round(result.requests.average),
    mean: Math.round(result.latency.average * 100) / 100,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
  log(
    `${label.padEnd(34)} ${String(figures.requestsPerSecond).padStart(7)} req/s   mean ${figures.mean.toFixed(2).padStart(6)} ms   p50 ${String(figures.p50).padStart(4)} ms   p99 ${String(
      figures.p99
    ).padStart(4)} ms   errors ${figures.errors}   non-2xx ${figures.non2xx}`
  );
  return figures;
};

const graphqlBody = (slug: string) =>
  JSON.stringify({
    query: `query($slug: String!) { publishedStory(slug: $slug) { documentId slug headline standfirst body byline dateline section tags publishedAt updatedAt
      quotes { documentId text delivery deliveryNote isPartial speaker { documentId name kind title description affiliation { documentId name kind title } } }
      statistics { documentId value valueText unit measures period qualifier derivation source { documentId name kind title description affiliation { documentId name kind title } } baseline { documentId value valueText } comparison { documentId value valueText } }
      photoCaptions { documentId title caption creditLine creator agency copyrightNotice altText peopleShown image { url width height mime } }
      sources { documentId name kind title description affiliation { documentId name kind title } } } }`,
    variables: { slug },
  });

/** SQL statements the server runs for one request (first: the cache is cold) and, on average, for the next ten. */
const sqlPerRequest = async (server: ChildProcess, send: () => Promise<unknown>) => {
  let before = await queriesSoFar(server);
  await send();
  const first = (await queriesSoFar(server)) - before;
  before = await queriesSoFar(server);
  for (let i = 0; i < 10; i += 1) await send();
  const next = ((await queriesSoFar(server)) - before) / 10;
  return { first, next };
};

const main = async () => {
  ensureSecrets();
  await prepareApp();
  await createPostgresSchemaIfNeeded();
  const port = 1500 + Math.floor(Math.random() * 400);
  const base = `http://127.0.0.1:${port}`;
  const figures: Record<string, unknown> = { database: databaseEnv.DATABASE_CLIENT, seconds: SECONDS, connections: CONNECTIONS };

  log(`Seeding 100 published stories (${databaseEnv.DATABASE_CLIENT}) ...`);
  benchTask('seed', '0', '99');
  let server = await startStrapi(port);
  log('\nList with 100 published stories');
  const list100 = await load('GET /stories (100 stories)', { url: `${base}/api/newsroom/stories` });
  await stop(server);

  log('\nSeeding 900 more (1,000 published) ...');
  benchTask('seed', '99', '900');
  server = await startStrapi(port);

  const storyUrl = `${base}/api/newsroom/stories/${ARTICLE_SLUG}`;
  const payload = Buffer.from(await (await fetch(storyUrl)).arrayBuffer());
  const payloadFile = path.join(workDir, 'story.json');
  writeFileSync(payloadFile, payload);
  const barePort = port + 1;
  const bare = spawn(process.execPath, ['-r', 'esbuild-register', path.join(__dirname, 'lib', 'bare-server.ts'), payloadFile, String(barePort)], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  await waitForHttp(`http://127.0.0.1:${barePort}/`, bare);

  log(`\nOne story (${payload.length} bytes), ${CONNECTIONS} connections, ${SECONDS} s each`);
  const ceiling = await load('bare Node http (ceiling)', { url: `http://127.0.0.1:${barePort}/` });
  await stop(bare);
  const rest = await load('REST story by slug', { url: storyUrl });
  const graphql = await load('GraphQL same story', {
    url: `${base}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: graphqlBody(ARTICLE_SLUG),
  });
  const list = await load('REST list (1,000 stories)', { url: `${base}/api/newsroom/stories` });

  log('\nSQL statements per story request (first request / next ten on average)');
  const sql: Record<string, unknown> = {};
  for (const [quotes, slug] of [
    [5, 'bench-story-0-5-quotes'],
    [50, 'bench-story-1-50-quotes'],
  ] as const) {
    const restSql = await sqlPerRequest(server, () => fetch(`${base}/api/newsroom/stories/${slug}`).then((r) => r.arrayBuffer()));
    const graphqlSql = await sqlPerRequest(server, () =>
      fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: graphqlBody(slug) }).then((r) =>
        r.arrayBuffer()
      )
    );
    const strapiPathSql = await sqlPerRequest(server, () =>
      fetch(`${base}/api/newsroom/stories/${slug}?fields=headline,quotes,statistics,photoCaptions,sources`).then((r) => r.arrayBuffer())
    );
    log(
      `${String(quotes).padStart(2)} quotes: REST ${restSql.first} / ${restSql.next}   GraphQL ${graphqlSql.first} / ${graphqlSql.next}   REST sparse fields (?fields=...) ${strapiPathSql.first} / ${strapiPathSql.next}`
    );
    sql[`quotes${quotes}`] = { rest: restSql, graphql: graphqlSql, restSparseFields: strapiPathSql };
  }
  await stop(server);

  log('\nGrowing to 10,000 published stories ...');
  benchTask('grow', '10000');
  server = await startStrapi(port);
  log('');
  const list10k = await load('GET /stories (10,000 stories)', { url: `${base}/api/newsroom/stories` });
  await stop(server);

  const ratio = (a: number, b: number) => Math.round((a / b) * 1000) / 1000;
  Object.assign(figures, {
    payloadBytes: payload.length,
    ceiling,
    rest,
    graphql,
    list,
    list100,
    list10k,
    sql,
    ratios: {
      restToCeiling: ratio(rest.requestsPerSecond, ceiling.requestsPerSecond),
      graphqlToCeiling: ratio(graphql.requestsPerSecond, ceiling.requestsPerSecond),
      listToCeiling: ratio(list.requestsPerSecond, ceiling.requestsPerSecond),
      graphqlP50ToRestP50: ratio(graphql.p50, Math.max(rest.p50, 1)),
      graphqlMeanToRestMean: ratio(graphql.mean, rest.mean),
      list10kP50ToList100P50: ratio(list10k.p50, Math.max(list100.p50, 1)),
    },
  });
  const r = figures.ratios as Record<string, number>;
  log('\nRatios');
  log(`REST / ceiling ${r.restToCeiling}   GraphQL / ceiling ${r.graphqlToCeiling}   list / ceiling ${r.listToCeiling}`);
  log(
    `GraphQL p50 / REST p50 ${r.graphqlP50ToRestP50} (mean ${r.graphqlMeanToRestMean})   list p50 at 10k / at 100 ${r.list10kP50ToList100P50}`
  );
  rmSync(workDir, { recursive: true, force: true });
  log(JSON.stringify(figures));
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
