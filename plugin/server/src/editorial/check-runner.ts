import { existsSync } from 'fs';
import path from 'path';
import { Worker } from 'worker_threads';

import type { Extraction, Finding } from '../../../shared/attribution';
import type { Story } from '../../../shared/contracts/story';
import type { EngineJob } from './check-worker';

/** Where the build puts the worker: next to the server bundle (plugin/dist/server/index.js). */
export const CHECK_WORKER_FILE = path.resolve(__dirname, '..', 'check-worker', 'index.js');

export class CheckTimeoutError extends Error {}
export class ChecksBusyError extends Error {}

interface PendingCheck {
  id: number;
  job: EngineJob;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * Runs attribution checks (and article extractions, for imports) one at a time in a worker
 * thread, each stopped after `timeoutMs`
 * (the worker is terminated and a fresh one started), with at most `maxQueued` waiting: the
 * server's event loop never runs the engine itself, whatever text a story holds.
 */
export const createCheckRunner = ({ timeoutMs, maxQueued }: { timeoutMs: number; maxQueued: number }) => {
  if (!existsSync(CHECK_WORKER_FILE)) {
    throw new Error(`newsroom: the attribution check worker ${CHECK_WORKER_FILE} is missing; build the plugin (npm run build:plugin).`);
  }
  let worker: Worker | null = null;
  let ready = false;
  let running: (PendingCheck & { timer: NodeJS.Timeout | undefined }) | null = null;
  const queue: PendingCheck[] = [];
  let nextId = 1;

  const finish = () => {
    if (running) clearTimeout(running.timer);
    running = null;
    startNext();
  };

  const spawn = () => {
    ready = false;
    const started = new Worker(CHECK_WORKER_FILE);
    started.unref();
    started.on('message', (message: { ready?: boolean; id: number; result?: unknown; error?: string }) => {
      if (message.ready) {
        ready = true;
        if (running) sendRunning();
        return;
      }
      if (!running || message.id !== running.id) return;
      if (message.error !== undefined) running.reject(new Error(message.error));
      else running.resolve(message.result);
      finish();
    });
    started.on('error', (error) => {
      if (worker !== started) return;
      worker = null;
      running?.reject(error);
      finish();
    });
    started.on('exit', () => {
      if (worker === started) worker = null;
    });
    return started;
  };

  /** Hands the running check to a ready worker and starts its clock. */
  function sendRunning() {
    const current = running!;
    current.timer = setTimeout(() => {
      const stuck = worker;
      worker = null;
      void stuck?.terminate();
      current.reject(new CheckTimeoutError(`The attribution check stopped after ${timeoutMs} ms (newsroom config checkTimeoutMs).`));
      finish();
    }, timeoutMs);
    worker!.postMessage({ id: current.id, job: current.job });
  }

  function startNext() {
    const next = queue.shift();
    if (!next) return;
    running = { ...next, timer: undefined };
    if (!worker) worker = spawn();
    else if (ready) sendRunning();
  }

  const run = <Result>(job: EngineJob): Promise<Result> => {
    if (queue.length >= maxQueued) {
      return Promise.reject(new ChecksBusyError(`${maxQueued} attribution checks are already waiting; try again shortly.`));
    }
    return new Promise<Result>((resolve, reject) => {
      queue.push({ id: nextId++, job, resolve: resolve as (result: unknown) => void, reject });
      if (!running) startNext();
    });
  };

  return {
    check: (story: Story) => run<Finding[]>({ kind: 'check', story }),

    extract: (text: string) => run<Extraction>({ kind: 'extract', text }),

    async stop() {
      const stopping = worker;
      worker = null;
      await stopping?.terminate();
    },
  };
};

export type CheckRunner = ReturnType<typeof createCheckRunner>;
