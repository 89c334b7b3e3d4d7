import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.js';

describe('RateLimiter', () => {
  it('allows a burst, refuses past it with Retry-After, and refills over time', () => {
    let now = 0;
    const limiter = new RateLimiter(20, 20, () => now);
    for (let i = 0; i < 20; i++) expect(limiter.take('k').allowed).toBe(true);
    const refused = limiter.take('k');
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now += 50; // one token at 20 per second
    expect(limiter.take('k').allowed).toBe(true);
    expect(limiter.take('k').allowed).toBe(false);
  });

  it('keeps keys apart', () => {
    const limiter = new RateLimiter(1, 1, () => 0);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('rounds Retry-After up to whole seconds for slow rates', () => {
    const limiter = new RateLimiter(0.25 as number, 1, () => 0);
    limiter.take('k');
    expect(limiter.take('k').retryAfterSeconds).toBe(4);
  });
});
