/** API keys of an organisation: create (shown once), list, revoke, change scope and spend limits. */
import { parseExpiresIn } from '../auth/api-keys.js';
import { parseSpendLimits, writeSpendLimits } from '../core/spend-limits.js';
import { AppError } from '../errors.js';
import type { Gateway } from '../gateway.js';
import { requireOrganization } from './organizations.js';
import { type KeyView, keyView } from './views.js';

export interface KeyScopeInput {
  read_only?: unknown;
  /** Advertiser ids, or null for every advertiser of the organisation. */
  advertiser_ids?: unknown;
  spend_limits?: unknown;
}

function parseAdvertiserIds(value: unknown): string[] | null {
  if (value === null) return null;
  if (
    !Array.isArray(value) ||
    value.length === 0 ||
    !value.every((id) => typeof id === 'string' && /^\d+$/.test(id))
  ) {
    throw new AppError(
      'invalid_request',
      'advertiser_ids must be a non-empty list of TikTok advertiser ids (digits, as strings), or null for every advertiser of the organisation.',
    );
  }
  return [...new Set(value as string[])];
}

function parseReadOnly(value: unknown): boolean {
  if (typeof value !== 'boolean') throw new AppError('invalid_request', 'read_only must be true or false.');
  return value;
}

export async function createKey(
  gateway: Pick<Gateway, 'store' | 'keys'>,
  orgRef: string,
  input: KeyScopeInput & { name?: string | undefined; expires_in?: string | undefined },
): Promise<{ key: string; record: KeyView }> {
  const org = await requireOrganization(gateway, orgRef);
  const expiresInMs = input.expires_in ? parseExpiresIn(input.expires_in) : undefined;
  const { key, record } = await gateway.keys.create(org.id, {
    name: input.name?.trim() || 'default',
    ...(expiresInMs ? { expiresInMs } : {}),
    readOnly: input.read_only === undefined ? false : parseReadOnly(input.read_only),
    advertiserIds: input.advertiser_ids === undefined ? null : parseAdvertiserIds(input.advertiser_ids),
    limits: input.spend_limits === undefined ? {} : parseSpendLimits(input.spend_limits),
  });
  return { key, record: keyView(record) };
}

export async function listKeys(gateway: Pick<Gateway, 'store'>, orgRef: string): Promise<KeyView[]> {
  const org = await requireOrganization(gateway, orgRef);
  return (await gateway.store.apiKeys.listByOrganization(org.id)).map(keyView);
}

async function requireKey(gateway: Pick<Gateway, 'store'>, keyId: string) {
  const record = await gateway.store.apiKeys.get(keyId);
  if (!record) {
    throw new AppError(
      'not_found',
      `No API key has the id "${keyId}"; \`adgate keys list --org ORG\` shows them.`,
    );
  }
  return record;
}

export async function getKey(gateway: Pick<Gateway, 'store'>, keyId: string): Promise<KeyView> {
  return keyView(await requireKey(gateway, keyId));
}

export async function revokeKey(gateway: Pick<Gateway, 'store' | 'clock'>, keyId: string): Promise<KeyView> {
  const record = await requireKey(gateway, keyId);
  if (record.revoked_at) {
    throw new AppError('invalid_request', `Key ${keyId} was already revoked at ${record.revoked_at}.`);
  }
  await gateway.store.apiKeys.revoke(keyId, gateway.clock.now().toISOString());
  return getKey(gateway, keyId);
}

/** Changes what a key may do; fields left out stay as they are. Takes effect on its next call. */
export async function updateKeyScope(
  gateway: Pick<Gateway, 'store'>,
  keyId: string,
  input: KeyScopeInput,
): Promise<KeyView> {
  await requireKey(gateway, keyId);
  const changes: Parameters<typeof gateway.store.apiKeys.setScope>[1] = {};
  if (input.read_only !== undefined) changes.read_only = parseReadOnly(input.read_only) ? 1 : 0;
  if (input.advertiser_ids !== undefined) {
    const ids = parseAdvertiserIds(input.advertiser_ids);
    changes.advertiser_ids = ids === null ? null : JSON.stringify(ids);
  }
  if (input.spend_limits !== undefined)
    changes.spend_limits = writeSpendLimits(parseSpendLimits(input.spend_limits));
  await gateway.store.apiKeys.setScope(keyId, changes);
  return getKey(gateway, keyId);
}
