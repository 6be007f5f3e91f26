import { randomBytes } from 'crypto';
import { mkdtempSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';

import Database from 'better-sqlite3';
import { Client } from 'pg';

/**
 * A fresh, empty database for one test file: a new SQLite file, or (DATABASE_CLIENT=postgres)
 * a new schema in the PostgreSQL `test` database. `env` is what Strapi needs to use it.
 */
export interface TestDatabase {
  client: 'sqlite' | 'postgres';
  env: Record<string, string>;
  /** Runs a read-only SQL query and returns its rows. */
  query(sql: string): Promise<Record<string, unknown>[]>;
  /** Runs a writing SQL statement behind Strapi's back, as another program sharing the database would. */
  execute(sql: string): Promise<void>;
  drop(): Promise<void>;
}

export const usingPostgres = () => process.env.DATABASE_CLIENT === 'postgres';

export const postgresSettings = () => ({
  host: process.env.DATABASE_HOST ?? '127.0.0.1',
  port: Number(process.env.DATABASE_PORT ?? 5432),
  database: process.env.DATABASE_NAME ?? 'test',
  user: process.env.DATABASE_USERNAME ?? 'postgres',
  password: process.env.DATABASE_PASSWORD ?? '',
});

const createSqlite = async (): Promise<TestDatabase> => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsroom-test-'));
  const filename = path.join(dir, 'data.db');
  return {
    client: 'sqlite',
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
    async query(sql) {
      const db = new Database(filename, { readonly: true, fileMustExist: true });
      try {
        return db.prepare(sql).all() as Record<string, unknown>[];
      } finally {
        db.close();
      }
    },
    async execute(sql) {
      const db = new Database(filename, { fileMustExist: true, timeout: 10_000 });
      try {
        db.exec(sql);
      } finally {
        db.close();
      }
    },
    async drop() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

/** A fresh schema in the PostgreSQL `test` database, whatever DATABASE_CLIENT says. */
export const createPostgresTestDatabase = async (): Promise<TestDatabase> => {
  const settings = postgresSettings();
  const schema = `test_newsroom_${randomBytes(6).toString('hex')}`;
  const admin = new Client(settings);
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  return {
    client: 'postgres',
    env: {
      DATABASE_CLIENT: 'postgres',
      DATABASE_HOST: settings.host,
      DATABASE_PORT: String(settings.port),
      DATABASE_NAME: settings.database,
      DATABASE_USERNAME: settings.user,
      DATABASE_PASSWORD: settings.password,
      DATABASE_SCHEMA: schema,
    },
    async query(sql) {
      const client = new Client(settings);
      await client.connect();
      try {
        await client.query(`SET search_path TO ${schema}`);
        return (await client.query(sql)).rows;
      } finally {
        await client.end();
      }
    },
    async execute(sql) {
      const client = new Client(settings);
      await client.connect();
      try {
        await client.query(`SET search_path TO ${schema}`);
        await client.query(sql);
      } finally {
        await client.end();
      }
    },
    async drop() {
      const client = new Client(settings);
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
};

export const createTestDatabase = (): Promise<TestDatabase> => (usingPostgres() ? createPostgresTestDatabase() : createSqlite());

/** Row counts of every newsroom table, for "nothing changed" comparisons. */
export const NEWSROOM_TABLES = [
  'newsroom_stories',
  'newsroom_quotes',
  'newsroom_sources',
  'newsroom_statistics',
  'newsroom_photo_captions',
];

export const countRows = async (db: TestDatabase, tables = NEWSROOM_TABLES): Promise<Record<string, number>> => {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await db.query(`SELECT COUNT(*) AS n FROM ${table}`);
    counts[table] = Number(row.n);
  }
  return counts;
};
