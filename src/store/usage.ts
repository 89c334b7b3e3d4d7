/**
 * Quota counters. `used` counts billed calls per period; calls in flight hold a reservation row
 * until they settle, so that concurrent calls can never bill past the limit, on one instance or on
 * several sharing a database.
 */
import type { Db } from './db.js';

export interface Reservation {
  id: string;
  organizationId: string;
  periodStart: string;
  expiresAt: string;
}

export class UsageStore {
  constructor(private readonly db: Db) {}

  /**
   * Takes one unit of capacity if `used + live reservations < limit`. The usage row is locked for
   * the check (FOR UPDATE on PostgreSQL; SQLite has one writer at a time), so the check and the
   * insert are one atomic step.
   */
  async reserve(reservation: Reservation, limit: number, now: string): Promise<boolean> {
    const { organizationId, periodStart } = reservation;
    return this.db.kysely.transaction().execute(async (trx) => {
      await trx
        .insertInto('usage_periods')
        .values({ organization_id: organizationId, period_start: periodStart, used: 0 })
        .onConflict((oc) => oc.columns(['organization_id', 'period_start']).doNothing())
        .execute();
      let lock = trx
        .selectFrom('usage_periods')
        .select('used')
        .where('organization_id', '=', organizationId)
        .where('period_start', '=', periodStart);
      if (this.db.dialect === 'postgres') lock = lock.forUpdate();
      const { used } = await lock.executeTakeFirstOrThrow();
      // A reservation whose call crashed expires; drop those before counting.
      await trx
        .deleteFrom('quota_reservations')
        .where('organization_id', '=', organizationId)
        .where('expires_at', '<=', now)
        .execute();
      const held = await trx
        .selectFrom('quota_reservations')
        .select((eb) => eb.fn.countAll().as('count'))
        .where('organization_id', '=', organizationId)
        .where('period_start', '=', periodStart)
        .executeTakeFirstOrThrow();
      if (Number(used) + Number(held.count) >= limit) return false;
      await trx
        .insertInto('quota_reservations')
        .values({
          id: reservation.id,
          organization_id: organizationId,
          period_start: periodStart,
          expires_at: reservation.expiresAt,
        })
        .execute();
      return true;
    });
  }

  /** Ends a reservation; a billed call adds one to the period it was reserved in. Returns `used` after. */
  async settle(reservation: Reservation, billed: boolean): Promise<number> {
    const { organizationId, periodStart } = reservation;
    return this.db.kysely.transaction().execute(async (trx) => {
      await trx.deleteFrom('quota_reservations').where('id', '=', reservation.id).execute();
      if (billed) {
        await trx
          .updateTable('usage_periods')
          .set((eb) => ({ used: eb('used', '+', 1) }))
          .where('organization_id', '=', organizationId)
          .where('period_start', '=', periodStart)
          .execute();
      }
      const row = await trx
        .selectFrom('usage_periods')
        .select('used')
        .where('organization_id', '=', organizationId)
        .where('period_start', '=', periodStart)
        .executeTakeFirst();
      return Number(row?.used ?? 0);
    });
  }

  /** One statement, so `used` and `reserved` come from the same snapshot even while calls settle. */
  async read(
    organizationId: string,
    periodStart: string,
    now: string,
  ): Promise<{ used: number; reserved: number }> {
    const row = await this.db.kysely
      .selectNoFrom((eb) => [
        eb
          .selectFrom('usage_periods')
          .select('used')
          .where('organization_id', '=', organizationId)
          .where('period_start', '=', periodStart)
          .as('used'),
        eb
          .selectFrom('quota_reservations')
          .select((inner) => inner.fn.countAll().as('count'))
          .where('organization_id', '=', organizationId)
          .where('period_start', '=', periodStart)
          .where('expires_at', '>', now)
          .as('reserved'),
      ])
      .executeTakeFirstOrThrow();
    return { used: Number(row.used ?? 0), reserved: Number(row.reserved ?? 0) };
  }
}
