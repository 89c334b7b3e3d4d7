import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from './db.js';
import { positional, type SqliteHotSql } from './prepared.js';

describe('positional', () => {
  it("numbers each name once, in order, for PostgreSQL's placeholders", () => {
    expect(positional('select @a, @b where x = @a and y = cast(@c as bigint)')).toEqual({
      text: 'select $1, $2 where x = $1 and y = cast($3 as bigint)',
      names: ['a', 'b', 'c'],
    });
  });
});

describe('SQLite prepared statements beside Kysely', () => {
  let dir: string;
  let db: Db;
  let hot: SqliteHotSql;
  const log: string[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adgate-prepared-'));
    db = await openDatabase(path.join(dir, 'adgate.db'), { onStatement: (text) => log.push(text) });
    hot = db.hot as SqliteHotSql;
    await sql`create table t (k text primary key, v integer not null)`.execute(db.kysely);
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const count = async () =>
    Number((await sql<{ n: number }>`select count(*) as n from t`.execute(db.kysely)).rows[0]?.n);

  /**
   * A Kysely transaction that inserts `k` and stays open until `release`, then rolls back: what runs
   * meanwhile must wait for it rather than join it.
   */
  const heldKyselyTransaction = (k: string) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const rolledBack = db.kysely
      .transaction()
      .execute(async (trx) => {
        await sql`insert into t (k, v) values (${k}, 1)`.execute(trx);
        await held;
        throw new Error('roll back');
      })
      .catch(() => 'rolled back');
    return { release, rolledBack };
  };

  it('waits for an open Kysely transaction instead of joining it', async () => {
    const insert = hot.query<{ k: string }, never>('t_insert', 'insert into t (k, v) values (@k, 1)');
    // A Kysely transaction that is rolled back once the prepared insert has been sent.
    const { release, rolledBack } = heldKyselyTransaction('in-kysely');
    await new Promise((resolve) => setImmediate(resolve));
    const inserted = insert.run({ k: 'prepared' });
    release();
    expect(await rolledBack).toBe('rolled back');
    await inserted;
    // The prepared insert survived the rollback: it ran after the transaction, not inside it.
    const rows = await sql<{ k: string }>`select k from t order by k`.execute(db.kysely);
    expect(rows.rows.map((r) => r.k)).toEqual(['prepared']);
  });

  it('a group of units waits for an open Kysely transaction, and survives its rollback', async () => {
    const insert = hot.statement<{ k: string }, never>('insert into t (k, v) values (@k, 1)');
    const { release, rolledBack } = heldKyselyTransaction('kysely-group');
    await new Promise((resolve) => setImmediate(resolve));
    const units = [
      hot.transaction(() => insert.run({ k: 'unit-1' })),
      hot.transaction(() => insert.run({ k: 'unit-2' })),
    ];
    // Their turn comes and goes while the Kysely transaction is open: they must not join it.
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    release();
    expect(await rolledBack).toBe('rolled back');
    await Promise.all(units);
    const rows = await sql<{ k: string }>`select k from t where k like '%-%' order by k`.execute(db.kysely);
    expect(rows.rows.map((r) => r.k)).toEqual(['unit-1', 'unit-2']);
  });

  it('a transaction of statements commits all of them, or none when it throws', async () => {
    const upsert = hot.statement<{ k: string }, { v: number }>(
      'insert into t (k, v) values (@k, 1) on conflict (k) do update set v = t.v + 1 returning v',
    );
    const before = await count();
    await expect(
      hot.transaction(() => {
        upsert.run({ k: 'a' });
        upsert.run({ k: 'b' });
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await count()).toBe(before);
    const rows = await hot.transaction(() => [upsert.run({ k: 'a' }).rows, upsert.run({ k: 'a' }).rows]);
    expect(rows).toEqual([[{ v: 1 }], [{ v: 2 }]]);
    expect(await count()).toBe(before + 1);
  });

  it('units asked for in one turn share a commit, and one that throws rolls back alone', async () => {
    const upsert = hot.statement<{ k: string }, { v: number }>(
      'insert into t (k, v) values (@k, 1) on conflict (k) do update set v = t.v + 1 returning v',
    );
    log.length = 0;
    const units = [
      hot.transaction(() => upsert.run({ k: 'g1' }).rows),
      hot.transaction(() => {
        upsert.run({ k: 'g2' });
        throw new Error('refused');
      }),
      hot.transaction(() => upsert.run({ k: 'g3' }).rows),
    ];
    const settled = await Promise.allSettled(units);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((settled[0] as PromiseFulfilledResult<unknown>).value).toEqual([{ v: 1 }]);
    const rows = await sql<{ k: string }>`select k from t where k like 'g%' order by k`.execute(db.kysely);
    expect(rows.rows.map((r) => r.k)).toEqual(['g1', 'g3']);
    expect(log.filter((text) => /^(BEGIN|COMMIT)/.test(text))).toEqual(['BEGIN IMMEDIATE', 'COMMIT']);
  });
});
