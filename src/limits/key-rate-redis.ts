/**
 * The per-key token bucket of src/core/rate-limiter.ts in Redis, so that every instance draws
 * from the same bucket: one Lua script per request (read, refill, take, write: atomic, one round
 * trip). Time comes from the caller (epoch milliseconds) so tests can move it; the bucket never
 * runs backwards when an instance's clock is a little behind another's.
 */
import type { Redis } from 'ioredis';
import { type KeyRateLimiter, type RateLimitDecision, retryAfterSeconds } from '../core/rate-limiter.js';
import { scriptCommand, sharedLimitsUnavailable } from './redis-scripts.js';

const SCRIPT = `
local rate, burst, now = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local bucket = redis.call('HMGET', KEYS[1], 't', 'u')
local tokens, updated = tonumber(bucket[1]), tonumber(bucket[2])
if tokens == nil then tokens, updated = burst, now end
if now > updated then
  tokens = math.min(burst, tokens + (now - updated) / 1000 * rate)
  updated = now
end
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 't', string.format('%.17g', tokens), 'u', string.format('%.17g', updated))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate * 1000) + 1000)
return {allowed, string.format('%.17g', tokens)}
`;

type ScriptCommand = (key: string, rate: number, burst: number, now: number) => Promise<[number, string]>;

export class RedisKeyRateLimiter implements KeyRateLimiter {
  private readonly script: ScriptCommand;

  constructor(
    redis: Redis,
    private readonly prefix: string,
    private readonly requestsPerSecond: number,
    private readonly burst: number,
    private readonly nowMs: () => number = Date.now,
  ) {
    this.script = scriptCommand<ScriptCommand>(redis, 'adgateKeyRate', 1, SCRIPT);
  }

  async take(key: string): Promise<RateLimitDecision> {
    const [allowed, tokens] = await this.script(
      `${this.prefix}rate:${key}`,
      this.requestsPerSecond,
      this.burst,
      this.nowMs(),
    ).catch((error: unknown) => {
      throw sharedLimitsUnavailable(error);
    });
    if (allowed === 1) return { allowed: true, retryAfterSeconds: 0 };
    return { allowed: false, retryAfterSeconds: retryAfterSeconds(Number(tokens), this.requestsPerSecond) };
  }
}
