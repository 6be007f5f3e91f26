import { spawn, type ChildProcess } from 'child_process';
import path from 'path';

import { ROOT } from './paths';
import { reservePort } from './ports';

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

/** Loaded into each server: reports the port it bound over IPC (see report-listening.js). */
const REPORT_LISTENING = path.join(__dirname, 'report-listening.js');
/** What report-listening.js writes to stderr when the child could not bind its port. */
const ADDRESS_IN_USE = '[newsroom-test-server] address in use:';
const START_ATTEMPTS = 5;

/** The child could not bind its port: another process took it first. Worth another port. */
const portTaken = (port: number) => Object.assign(new Error(`port ${port} was taken`), { portTaken: true });
const isPortTaken = (error: unknown) => (error as { portTaken?: boolean }).portTaken === true;

/**
 * Resolves once the child itself reports listening on `port`: from then on the port is the
 * child's, so whatever answers there is our server and not another test's.
 */
const waitForOwnListen = (port: number, child: ChildProcess, log: () => string, timeoutMs: number) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`Strapi did not listen on ${port} within ${timeoutMs} ms:\n${log()}`)), timeoutMs);
    const onMessage = (message: { listening?: { port: number } }) => {
      if (message?.listening?.port === port) finish();
    };
    const onExit = (code: number | null) =>
      finish(log().includes(`${ADDRESS_IN_USE} ${port}\n`) ? portTaken(port) : new Error(`Strapi exited with ${code}:\n${log()}`));
    const finish = (error?: Error) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('close', onExit);
      if (error) reject(error);
      else resolve();
    };
    child.on('message', onMessage);
    child.once('close', onExit);
  });

const waitForHealth = async (url: string, child: ChildProcess, log: () => string, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Strapi exited with ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${url}/_health`);
      if (response.status === 204) return;
    } catch {
      // listening, not answering yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Strapi did not answer /_health within ${timeoutMs} ms:\n${log()}`);
};

const startServerOn = async (
  port: number,
  env: Record<string, string>,
  { nodeArgs = [], timeoutMs = 120_000, keepLogChars = Infinity }: ServerOptions
): Promise<RunningServer> => {
  const child = spawn(process.execPath, [...nodeArgs, '-r', REPORT_LISTENING, STRAPI_BIN, 'start'], {
    cwd: ROOT,
    env: childEnv({ ...env, HOST: '127.0.0.1', PORT: String(port) }),
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
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
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('close', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    });
  try {
    const deadline = Date.now() + timeoutMs;
    await waitForOwnListen(port, child, log, timeoutMs);
    await waitForHealth(url, child, log, Math.max(deadline - Date.now(), 5_000));
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: child.pid!, log, stop };
};

/**
 * Starts the built app (`strapi start`) on a port of this jest worker's own (see ports.ts) against
 * the given database; if another process takes the port before Strapi binds it, on another port.
 */
export const startServer = async (env: Record<string, string>, options: ServerOptions = {}): Promise<RunningServer> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startServerOn(await reservePort(), env, options);
    } catch (error) {
      if (!isPortTaken(error) || attempt === START_ATTEMPTS) throw error;
    }
  }
};
