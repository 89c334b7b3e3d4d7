/**
 * What operators see of each record, the same through the CLI (--json), the admin API and the
 * console: never a key hash, a token or a secret.
 */
import { readScope } from '../core/scopes.js';
import { readSpendLimits } from '../core/spend-limits.js';
import type { ConnectedAccount } from '../store/accounts.js';
import type { AdminKeyRecord } from '../store/admin-keys.js';
import type { ApiKeyRecord } from '../store/api-keys.js';
import type { AuditRecord } from '../store/audit-log.js';
import type { Organization } from '../store/organizations.js';

export function organizationView(org: Organization) {
  return {
    id: org.id,
    name: org.name,
    tier: org.tier,
    billing_anchor_day: org.billing_anchor_day,
    created_at: org.created_at,
    spend_limits: readSpendLimits(org.spend_limits),
  };
}

export type OrganizationView = ReturnType<typeof organizationView>;

export function keyView(key: ApiKeyRecord) {
  const scope = readScope(key);
  return {
    id: key.id,
    organization_id: key.organization_id,
    name: key.name,
    prefix: key.prefix,
    created_at: key.created_at,
    expires_at: key.expires_at,
    revoked_at: key.revoked_at,
    last_used_at: key.last_used_at,
    read_only: scope.readOnly,
    advertiser_ids: scope.advertiserIds,
    spend_limits: readSpendLimits(key.spend_limits),
  };
}

export type KeyView = ReturnType<typeof keyView>;

export function adminKeyView(key: AdminKeyRecord) {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    created_at: key.created_at,
    revoked_at: key.revoked_at,
    last_used_at: key.last_used_at,
  };
}

export function accountView(account: ConnectedAccount) {
  return {
    advertiser_id: account.advertiser_id,
    name: account.name,
    status: account.status,
    currency: account.currency,
    timezone: account.timezone,
    connected_at: account.connected_at,
  };
}

export function auditView(record: AuditRecord) {
  return {
    id: record.id,
    at: record.at,
    organization_id: record.organization_id,
    key: { id: record.key_id, name: record.key_name },
    transport: record.transport,
    tool: record.tool,
    arguments: JSON.parse(record.arguments) as unknown,
    advertiser_id: record.advertiser_id,
    tiktok_ids: JSON.parse(record.tiktok_ids) as unknown[],
    outcome: record.outcome,
    status: record.status,
    error_code: record.error_code,
    request_id: record.request_id,
    tiktok_request_id: record.tiktok_request_id,
    replayed: record.replayed === 1,
  };
}

export type AuditView = ReturnType<typeof auditView>;
