/**
 * The settings for running several instances and for hostile traffic: Redis, the TikTok capacity
 * scheduler, server timeouts and caps, metrics exposure. Part of `loadConfig` (src/config.ts), in
 * their own file to keep that one short.
 */
import { ConfigError, integer, type Tier, tierTable } from './config.js';

export interface ScaleConfig {
  /** Shared limits across instances; undefined: in-process (one instance only). */
  redis: { url: string | undefined; prefix: string };
  capacity: {
    /** A call that would wait longer for TikTok capacity is refused at once (429 + Retry-After). */
    maxWaitMs: number;
    /** Added to TikTok's one-second window, for jitter on the way there. */
    windowMarginMs: number;
    /** Fair-share weight of each tier. */
    tierWeights: Record<Tier, number>;
  };
  server: {
    requestTimeoutMs: number;
    headersTimeoutMs: number;
    keepAliveTimeoutMs: number;
    maxConnections: number;
    maxCallsInFlight: number;
    shutdownTimeoutMs: number;
  };
  metrics: { port: number | undefined; host: string; token: string | undefined };
}

type Env = Record<string, string | undefined>;

const EQUAL_WEIGHTS: Record<Tier, number> = { free: 1, plus: 1, pro: 1, max: 1 };

function redisUrl(env: Env): string | undefined {
  const url = env.ADGATE_REDIS_URL || undefined;
  if (url !== undefined && !/^rediss?:\/\//i.test(url)) {
    throw new ConfigError(`ADGATE_REDIS_URL must be a redis:// or rediss:// URL; got "${url}".`);
  }
  return url;
}

function metricsToken(env: Env): string | undefined {
  const token = env.ADGATE_METRICS_TOKEN || undefined;
  if (token !== undefined && !/^[\x21-\x7e]{16,}$/.test(token)) {
    throw new ConfigError('ADGATE_METRICS_TOKEN must be at least 16 visible ASCII characters.');
  }
  return token;
}

export function loadScaleConfig(env: Env): ScaleConfig {
  const weights = tierTable(env, 'ADGATE_TIER_WEIGHTS', EQUAL_WEIGHTS);
  for (const [tier, weight] of Object.entries(weights)) {
    if (weight < 1) throw new ConfigError(`ADGATE_TIER_WEIGHTS: the weight of ${tier} must be at least 1.`);
  }
  const metricsPort = env.ADGATE_METRICS_PORT ? integer(env, 'ADGATE_METRICS_PORT', 0) : undefined;
  return {
    redis: { url: redisUrl(env), prefix: env.ADGATE_REDIS_PREFIX || 'adgate:' },
    capacity: {
      maxWaitMs: integer(env, 'TIKTOK_QUEUE_MAX_WAIT_MS', 10_000, 0),
      windowMarginMs: integer(env, 'TIKTOK_WINDOW_MARGIN_MS', 40, 0),
      tierWeights: weights,
    },
    server: {
      requestTimeoutMs: integer(env, 'ADGATE_REQUEST_TIMEOUT_MS', 30_000, 1),
      headersTimeoutMs: integer(env, 'ADGATE_HEADERS_TIMEOUT_MS', 10_000, 1),
      keepAliveTimeoutMs: integer(env, 'ADGATE_KEEP_ALIVE_TIMEOUT_MS', 5_000, 1),
      maxConnections: integer(env, 'ADGATE_MAX_CONNECTIONS', 20_000, 1),
      maxCallsInFlight: integer(env, 'ADGATE_MAX_CALLS_IN_FLIGHT', 10_000, 1),
      shutdownTimeoutMs: integer(env, 'ADGATE_SHUTDOWN_TIMEOUT_MS', 30_000, 0),
    },
    metrics: { port: metricsPort, host: env.ADGATE_METRICS_HOST || '127.0.0.1', token: metricsToken(env) },
  };
}
