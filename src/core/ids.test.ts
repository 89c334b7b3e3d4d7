import { describe, expect, it } from 'vitest';
import { newId, newRequestId } from './ids.js';

describe('ids', () => {
  it('are the prefix and 16 URL-safe characters (12 random bytes)', () => {
    expect(newRequestId()).toMatch(/^req_[A-Za-z0-9_-]{16}$/);
    expect(newId('org')).toMatch(/^org_[A-Za-z0-9_-]{16}$/);
    expect(newId('x', 3)).toMatch(/^x_[A-Za-z0-9_-]{4}$/);
  });

  it('never repeat across many refills of the random pool', () => {
    const seen = new Set<string>();
    // 4096 / 12 ids per refill: this crosses the pool's end about 30 times, at odd offsets too.
    for (let i = 0; i < 10_000; i++) seen.add(i % 7 === 0 ? newId('o', 5) : newRequestId());
    expect(seen.size).toBe(10_000);
  });
});
