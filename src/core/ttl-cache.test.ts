import { describe, expect, it } from 'vitest';
import { ManualClock } from './clock.js';
import { TtlCache } from './ttl-cache.js';

describe('TtlCache', () => {
  it('serves an entry until its time is up, by the injected clock', async () => {
    const clock = new ManualClock('2026-03-01T00:00:00Z');
    const cache = new TtlCache<number>(clock, 60_000);
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.getOrLoad('a', load)).toEqual({ value: 1, cached: false });
    clock.advance(59_999);
    expect(await cache.getOrLoad('a', load)).toEqual({ value: 1, cached: true });
    clock.advance(1);
    expect(await cache.getOrLoad('a', load)).toEqual({ value: 2, cached: false });
  });

  it('drops the oldest entry past its size', () => {
    const cache = new TtlCache<string>(new ManualClock('2026-03-01T00:00:00Z'), 60_000, 2);
    cache.set('a', 'A');
    cache.set('b', 'B');
    cache.set('c', 'C');
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 'B', 'C']);
  });
});
