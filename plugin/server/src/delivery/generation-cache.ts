export interface CacheBounds {
  /** At most this many entries. */
  maxEntries: number;
  /** At most this many bytes, as `sizeOf` counts them (no byte bound without `sizeOf`). */
  maxBytes?: number;
  sizeOf?: (value: unknown) => number;
}

/**
 * A small LRU whose entries are valid for one delivery generation: an entry read with any other
 * generation is stale and dropped. Bounded by count and, for rendered responses, by bytes: a
 * count alone lets a few huge answers (a query of many aliases) take the process's memory.
 */
export class GenerationCache<T> {
  private readonly entries = new Map<string, { generation: string; value: T; bytes: number }>();
  private bytes = 0;

  constructor(private readonly bounds: CacheBounds) {}

  /** Bytes held now (keys and values as `sizeOf` counts them). */
  get size() {
    return this.bytes;
  }

  get(key: string, generation: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.remove(key);
    if (entry.generation !== generation) return undefined;
    this.insert(key, entry);
    return entry.value;
  }

  set(key: string, generation: string, value: T) {
    this.remove(key);
    const bytes = this.bounds.sizeOf ? key.length + this.bounds.sizeOf(value) : 0;
    if (this.bounds.maxBytes !== undefined && bytes > this.bounds.maxBytes) return;
    this.insert(key, { generation, value, bytes });
    while (this.entries.size > this.bounds.maxEntries || (this.bounds.maxBytes !== undefined && this.bytes > this.bounds.maxBytes)) {
      this.remove(this.entries.keys().next().value!);
    }
  }

  private insert(key: string, entry: { generation: string; value: T; bytes: number }) {
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
  }

  private remove(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}
