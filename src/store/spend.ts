/**
 * The daily total of new budget added by writes, per scope and UTC day. Each change is one
 * conditional statement per row: PostgreSQL locks the row and re-checks the condition against the
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
 * Adds to two scopes' totals for the day, creating them, each only while it stays within its limit
 * (null: none); a row comes back for each scope added to. One statement, so for each row the check
 * and the addition are one step.
 */
const HOLD_PAIR_SQL = `insert into spend_days (scope, scope_id, day, added_micros)
  select w.scope, w.scope_id, w.day, w.micros from (
    select cast(@first_scope as text) as scope, cast(@first_id as text) as scope_id, cast(@day as text) as day,
      cast(@micros as bigint) as micros, cast(@first_limit as bigint) as lim
    union all
    select cast(@second_scope as text), cast(@second_id as text), cast(@day as text),
      cast(@micros as bigint), cast(@second_limit as bigint)
  ) as w
  where w.lim is null or w.micros <= w.lim
  on conflict (scope, scope_id, day) do update set added_micros = spend_days.added_micros + excluded.added_micros
  where spend_days.added_micros + excluded.added_micros <= coalesce(
    case when excluded.scope = cast(@first_scope as text) and excluded.scope_id = cast(@first_id as text)
      then cast(@first_limit as bigint) else cast(@second_limit as bigint) end,
    spend_days.added_micros + excluded.added_micros)
  returning scope, scope_id`;

/**
 * New daily budget stored with a call's last commit instead of held before its send: no scope has a
 * `max_daily_added` limit to check it against (core/guardrails.ts). Counted for both scopes so that a
 * limit set later in the day counts what was added before it.
 */
export interface SpendAddition {
  organizationId: string;
  keyId: string;
  day: string;
  micros: number;
}

/** Adds a `SpendAddition` to both scopes' totals; its names are its own within a call's last commit. */
export const ADD_PAIR_SQL = `insert into spend_days (scope, scope_id, day, added_micros)
  values ('org', @spend_organization_id, @spend_day, @spend_micros),
    ('key', @spend_key_id, @spend_day, @spend_micros)
  on conflict (scope, scope_id, day) do update set added_micros = spend_days.added_micros + excluded.added_micros`;

export function additionParams(addition: SpendAddition) {
  return {
    spend_organization_id: addition.organizationId,
    spend_key_id: addition.keyId,
    spend_day: addition.day,
    spend_micros: addition.micros,
  };
}

type HoldParams = {
  first_scope: string;
  first_id: string;
  first_limit: number | null;
  second_scope: string;
  second_id: string;
  second_limit: number | null;
  day: string;
  micros: number;
};

type HeldRow = { scope: string; scope_id: string };

/** Rolls a hold's transaction back. */
class HoldRefused extends Error {
  constructor(readonly hold: SpendHold) {
    super('spend hold refused');
  }
}

export class SpendStore {
  private readonly holdBoth: Query<HoldParams, HeldRow>;
  private readonly holdInTransaction: SqliteStatement<HoldParams, HeldRow> | undefined;

  constructor(private readonly db: Db) {
    this.holdBoth = db.hot.query('adgate_spend_hold_pair', HOLD_PAIR_SQL);
    this.holdInTransaction = db.hot.dialect === 'sqlite' ? db.hot.statement(HOLD_PAIR_SQL) : undefined;
  }

  /**
   * Adds the same amount to two scopes' totals of one day (the organisation's and the key's), or to
   * neither: returns the first hold its limit refused, or undefined when both were added. SQLite:
   * one transaction, rolled back on a refusal. PostgreSQL: one statement (one round trip), and when
   * one scope refused, what the other added is given back.
   */
  async holdPair(first: SpendHold, second: SpendHold): Promise<SpendHold | undefined> {
    if (first.day !== second.day || first.micros !== second.micros) {
      throw new Error('a spend hold pair is one amount on one day');
    }
    const params: HoldParams = {
      first_scope: first.scope,
      first_id: first.scopeId,
      first_limit: first.limitMicros ?? null,
      second_scope: second.scope,
      second_id: second.scopeId,
      second_limit: second.limitMicros ?? null,
      day: first.day,
      micros: first.micros,
    };
    const held = (rows: HeldRow[], hold: SpendHold) =>
      rows.some((r) => r.scope === hold.scope && r.scope_id === hold.scopeId);
    const { hot } = this.db;
    if (hot.dialect === 'sqlite') {
      const statement = this.holdInTransaction as SqliteStatement<HoldParams, HeldRow>;
      try {
        await hot.transaction(() => {
          const { rows } = statement.run(params);
          const refused = [first, second].find((hold) => !held(rows, hold));
          if (refused) throw new HoldRefused(refused);
        });
        return undefined;
      } catch (error) {
        if (error instanceof HoldRefused) return error.hold;
        throw error;
      }
    }
    const { rows } = await this.holdBoth.run(params);
    const refused = [first, second].find((hold) => !held(rows, hold));
    const other = refused === first ? second : first;
    if (refused && held(rows, other))
      await this.subtract(other.scope, other.scopeId, other.day, other.micros);
    return refused;
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
