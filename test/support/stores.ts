/**
 * The databases a suite runs against: a fresh SQLite file, and a fresh schema in the PostgreSQL of
 * DATABASE_URL (skipped, loudly, when the global setup found none).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { OpenOptions } from '../../src/store/index.js';

export interface TestDatabase {
  url: string;
  storeOptions: OpenOptions;
  cleanup(): Promise<void>;
}

export interface StoreTarget {
  name: 'sqlite' | 'postgres';
  available: boolean;
  create(): Promise<TestDatabase>;
}

export function tempDir(prefix = 'adgate-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

const sqliteTarget: StoreTarget = {
  name: 'sqlite',
  available: true,
  async create() {
    const dir = tempDir();
    return {
      url: path.join(dir, 'adgate.db'),
      storeOptions: {},
      cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  },
};

const pgUrl = process.env.ADGATE_TEST_PG_URL ?? '';

const postgresTarget: StoreTarget = {
  name: 'postgres',
  available: pgUrl !== '',
  async create() {
    const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    return {
      url: pgUrl,
      storeOptions: { pgSchema: schema, poolSize: 10 },
      cleanup: async () => {
        const client = new pg.Client({ connectionString: pgUrl });
        await client.connect();
        await client.query(`drop schema if exists ${schema} cascade`);
        await client.end();
      },
    };
  },
};

export const storeTargets: StoreTarget[] = [sqliteTarget, postgresTarget];

export function skipNotice(target: StoreTarget, suite: string): void {
  if (!target.available) {
    console.warn(`SKIPPED on PostgreSQL: "${suite}" (no PostgreSQL reachable; set DATABASE_URL to run it).`);
  }
}
