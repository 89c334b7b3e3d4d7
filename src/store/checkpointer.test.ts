/**
 * The SQLite checkpoint worker: the gateway's connection stops checkpointing inside commits, the
 * worker copies the WAL into the database, its checkpoints are not seen as other connections'
 * changes (the caches stay), and when the worker dies the connection checkpoints by itself again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/support/stores.js';
import { AUTOCHECKPOINT_FRAMES } from './checkpointer.js';
import { type Db, openDatabase } from './db.js';

const NOW = '2026-11-20T12:00:00.000Z';

/** Some WAL frames: rows of 4 KB, each committed on its own. */
async function write(db: Db, rows: number, from = 0) {
  for (let i = from; i < from + rows; i++) {
    await db.kysely
      .insertInto('organizations')
      .values({
        id: `org_${i}`,
        name: 'x'.repeat(4000),
        tier: 'plus',
        billing_anchor_day: 1,
        created_at: NOW,
        spend_limits: null,
      })
      .execute();
  }
}

/** A PRAGMA's one value, read on the gateway's connection. */
async function pragma(db: Db, name: 'wal_autocheckpoint' | 'data_version'): Promise<number> {
  const { rows } = await sql<Record<string, number>>`pragma ${sql.raw(name)}`.execute(db.kysely);
  return Number(rows[0]?.[name]);
}

describe('the SQLite checkpoint worker', () => {
  let db: Db | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it("takes the checkpoints off the gateway's connection and copies the WAL into the database", async () => {
    const file = path.join(tempDir(), 'adgate.db');
    db = await openDatabase(file, { checkpointWorker: { intervalMs: 60_000 } });
    expect(await pragma(db, 'wal_autocheckpoint')).toBe(0);
    await write(db, 300);
    // Past SQLite's 1,000 frames, and the commits checkpointed nothing themselves.
    const wal = fs.statSync(`${file}-wal`).size;
    expect(wal).toBeGreaterThan(AUTOCHECKPOINT_FRAMES * 4096);
    const result = await db.checkpointer?.checkpointNow();
    expect(result?.log).toBeGreaterThan(AUTOCHECKPOINT_FRAMES);
    expect(result?.checkpointed).toBe(result?.log);
    // The next writer starts the WAL over: it no longer grows.
    await write(db, 300, 300);
    await db.checkpointer?.checkpointNow();
    await write(db, 300, 600);
    expect(fs.statSync(`${file}-wal`).size).toBeLessThanOrEqual(wal);
  });

  it("is not taken for another connection's change: the caches stay", async () => {
    db = await openDatabase(path.join(tempDir(), 'adgate.db'), { checkpointWorker: { intervalMs: 60_000 } });
    await write(db, 20);
    const before = await pragma(db, 'data_version');
    await db.checkpointer?.checkpointNow();
    expect(await pragma(db, 'data_version')).toBe(before);
  });

  it('hands the checkpoints back to the connection, and says so, when the worker dies', async () => {
    const failures: Error[] = [];
    db = await openDatabase(path.join(tempDir(), 'adgate.db'), {
      checkpointWorker: { intervalMs: 60_000, onFailure: (error) => failures.push(error) },
    });
    const exited = new Promise((resolve) => db?.checkpointer?.thread.once('exit', resolve));
    await db.checkpointer?.thread.terminate();
    await exited;
    expect(failures).toHaveLength(1);
    expect(await pragma(db, 'wal_autocheckpoint')).toBe(AUTOCHECKPOINT_FRAMES);
    await expect(db.checkpointer?.checkpointNow()).rejects.toThrow('checkpoint worker has stopped');
  });

  it('without the option, SQLite checkpoints in commits as usual, and closing stops the worker', async () => {
    db = await openDatabase(path.join(tempDir(), 'adgate.db'));
    expect(db.checkpointer).toBeUndefined();
    expect(await pragma(db, 'wal_autocheckpoint')).toBe(AUTOCHECKPOINT_FRAMES);
    await db.close();
    db = await openDatabase(path.join(tempDir(), 'adgate.db'), { checkpointWorker: {} });
    const thread = db.checkpointer?.thread;
    const exited = new Promise<number>((resolve) => thread?.once('exit', resolve));
    await db.close();
    db = undefined;
    expect(await exited).toBe(0);
  });
});
