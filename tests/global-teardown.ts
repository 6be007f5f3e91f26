import type { OwnPostgres } from './support/postgres-server';

export default async function globalTeardown() {
  await (globalThis as { ownPostgres?: OwnPostgres }).ownPostgres?.stop();
}
