/**
 * A small least-recently-used map. The lint run keeps parsed files and their analyses in one, so a large run
 * holds only the files it is working on and the ones they import (which stay hot), not every tree at once.
 *
 * A read only stamps its entry (reads are far more frequent than inserts: every cross-file lookup of a run goes
 * through here, and moving the entry to the end of the Map's order on each read — a delete and a set — cost more
 * than the lookup). An insert beyond the capacity evicts the entry read or written longest ago: exactly LRU.
 */
export class LruMap<K, V> {
  private readonly map = new Map<K, { value: V; used: number }>();
  private clock = 0;

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const entry = this.map.get(key);
    if (entry === undefined) return undefined;
    entry.used = ++this.clock;
    return entry.value;
  }

  has(key: K): boolean { return this.map.has(key); }

  delete(key: K): boolean { return this.map.delete(key); }

  set(key: K, value: V): void {
    const entry = this.map.get(key);
    if (entry) {
      entry.value = value;
      entry.used = ++this.clock;
      return;
    }
    this.map.set(key, { value, used: ++this.clock });
    while (this.map.size > this.capacity) this.evictOldest();
  }

  private evictOldest(): void {
    let oldestKey: K | undefined;
    let oldest = Infinity;
    for (const [key, entry] of this.map) {
      if (entry.used < oldest) { oldest = entry.used; oldestKey = key; }
    }
    this.map.delete(oldestKey as K);
  }

  get size(): number { return this.map.size; }
}
