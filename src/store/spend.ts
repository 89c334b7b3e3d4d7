/**
 * The daily total of new budget added by writes, per scope and UTC day. Each change is one
 * conditional UPDATE of one row: PostgreSQL locks the row and re-checks the condition against the
 * latest committed value (READ COMMITTED), SQLite has one writer at a time, so concurrent writes can
 * never add past a limit, on one instance or on several sharing the database.
 */
import type { Db } from './db.js';
import type { Query, SqliteStatement } from './prepared.js';

export type SpendScope = 'org' | 'key';

/** An amount to add to a scope's daily total, within a limit (none: always). */
export interface SpendHold {
  scope: SpendScope;
  scopeId: string;
  day: string;
  micros: number;
  limitMicros: number | undefined;
}

/**
 * Adds to one scope's total for the day, creating it, only while it stays within the limit (null:
 * none); the row comes back when added. One statement, so the check and the addition are one step.
 */
const HOLD_SQL = `insert into spend_days (scope, scope_id, day, added_micros)
  select cast(@scope as text), cast(@scope_id as text), cast(@day as text), cast(@micros as bigint)
  where cast(@limit as bigint) is null or cast(@micros as bigint) <= cast(@limit as bigint)
  on conflict (scope, scope_id, day) do update set added_micros = spend_days.added_micros + excluded.added_micros
  where cast(@limit as bigint) is null or spend_days.added_micros + excluded.added_micros <= cast(@limit as bigint)
  returning scope`;

type HoldParams = { scope: string; scope_id: string; day: string; micros: number; limit: number | null };

function holdParams(hold: SpendHold): HoldParams {
  return {
    scope: hold.scope,
    scope_id: hold.scopeId,
    day: hold.day,
    micros: hold.micros,
    limit: hold.limitMicros ?? null,
  };
}

/** Rolls a hold's transaction back. */
class HoldRefused extends Error {
  constructor(readonly hold: SpendHold) {
    super('spend hold refused');
  }
}

export class SpendStore {
  private readonly holdOne: Query<HoldParams, { scope: string }>;
  private readonly holdInTransaction: SqliteStatement<HoldParams, { scope: string }> | undefined;

  constructor(private readonly db: Db) {
    this.holdOne = db.hot.query('adgate_spend_hold', HOLD_SQL);
    this.holdInTransaction = db.hot.dialect === 'sqlite' ? db.hot.statement(HOLD_SQL) : undefined;
  }

  /**
   * Adds each amount, or none of them: returns the first hold its limit refused, or undefined when
   * all were added. SQLite: one transaction, rolled back on a refusal. PostgreSQL: one statement
   * each (a transaction would cost as many round trips and hold the rows' locks across them), and a
   * refusal gives back what the earlier ones added.
   */
  async holdAll(holds: SpendHold[]): Promise<SpendHold | undefined> {
    const { hot } = this.db;
    if (hot.dialect === 'sqlite') {
      const statement = this.holdInTransaction as SqliteStatement<HoldParams, { scope: string }>;
      try {
        await hot.transaction(() => {
          for (const hold of holds) {
            if (statement.run(holdParams(hold)).count === 0) throw new HoldRefused(hold);
          }
        });
        return undefined;
      } catch (error) {
        if (error instanceof HoldRefused) return error.hold;
        throw error;
      }
    }
    const added: SpendHold[] = [];
    for (const hold of holds) {
      if ((await this.holdOne.run(holdParams(hold))).count === 0) {
        for (const done of added) await this.subtract(done.scope, done.scopeId, done.day, done.micros);
        return hold;
      }
      added.push(hold);
    }
    return undefined;
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
