/**
 * Real gateway processes (`adgate serve`, built) sharing PostgreSQL and Redis, against a real
 * emulator process: the shared TikTok budget, a crash mid-create, and a drain on SIGTERM. Each
 * test drives a bounded load and every process is stopped at the end, whatever happens.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectWithToken } from '../../src/operations/accounts.js';
import { ADVERTISER_IDS, CAMPAIGN_IDS, TOKENS } from '../../src/tiktok/emulator/index.js';
import { assertBuilt } from '../support/cli.js';
import { createOrgWithKey, type Harness, startHarness } from '../support/harness.js';
import {
  callTool,
  emulatorState,
  exited,
  gatewayEnv,
  injectFault,
  startEmulatorProcess,
  startGatewayProcess,
  stopAll,
} from '../support/processes.js';
import { createTestRedis, redisAvailable, redisSkipNotice, type TestRedis } from '../support/redis.js';
import { skipNotice, storeTargets, type TestDatabase } from '../support/stores.js';

const postgres = storeTargets.find((t) => t.name === 'postgres');
if (!postgres) throw new Error('no postgres target');
skipNotice(postgres, 'gateway processes sharing PostgreSQL and Redis');
redisSkipNotice('gateway processes sharing PostgreSQL and Redis');

describe.skipIf(!postgres.available || !redisAvailable)(
  'gateway processes sharing PostgreSQL and Redis',
  () => {
    let db: TestDatabase;
    let redis: TestRedis;
    let emulator: { url: string };

    /** An organisation with a key and the US advertiser connected, written to the suite's schema. */
    async function organisation(tier: 'plus' | 'max' = 'max') {
      const h: Harness = await startHarness(db, { env: { TIKTOK_API_BASE_URL: emulator.url } });
      try {
        const org = await createOrgWithKey(h.gateway, tier);
        await connectWithToken(h.gateway, org.organizationId, TOKENS.SINGLE, [ADVERTISER_IDS.US]);
        return { ...org, harness: h };
      } catch (error) {
        await h.close();
        throw error;
      }
    }

    beforeAll(async () => {
      assertBuilt();
      db = await postgres.create();
      redis = await createTestRedis();
    });
    afterEach(async () => {
      await stopAll();
    });
    afterAll(async () => {
      await stopAll();
      await redis?.cleanup();
      await db?.cleanup();
    });

    const shared = () => ({
      ADGATE_REDIS_URL: redis.url,
      ADGATE_REDIS_PREFIX: `${redis.prefix}${Math.random()}:`,
    });

    it('two instances driven past capacity use at least 95 % of TikTok’s N QPS and are never throttled', async () => {
      // N and the load are small enough that the gateways' CPU is never what limits them, even on
      // a loaded 2-core machine: 20 sends a second between two processes, 48 callers waiting.
      const N = 20;
      emulator = await startEmulatorProcess(N);
      const org = await organisation();
      await org.harness.close();
      const env = gatewayEnv(db, emulator.url, { ...shared(), TIKTOK_QPS: String(N) });
      const gateways = [await startGatewayProcess(env), await startGatewayProcess(env)];
      // Each process serves a few calls first: a cold process's first sends (connections being
      // opened, code not yet compiled) leave tens of milliseconds after their slot, past the margin.
      for (let i = 0; i < 6; i++) {
        const gateway = gateways[i % 2] as { url: string };
        expect((await callTool(gateway.url, 'list_tiktok_pixels', org.key, {})).status).toBe(200);
      }
      const warmUp = (await emulatorState(emulator.url)).requests.length;
      const drivingMs = 7_000;
      const startedAt = Date.now();
      const statuses: number[] = [];
      // 24 callers per instance, each calling again as soon as it is answered, for a bounded time;
      // they start 20 ms apart, so that no instance has to take two dozen requests at once.
      await Promise.all(
        Array.from({ length: 48 }, async (_, i) => {
          await new Promise((resolve) => setTimeout(resolve, i * 20));
          const gateway = gateways[i % 2] as { url: string };
          while (Date.now() - startedAt < drivingMs) {
            const res = await callTool(gateway.url, 'list_tiktok_pixels', org.key, {});
            statuses.push(res.status);
          }
        }),
      );
      const log = (await emulatorState(emulator.url)).requests;
      const requests = log.slice(warmUp).filter((r) => r.path === '/pixel/list/');
      expect(log.slice(0, warmUp).filter((r) => r.code === 40100)).toEqual([]);
      const throttled = requests.filter((r) => r.code === 40100);
      expect(throttled, requests.map((r) => `${r.at} ${r.code}`).join('\n')).toHaveLength(0);
      // Use, on the emulator's own clock: from the first send to the last the queue was never empty
      // (48 callers, 20 a second), so every gap in between is the limiter's spacing.
      const times = requests.map((r) => Date.parse(r.at)).sort((x, y) => x - y);
      const span = (times.at(-1) as number) - (times[0] as number);
      const used = (times.length - 1) / ((N * span) / 1000);
      console.log(
        `two instances at N=${N}: ${times.length} sends over ${span} ms at the emulator, ${Math.round(used * 1000) / 10} % of N`,
      );
      expect(times.length).toBeGreaterThanOrEqual(N * 5);
      expect(used).toBeGreaterThanOrEqual(0.95);
      // Callers waited their turn: no call was refused for TikTok's sake, each was one send.
      expect(statuses.filter((s) => s !== 200)).toEqual([]);
      expect(statuses).toHaveLength(times.length);
    }, 60_000);

    it('after kill -9 mid-create, a restarted instance answers the retry with the one ad group', async () => {
      emulator = await startEmulatorProcess('off');
      const org = await organisation();
      await org.harness.close();
      const env = gatewayEnv(db, emulator.url, {
        ...shared(),
        TIKTOK_TIMEOUT_MS: '20000',
        ADGATE_SHUTDOWN_TIMEOUT_MS: '2000',
      });
      const first = await startGatewayProcess(env);
      // The create is saved at TikTok and its answer never comes: the gateway is mid-call.
      await injectFault(emulator.url, '/adgroup/create/', { kind: 'commit_then_timeout', times: 1 });
      const args = { campaign_id: CAMPAIGN_IDS.US_REACH, adgroup_name: 'survives kill -9', budget: 50 };
      const headers = { 'idempotency-key': 'kill-9-create' };
      const pending = callTool(first.url, 'add_tiktok_ad_group', org.key, args, headers).catch(() => 'cut');
      for (let i = 0; i < 200 && (await emulatorState(emulator.url)).adgroups.length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect((await emulatorState(emulator.url)).adgroups).toHaveLength(1);
      first.child.kill('SIGKILL');
      await exited(first.child);
      expect(await pending).toBe('cut');

      const second = await startGatewayProcess(env);
      let answer = await callTool(second.url, 'add_tiktok_ad_group', org.key, args, headers);
      const retryAfters: number[] = [];
      for (let attempt = 0; answer.status === 409 && attempt < 8; attempt++) {
        expect(answer.body.error_code).toBe('idempotency_key_in_use');
        const wait = Number(answer.retryAfter);
        retryAfters.push(wait);
        // The client honours Retry-After, as a client should.
        await new Promise((resolve) => setTimeout(resolve, wait * 1000));
        answer = await callTool(second.url, 'add_tiktok_ad_group', org.key, args, headers);
      }
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      // The dead holder's lease (10 s by default) bounds the wait. While its lease still looks renewed
      // (more than two thirds left, at most a third of the lease) the client is told 1 s; once a beat
      // is missed, the rest of the lease at once. So a few short retries, then one long one.
      expect(retryAfters.length).toBeLessThanOrEqual(6);
      expect(retryAfters.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(11);
      const adgroups = (await emulatorState(emulator.url)).adgroups;
      expect(adgroups).toHaveLength(1);
      expect((answer.body.data as { structured: { adgroup_id: string } }).structured.adgroup_id).toBe(
        adgroups[0]?.adgroup_id,
      );
    }, 60_000);

    it('SIGTERM with calls in flight: each completes or is refused cleanly, none is left reserved', async () => {
      emulator = await startEmulatorProcess('off');
      const org = await organisation('max');
      const env = gatewayEnv(db, emulator.url, { ...shared(), TIKTOK_QPS: '2' });
      const gateway = await startGatewayProcess(env);
      await injectFault(emulator.url, '/adgroup/create/', { kind: 'latency', ms: 1500 });
      const calls = Array.from({ length: 8 }, (_, i) =>
        callTool(
          gateway.url,
          'add_tiktok_ad_group',
          org.key,
          { campaign_id: CAMPAIGN_IDS.US_REACH, adgroup_name: `drain ${i}`, budget: 50 },
          { 'idempotency-key': `drain-${i}` },
        ).catch((error: unknown) => ({
          status: 0,
          retryAfter: null,
          body: { error: String(error) } as Record<string, unknown>,
        })),
      );
      for (
        let i = 0;
        i < 200 && !(await emulatorState(emulator.url)).request_counts['/adgroup/create/'];
        i++
      ) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      gateway.child.kill('SIGTERM');
      const answers = await Promise.all(calls);
      expect(await exited(gateway.child)).toBe(0);

      const created = answers.filter((a) => a.status === 200);
      const refused = answers.filter((a) => a.status === 503);
      expect(created.length + refused.length, JSON.stringify(answers)).toBe(answers.length);
      expect(created.length).toBeGreaterThanOrEqual(1);
      for (const a of refused) {
        expect(a.body.error_code).toBe('service_unavailable');
        expect(a.retryAfter).toBe('1');
      }
      expect((await emulatorState(emulator.url)).adgroups).toHaveLength(created.length);
      // Nothing left held: refused calls refunded, no key in flight.
      const usage = await org.harness.gateway.quota.snapshot(org.organizationId);
      expect(usage).toMatchObject({ used: created.length });
      const keys = await Promise.all(
        answers.map((_, i) => org.harness.gateway.store.idempotency.get(org.organizationId, `drain-${i}`)),
      );
      expect(keys.filter((k) => k?.state === 'in_flight')).toEqual([]);
      await org.harness.close();
    }, 60_000);

    it('refuses to start a second instance on the same database without Redis, saying why', async () => {
      emulator = await startEmulatorProcess('off');
      const env = gatewayEnv(db, emulator.url);
      await startGatewayProcess(env);
      const second = startGatewayProcess(env);
      await expect(second).rejects.toThrow(/Another gateway instance is running on this PostgreSQL database/);
      await expect(second).rejects.toThrow(/ADGATE_REDIS_URL/);
    }, 60_000);
  },
);
