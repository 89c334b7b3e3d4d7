/**
 * Probes PostgreSQL and Redis once for the whole run. Suites that need them read
 * ADGATE_TEST_PG_URL / ADGATE_TEST_REDIS_URL and are skipped, loudly, when empty. Set
 * ADGATE_REQUIRE_POSTGRES=1 / ADGATE_REQUIRE_REDIS=1 (CI does) to fail instead.
 */
import { Redis } from 'ioredis';
import pg from 'pg';

export default async function setup(): Promise<void> {
  // Redis suites prefix their keys with it: two runs at once never share a key.
  process.env.ADGATE_TEST_RUN_ID = `${Date.now().toString(36)}-${process.pid}`;
  await probeRedis();
  await probePostgres();
}

async function probeRedis(): Promise<void> {
  const url = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
  const client = new Redis(url, { lazyConnect: true, connectTimeout: 3000, maxRetriesPerRequest: 0 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.ping();
    process.env.ADGATE_TEST_REDIS_URL = url;
  } catch (error) {
    if (process.env.ADGATE_REQUIRE_REDIS === '1') {
      throw new Error(`Redis is required (ADGATE_REQUIRE_REDIS=1) but ${url} is not reachable: ${error}`);
    }
    process.env.ADGATE_TEST_REDIS_URL = '';
    console.warn(
      `\n!!! Redis is not reachable at ${url}: every Redis suite will be SKIPPED.\n` +
        '!!! Set REDIS_URL to a reachable Redis to run them.\n',
    );
  } finally {
    client.disconnect();
  }
}

async function probePostgres(): Promise<void> {
  const url = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    process.env.ADGATE_TEST_PG_URL = url;
  } catch (error) {
    if (process.env.ADGATE_REQUIRE_POSTGRES === '1') {
      throw new Error(
        `PostgreSQL is required (ADGATE_REQUIRE_POSTGRES=1) but ${url} is not reachable: ${error}`,
      );
    }
    process.env.ADGATE_TEST_PG_URL = '';
    console.warn(
      `\n!!! PostgreSQL is not reachable at ${url}: every PostgreSQL suite will be SKIPPED.\n` +
        '!!! Set DATABASE_URL to a reachable database to run them.\n',
    );
  } finally {
    await client.end().catch(() => {});
  }
}
