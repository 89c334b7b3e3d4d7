/**
 * The databases the gateway is measured on: a SQLite file, and a fresh database on the PostgreSQL
 * server of BENCH_PG_URL (else DATABASE_URL, else the local test server), dropped at the end.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';

export interface BenchDatabase {
  name: 'sqlite' | 'postgres';
  /** ADGATE_DATABASE_URL for the gateway and the CLI. */
  url: string;
  description: string;
  cleanup(): Promise<void>;
}

const PG_URL =
  process.env.BENCH_PG_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

export function sqliteDatabase(dataDir: string): BenchDatabase {
  return {
    name: 'sqlite',
    url: path.join(dataDir, 'adgate.db'),
    description: 'SQLite (file, WAL)',
    cleanup: async () => {},
  };
}

/** A database of its own on the PostgreSQL server, dropped at the end. Throws when unreachable. */
export async function postgresDatabase(): Promise<BenchDatabase> {
  const name = `adgate_bench_${Date.now().toString(36)}_${process.pid}`;
  const admin = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  await admin.connect();
  const version = (await admin.query('show server_version')).rows[0]?.server_version as string;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    name: 'postgres',
    url: url.toString(),
    description: `PostgreSQL ${version} (${url.host}, pool of 10)`,
    cleanup: async () => {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** An organisation on the max tier, a key, and the emulator's single-advertiser token connected. */
export function seed(
  cli: string,
  env: Record<string, string>,
  token: string,
  advertiserId: string,
): { key: string } {
  const run = (args: string[]) =>
    execFileSync(process.execPath, [cli, ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
  const org = JSON.parse(run(['orgs', 'create', '--name', 'bench', '--tier', 'max', '--json'])).id;
  const key = JSON.parse(run(['keys', 'create', '--org', org, '--json'])).key as string;
  run(['accounts', 'connect', '--org', org, '--access-token', token, '--advertiser-id', advertiserId]);
  return { key };
}
