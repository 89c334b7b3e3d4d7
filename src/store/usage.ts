/**
 * Quota counters: `used` counts the calls billed in a period. A billable call is billed before its
 * tool runs, with one conditional statement, and refunded if it ends unbilled; so concurrent calls
 * can never bill past the limit, on one instance or on several sharing a database, and a call costs
 * one statement (two when refunded) instead of two transactions. A call with an Idempotency-Key is
 * billed in the statement (PostgreSQL) or transaction (SQLite) that claims its key (calls.ts).
 */
import type { Db } from './db.js';
import type { Query } from './prepared.js';

export interface Period {
  organization_id: string;
  period_start: string;
}

/**
 * Insert the period's first call, or add one to it, only while it is under the limit: an upsert is
 * atomic in both dialects (PostgreSQL locks the row, SQLite has one writer at a time), so the check
 * and the increment cannot be split by another call. No row comes back when it is refused.
 */
export const BILL_SQL = `insert into usage_periods (organization_id, period_start, used)
  values (@organization_id, @period_start, 1)
  on conflict (organization_id, period_start) do update set used = usage_periods.used + 1
  where usage_periods.used < @limit
  returning used`;

export const REFUND_SQL = `update usage_periods set used = used - 1
  where organization_id = @organization_id and period_start = @period_start and used > 0`;

export class UsageStore {
  private readonly billOne: Query<Period & { limit: number }, { used: number | string }>;
  private readonly usedIn: Query<Period, { used: number | string }>;

  constructor(db: Db) {
    this.billOne = db.hot.query('adgate_bill', BILL_SQL);
    this.usedIn = db.hot.query(
      'adgate_used',
      'select used from usage_periods where organization_id = @organization_id and period_start = @period_start',
    );
  }

  /** Bills one call if the period stays within `limit` (at least 1). Returns `used` after, or undefined when refused. */
  async bill(organizationId: string, periodStart: string, limit: number): Promise<number | undefined> {
    const { rows } = await this.billOne.run({
      organization_id: organizationId,
      period_start: periodStart,
      limit,
    });
    return rows[0] === undefined ? undefined : Number(rows[0].used);
  }

  async read(organizationId: string, periodStart: string): Promise<number> {
    const { rows } = await this.usedIn.run({ organization_id: organizationId, period_start: periodStart });
    return Number(rows[0]?.used ?? 0);
  }
}
