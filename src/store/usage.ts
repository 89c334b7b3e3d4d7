/**
 * Quota counters: `used` counts the calls billed in a period. A billable call is billed before its
 * tool runs, with one conditional statement, and refunded if it ends unbilled; so concurrent calls
 * can never bill past the limit, on one instance or on several sharing a database, and a call costs
 * one statement (two when refunded) instead of two transactions.
 */
import type { Db } from './db.js';
import { prepare } from './prepared.js';

interface Period {
  organizationId: string;
  periodStart: string;
}

export class UsageStore {
  private readonly billOne;
  private readonly refundOne;
  private readonly usedIn;

  constructor(db: Db) {
    const { kysely } = db;
    // Insert the period's first call, or add one to it, only while it is under the limit: an upsert
    // is atomic in both dialects (PostgreSQL locks the row, SQLite has one writer at a time), so the
    // check and the increment cannot be split by another call. No row comes back when it is refused.
    this.billOne = prepare(
      kysely,
      ['organizationId', 'periodStart', 'limit'],
      ({
        organizationId,
        periodStart,
        limit,
      }: {
        organizationId: string;
        periodStart: string;
        limit: number;
      }) =>
        kysely
          .insertInto('usage_periods')
          .values({ organization_id: organizationId, period_start: periodStart, used: 1 })
          .onConflict((oc) =>
            oc
              .columns(['organization_id', 'period_start'])
              .doUpdateSet({ used: (eb) => eb('usage_periods.used', '+', 1) })
              .where('usage_periods.used', '<', limit),
          )
          .returning('used'),
    );
    this.refundOne = prepare(
      kysely,
      ['organizationId', 'periodStart'],
      ({ organizationId, periodStart }: Period) =>
        kysely
          .updateTable('usage_periods')
          .set((eb) => ({ used: eb('used', '-', 1) }))
          .where('organization_id', '=', organizationId)
          .where('period_start', '=', periodStart)
          .where('used', '>', 0),
    );
    this.usedIn = prepare(
      kysely,
      ['organizationId', 'periodStart'],
      ({ organizationId, periodStart }: Period) =>
        kysely
          .selectFrom('usage_periods')
          .select('used')
          .where('organization_id', '=', organizationId)
          .where('period_start', '=', periodStart),
    );
  }

  /** Bills one call if the period stays within `limit` (at least 1). Returns `used` after, or undefined when refused. */
  async bill(organizationId: string, periodStart: string, limit: number): Promise<number | undefined> {
    const { rows } = await this.billOne.execute({ organizationId, periodStart, limit });
    return rows[0] === undefined ? undefined : Number(rows[0].used);
  }

  /** Gives back a call billed by `bill` whose call ended unbilled. */
  async refund(organizationId: string, periodStart: string): Promise<void> {
    await this.refundOne.execute({ organizationId, periodStart });
  }

  async read(organizationId: string, periodStart: string): Promise<number> {
    const { rows } = await this.usedIn.execute({ organizationId, periodStart });
    return Number(rows[0]?.used ?? 0);
  }
}
