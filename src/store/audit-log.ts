import type { Db } from './db.js';
import type { AuditLogTable, AuditOutcome } from './schema.js';

export type AuditRecord = AuditLogTable;

export interface AuditQuery {
  organizationId?: string | undefined;
  keyId?: string | undefined;
  tool?: string | undefined;
  outcome?: AuditOutcome | undefined;
  /** ISO times, inclusive start and exclusive end. */
  since?: string | undefined;
  until?: string | undefined;
  /** Newest first: the page after the record with this `at` and id. */
  after?: { at: string; id: string } | undefined;
  limit: number;
}

/** Read and pruned here; a call's record is written with its other last writes (calls.ts). */
export class AuditLogStore {
  constructor(private readonly db: Db) {}

  /** Newest first, `limit` records at most. */
  async query(q: AuditQuery): Promise<AuditRecord[]> {
    let query = this.db.kysely.selectFrom('audit_log').selectAll();
    if (q.organizationId) query = query.where('organization_id', '=', q.organizationId);
    if (q.keyId) query = query.where('key_id', '=', q.keyId);
    if (q.tool) query = query.where('tool', '=', q.tool);
    if (q.outcome) query = query.where('outcome', '=', q.outcome);
    if (q.since) query = query.where('at', '>=', q.since);
    if (q.until) query = query.where('at', '<', q.until);
    const after = q.after;
    if (after) {
      query = query.where((eb) =>
        eb.or([eb('at', '<', after.at), eb.and([eb('at', '=', after.at), eb('id', '<', after.id)])]),
      );
    }
    return query.orderBy('at', 'desc').orderBy('id', 'desc').limit(q.limit).execute();
  }

  async deleteBefore(at: string): Promise<number> {
    const result = await this.db.kysely.deleteFrom('audit_log').where('at', '<', at).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
