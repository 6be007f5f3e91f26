import { GenerationCache } from '../../plugin/server/src/delivery/generation-cache';

const bytes = (n: number) => Buffer.alloc(n, 'x');
const byteCache = (maxBytes: number) =>
  new GenerationCache<Buffer>({ maxEntries: 1000, maxBytes, sizeOf: (value) => (value as Buffer).length });

describe('GenerationCache bounded in bytes', () => {
  it('never holds more bytes than its limit, however many answers arrive', () => {
    const cache = byteCache(10_000);
    for (let i = 0; i < 500; i += 1) {
      cache.set(`query ${i}`, '1', bytes(900));
      expect(cache.size).toBeLessThanOrEqual(10_000);
    }
    expect(cache.get('query 499', '1')?.length).toBe(900);
    expect(cache.get('query 0', '1')).toBeUndefined();
  });

  it('drops the least recently used answers first', () => {
    const cache = byteCache(3_000);
    cache.set('a', '1', bytes(900));
    cache.set('b', '1', bytes(900));
    cache.set('c', '1', bytes(900));
    cache.get('a', '1');
    cache.set('d', '1', bytes(900));
    expect(cache.get('b', '1')).toBeUndefined();
    expect(cache.get('a', '1')).toBeDefined();
    expect(cache.get('d', '1')).toBeDefined();
  });

  it('keeps no answer larger than the whole limit, and frees what a stale entry held', () => {
    const cache = byteCache(1_000);
    cache.set('huge', '1', bytes(5_000));
    expect(cache.get('huge', '1')).toBeUndefined();
    expect(cache.size).toBe(0);
    cache.set('small', '1', bytes(500));
    expect(cache.get('small', '2')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('is still bounded by count', () => {
    const cache = new GenerationCache<number>({ maxEntries: 2 });
    cache.set('a', '1', 1);
    cache.set('b', '1', 2);
    cache.set('c', '1', 3);
    expect([cache.get('a', '1'), cache.get('b', '1'), cache.get('c', '1')]).toEqual([undefined, 2, 3]);
  });
});
