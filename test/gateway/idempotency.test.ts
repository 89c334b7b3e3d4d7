import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { billableFixture, type FixtureRuns } from '../support/fixture-tools.js';
import { createOrgWithKey, executeRequest, type Harness, startHarness } from '../support/harness.js';
import { skipNotice, storeTargets, type TestDatabase } from '../support/stores.js';

for (const target of storeTargets) {
  skipNotice(target, 'idempotency');
  describe.skipIf(!target.available)(`idempotency (${target.name})`, () => {
    let db: TestDatabase;
    let h: Harness;
    let key: string;
    let organizationId: string;
    const runs: FixtureRuns = { count: 0, reconciled: 0 };
    const clock = new ManualClock('2026-11-20T12:00:00Z');

    beforeAll(async () => {
      db = await target.create();
      h = await startHarness(db, { tools: [billableFixture(runs)], clock });
      ({ key, organizationId } = await createOrgWithKey(h.gateway, 'max'));
    });
    afterAll(async () => {
      await h.close();
      await db.cleanup();
    });

    const echo = (idempotencyKey: string, args: Record<string, unknown> = {}) =>
      executeRequest(
        h.app,
        'test_billable_echo',
        key,
        { arguments: { message: 'hi', ...args } },
        {
          'idempotency-key': idempotencyKey,
        },
      );

    it('50 concurrent identical calls run the tool once; the rest get 409 in use or the replay', async () => {
      runs.count = 0;
      const responses = await Promise.all(
        Array.from({ length: 50 }, () => echo('concurrent-50', { delay_ms: 50 })),
      );
      expect(runs.count).toBe(1);
      const ok = responses.filter((r) => r.statusCode === 200);
      const inUse = responses.filter((r) => r.statusCode === 409);
      expect(ok.length + inUse.length).toBe(50);
      expect(ok.length).toBeGreaterThanOrEqual(1);
      for (const r of inUse) {
        expect(r.json().error_code).toBe('idempotency_key_in_use');
        expect(r.headers['retry-after']).toBe('1');
      }
      // Once it has finished, everyone gets the same bytes.
      const replay = await echo('concurrent-50', { delay_ms: 50 });
      expect(replay.statusCode).toBe(200);
      expect(replay.body).toBe(ok[0]?.body);
      expect(runs.count).toBe(1);
    });

    it('a replay is byte-identical and says Idempotent-Replayed: true', async () => {
      const first = await echo('replay-bytes');
      expect(first.statusCode).toBe(200);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      const second = await echo('replay-bytes');
      expect(second.statusCode).toBe(200);
      expect(second.body).toBe(first.body);
      expect(second.headers['idempotent-replayed']).toBe('true');
      expect(second.headers['x-request-id']).toBe(first.headers['x-request-id']);
    });

    it('argument order does not matter: the fingerprint is canonical', async () => {
      const a = await executeRequest(
        h.app,
        'test_billable_echo',
        key,
        '{"arguments":{"message":"x","delay_ms":0}}',
        {
          'idempotency-key': 'canonical',
        },
      );
      const b = await executeRequest(
        h.app,
        'test_billable_echo',
        key,
        '{"arguments":{"delay_ms":0,"message":"x"}}',
        {
          'idempotency-key': 'canonical',
        },
      );
      expect(b.headers['idempotent-replayed']).toBe('true');
      expect(b.body).toBe(a.body);
    });

    it('other arguments or another tool with the same key: 409 idempotency_key_reused', async () => {
      await echo('reused');
      const other = await echo('reused', { message: 'different' });
      expect(other.statusCode).toBe(409);
      expect(other.json().error_code).toBe('idempotency_key_reused');
      const otherTool = await executeRequest(
        h.app,
        'get_usage_status',
        key,
        { arguments: {} },
        { 'idempotency-key': 'reused' },
      );
      expect(otherTool.statusCode).toBe(409);
      expect(otherTool.json().error).toContain('another tool (test_billable_echo)');
    });

    it('keys are scoped to the organisation', async () => {
      await echo('shared-name');
      const other = await createOrgWithKey(h.gateway, 'plus');
      const res = await executeRequest(
        h.app,
        'test_billable_echo',
        other.key,
        { arguments: { message: 'else' } },
        {
          'idempotency-key': 'shared-name',
        },
      );
      expect(res.statusCode).toBe(200);
      expect(res.headers['idempotent-replayed']).toBeUndefined();
    });

    it('refusals are not stored: the key stays free for a corrected retry', async () => {
      const invalid = await executeRequest(
        h.app,
        'test_billable_echo',
        key,
        { arguments: { mesage: 'typo' } },
        {
          'idempotency-key': 'refused-first',
        },
      );
      expect(invalid.statusCode).toBe(400);
      const unauthenticated = await executeRequest(
        h.app,
        'test_billable_echo',
        undefined,
        { arguments: { message: 'hi' } },
        {
          'idempotency-key': 'refused-first',
        },
      );
      expect(unauthenticated.statusCode).toBe(401);
      const unavailable = await echo('refused-first', { outcome: 'unavailable' });
      expect(unavailable.statusCode).toBe(502);
      // A different, corrected request may now use the key.
      const corrected = await echo('refused-first');
      expect(corrected.statusCode).toBe(200);
      expect(corrected.headers['idempotent-replayed']).toBeUndefined();
    });

    it('quota refusals are not stored either', async () => {
      const free = await createOrgWithKey(h.gateway, 'free');
      for (let i = 0; i < 15; i++) {
        await executeRequest(h.app, 'test_billable_echo', free.key, { arguments: { message: `${i}` } });
      }
      const refused = await executeRequest(
        h.app,
        'test_billable_echo',
        free.key,
        { arguments: { message: 'q' } },
        {
          'idempotency-key': 'after-quota',
        },
      );
      expect(refused.statusCode).toBe(402);
      expect(await h.gateway.store.idempotency.get(free.organizationId, 'after-quota')).toBeUndefined();
    });

    it('platform refusals are stored and replayed', async () => {
      const first = await echo('rejected-stored', { outcome: 'rejected' });
      expect(first.statusCode).toBe(400);
      const again = await echo('rejected-stored', { outcome: 'rejected' });
      expect(again.statusCode).toBe(400);
      expect(again.body).toBe(first.body);
      expect(again.headers['idempotent-replayed']).toBe('true');
    });

    it('an unknown outcome is kept, and the retry runs again with reconcile set', async () => {
      runs.reconciled = 0;
      const first = await echo('unknown-then-retry', { outcome: 'unknown' });
      expect(first.statusCode).toBe(504);
      expect((await h.gateway.store.idempotency.get(organizationId, 'unknown-then-retry'))?.state).toBe(
        'outcome_unknown',
      );
      // Same key, other arguments: still refused, the record is there.
      expect((await echo('unknown-then-retry', { message: 'other', outcome: 'unknown' })).statusCode).toBe(
        409,
      );
      const retry = await echo('unknown-then-retry', { outcome: 'unknown' });
      expect(retry.statusCode).toBe(504);
      expect(runs.reconciled).toBe(1);
    });

    it('an in-flight record whose lease expired is taken over, with reconcile set', async () => {
      runs.reconciled = 0;
      const fingerprintSource = { message: 'hi' };
      // A holder that died mid-call: an in-flight record nobody will finish.
      const now = clock.now();
      const { requestFingerprint } = await import('../../src/core/canonical-json.js');
      await h.gateway.store.idempotency.insertIfAbsent({
        organization_id: organizationId,
        key: 'dead-holder',
        fingerprint: requestFingerprint('test_billable_echo', fingerprintSource),
        tool: 'test_billable_echo',
        state: 'in_flight',
        lease_expires_at: new Date(now.getTime() + 10_000).toISOString(),
        lease_holder: 'req_dead',
        response_status: null,
        response_body: null,
        response_request_id: null,
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + 86_400_000).toISOString(),
      });
      const fresh = await echo('dead-holder');
      expect(fresh.statusCode).toBe(409);
      // A full lease left: the holder renewed it a moment ago, so it is alive and answers soon.
      expect(fresh.headers['retry-after']).toBe('1');
      clock.advance(6_000);
      // It missed its beats: the 409 says when its lease ends and a retry takes over.
      const stale = await echo('dead-holder');
      expect(stale.statusCode).toBe(409);
      expect(stale.headers['retry-after']).toBe('4');
      clock.advance(4_000);
      const takeover = await echo('dead-holder');
      expect(takeover.statusCode).toBe(200);
      expect(runs.reconciled).toBe(1);
      expect((await echo('dead-holder')).headers['idempotent-replayed']).toBe('true');
    });

    it('a live holder renews its lease every third of it, and only while it holds the key', async () => {
      const lease = h.gateway.config.idempotency.leaseSeconds * 1000;
      const now = clock.now();
      await h.gateway.store.idempotency.insertIfAbsent({
        organization_id: organizationId,
        key: 'heartbeat',
        fingerprint: 'f',
        tool: 'test_billable_echo',
        state: 'in_flight',
        lease_expires_at: new Date(now.getTime() + lease).toISOString(),
        lease_holder: 'req_live',
        response_status: null,
        response_body: null,
        response_request_id: null,
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + 86_400_000).toISOString(),
      });
      const leaseOf = async () =>
        (await h.gateway.store.idempotency.get(organizationId, 'heartbeat'))?.lease_expires_at;
      vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
      try {
        const stop = h.gateway.idempotency.keepAlive(organizationId, 'heartbeat', 'req_live');
        clock.advance(lease / 3);
        vi.advanceTimersByTime(Math.floor(lease / 3));
        await vi.waitFor(async () =>
          expect(await leaseOf()).toBe(new Date(clock.now().getTime() + lease).toISOString()),
        );
        stop();
        const renewedTo = await leaseOf();
        clock.advance(lease / 3);
        vi.advanceTimersByTime(lease);
        expect(await leaseOf()).toBe(renewedTo);
      } finally {
        vi.useRealTimers();
      }
      expect(await h.gateway.idempotency.renew(organizationId, 'heartbeat', 'req_other')).toBe(false);
      expect(await h.gateway.idempotency.renew(organizationId, 'heartbeat', 'req_live')).toBe(true);
    });

    it('records expire after the retention: the key is new again', async () => {
      await echo('expires');
      clock.advance(23 * 3_600_000);
      expect((await echo('expires', { message: 'changed' })).statusCode).toBe(409);
      clock.advance(1 * 3_600_000 + 1000);
      const fresh = await echo('expires', { message: 'changed' });
      expect(fresh.statusCode).toBe(200);
      expect(fresh.headers['idempotent-replayed']).toBeUndefined();
      // And the purge removes what is past retention.
      clock.advance(25 * 3_600_000);
      expect(await h.gateway.idempotency.purgeExpired()).toBeGreaterThan(0);
      expect(await h.gateway.store.idempotency.get(organizationId, 'expires')).toBeUndefined();
    });
  });
}
