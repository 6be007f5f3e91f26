import { AsyncLocalStorage } from 'async_hooks';

import type { Core } from '@strapi/strapi';
import { getService } from '../services/get-service';

/** Stories whose counts are due at the end of the batch the current async context runs in. */
const batch = new AsyncLocalStorage<Set<string>>();

/**
 * Runs `work` (many writes, usually inside one transaction) with the story re-checks deferred to
 * its end: one check per story instead of one per record written. Nested calls join the outer
 * batch. Call it inside the transaction, so the counts commit or roll back with the writes.
 */
export const withStoryChecksDeferred = async <T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<T> => {
  if (batch.getStore()) return work();
  const pending = new Set<string>();
  const result = await batch.run(pending, work);
  await getService('story-checks', { strapi }).refreshMany(pending);
  return result;
};

/** The pending story ids of the batch the caller runs in, if any. */
export const pendingStoryChecks = (): Set<string> | undefined => batch.getStore();
