import { existsSync } from 'fs';
import path from 'path';
import { Worker } from 'worker_threads';

import type { Finding } from '../../../shared/attribution';
import type { Story } from '../../../shared/contracts/story';

/** Where the build puts the worker: next to the server bundle (plugin/dist/server/index.js). */
export const CHECK_WORKER_FILE = path.resolve(__dirname, '..', 'check-worker', 'index.js');

export class CheckTimeoutError extends Error {}
export class ChecksBusyError extends Error {}

interface PendingCheck {
  id: number;
  story: Story;
  resolve: (findings: Finding[]) => void;
  reject: (error: Error) => void;
}

/**
 * Runs attribution checks one at a time in a worker thread, each stopped after `timeoutMs`
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
    started.on('message', (message: { ready?: boolean; id: number; findings?: Finding[]; error?: string }) => {
      if (message.ready) {
        ready = true;
        if (running) sendRunning();
        return;
      }
      if (!running || message.id !== running.id) return;
      if (message.error !== undefined) running.reject(new Error(message.error));
      else running.resolve(message.findings!);
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
    worker!.postMessage({ id: current.id, story: current.story });
  }

  function startNext() {
    const next = queue.shift();
    if (!next) return;
    running = { ...next, timer: undefined };
    if (!worker) worker = spawn();
    else if (ready) sendRunning();
  }

  return {
    check(story: Story): Promise<Finding[]> {
      if (queue.length >= maxQueued) {
        return Promise.reject(new ChecksBusyError(`${maxQueued} attribution checks are already waiting; try again shortly.`));
      }
      return new Promise<Finding[]>((resolve, reject) => {
        queue.push({ id: nextId++, story, resolve, reject });
        if (!running) startNext();
      });
    },

    async stop() {
      const stopping = worker;
      worker = null;
      await stopping?.terminate();
    },
  };
};

export type CheckRunner = ReturnType<typeof createCheckRunner>;
