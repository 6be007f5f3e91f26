/**
 * The load test's Strapi: the built app started on a free loopback port, with its process id
 * (for RSS samples from /proc/PID/status) and a heap probe (scripts/lib/heap-probe.js) that
 * reports heap used after a full garbage collection.
 */
import { spawn } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';

import { ROOT } from './env';

/** Megabytes, after a full GC in the server process. */
export interface MemoryAfterGc {
  heapUsedMb: number;
  rssMb: number;
}

export interface LoadServer {
  url: string;
  pid: number;
  log: () => string;
  memoryAfterGc: () => Promise<MemoryAfterGc>;
  stop: () => Promise<void>;
}

const mb = (bytes: number) => Math.round(bytes / 104_857.6) / 10;

const readProbeLines = (file: string): string[] => (existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean) : []);

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

export const startLoadServer = async (env: Record<string, string>, timeoutMs = 90_000): Promise<LoadServer> => {
  const port = await freePort();
  const probeDir = mkdtempSync(path.join(os.tmpdir(), 'newsroom-heap-'));
  const probeFile = path.join(probeDir, 'memory.jsonl');
  const strapiBin = path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
  const child = spawn(process.execPath, ['--expose-gc', '-r', path.join(__dirname, 'heap-probe.js'), strapiBin, 'start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      STRAPI_TELEMETRY_DISABLED: 'true',
      BROWSER: 'none',
      ...env,
      HEAP_PROBE_FILE: probeFile,
      HOST: '127.0.0.1',
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  child.stderr!.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('close', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    });
  child.once('close', () => rmSync(probeDir, { recursive: true, force: true }));
  const probeOnce = async (): Promise<MemoryAfterGc> => {
    const before = readProbeLines(probeFile).length;
    child.kill('SIGUSR2');
    const deadline = Date.now() + 30_000;
    for (;;) {
      const lines = readProbeLines(probeFile);
      if (lines.length > before) {
        const usage = JSON.parse(lines[lines.length - 1]);
        return { heapUsedMb: mb(usage.heapUsed), rssMb: mb(usage.rss) };
      }
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`no heap report from the server:\n${output}`);
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
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Strapi exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/_health`)).status === 204) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`Strapi did not start within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, pid: child.pid!, log: () => output, memoryAfterGc, stop };
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
