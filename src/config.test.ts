import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const config = loadConfig({});
    expect(config.rateLimit).toEqual({ requestsPerSecond: 20, burst: 20 });
    expect(config.quota.limits).toEqual({ free: 15, plus: 150, pro: 600, max: 3000 });
    expect(config.keysPerTier).toEqual({ free: 2, plus: 5, pro: 10, max: 20 });
    expect(config.idempotency).toEqual({ retentionHours: 24, leaseSeconds: 10 });
    expect(config.tiktok).toMatchObject({ baseUrl: undefined, timeoutMs: 30_000, qps: 10 });
    expect(config.databaseUrl.endsWith('/data/adgate.db')).toBe(true);
  });

  it('reads the quota table and checks numbers', () => {
    expect(loadConfig({ ADGATE_QUOTA_LIMITS: 'plus=200, max=5000' }).quota.limits).toEqual({
      free: 15,
      plus: 200,
      pro: 600,
      max: 5000,
    });
    expect(() => loadConfig({ ADGATE_QUOTA_LIMITS: 'gold=1' })).toThrow(ConfigError);
    expect(() => loadConfig({ ADGATE_RATE_LIMIT_RPS: 'fast' })).toThrow(
      /ADGATE_RATE_LIMIT_RPS must be a whole number/,
    );
    expect(() => loadConfig({ ADGATE_IDEMPOTENCY_RETENTION_HOURS: '1' })).toThrow(/at least 24/);
  });
});
