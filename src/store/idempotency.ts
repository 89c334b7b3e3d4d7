/**
 * Idempotency records. Every state change is one conditional statement, so two instances sharing
 * the database can never both hold the same key: the claim is an insert that only one caller wins,
 * and a take-over or a finish only succeeds for the caller that holds the lease.
 */
import type { Db } from './db.js';
import type { Params, Query } from './prepared.js';
import type { IdempotencyRecordsTable } from './schema.js';

export type IdempotencyRecord = IdempotencyRecordsTable;

/** A new record, in flight for its holder; nothing comes back when the key is taken already. */
export const CLAIM_SQL = `insert into idempotency_records (organization_id, "key", fingerprint, tool, state,
    lease_expires_at, lease_holder, response_status, response_body, response_request_id, created_at, expires_at)
  values (@organization_id, @key, @fingerprint, @tool, 'in_flight', @lease_expires_at, @lease_holder,
    null, null, null, @created_at, @expires_at)
  on conflict (organization_id, "key") do nothing
  returning "key"`;

/** What a claim inserts (state in flight, no response yet). */
export type ClaimRow = Pick<
  IdempotencyRecord,
  | 'organization_id'
  | 'key'
  | 'fingerprint'
  | 'tool'
  | 'lease_expires_at'
  | 'lease_holder'
  | 'created_at'
  | 'expires_at'
>;

/** The parameters of CLAIM_SQL, from a claim. */
export function claimParams(row: ClaimRow): Params {
  return {
    organization_id: row.organization_id,
    key: row.key,
    fingerprint: row.fingerprint,
    tool: row.tool,
    lease_expires_at: row.lease_expires_at,
    lease_holder: row.lease_holder,
    created_at: row.created_at,
    expires_at: row.expires_at,
  };
}

export class IdempotencyStore {
  private readonly claim: Query<Params, { key: string }>;

  constructor(private readonly db: Db) {
    this.claim = db.hot.query('adgate_claim', CLAIM_SQL);
  }

  /** Inserts an in-flight record (state and response are those of a new claim); false when the key is taken. */
  async insertIfAbsent(record: ClaimRow & Partial<IdempotencyRecord>): Promise<boolean> {
    const { rows } = await this.claim.run(claimParams(record));
    return rows.length === 1;
  }

  async get(organizationId: string, key: string): Promise<IdempotencyRecord | undefined> {
    return this.db.kysely
      .selectFrom('idempotency_records')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('key', '=', key)
      .executeTakeFirst();
  }

  /**
   * Takes the record over from a holder whose lease ran out, or resumes one whose outcome is
   * unknown. Compare-and-set on the values read, so of several callers exactly one wins.
   */
  async takeOver(seen: IdempotencyRecord, holder: string, leaseExpiresAt: string): Promise<boolean> {
    let query = this.db.kysely
      .updateTable('idempotency_records')
      .set({ state: 'in_flight', lease_holder: holder, lease_expires_at: leaseExpiresAt })
      .where('organization_id', '=', seen.organization_id)
      .where('key', '=', seen.key)
      .where('state', '=', seen.state);
    query =
      seen.lease_holder === null
        ? query.where('lease_holder', 'is', null)
        : query.where('lease_holder', '=', seen.lease_holder);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Extends the lease of the holder that still holds the key in flight. */
  async renew(organizationId: string, key: string, holder: string, leaseExpiresAt: string): Promise<boolean> {
    const result = await this.db.kysely
      .updateTable('idempotency_records')
      .set({ lease_expires_at: leaseExpiresAt })
      .where('organization_id', '=', organizationId)
      .where('key', '=', key)
      .where('lease_holder', '=', holder)
      .where('state', '=', 'in_flight')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Frees the key (nothing worth replaying happened) so a corrected retry can use it. */
  async release(organizationId: string, key: string, holder: string): Promise<void> {
    await this.db.kysely
      .deleteFrom('idempotency_records')
      .where('organization_id', '=', organizationId)
      .where('key', '=', key)
      .where('lease_holder', '=', holder)
      .execute();
  }

  /** Deletes one expired record, if it is still the one that was read (compare on created_at). */
  async deleteIfExpired(seen: IdempotencyRecord, now: string): Promise<void> {
    await this.db.kysely
      .deleteFrom('idempotency_records')
      .where('organization_id', '=', seen.organization_id)
      .where('key', '=', seen.key)
      .where('created_at', '=', seen.created_at)
      .where('expires_at', '<=', now)
      .execute();
  }

  /** Removes every record past its retention; returns how many. */
  async purgeExpired(now: string): Promise<number> {
    const result = await this.db.kysely
      .deleteFrom('idempotency_records')
      .where('expires_at', '<=', now)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
