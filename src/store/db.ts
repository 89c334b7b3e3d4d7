/**
 * Opens the store named by a URL: a file path or `sqlite:` URL (better-sqlite3), or
 * `postgres://` / `postgresql://` (pg). Migrations run on open, so a fresh database just works.
 */
import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { type ChangeFeed, postgresChangeFeed, SqliteChangeFeed } from './changes.js';
import { migrateToLatest } from './migrations.js';
import { type HotSql, PostgresHotSql, SqliteHotSql } from './prepared.js';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  /** The hot path's statements, prepared once, without Kysely (prepared.ts). */
  hot: HotSql;
  /** Where it lives, for messages (never includes a password). */
  description: string;
  /** Tells every instance when cached rows change (PostgreSQL), see changes.ts. */
  changes: ChangeFeed;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL only: the schema to use (tests give each suite its own). */
  pgSchema?: string;
  /** PostgreSQL only: pool size. */
  poolSize?: number;
  /** Called with every statement sent to the database, transactions' BEGIN and COMMIT included (tests count them). */
  onStatement?: (sql: string) => void;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

function sqlitePath(url: string): string {
  const stripped = url.replace(/^sqlite:(\/\/)?/i, '');
  return stripped === ':memory:' ? stripped : path.resolve(stripped);
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/**
 * Kysely prepares every query anew; better-sqlite3 statements can be reused, and preparing was the
 * largest single cost of a call in the benchmark's profile. Queries are parameterised, so the set
 * of SQL texts is small; the bound only guards against a query shape that varies without end.
 */
function withStatementCache(database: SqliteDatabase.Database) {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string): SqliteDatabase.Statement {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= 1000) statements.clear();
        statement = database.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

/** Reports every query of every pooled connection (Kysely's and the prepared ones alike). */
function countStatements(pool: pg.Pool, onStatement: (sql: string) => void): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const [first] = args;
      onStatement(typeof first === 'string' ? first : String((first as { text?: string }).text));
      return query(...args);
    };
  });
}

export async function openDatabase(url: string, options: OpenOptions = {}): Promise<Db> {
  let db: Db;
  if (isPostgresUrl(url)) {
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      ...(options.pgSchema ? { options: `-c search_path=${options.pgSchema}` } : {}),
    });
    if (options.onStatement) countStatements(pool, options.onStatement);
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const changes = await postgresChangeFeed(url);
    db = {
      kysely,
      dialect: 'postgres',
      hot: new PostgresHotSql(pool),
      description: redact(url),
      changes,
      close: async () => {
        await changes.close();
        await kysely.destroy();
      },
    };
  } else {
    const file = sqlitePath(url);
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    const sqlite = new SqliteDatabase(
      file,
      options.onStatement ? { verbose: (sql) => options.onStatement?.(String(sql)) } : {},
    );
    // WAL lets readers go on while one writer writes; busy_timeout waits for the lock instead of failing.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    // With WAL, NORMAL syncs at checkpoints instead of every commit: no corruption on a crash, and
    // only the last commits can be lost on a power cut; every commit fsyncing costs ~5x throughput.
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    const kysely = new Kysely<Database>({
      dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    });
    db = {
      kysely,
      dialect: 'sqlite',
      hot: new SqliteHotSql(sqlite, kysely),
      description: file,
      changes: new SqliteChangeFeed(sqlite),
      close: () => kysely.destroy(),
    };
  }
  try {
    await migrateToLatest(db.kysely as Kysely<unknown>, options.pgSchema);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  return db;
}
