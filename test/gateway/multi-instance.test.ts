/**
 * Two gateway instances sharing one PostgreSQL database and one Redis, called over real sockets:
 * the quota, idempotency and per-key rate guarantees must hold across instances, not only inside
 * one process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billableFixture, type FixtureRuns } from '../support/fixture-tools.js';
import { createOrgWithKey, type Harness, startHarness } from '../support/harness.js';
import { createTestRedis, redisAvailable, redisSkipNotice, type TestRedis } from '../support/redis.js';
import { skipNotice, storeTargets, type TestDatabase } from '../support/stores.js';

const postgres = storeTargets.find((t) => t.name === 'postgres');
if (!postgres) throw new Error('no postgres target');
skipNotice(postgres, 'two instances sharing PostgreSQL');
redisSkipNotice('two instances sharing PostgreSQL and Redis');

describe.skipIf(!postgres.available || !redisAvailable)(
  'two gateway instances sharing PostgreSQL and Redis',
  () => {
    let db: TestDatabase;
    let redis: TestRedis;
    /** Shared-limits time stands still: no token refills during the test, whatever its speed. */
    const frozen = () => 1_800_000_000_000;
    const runs: FixtureRuns = { count: 0, reconciled: 0 };
    const instances: Harness[] = [];
    const urls: string[] = [];

    beforeAll(async () => {
      db = await postgres.create();
      redis = await createTestRedis();
      for (let i = 0; i < 2; i++) {
        const h = await startHarness(db, {
          tools: [billableFixture(runs)],
          limitsNow: frozen,
          env: {
            ADGATE_REDIS_URL: redis.url,
            ADGATE_REDIS_PREFIX: redis.prefix,
            ADGATE_RATE_LIMIT_RPS: '1',
            ADGATE_RATE_LIMIT_BURST: '2000',
          },
        });
        instances.push(h);
        urls.push(await h.app.listen({ port: 0, host: '127.0.0.1' }));
      }
    });
    afterAll(async () => {
      for (const h of instances) await h.close();
      await redis?.cleanup();
      await db.cleanup();
    });

    const post = (
      i: number,
      key: string,
      args: Record<string, unknown>,
      headers: Record<string, string> = {},
    ) =>
      fetch(`${urls[i % 2]}/api/v1/tools/test_billable_echo/execute`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers },
        body: JSON.stringify({ arguments: args }),
      }).then(async (res) => ({
        status: res.status,
        body: await res.text(),
        replayed: res.headers.get('idempotent-replayed'),
      }));

    it('1,000 concurrent calls split over both instances bill exactly 150', async () => {
      const first = instances[0] as Harness;
      const { key, organizationId } = await createOrgWithKey(first.gateway, 'plus');
      runs.count = 0;
      const responses = await Promise.all(
        Array.from({ length: 1000 }, (_, i) => post(i, key, { message: `m${i}`, delay_ms: 2 })),
      );
      const counts = { ok: 0, quota: 0, other: 0 };
      for (const r of responses) {
        if (r.status === 200) counts.ok++;
        else if (r.status === 402 && JSON.parse(r.body).error_code === 'quota_exhausted') counts.quota++;
        else counts.other++;
      }
      expect(counts).toEqual({ ok: 150, quota: 850, other: 0 });
      expect(runs.count).toBe(150);
      expect(await first.gateway.quota.snapshot(organizationId)).toMatchObject({ used: 150 });
    });

    it('a key revoked through one instance is refused by the other at once, though it had the key cached', async () => {
      const [first, second] = instances as [Harness, Harness];
      const { key, keyId } = await createOrgWithKey(first.gateway, 'max');
      expect(second.gateway.store.db.changes.live).toBe(true);
      for (let i = 0; i < 2; i++) expect((await post(i, key, { message: 'warm' })).status).toBe(200);
      const notified = new Promise<void>((resolve) =>
        second.gateway.store.db.changes.onChange('keys', resolve),
      );
      expect(await first.gateway.store.apiKeys.revoke(keyId, new Date().toISOString())).toBe(true);
      await notified;
      const refused = await post(1, key, { message: 'after revocation' });
      expect(refused.status).toBe(401);
      expect(JSON.parse(refused.body).error).toMatch(/revoked/);
    });

    it('50 concurrent identical calls over both instances run the tool once', async () => {
      const first = instances[0] as Harness;
      const { key } = await createOrgWithKey(first.gateway, 'max');
      runs.count = 0;
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          post(i, key, { message: 'once', delay_ms: 100 }, { 'idempotency-key': 'cross-instance' }),
        ),
      );
      expect(runs.count).toBe(1);
      const ok = responses.filter((r) => r.status === 200);
      const inUse = responses.filter(
        (r) => r.status === 409 && JSON.parse(r.body).error_code === 'idempotency_key_in_use',
      );
      expect(ok.length + inUse.length).toBe(50);
      const replay = await post(
        1,
        key,
        { message: 'once', delay_ms: 100 },
        { 'idempotency-key': 'cross-instance' },
      );
      expect(replay.replayed).toBe('true');
      expect(replay.body).toBe(ok[0]?.body);
    });

    it('the per-key rate limit holds across both instances: one bucket, not one each', async () => {
      const first = instances[0] as Harness;
      const { key } = await createOrgWithKey(first.gateway, 'max');
      // The bucket holds 2000 and refills at 1/s (time is frozen): 2400 calls over both instances (each alone would allow 2000).
      const responses = [];
      for (let round = 0; round < 6; round++) {
        responses.push(
          ...(await Promise.all(
            Array.from({ length: 400 }, (_, i) => post(i, key, { message: 'rate', dry_run: true })),
          )),
        );
      }
      const allowed = responses.filter((r) => r.status === 200).length;
      const limited = responses.filter((r) => r.status === 429);
      expect(allowed).toBe(2000);
      expect(limited).toHaveLength(400);
      expect(JSON.parse(limited[0]?.body ?? '{}').error_code).toBe('rate_limited');
    });
  },
);
