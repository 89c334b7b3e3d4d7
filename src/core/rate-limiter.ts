/**
 * Per-key request rate limit: a token bucket per API key that refills at `requestsPerSecond` and
 * holds at most `burst` tokens. This class keeps the buckets in this process's memory (one
 * instance alone); with Redis configured every instance shares them (src/limits/key-rate-redis.ts,
 * the same bucket in a Lua script).
 */
import { AppError } from '../errors.js';

export interface RateLimitDecision {
  allowed: boolean;
  /** Whole seconds until a token is available again (for `Retry-After`). */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** A per-key limiter: in memory here, or in Redis. */
export interface KeyRateLimiter {
  take(key: string): RateLimitDecision | Promise<RateLimitDecision>;
}

/** Whole seconds until `tokens` reaches one again at `rate` per second (at least 1). */
export function retryAfterSeconds(tokens: number, rate: number): number {
  return Math.max(1, Math.ceil((1 - tokens) / rate));
}

export class RateLimiter implements KeyRateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly requestsPerSecond: number,
    private readonly burst: number,
    private readonly nowMs: () => number = () => performance.now(),
  ) {}

  take(key: string): RateLimitDecision {
    const now = this.nowMs();
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, updatedAt: now };
    bucket.tokens = Math.min(
      this.burst,
      bucket.tokens + ((now - bucket.updatedAt) / 1000) * this.requestsPerSecond,
    );
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    return { allowed: false, retryAfterSeconds: retryAfterSeconds(bucket.tokens, this.requestsPerSecond) };
  }
}

/** Takes a token for this key, or refuses with 429 `rate_limited` and `Retry-After`. */
export async function enforceRateLimit(limiter: KeyRateLimiter, keyId: string): Promise<void> {
  const decision = await limiter.take(keyId);
  if (!decision.allowed) {
    throw new AppError(
      'rate_limited',
      'This API key is sending requests too fast. Wait a moment and retry.',
      {
        retryAfterSeconds: decision.retryAfterSeconds,
      },
    );
  }
}
