import net from 'net';

/**
 * Ports for the servers tests start. Each jest run takes a random block below Linux's ephemeral
 * range (32768+, where the kernel picks ports for outgoing connections), and each worker of the run
 * its own slice of it, so two workers never hand out the same port. Other processes (another jest
 * run, anything else) can still hold one: `reservePort` skips ports it finds taken, and
 * `startServer` retries when its child could not bind, and only trusts the port its own child
 * reports having bound.
 */
const FIRST = 20_000;
const LAST = 32_000;
const PER_WORKER = 100;
const WORKER_SLOTS = 8;
const RUN_BLOCK = PER_WORKER * WORKER_SLOTS;

/** Set once per jest run by the global setup, inherited by every worker. */
const runBase = (): number => {
  const fromSetup = Number(process.env.NEWSROOM_TEST_PORT_BASE);
  if (Number.isInteger(fromSetup) && fromSetup >= FIRST) return fromSetup;
  process.env.NEWSROOM_TEST_PORT_BASE = String(pickRunBase());
  return Number(process.env.NEWSROOM_TEST_PORT_BASE);
};

export const pickRunBase = (): number => FIRST + RUN_BLOCK * Math.floor(Math.random() * Math.floor((LAST - FIRST) / RUN_BLOCK));

const workerSlot = () => (Math.max(1, Number(process.env.JEST_WORKER_ID ?? 1)) - 1) % WORKER_SLOTS;

let handedOut = 0;

const isFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

/** The next port of this worker's slice that nothing listens on right now. */
export const reservePort = async (): Promise<number> => {
  const first = runBase() + workerSlot() * PER_WORKER;
  for (let tries = 0; tries < PER_WORKER; tries++) {
    const port = first + (handedOut++ % PER_WORKER);
    if (await isFree(port)) return port;
  }
  throw new Error(`No free port in ${first}-${first + PER_WORKER - 1} (jest worker ${process.env.JEST_WORKER_ID ?? 1}).`);
};
