/** Once per jest run, before any worker starts: what every worker inherits through the environment. */
import { pickRunBase } from './support/ports';
import { ensureTestPostgres } from './support/postgres-server';

export default async function globalSetup() {
  process.env.NEWSROOM_TEST_PORT_BASE ??= String(pickRunBase());
  (globalThis as { ownPostgres?: unknown }).ownPostgres = await ensureTestPostgres();
}
