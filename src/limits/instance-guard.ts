/**
 * Several instances on one PostgreSQL database must share their limits through Redis: without it
 * each would allow the full TikTok rate and per-key rate on its own. A serving instance therefore
 * holds a PostgreSQL advisory lock for the database schema for as long as it runs: exclusive
 * without Redis, shared with Redis. A second instance without Redis, or one with Redis next to an
 * instance without, cannot take its lock and refuses to start (it says why). The lock goes with
 * the holder's connection, so a crashed instance frees it at once. SQLite is one machine's file:
 * nothing to guard.
 */
import { sql } from 'kysely';
import pg from 'pg';
import type { Logger } from 'pino';
import { type Config, ConfigError } from '../config.js';
import type { Store } from '../store/index.js';

export interface InstanceGuard {
  release(): Promise<void>;
}

const NOTHING: InstanceGuard = { release: async () => {} };

function refusal(shared: boolean, schema: string): ConfigError {
  return new ConfigError(
    shared
      ? `A gateway instance without ADGATE_REDIS_URL is running on this PostgreSQL database (schema "${schema}"): its limits would not be shared with this one. Set ADGATE_REDIS_URL on every instance, or stop that one.`
      : `Another gateway instance is running on this PostgreSQL database (schema "${schema}"). Instances sharing a database must share their limits: set ADGATE_REDIS_URL (the same Redis) on every instance.`,
  );
}

export async function guardSharedDatabase(
  config: Config,
  store: Store,
  logger: Logger,
): Promise<InstanceGuard> {
  if (store.db.dialect !== 'postgres') return NOTHING;
  const result = await sql<{ schema: string }>`select current_schema() as schema`.execute(store.db.kysely);
  const schema = result.rows[0]?.schema ?? 'public';
  const client = new pg.Client({ connectionString: config.databaseUrl });
  client.on('error', (error) =>
    logger.error(
      { err: error },
      'lost the connection that holds the instance lock: another instance could now start without shared limits',
    ),
  );
  await client.connect();
  const shared = config.redis.url !== undefined;
  const lock = shared ? 'pg_try_advisory_lock_shared' : 'pg_try_advisory_lock';
  const { rows } = await client.query<{ ok: boolean }>(`select ${lock}(hashtext($1)) as ok`, [
    `adgate-instance:${schema}`,
  ]);
  if (rows[0]?.ok !== true) {
    await client.end().catch(() => {});
    throw refusal(shared, schema);
  }
  return { release: () => client.end().catch(() => {}) };
}
