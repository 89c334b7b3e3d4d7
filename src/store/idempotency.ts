/**
 * Idempotency records. Every state change is one conditional statement, so two instances sharing
 * the database can never both hold the same key: the claim is an insert that only one caller wins,
 * and a take-over or a finish only succeeds for the caller that holds the lease.
 */
import type { Db } from './db.js';
import { prepare } from './prepared.js';
import type { IdempotencyRecordsTable } from './schema.js';

export type IdempotencyRecord = IdempotencyRecordsTable;

type Finish = { organization_id: string; key: string; holder: string };
type Completion = Finish & { status: number; body: string; request_id: string };

const RECORD_COLUMNS = [
  'organization_id',
  'key',
  'fingerprint',
  'tool',
  'state',
  'lease_expires_at',
  'lease_holder',
  'response_status',
  'response_body',
  'response_request_id',
  'created_at',
  'expires_at',
] as const satisfies ReadonlyArray<keyof IdempotencyRecord>;

/** The statements every call with a key runs: a claim and one finish. */
function hotPath(db: Db) {
  const { kysely } = db;
  return {
    insert: prepare(kysely, RECORD_COLUMNS, (record: IdempotencyRecord) =>
      kysely
        .insertInto('idempotency_records')
        .values(record)
        .onConflict((oc) => oc.columns(['organization_id', 'key']).doNothing())
        .returning('key'),
    ),
    complete: prepare(
      kysely,
      ['organization_id', 'key', 'holder', 'status', 'body', 'request_id'],
      (p: Completion) =>
        kysely
          .updateTable('idempotency_records')
          .set({
            state: 'completed',
            lease_holder: null,
            lease_expires_at: null,
            response_status: p.status,
            response_body: p.body,
            response_request_id: p.request_id,
          })
          .where('organization_id', '=', p.organization_id)
          .where('key', '=', p.key)
          .where('lease_holder', '=', p.holder),
    ),
    release: prepare(kysely, ['organization_id', 'key', 'holder'], (p: Finish) =>
      kysely
        .deleteFrom('idempotency_records')
        .where('organization_id', '=', p.organization_id)
        .where('key', '=', p.key)
        .where('lease_holder', '=', p.holder),
    ),
  };
}

export class IdempotencyStore {
  private readonly hot;

  constructor(private readonly db: Db) {
    this.hot = hotPath(db);
  }

  /** Inserts an in-flight record; false when a record for this key already exists. */
  async insertIfAbsent(record: IdempotencyRecord): Promise<boolean> {
    const { rows } = await this.hot.insert.execute(record);
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

  async complete(
    organizationId: string,
    key: string,
    holder: string,
    response: { status: number; body: string; requestId: string },
  ): Promise<void> {
    await this.hot.complete.execute({
      organization_id: organizationId,
      key,
      holder,
      status: response.status,
      body: response.body,
      request_id: response.requestId,
    });
  }

  /** The write may have happened: keep the key, and let the next attempt reconcile. */
  async markOutcomeUnknown(organizationId: string, key: string, holder: string): Promise<void> {
    await this.db.kysely
      .updateTable('idempotency_records')
      .set({ state: 'outcome_unknown', lease_holder: null, lease_expires_at: null })
      .where('organization_id', '=', organizationId)
      .where('key', '=', key)
      .where('lease_holder', '=', holder)
      .execute();
  }

  /** Frees the key (nothing worth replaying happened) so a corrected retry can use it. */
  async release(organizationId: string, key: string, holder: string): Promise<void> {
    await this.hot.release.execute({ organization_id: organizationId, key, holder });
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
