/**
 * The attribution engine in a worker thread (built to dist/check-worker/index.js, see the
 * plugin's package.json exports): a check of a long or hostile text, or the extraction of an
 * article being imported, runs here, so the server's event loop keeps answering, and the server
 * can stop a job that runs too long.
 */
import { parentPort } from 'worker_threads';

import { check, extract } from '../../../shared/attribution';
import type { Story } from '../../../shared/contracts/story';

export type EngineJob = { kind: 'check'; story: Story } | { kind: 'extract'; text: string };

const runJob = (job: EngineJob) => (job.kind === 'check' ? check(job.story) : extract(job.text));

// Loaded and ready: a job's time limit starts now, not while the thread boots.
parentPort?.postMessage({ ready: true });

parentPort?.on('message', ({ id, job }: { id: number; job: EngineJob }) => {
  try {
    parentPort!.postMessage({ id, result: runJob(job) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
