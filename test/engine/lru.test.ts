/**
 * The LRU map that bounds the parsed files and analyses a run keeps: an insert beyond the capacity evicts the entry
 * read or written longest ago (reads only stamp their entry; eviction must still be exactly least-recently-used).
 */
import { strict as assert } from 'node:assert';
import { LruMap } from '@privacy-lint/engine/dist/lru';

describe('LruMap', () => {
  it('evicts the entry inserted longest ago when nothing was read', () => {
    const m = new LruMap<string, number>(2);
    m.set('a', 1);
    m.set('b', 2);
    m.set('c', 3);
    assert.equal(m.size, 2);
    assert.equal(m.has('a'), false);
    assert.equal(m.get('b'), 2);
    assert.equal(m.get('c'), 3);
  });

  it('a read keeps an entry: the one read or written longest ago goes', () => {
    const m = new LruMap<string, number>(3);
    m.set('a', 1);
    m.set('b', 2);
    m.set('c', 3);
    assert.equal(m.get('a'), 1); // a is now the most recent
    m.set('d', 4); // b goes
    assert.deepEqual(['a', 'b', 'c', 'd'].map((k) => m.has(k)), [true, false, true, true]);
    m.set('c', 30); // writing c again refreshes it
    m.set('e', 5); // a goes (read before c was written and d, e were added)
    assert.deepEqual(['a', 'c', 'd', 'e'].map((k) => m.has(k)), [false, true, true, true]);
    assert.equal(m.get('c'), 30);
  });

  it('a missing key is undefined and a falsy value is kept', () => {
    const m = new LruMap<string, number | null>(2);
    assert.equal(m.get('x'), undefined);
    m.set('x', null);
    m.set('y', 0);
    assert.equal(m.get('x'), null);
    assert.equal(m.get('y'), 0);
    assert.equal(m.delete('x'), true);
    assert.equal(m.size, 1);
  });
});
