/**
 * Probes PostgreSQL once for the whole run. Suites that need it read ADGATE_TEST_PG_URL and are
 * skipped, loudly, when it is empty. Set ADGATE_REQUIRE_POSTGRES=1 (CI does) to fail instead.
 */
import pg from 'pg';

export default async function setup(): Promise<void> {
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
