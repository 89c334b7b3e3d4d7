/**
 * The tables, as Kysely sees them. Times are ISO-8601 UTC strings (`Date#toISOString`) in both
 * dialects: they sort and compare as text, so one query code serves SQLite and PostgreSQL.
 */
import type { Tier } from '../config.js';

export interface OrganizationsTable {
  id: string;
  name: string;
  tier: Tier;
  /** Day of the month (1-31) on which the quota period starts again. */
  billing_anchor_day: number;
  created_at: string;
  /** JSON of SpendLimits (core/spend-limits.ts) for every key of the organisation, or null: none. */
  spend_limits: string | null;
}

export interface ApiKeysTable {
  id: string;
  organization_id: string;
  name: string;
  /** The first characters of the key, safe to show in listings. */
  prefix: string;
  /** SHA-256 of the whole key, hex. The key itself is never stored. */
  key_hash: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
  /** 1: the key may call read-only tools only. */
  read_only: number;
  /** JSON array of the advertiser ids the key may act on, or null: every one of its organisation's. */
  advertiser_ids: string | null;
  /** JSON of SpendLimits for this key alone, or null: none beyond the organisation's. */
  spend_limits: string | null;
}

export interface UsagePeriodsTable {
  organization_id: string;
  /** `YYYY-MM-DD`, the first day of the period. */
  period_start: string;
  used: number;
}

export type IdempotencyState = 'in_flight' | 'completed' | 'outcome_unknown';

export interface IdempotencyRecordsTable {
  organization_id: string;
  key: string;
  /** SHA-256 of the tool name and the canonical JSON of the arguments. */
  fingerprint: string;
  tool: string;
  state: IdempotencyState;
  /** While in flight: until when the holder owns the record; after that another call may take over. */
  lease_expires_at: string | null;
  /** Who holds the lease (a request id), so only the holder can finish it. */
  lease_holder: string | null;
  response_status: number | null;
  response_body: string | null;
  response_request_id: string | null;
  created_at: string;
  expires_at: string;
}

export type AccountStatus = 'active' | 'reauth_required';

export interface ConnectedAccountsTable {
  id: string;
  organization_id: string;
  advertiser_id: string;
  name: string;
  /** AES-256-GCM ciphertext of the TikTok access token (see crypto/token-cipher.ts). */
  access_token_enc: string;
  status: AccountStatus;
  currency: string | null;
  timezone: string | null;
  connected_at: string;
  updated_at: string;
}

/** A connect link's `state`, so that each is used once (see auth/oauth-states.ts). */
export interface OAuthStatesTable {
  /** SHA-256 of the state's random part, hex: the state itself is never stored. */
  id: string;
  organization_id: string;
  created_at: string;
  expires_at: string;
  /** Set while a callback is using it, and for good once an account is connected with it. */
  used_at: string | null;
  /**
   * SHA-256 of the browser binding of a link started from the console: the callback is accepted only
   * from the browser that holds the matching cookie. Null for a link made for someone else.
   */
  binding_hash: string | null;
}

/** Operator keys for the admin API and the console (`sk_admin_...`); only their hash is stored. */
export interface AdminKeysTable {
  id: string;
  name: string;
  prefix: string;
  key_hash: string;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

/**
 * New daily budget added by writes, per scope (`org` or `key`) and UTC day, in millionths of the
 * advertiser's currency unit, so that sums are exact integers.
 */
export interface SpendDaysTable {
  scope: 'org' | 'key';
  scope_id: string;
  day: string;
  added_micros: number | string | bigint;
}

export type AuditOutcome = 'success' | 'refused' | 'failed';

/** One write call (see core/audit.ts). Never a token, key or secret. */
export interface AuditLogTable {
  id: string;
  at: string;
  organization_id: string;
  key_id: string;
  key_name: string;
  transport: string;
  tool: string;
  /** JSON: the arguments, summarised (long strings and lists cut, secret-looking values removed). */
  arguments: string;
  advertiser_id: string | null;
  /** JSON array of `{object, id, action}`: the TikTok objects the call created or changed. */
  tiktok_ids: string;
  outcome: AuditOutcome;
  status: number;
  error_code: string | null;
  request_id: string;
  tiktok_request_id: string | null;
  replayed: number;
}

/** Calls per organisation, UTC day, tool and key, for usage over time. */
export interface UsageDailyTable {
  organization_id: string;
  day: string;
  tool: string;
  key_id: string;
  calls: number;
  billed: number;
  errors: number;
}

/** Console sign-ins: the session id's hash, its CSRF token, and when it ends. */
export interface ConsoleSessionsTable {
  id_hash: string;
  admin_key_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface Database {
  organizations: OrganizationsTable;
  api_keys: ApiKeysTable;
  usage_periods: UsagePeriodsTable;
  idempotency_records: IdempotencyRecordsTable;
  connected_accounts: ConnectedAccountsTable;
  oauth_states: OAuthStatesTable;
  launches: LaunchesTable;
  asset_bundles: AssetBundlesTable;
  carousel_cards: CarouselCardsTable;
  admin_keys: AdminKeysTable;
  spend_days: SpendDaysTable;
  audit_log: AuditLogTable;
  usage_daily: UsageDailyTable;
  console_sessions: ConsoleSessionsTable;
}

export interface LaunchesTable {
  organization_id: string;
  launch_key: string;
  tool: string;
  /** The call's arguments, canonical, hashed: a resume with other arguments is refused. */
  fingerprint: string;
  /** JSON: the steps as recorded (see domain/launch/record.ts). */
  steps: string;
  created_at: string;
  updated_at: string;
}

export interface CarouselCardsTable {
  id: string;
  organization_id: string;
  advertiser_id: string;
  /** JSON: image ids in order, their URLs, the carousel music, and the card's text, link and call to action. */
  card: string;
  created_at: string;
}

export interface AssetBundlesTable {
  id: string;
  organization_id: string;
  advertiser_id: string;
  /** JSON: the images that passed, with their TikTok ids and sizes. */
  images: string;
  created_at: string;
  expires_at: string;
}
