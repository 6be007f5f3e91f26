import { spawn, type ChildProcess } from 'child_process';
import net from 'net';
import path from 'path';

import { ROOT } from './paths';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const STRAPI_BIN = path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

/** The environment a child Strapi process gets: the caller's, quiet, plus the test database. */
const childEnv = (env: Record<string, string | undefined>) => ({
  ...process.env,
  NODE_ENV: 'test',
  STRAPI_TELEMETRY_DISABLED: 'true',
  BROWSER: 'none',
  ...env,
});

/** Runs a project script (`scripts/NAME.ts`) to completion, as `npm run` would. */
export const runScript = (
  script: string,
  args: string[] = [],
  env: Record<string, string | undefined> = {},
  nodeOptions: string[] = []
): Promise<RunResult> => runTypeScript(path.join(ROOT, 'scripts', `${script}.ts`), args, env, nodeOptions);

/** Runs a TypeScript file in a child Node process to completion. */
export const runTypeScript = (
  file: string,
  args: string[] = [],
  env: Record<string, string | undefined> = {},
  nodeOptions: string[] = []
): Promise<RunResult> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...nodeOptions, '-r', 'esbuild-register', file, ...args],
      { cwd: ROOT, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] }
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

export interface RunningServer {
  url: string;
  pid: number;
  log: () => string;
  stop: () => Promise<void>;
}

export interface ServerOptions {
  /** Node options before Strapi's bin, e.g. `--expose-gc`. */
  nodeArgs?: string[];
  timeoutMs?: number;
  /** Keep only the end of the server's output (long load runs log a lot). */
  keepLogChars?: number;
}

const waitForHealth = async (url: string, child: ChildProcess, log: () => string, timeoutMs = 60_000) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Strapi exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${url}/_health`);
      if (response.status === 204) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Strapi did not answer /_health within ${timeoutMs} ms:\n${log()}`);
};

/** Starts the built app (`strapi start`) on a free port against the given database. */
export const startServer = async (
  env: Record<string, string>,
  { nodeArgs = [], timeoutMs = 60_000, keepLogChars = Infinity }: ServerOptions = {}
): Promise<RunningServer> => {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, STRAPI_BIN, 'start'], {
    cwd: ROOT,
    env: childEnv({ ...env, HOST: '127.0.0.1', PORT: String(port) }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const append = (chunk: Buffer) => {
    output += chunk;
    if (output.length > keepLogChars) output = output.slice(-keepLogChars);
  };
  child.stdout!.on('data', append);
  child.stderr!.on('data', append);
  const url = `http://127.0.0.1:${port}`;
  const log = () => output;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('close', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    });
  try {
    await waitForHealth(url, child, log, timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: child.pid!, log, stop };
};
