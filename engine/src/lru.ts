/**
 * A small least-recently-used map. The lint run keeps parsed files and their analyses in one, so a large run
 * holds only the files it is working on and the ones they import (which stay hot), not every tree at once.
 */
export class LruMap<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  has(key: K): boolean { return this.map.has(key); }

  delete(key: K): boolean { return this.map.delete(key); }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.capacity) {
      const oldest = this.map.keys().next().value as K;
      this.map.delete(oldest);
    }
  }

  get size(): number { return this.map.size; }
}
