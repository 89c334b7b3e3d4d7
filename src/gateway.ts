/**
 * Wires one gateway instance from a Config: store, services, tools, executor. Transports (REST,
 * MCP, CLI) receive a Gateway and never build these themselves.
 */
import type { Logger } from 'pino';
import { AdminKeyService } from './auth/admin-keys.js';
import { KeyService } from './auth/api-keys.js';
import { OAuthStateService } from './auth/oauth-states.js';
import { type Config, TIKTOK_PRODUCTION_URL } from './config.js';
import { AccountService } from './core/accounts.js';
import { CallHooks } from './core/call-hooks.js';
import { type Clock, systemClock } from './core/clock.js';
import { Executor } from './core/execute.js';
import { IdempotencyService } from './core/idempotency.js';
import { Metrics } from './core/metrics.js';
import { QuotaService } from './core/quota.js';
import type { KeyRateLimiter } from './core/rate-limiter.js';
import { ToolRegistry } from './core/registry.js';
import type { AnyTool } from './core/tool.js';
import { loadSecretKey } from './crypto/secret-key.js';
import { deriveKey, HmacSigner } from './crypto/signer.js';
import { TokenCipher } from './crypto/token-cipher.js';
import { openSharedLimits, type SharedLimits } from './limits/index.js';
import { createLogger } from './logger.js';
import { GuardedFetcher } from './net/guarded-fetch.js';
import { type OpenOptions, openStore, type Store } from './store/index.js';
import { createTikTokClient, type TikTokClient, type TikTokClientOptions } from './tiktok/client.js';
import { builtinTools } from './tools/index.js';
import type { ToolServices } from './tools/services.js';
import { CampaignFactsCache } from './tools/tiktok/campaign-facts.js';
import { newReportCache } from './tools/tiktok/reporting/data.js';

export interface Gateway {
  config: Config;
  clock: Clock;
  logger: Logger;
  store: Store;
  registry: ToolRegistry;
  keys: KeyService;
  /** Admin keys for the admin API and the console. */
  adminKeys: AdminKeyService;
  /** Scopes, spend guardrails, usage history and the audit log around each call. */
  hooks: CallHooks;
  quota: QuotaService;
  accounts: AccountService;
  /** The single-use `state` of connect links (TikTok OAuth). */
  oauthStates: OAuthStateService;
  idempotency: IdempotencyService;
  metrics: Metrics;
  /** Per-key request rate, shared by every route that takes an API key. */
  rateLimiter: KeyRateLimiter;
  /** The per-key limit and the TikTok capacity, in Redis or in this process. */
  limits: SharedLimits;
  tiktok: TikTokClient;
  executor: Executor;
  close(): Promise<void>;
}

export interface GatewayOptions {
  clock?: Clock;
  logger?: Logger;
  /** Tools beyond the built-in ones (tests register fixtures this way). */
  extraTools?: AnyTool[];
  storeOptions?: OpenOptions;
  /** TikTok client settings beyond the configuration (tests shorten the backoff). */
  tiktok?: Pick<TikTokClientOptions, 'backoff' | 'maxAttempts'>;
  /** Epoch milliseconds for the shared limits (tests move it). */
  limitsNow?: () => number;
}

export async function createGateway(config: Config, options: GatewayOptions = {}): Promise<Gateway> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  const secret = loadSecretKey(config);
  if (secret.generatedAt) {
    logger.warn(
      { file: secret.generatedAt },
      'ADGATE_SECRET_KEY is not set: generated a token encryption key into the data folder. Keep that file; set ADGATE_SECRET_KEY in production.',
    );
  }
  const store = await openStore(config.databaseUrl, options.storeOptions);
  const registry = new ToolRegistry([...builtinTools, ...(options.extraTools ?? [])]);
  const keys = new KeyService(store, config.keysPerTier, clock);
  const leaseMs = config.idempotency.leaseSeconds * 1000;
  // A call, limiter waits and retries included, ends within this budget (the idempotency lease is
  // renewed by a heartbeat, so it does not bound the call).
  const tiktokDeadlineMs = 60_000;
  const quota = new QuotaService(
    store,
    config.quota.limits,
    config.quota.upgradeUrl,
    clock,
    config.quota.upgradeText,
  );
  const accounts = new AccountService(store, new TokenCipher(secret.key), clock);
  const oauthStates = new OAuthStateService(
    store,
    new HmacSigner(deriveKey(secret.key, 'tiktok-oauth-state')),
    clock,
  );
  const idempotency = new IdempotencyService(
    store,
    clock,
    config.idempotency.retentionHours * 3_600_000,
    leaseMs,
  );
  const metrics = new Metrics();
  let limits: SharedLimits;
  try {
    limits = await openSharedLimits(config, {
      logger,
      ...(options.limitsNow ? { now: options.limitsNow } : {}),
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  const rateLimiter = limits.keyRate;
  const tiktok = createTikTokClient({
    baseUrl: config.tiktok.baseUrl ?? TIKTOK_PRODUCTION_URL,
    timeoutMs: config.tiktok.timeoutMs,
    limiter: limits.capacity,
    deadlineMs: tiktokDeadlineMs,
    ...(config.tiktok.appId ? { appId: config.tiktok.appId } : {}),
    ...(config.tiktok.appSecret ? { appSecret: config.tiktok.appSecret } : {}),
    logger,
    ...options.tiktok,
  });
  const services: ToolServices = {
    store,
    quota,
    accounts,
    tiktok,
    hasTool: (name) => registry.get(name) !== undefined,
    campaignFacts: new CampaignFactsCache(clock),
    reports: newReportCache(clock),
    fetcher: new GuardedFetcher(config.fetch),
    ownChecks: config.ownChecks,
  };
  const hooks = new CallHooks(store, clock, logger, config.operators.auditRetentionDays * 86_400_000);
  const executor = new Executor({
    registry,
    keys,
    rateLimiter,
    idempotency,
    quota,
    accounts,
    clock,
    metrics,
    logger,
    services: (caller) => ({
      ...services,
      tiktok: tiktok.forCall({ organizationId: caller.organizationId, tier: caller.tier }),
    }),
    hooks,
  });
  return {
    config,
    clock,
    logger,
    store,
    registry,
    keys,
    adminKeys: new AdminKeyService(store, clock),
    hooks,
    quota,
    accounts,
    oauthStates,
    idempotency,
    metrics,
    rateLimiter,
    limits,
    tiktok,
    executor,
    close: async () => {
      await limits.close();
      await tiktok.close();
      await store.close();
    },
  };
}
