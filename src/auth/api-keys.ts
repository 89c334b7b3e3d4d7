/**
 * API keys: `sk_live_` and 32 URL-safe random characters (192 bits). Only the SHA-256 of a key is
 * stored, with a short prefix for listings; the key itself is shown once, at creation. A fast hash
 * is right here: the keys are random, so there is nothing to brute-force, and lookup is one index hit.
 */
import { randomBytes } from 'node:crypto';
import type { Tier } from '../config.js';
import { sha256Hex } from '../core/canonical-json.js';
import type { Clock } from '../core/clock.js';
import { newId } from '../core/ids.js';
import { readScope } from '../core/scopes.js';
import { readSpendLimits, type SpendLimits, writeSpendLimits } from '../core/spend-limits.js';
import type { Caller } from '../core/tool.js';
import { AppError } from '../errors.js';
import type { ApiKeyRecord } from '../store/api-keys.js';
import type { Store } from '../store/index.js';

export const KEY_PATTERN = /^sk_live_[A-Za-z0-9_-]{32}$/;
export const ADMIN_KEY_PATTERN = /^sk_admin_[A-Za-z0-9_-]{32}$/;
const PREFIX_LENGTH = 'sk_live_'.length + 4;

export function generateApiKey(): string {
  return `sk_live_${randomBytes(24).toString('base64url')}`;
}

export function hashApiKey(key: string): string {
  return sha256Hex(key);
}

/** `30d`, `90d`, `1y`, `12h`: how long a new key lives. */
export function parseExpiresIn(text: string): number {
  const match = /^(\d+)([hdy])$/.exec(text.trim());
  if (!match) throw new AppError('invalid_request', `"${text}" is not a duration; use e.g. 30d, 90d or 1y.`);
  const amount = Number(match[1]);
  const unitMs = { h: 3_600_000, d: 86_400_000, y: 365 * 86_400_000 }[match[2] as 'h' | 'd' | 'y'];
  if (amount <= 0) throw new AppError('invalid_request', 'An expiry must be in the future.');
  return amount * unitMs;
}

export interface CreatedKey {
  key: string;
  record: ApiKeyRecord;
}

const UNAUTHENTICATED_HELP =
  'Send your API key as `Authorization: Bearer sk_live_...`; an operator creates one with `adgate keys create --org ORG`.';

export class KeyService {
  constructor(
    private readonly store: Store,
    private readonly keysPerTier: Record<Tier, number>,
    private readonly clock: Clock,
  ) {}

  async create(
    organizationId: string,
    options: {
      name?: string;
      expiresInMs?: number;
      readOnly?: boolean;
      advertiserIds?: string[] | null;
      limits?: SpendLimits;
    } = {},
  ): Promise<CreatedKey> {
    const org = await this.store.organizations.get(organizationId);
    if (!org) throw new AppError('invalid_request', `No organisation has the id "${organizationId}".`);
    const now = this.clock.now();
    const usable = await this.store.apiKeys.countUsable(org.id, now.toISOString());
    const allowed = this.keysPerTier[org.tier];
    if (usable >= allowed) {
      throw new AppError(
        'invalid_request',
        `The ${org.tier} tier allows ${allowed} active keys and "${org.name}" has ${usable}; revoke one or raise the tier.`,
      );
    }
    const key = generateApiKey();
    const record: ApiKeyRecord = {
      id: newId('key'),
      organization_id: org.id,
      name: options.name ?? 'default',
      prefix: key.slice(0, PREFIX_LENGTH),
      key_hash: hashApiKey(key),
      created_at: now.toISOString(),
      expires_at: options.expiresInMs ? new Date(now.getTime() + options.expiresInMs).toISOString() : null,
      revoked_at: null,
      last_used_at: null,
      read_only: options.readOnly ? 1 : 0,
      advertiser_ids: options.advertiserIds ? JSON.stringify(options.advertiserIds) : null,
      spend_limits: writeSpendLimits(options.limits ?? {}),
    };
    await this.store.apiKeys.insert(record);
    return { key, record };
  }

  /** Who is calling, from the `Authorization` header; every failure is the same 401 with a reason. */
  async authenticate(authorization: string | undefined): Promise<Caller> {
    if (!authorization) throw new AppError('unauthenticated', `No API key was sent. ${UNAUTHENTICATED_HELP}`);
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (match && ADMIN_KEY_PATTERN.test(match[1] as string)) {
      throw new AppError(
        'unauthenticated',
        `This is an admin key (sk_admin_...): it works on the admin API and the console only, never on tools. ${UNAUTHENTICATED_HELP}`,
      );
    }
    if (!match || !KEY_PATTERN.test(match[1] as string)) {
      throw new AppError(
        'unauthenticated',
        `The Authorization header is not a valid API key. ${UNAUTHENTICATED_HELP}`,
      );
    }
    const keyHash = hashApiKey(match[1] as string);
    const record = await this.store.apiKeys.findByHashWithOrganization(keyHash);
    if (!record) throw new AppError('unauthenticated', `This API key is not known. ${UNAUTHENTICATED_HELP}`);
    const now = this.clock.now();
    if (record.revoked_at)
      throw new AppError('unauthenticated', `This API key was revoked. ${UNAUTHENTICATED_HELP}`);
    if (record.expires_at && record.expires_at <= now.toISOString()) {
      throw new AppError(
        'unauthenticated',
        `This API key expired on ${record.expires_at}. ${UNAUTHENTICATED_HELP}`,
      );
    }
    // One write a minute at most per key: last use is for humans, not an audit trail.
    if (!record.last_used_at || now.getTime() - Date.parse(record.last_used_at) > 60_000) {
      await this.store.apiKeys.touch(record.id, keyHash, now.toISOString());
    }
    return {
      organizationId: record.organization_id,
      organizationName: record.organization_name,
      tier: record.organization_tier,
      billingAnchorDay: Number(record.organization_billing_anchor_day),
      keyId: record.id,
      keyName: record.name,
      scope: readScope(record),
      limits: {
        key: readSpendLimits(record.spend_limits),
        organization: readSpendLimits(record.organization_spend_limits),
      },
    };
  }
}
