/**
 * The load test's Strapi: the built app (tests/support/processes.ts) started with a heap probe
 * (scripts/lib/heap-probe.js) that reports heap used after a full garbage collection, plus RSS
 * samples from /proc/PID/status.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';

import { startServer, type RunningServer } from '../../tests/support/processes';

/** Megabytes, after a full GC in the server process. */
export interface MemoryAfterGc {
  heapUsedMb: number;
  rssMb: number;
}

export interface LoadServer extends RunningServer {
  memoryAfterGc: () => Promise<MemoryAfterGc>;
}

const HEAP_PROBE = path.join(__dirname, 'heap-probe.js');

const mb = (bytes: number) => Math.round(bytes / 104_857.6) / 10;

const readProbeLines = (file: string): string[] => (existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean) : []);

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

export const startLoadServer = async (env: Record<string, string>): Promise<LoadServer> => {
  const probeDir = mkdtempSync(path.join(os.tmpdir(), 'newsroom-heap-'));
  const probeFile = path.join(probeDir, 'memory.jsonl');
  const removeProbeDir = () => rmSync(probeDir, { recursive: true, force: true });
  let server: RunningServer;
  try {
    server = await startServer(
      { ...env, HEAP_PROBE_FILE: probeFile },
      { nodeArgs: ['--expose-gc', '-r', HEAP_PROBE], timeoutMs: 90_000, keepLogChars: 20_000 }
    );
  } catch (error) {
    removeProbeDir();
    throw error;
  }

  const probeOnce = async (): Promise<MemoryAfterGc> => {
    const before = readProbeLines(probeFile).length;
    process.kill(server.pid, 'SIGUSR2');
    const deadline = Date.now() + 30_000;
    for (;;) {
      const lines = readProbeLines(probeFile);
      if (lines.length > before) {
        const usage = JSON.parse(lines[lines.length - 1]);
        return { heapUsedMb: mb(usage.heapUsed), rssMb: mb(usage.rss) };
      }
      if (Date.now() > deadline || !isRunning(server.pid)) throw new Error(`no heap report from the server:\n${server.log()}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  // One probe at a time, so that each caller reads the report its own signal asked for.
  let probes: Promise<unknown> = Promise.resolve();
  const memoryAfterGc = () => {
    const next = probes.then(probeOnce, probeOnce);
    probes = next;
    return next;
  };

  return {
    ...server,
    memoryAfterGc,
    stop: () => server.stop().finally(removeProbeDir),
  };
};

/** Resident set size of a process in MB, from /proc (Linux). */
export const rssMb = (pid: number): number | null => {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 102.4) / 10 : null;
  } catch {
    return null;
  }
};
