/**
 * The daily total of new budget added by writes, per scope and UTC day. Each change is one
 * conditional UPDATE of one row: PostgreSQL locks the row and re-checks the condition against the
 * latest committed value (READ COMMITTED), SQLite has one writer at a time, so concurrent writes can
 * never add past a limit, on one instance or on several sharing the database.
 */
import type { Db } from './db.js';

export type SpendScope = 'org' | 'key';

export class SpendStore {
  constructor(private readonly db: Db) {}

  private async ensureRow(scope: SpendScope, scopeId: string, day: string): Promise<void> {
    await this.db.kysely
      .insertInto('spend_days')
      .values({ scope, scope_id: scopeId, day, added_micros: 0 })
      .onConflict((oc) => oc.columns(['scope', 'scope_id', 'day']).doNothing())
      .execute();
  }

  /** Adds `micros` if the total stays within `limitMicros` (no limit: always). True when added. */
  async add(
    scope: SpendScope,
    scopeId: string,
    day: string,
    micros: number,
    limitMicros: number | undefined,
  ): Promise<boolean> {
    await this.ensureRow(scope, scopeId, day);
    let update = this.db.kysely
      .updateTable('spend_days')
      .set((eb) => ({ added_micros: eb('added_micros', '+', micros) }))
      .where('scope', '=', scope)
      .where('scope_id', '=', scopeId)
      .where('day', '=', day);
    if (limitMicros !== undefined) {
      update = update.where((eb) => eb(eb('added_micros', '+', micros), '<=', limitMicros));
    }
    const result = await update.executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Gives back what a write that did not happen had added. */
  async subtract(scope: SpendScope, scopeId: string, day: string, micros: number): Promise<void> {
    await this.db.kysely
      .updateTable('spend_days')
      .set((eb) => ({ added_micros: eb('added_micros', '-', micros) }))
      .where('scope', '=', scope)
      .where('scope_id', '=', scopeId)
      .where('day', '=', day)
      .execute();
  }

  async read(scope: SpendScope, scopeId: string, day: string): Promise<number> {
    const row = await this.db.kysely
      .selectFrom('spend_days')
      .select('added_micros')
      .where('scope', '=', scope)
      .where('scope_id', '=', scopeId)
      .where('day', '=', day)
      .executeTakeFirst();
    return Number(row?.added_micros ?? 0);
  }

  async deleteBefore(day: string): Promise<void> {
    await this.db.kysely.deleteFrom('spend_days').where('day', '<', day).execute();
  }
}
