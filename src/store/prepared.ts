/**
 * The hot path's SQL: statements prepared once for the process and run without Kysely. Kysely
 * builds, compiles and freezes a query tree on every call, which the benchmark's profile put at
 * about a seventh of a call's CPU; here a statement is written once, with `@name` placeholders, and
 * each execution only binds its parameters.
 *
 * - SQLite: a better-sqlite3 statement, prepared once and kept. Several of them can run as one
 *   IMMEDIATE transaction (`transaction`), synchronously, so that a call's writes commit once.
 * - PostgreSQL: a named prepared statement (`pg` parses it once per pooled connection, then only
 *   binds and executes it); a call's writes are combined into one statement (CTEs) rather than a
 *   transaction, which would cost a round trip per statement.
 *
 * Everything off the hot path stays on Kysely.
 */
import type SqliteDatabase from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type pg from 'pg';
import type { Database } from './schema.js';

/** What a parameter may be: SQLite binds numbers, strings, bigints and null (no booleans). */
export type Value = string | number | bigint | null;

/** Parameters by name. */
export type Params = Record<string, Value>;

/** A parameter object: each of its fields a Value (an interface qualifies, unlike for `Params`). */
export type ParamsOf<P> = { [K in keyof P]: Value };

export interface Result<Row> {
  rows: Row[];
  /** Rows inserted, updated or deleted. */
  count: number;
}

/** One statement, the same text for both dialects. */
export interface Query<P extends ParamsOf<P>, Row> {
  readonly sql: string;
  run(params: P): Promise<Result<Row>>;
}

const PLACEHOLDER = /@([a-z_][a-z0-9_]*)/gi;

/** `@name` placeholders as PostgreSQL's `$1, $2, ...`, with the names in their order. */
export function positional(sql: string): { text: string; names: string[] } {
  const names: string[] = [];
  const text = sql.replace(PLACEHOLDER, (_match, name: string) => {
    let index = names.indexOf(name);
    if (index < 0) index = names.push(name) - 1;
    return `$${index + 1}`;
  });
  return { text, names };
}

/** A better-sqlite3 statement held for the process; synchronous, for use inside `transaction`. */
export interface SqliteStatement<P extends ParamsOf<P>, Row> {
  readonly sql: string;
  run(params: P): Result<Row>;
}

interface Unit {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export class SqliteHotSql {
  readonly dialect = 'sqlite' as const;

  /**
   * better-sqlite3's transaction functions, made once: `database.transaction(fn)` builds four
   * wrappers and their properties on every call, which the profile put at 2 % of a call when it
   * was made per unit. `atomically` runs its work as a savepoint when called inside a transaction,
   * and as a transaction of its own (`.immediate`) outside one.
   */
  private readonly atomically: SqliteDatabase.Transaction<(work: () => unknown) => unknown>;
  private readonly group: SqliteDatabase.Transaction<(units: Unit[], outcomes: Outcome[]) => void>;

  constructor(
    private readonly database: SqliteDatabase.Database,
    private readonly kysely: Pick<Kysely<Database>, 'connection'>,
  ) {
    this.atomically = database.transaction((work: () => unknown) => work());
    this.group = database.transaction((units: Unit[], outcomes: Outcome[]) => {
      for (const unit of units) {
        try {
          outcomes.push({ ok: true, value: this.atomically(unit.work) });
        } catch (error) {
          // Some errors (a full disk, I/O) roll the whole transaction back: then every unit fails.
          if (!this.database.inTransaction) throw error;
          outcomes.push({ ok: false, error });
        }
      }
    });
  }

  statement<P extends ParamsOf<P>, Row>(sql: string): SqliteStatement<P, Row> {
    const prepared = this.database.prepare(sql);
    return {
      sql,
      run: (params) => {
        if (prepared.reader) {
          const rows = prepared.all(params as Params) as Row[];
          return { rows, count: rows.length };
        }
        return { rows: [], count: prepared.run(params as Params).changes };
      },
    };
  }

  query<P extends ParamsOf<P>, Row>(_name: string, sql: string): Query<P, Row> {
    const statement = this.statement<P, Row>(sql);
    return { sql, run: (params) => this.exclusive(() => statement.run(params)) };
  }

  /**
   * `work` (statements of this class) as one atomic unit: all of it commits, or none of it when it
   * throws; the promise settles once it is committed. Units asked for in the same turn of the event
   * loop (concurrent calls) share one IMMEDIATE transaction, each in a savepoint of its own, so that
   * a busy gateway commits once per turn rather than once per unit (group commit): a commit, the
   * write of its pages to the WAL, is the largest cost of a unit, and one turn's units would only
   * have waited for each other anyway. A unit that throws rolls back its own savepoint alone.
   */
  transaction<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (this.pending.length === 1) setImmediate(() => this.flush());
    });
  }

  private readonly pending: Unit[] = [];

  /** Commits the units asked for so far; each unit's own outcome goes to its caller after the commit. */
  private flush(): void {
    const units = this.pending.splice(0);
    if (units.length === 1) {
      const [unit] = units as [Unit];
      this.exclusive(() => this.atomically.immediate(unit.work)).then(unit.resolve, unit.reject);
      return;
    }
    const outcomes: Outcome[] = [];
    this.exclusive(() => this.group.immediate(units, outcomes)).then(
      () => {
        units.forEach((unit, i) => {
          const outcome = outcomes[i] as Outcome;
          if (outcome.ok) unit.resolve(outcome.value);
          else unit.reject(outcome.error);
        });
      },
      (error: unknown) => {
        for (const unit of units) unit.reject(error);
      },
    );
  }

  /**
   * Runs `work` on the one connection when no Kysely transaction is open on it. Kysely holds the
   * connection from BEGIN to COMMIT across awaits; a statement run in between would become part
   * of that transaction. When one is open, wait for the connection through Kysely.
   */
  private exclusive<T>(work: () => T): Promise<T> {
    if (!this.database.inTransaction) {
      try {
        return Promise.resolve(work());
      } catch (error) {
        return Promise.reject(error);
      }
    }
    return this.kysely.connection().execute(async () => work());
  }
}

export class PostgresHotSql {
  readonly dialect = 'postgres' as const;

  constructor(private readonly pool: pg.Pool) {}

  /** A named prepared statement: `name` must be unique to this text (it is the statement's name on the server). */
  query<P extends ParamsOf<P>, Row>(name: string, sql: string): Query<P, Row> {
    const { text, names } = positional(sql);
    return {
      sql: text,
      run: async (params) => {
        const values = names.map((n) => {
          if (!(n in (params as object))) throw new Error(`missing parameter "${n}" for ${name}`);
          return (params as Params)[n];
        });
        const result = await this.pool.query({ name, text, values });
        return { rows: result.rows as Row[], count: result.rowCount ?? 0 };
      },
    };
  }
}

export type HotSql = SqliteHotSql | PostgresHotSql;
