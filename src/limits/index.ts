/**
 * The limits every call passes, built from the configuration: the per-key rate limit and the
 * TikTok capacity scheduler, in Redis (shared by every instance) when `ADGATE_REDIS_URL` is set,
 * in this process otherwise.
 */
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { ConfigError } from '../config.js';
import { type KeyRateLimiter, RateLimiter } from '../core/rate-limiter.js';
import { TikTokCapacity } from './capacity.js';
import { RedisCapacityStore } from './capacity-redis.js';
import { type CapacityStore, DEFAULT_CAPACITY_PARAMS, MemoryCapacityStore } from './capacity-store.js';
import { RedisKeyRateLimiter } from './key-rate-redis.js';
import { RedisClock } from './redis-clock.js';

export interface SharedLimits {
  /** Where the limits live, for the start-up log and /readyz. */
  backend: 'redis' | 'memory';
  keyRate: KeyRateLimiter;
  capacity: TikTokCapacity;
  redis: Redis | undefined;
  close(): Promise<void>;
}

export interface SharedLimitsOptions {
  logger: Logger;
  /** Epoch milliseconds (tests move it). */
  now?: () => number;
}

/** Connects to Redis or refuses to start: a gateway configured for shared limits never runs without them. */
export async function connectRedis(url: string): Promise<Redis> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2, connectTimeout: 5_000 });
  // Reconnection is ioredis's job; an error between reconnects is already reported by the command.
  redis.on('error', () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    const redacted = url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
    throw new ConfigError(
      `Redis at ${redacted} (ADGATE_REDIS_URL) is not reachable: ${(error as Error).message}`,
    );
  }
  return redis;
}

export async function openSharedLimits(config: Config, options: SharedLimitsOptions): Promise<SharedLimits> {
  const { requestsPerSecond, burst } = config.rateLimit;
  const params = {
    ...DEFAULT_CAPACITY_PARAMS,
    limit: config.tiktok.qps,
    marginMs: config.capacity.windowMarginMs,
  };
  const redis = config.redis.url === undefined ? undefined : await connectRedis(config.redis.url);
  // Shared limits read Redis's clock, so that instances' skews do not shift their sends (redis-clock.ts).
  const clock = redis && !options.now ? new RedisClock(redis) : undefined;
  await clock?.start((error) => options.logger.warn({ err: error }, "could not read Redis's clock"));
  const now = options.now ?? clock?.now ?? Date.now;
  // Instances of one TikTok app share its budget (TikTok counts per app).
  const scope = config.tiktok.appId ?? 'default';
  const store: CapacityStore = redis
    ? new RedisCapacityStore(redis, config.redis.prefix, scope, params)
    : new MemoryCapacityStore(params);
  const keyRate: KeyRateLimiter = redis
    ? new RedisKeyRateLimiter(redis, config.redis.prefix, requestsPerSecond, burst, now)
    : new RateLimiter(requestsPerSecond, burst);
  const capacity = new TikTokCapacity({
    store,
    maxWaitMs: config.capacity.maxWaitMs,
    weights: config.capacity.tierWeights,
    now,
    onError: (error) =>
      options.logger.warn({ err: error }, 'could not report a TikTok throttle to the limiter'),
  });
  return {
    backend: redis ? 'redis' : 'memory',
    keyRate,
    capacity,
    redis,
    close: async () => {
      capacity.close();
      clock?.stop();
      await redis?.quit().catch(() => redis.disconnect());
    },
  };
}
