/**
 * A small LRU whose entries are valid for one delivery generation: an entry read with any other
 * generation is stale and dropped.
 */
export class GenerationCache<T> {
  private readonly entries = new Map<string, { generation: string; value: T }>();

  constructor(private readonly capacity: number) {}

  get(key: string, generation: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.generation !== generation) return undefined;
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, generation: string, value: T) {
    this.entries.delete(key);
    this.entries.set(key, { generation, value });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
