/**
 * Per-key request rate limit: a token bucket per API key, in this process's memory. It refills at
 * `requestsPerSecond` and holds at most `burst` tokens. With several instances each enforces the
 * limit on its own share of the traffic (documented in the README).
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

export class RateLimiter {
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
    const waitSeconds = (1 - bucket.tokens) / this.requestsPerSecond;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitSeconds)) };
  }
}

/** Takes a token for this key, or refuses with 429 `rate_limited` and `Retry-After`. */
export function enforceRateLimit(limiter: RateLimiter, keyId: string): void {
  const decision = limiter.take(keyId);
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
