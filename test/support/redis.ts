/**
 * The Redis a suite runs against (skipped, loudly, when the global setup found none; CI sets
 * ADGATE_REQUIRE_REDIS=1 to fail instead). Each suite gets a key prefix of its own, unique per test
 * run, so parallel runs and suites never share a key, and removes its keys afterwards.
 */
import { Redis } from 'ioredis';

const url = process.env.ADGATE_TEST_REDIS_URL ?? '';
const run = process.env.ADGATE_TEST_RUN_ID ?? `${process.pid}`;

export interface TestRedis {
  url: string;
  prefix: string;
  client: Redis;
  cleanup(): Promise<void>;
}

export const redisAvailable = url !== '';

export function redisSkipNotice(suite: string): void {
  if (!redisAvailable) {
    console.warn(`SKIPPED: "${suite}" needs Redis (none reachable; set REDIS_URL to run it).`);
  }
}

export async function createTestRedis(): Promise<TestRedis> {
  const prefix = `adgate-test:${run}:${Math.random().toString(36).slice(2, 10)}:`;
  const client = new Redis(url);
  return {
    url,
    prefix,
    client,
    cleanup: async () => {
      let cursor = '0';
      do {
        const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
        if (keys.length > 0) await client.del(...keys);
        cursor = next;
      } while (cursor !== '0');
      await client.quit();
    },
  };
}
