/**
 * The attribution engine in a worker thread (built to dist/check-worker/index.js, see the
 * plugin's package.json exports): a check of a long or hostile text runs here, so the server's
 * event loop keeps answering, and the server can stop a check that runs too long.
 */
import { parentPort } from 'worker_threads';

import { check } from '../../../shared/attribution';
import type { Story } from '../../../shared/contracts/story';

// Loaded and ready: a check's time limit starts now, not while the thread boots.
parentPort!.postMessage({ ready: true });

parentPort!.on('message', ({ id, story }: { id: number; story: Story }) => {
  try {
    parentPort!.postMessage({ id, findings: check(story) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
