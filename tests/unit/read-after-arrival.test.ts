import { readAfterArrival } from '../../plugin/server/src/delivery/read-after-arrival';

/** A read whose answers the test hands out by hand: answer n is what the database held at read n. */
const controlledRead = () => {
  const pending: Array<{ resolve: (value: number) => void; reject: (error: Error) => void }> = [];
  const read = () => new Promise<number>((resolve, reject) => pending.push({ resolve, reject }));
  return { read, pending };
};

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('readAfterArrival', () => {
  it('never answers a caller from a read that started before it called', async () => {
    const { read, pending } = controlledRead();
    const shared = readAfterArrival(read);
    const first = shared(); // starts read 0
    expect(pending).toHaveLength(1);
    // A publish commits now; these callers arrive while read 0 (older than the publish) runs.
    const later = [shared(), shared(), shared()];
    pending[0].resolve(0);
    await flush();
    expect(pending).toHaveLength(2); // one new read for all three
    pending[1].resolve(1);
    expect(await first).toBe(0);
    expect(await Promise.all(later)).toEqual([1, 1, 1]);
  });

  it('runs at most one read at a time and one queued, however many callers arrive', async () => {
    const { read, pending } = controlledRead();
    const shared = readAfterArrival(read);
    const answers = Array.from({ length: 50 }, () => shared());
    await flush();
    expect(pending).toHaveLength(1);
    pending[0].resolve(0);
    await flush();
    expect(pending).toHaveLength(2);
    pending[1].resolve(1);
    const values = await Promise.all(answers);
    expect(values[0]).toBe(0);
    expect(new Set(values.slice(1))).toEqual(new Set([1]));
  });

  it('starts a fresh read for a caller that arrives when nothing runs', async () => {
    const { read, pending } = controlledRead();
    const shared = readAfterArrival(read);
    const first = shared();
    pending[0].resolve(0);
    expect(await first).toBe(0);
    const second = shared();
    expect(pending).toHaveLength(2);
    pending[1].resolve(1);
    expect(await second).toBe(1);
  });

  it('passes a failed read to its own callers only', async () => {
    const { read, pending } = controlledRead();
    const shared = readAfterArrival(read);
    const first = shared();
    const queued = shared();
    pending[0].reject(new Error('connection reset'));
    await expect(first).rejects.toThrow('connection reset');
    await flush();
    pending[1].resolve(1);
    expect(await queued).toBe(1);
  });
});
