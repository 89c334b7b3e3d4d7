/**
 * Configuration is read here, once, from an environment map; everything else receives the
 * resulting object. Tests build a Config with `loadConfig({...})` and never touch process.env.
 */
import path from 'node:path';
import ipaddr from 'ipaddr.js';
import { loadScaleConfig, type ScaleConfig } from './config-scale.js';

export const TIERS = ['free', 'plus', 'pro', 'max'] as const;
export type Tier = (typeof TIERS)[number];

export interface Config extends ScaleConfig {
  env: 'production' | 'development' | 'test';
  dataDir: string;
  /** `sqlite:` URL or file path, or `postgres://...`. */
  databaseUrl: string;
  /** Base64 of 32 bytes, or undefined: then a key is generated into the data folder (not in production). */
  secretKey: string | undefined;
  host: string;
  port: number;
  logLevel: string;
  /** Public base URL of this gateway, used in docs, curl examples and OAuth redirects. */
  publicUrl: string | undefined;
  rateLimit: { requestsPerSecond: number; burst: number };
  quota: { limits: Record<Tier, number>; upgradeUrl: string; upgradeText: string | undefined };
  /** Operators: how long audit records are kept, how long a console sign-in lasts. */
  operators: { auditRetentionDays: number; consoleSessionMinutes: number };
  keysPerTier: Record<Tier, number>;
  /** A live holder renews its lease (heartbeat); a dead one's expires after `leaseSeconds`. */
  idempotency: { retentionHours: number; leaseSeconds: number };
  /** The guarded fetcher (src/net/guarded-fetch.ts): how the gateway itself may read a user's URL. */
  fetch: { allowPrivate: boolean | string[]; allowHttp: boolean; maxRedirects: number; timeoutMs: number };
  /** Checks of adgate's own that TikTok does not document; an operator can switch each off. */
  ownChecks: { coverRatio: boolean };
  tiktok: {
    /** Undefined: no TikTok host configured (the demo then starts the emulator). */
    baseUrl: string | undefined;
    timeoutMs: number;
    qps: number;
    appId: string | undefined;
    appSecret: string | undefined;
    redirectUrl: string | undefined;
  };
}

export const TIKTOK_PRODUCTION_URL = 'https://business-api.tiktok.com';

type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function integer(env: Env, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigError(`${name} must be a whole number of at least ${min}; got "${raw}".`);
  }
  return value;
}

/** `free=15,plus=150,pro=600,max=3000`; tiers left out keep their default. */
export function tierTable(env: Env, name: string, defaults: Record<Tier, number>): Record<Tier, number> {
  const raw = env[name];
  const table = { ...defaults };
  if (!raw) return table;
  for (const part of raw.split(',')) {
    const [tier, value] = part.split('=').map((s) => s.trim());
    const amount = Number(value);
    if (!TIERS.includes(tier as Tier) || !Number.isInteger(amount) || amount < 0) {
      throw new ConfigError(
        `${name} must look like "free=15,plus=150,pro=600,max=3000"; "${part}" is not valid.`,
      );
    }
    table[tier as Tier] = amount;
  }
  return table;
}

export function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false; got "${raw}".`);
}

/** `false` (default), `true`, or a comma-separated list of CIDR ranges such as `10.1.0.0/16,fd00::/8`. */
export function privateRanges(env: Env, name: string): boolean | string[] {
  const raw = env[name]?.trim();
  if (!raw || raw === 'false' || raw === '0') return false;
  if (raw === 'true' || raw === '1') return true;
  const ranges = raw.split(',').map((part) => part.trim());
  for (const range of ranges) {
    if (!ipaddr.isValidCIDR(range)) {
      throw new ConfigError(
        `${name} must be true, false or CIDR ranges like "10.1.0.0/16"; "${range}" is not one.`,
      );
    }
  }
  return ranges;
}

export const DEFAULT_QUOTA: Record<Tier, number> = { free: 15, plus: 150, pro: 600, max: 3000 };
export const DEFAULT_KEYS_PER_TIER: Record<Tier, number> = { free: 2, plus: 5, pro: 10, max: 20 };

export function loadConfig(env: Env = process.env): Config {
  const nodeEnv =
    env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const dataDir = path.resolve(env.ADGATE_DATA_DIR || './data');
  const rps = integer(env, 'ADGATE_RATE_LIMIT_RPS', 20, 1);
  return {
    env: nodeEnv,
    dataDir,
    databaseUrl: env.ADGATE_DATABASE_URL || path.join(dataDir, 'adgate.db'),
    secretKey: env.ADGATE_SECRET_KEY || undefined,
    host: env.ADGATE_HOST || '127.0.0.1',
    port: integer(env, 'ADGATE_PORT', 8080),
    logLevel: env.ADGATE_LOG_LEVEL || 'info',
    publicUrl: env.ADGATE_PUBLIC_URL || undefined,
    rateLimit: { requestsPerSecond: rps, burst: integer(env, 'ADGATE_RATE_LIMIT_BURST', rps, 1) },
    quota: {
      limits: tierTable(env, 'ADGATE_QUOTA_LIMITS', DEFAULT_QUOTA),
      upgradeUrl: env.ADGATE_UPGRADE_URL || 'https://adgate.dev/pricing',
      upgradeText: env.ADGATE_UPGRADE_TEXT || undefined,
    },
    operators: {
      auditRetentionDays: integer(env, 'ADGATE_AUDIT_RETENTION_DAYS', 365, 1),
      consoleSessionMinutes: integer(env, 'ADGATE_CONSOLE_SESSION_MINUTES', 60, 1),
    },
    keysPerTier: tierTable(env, 'ADGATE_KEYS_PER_TIER', DEFAULT_KEYS_PER_TIER),
    idempotency: {
      retentionHours: integer(env, 'ADGATE_IDEMPOTENCY_RETENTION_HOURS', 24, 24),
      leaseSeconds: integer(env, 'ADGATE_IDEMPOTENCY_LEASE_SECONDS', 10, 2),
    },
    fetch: {
      allowPrivate: privateRanges(env, 'ADGATE_FETCH_ALLOW_PRIVATE'),
      allowHttp: flag(env, 'ADGATE_FETCH_ALLOW_HTTP', false),
      maxRedirects: integer(env, 'ADGATE_FETCH_MAX_REDIRECTS', 3),
      timeoutMs: integer(env, 'ADGATE_FETCH_TIMEOUT_MS', 10_000, 1),
    },
    ownChecks: { coverRatio: flag(env, 'ADGATE_CHECK_COVER_RATIO', true) },
    tiktok: {
      baseUrl: env.TIKTOK_API_BASE_URL || undefined,
      timeoutMs: integer(env, 'TIKTOK_TIMEOUT_MS', 30_000, 1),
      qps: integer(env, 'TIKTOK_QPS', 10, 1),
      appId: env.TIKTOK_APP_ID || undefined,
      appSecret: env.TIKTOK_APP_SECRET || undefined,
      redirectUrl: env.TIKTOK_REDIRECT_URL || undefined,
    },
    ...loadScaleConfig(env),
  };
}
