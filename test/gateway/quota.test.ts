import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { billableFixture, type FixtureRuns } from '../support/fixture-tools.js';
import { createOrgWithKey, executeRequest, type Harness, startHarness } from '../support/harness.js';
import { skipNotice, storeTargets, type TestDatabase } from '../support/stores.js';

const UPGRADE_URL = 'https://example.test/upgrade';

for (const target of storeTargets) {
  skipNotice(target, 'quota');
  describe.skipIf(!target.available)(`quota (${target.name})`, () => {
    let db: TestDatabase;
    let h: Harness;
    const runs: FixtureRuns = { count: 0, reconciled: 0 };
    const clock = new ManualClock('2026-11-20T12:00:00Z');

    beforeAll(async () => {
      db = await target.create();
      h = await startHarness(db, {
        tools: [billableFixture(runs)],
        clock,
        env: { ADGATE_UPGRADE_URL: UPGRADE_URL },
      });
    });
    afterAll(async () => {
      await h.close();
      await db.cleanup();
    });

    const echo = (key: string, args: Record<string, unknown>, headers: Record<string, string> = {}) =>
      executeRequest(h.app, 'test_billable_echo', key, { arguments: { message: 'hi', ...args } }, headers);

    it('1,000 concurrent calls against a limit of 150 bill exactly 150 and refuse 850 with 402', async () => {
      const { key, organizationId } = await createOrgWithKey(h.gateway, 'plus');
      runs.count = 0;
      const responses = await Promise.all(Array.from({ length: 1000 }, () => echo(key, { delay_ms: 2 })));
      const byStatus = new Map<number, number>();
      for (const r of responses) byStatus.set(r.statusCode, (byStatus.get(r.statusCode) ?? 0) + 1);
      expect(Object.fromEntries(byStatus)).toEqual({ 200: 150, 402: 850 });
      expect(runs.count).toBe(150);

      const refused = responses.find((r) => r.statusCode === 402)?.json();
      expect(refused).toMatchObject({
        success: false,
        is_error: true,
        error_code: 'quota_exhausted',
        tool: 'test_billable_echo',
        quota: { used: 150, limit: 150, tier: 'plus', period_end: '2026-12-01', upgrade_url: UPGRADE_URL },
      });
      expect(refused.error).toBe(
        `\u{1F6A8} Monthly limit reached (150/150 tool calls on Plus tier).\nUpgrade to Pro at ${UPGRADE_URL} to keep building.\nThe allowance starts again on 2026-12-01.`,
      );
      const snapshot = await h.gateway.quota.snapshot(organizationId);
      expect(snapshot).toMatchObject({ used: 150, limit: 150 });
      // Every success reports the quota block; the highest used seen is the limit.
      const used = responses.filter((r) => r.statusCode === 200).map((r) => r.json().data.quota.used);
      expect(Math.max(...used)).toBe(150);
    });

    it('600 concurrent calls, every other one unbilled, refund what was not billed and never pass 150', async () => {
      const { key, organizationId } = await createOrgWithKey(h.gateway, 'plus');
      const responses = await Promise.all(
        Array.from({ length: 600 }, (_, i) =>
          echo(key, { delay_ms: 2, outcome: i % 2 === 0 ? 'ok' : 'unavailable' }),
        ),
      );
      const ok = responses.filter((r) => r.statusCode === 200).length;
      const unbilled = responses.filter((r) => r.statusCode === 502).length;
      const refused = responses.filter((r) => r.statusCode === 402).length;
      expect(ok + unbilled + refused).toBe(600);
      // Each unbilled call gave its unit back: used counts the successes alone.
      expect(unbilled).toBeGreaterThan(0);
      expect(ok).toBeLessThanOrEqual(150);
      expect((await h.gateway.quota.snapshot(organizationId)).used).toBe(ok);
      // What is left can still be used, and no more.
      for (let i = ok; i < 150; i++) expect((await echo(key, {})).statusCode).toBe(200);
      expect((await echo(key, {})).statusCode).toBe(402);
      expect((await h.gateway.quota.snapshot(organizationId)).used).toBe(150);
    });

    it('bills success and platform_rejected; releases unavailable, unknown, bugs and dry runs', async () => {
      const { key, organizationId } = await createOrgWithKey(h.gateway, 'free');
      const statuses = [];
      for (const outcome of ['ok', 'rejected', 'unavailable', 'unknown', 'crash']) {
        statuses.push((await echo(key, { outcome })).statusCode);
      }
      statuses.push((await echo(key, { dry_run: true })).statusCode);
      expect(statuses).toEqual([200, 400, 502, 504, 500, 200]);
      expect(await h.gateway.quota.snapshot(organizationId)).toMatchObject({ used: 2 });
    });

    it('a dry run reports the quota without spending it, even when it is used up', async () => {
      const { key } = await createOrgWithKey(h.gateway, 'free');
      for (let i = 0; i < 15; i++) expect((await echo(key, {})).statusCode).toBe(200);
      expect((await echo(key, {})).statusCode).toBe(402);
      const dry = await echo(key, { dry_run: true });
      expect(dry.statusCode).toBe(200);
      expect(dry.json().data.quota).toEqual({ used: 15, limit: 15, tier: 'free', period_end: '2026-12-01' });
    });

    it('free diagnostic tools never consume quota', async () => {
      const { key, organizationId } = await createOrgWithKey(h.gateway, 'free');
      for (let i = 0; i < 20; i++) {
        expect((await executeRequest(h.app, 'get_usage_status', key, { arguments: {} })).statusCode).toBe(
          200,
        );
        expect(
          (await executeRequest(h.app, 'list_connected_accounts', key, { arguments: {} })).statusCode,
        ).toBe(200);
      }
      expect((await h.gateway.quota.snapshot(organizationId)).used).toBe(0);
    });

    it('replays are not billed again', async () => {
      const { key, organizationId } = await createOrgWithKey(h.gateway, 'plus');
      const first = await echo(key, {}, { 'idempotency-key': 'replay-not-billed' });
      const again = await echo(key, {}, { 'idempotency-key': 'replay-not-billed' });
      expect(first.statusCode).toBe(200);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect((await h.gateway.quota.snapshot(organizationId)).used).toBe(1);
    });

    it('the period rolls over on the anchor day', async () => {
      clock.set('2026-11-30T23:59:00Z');
      const { key, organizationId } = await createOrgWithKey(h.gateway, 'free', 1);
      for (let i = 0; i < 15; i++) await echo(key, {});
      const refused = await echo(key, {});
      expect(refused.statusCode).toBe(402);
      expect(refused.json().quota.period_end).toBe('2026-12-01');

      clock.set('2026-12-01T00:00:01Z');
      const fresh = await echo(key, {});
      expect(fresh.statusCode).toBe(200);
      expect(fresh.json().data.quota).toEqual({ used: 1, limit: 15, tier: 'free', period_end: '2027-01-01' });
      expect(await h.gateway.quota.snapshot(organizationId)).toMatchObject({
        used: 1,
        period_start: '2026-12-01',
      });
    });

    it('get_usage_status reports tier, used, limit, period end and keys in use', async () => {
      clock.set('2026-02-10T09:00:00Z');
      const { key, organizationId } = await createOrgWithKey(h.gateway, 'pro', 31);
      await h.gateway.keys.create(organizationId, { name: 'second' });
      await echo(key, {});
      const res = await executeRequest(h.app, 'get_usage_status', key, { arguments: {} });
      expect(res.statusCode).toBe(200);
      const data = res.json().data;
      expect(data.structured).toMatchObject({
        tier: 'pro',
        used: 1,
        limit: 600,
        remaining: 599,
        period_start: '2026-01-31',
        period_end: '2026-02-28',
        keys_in_use: 2,
      });
      expect(data.text).toContain('1 of 600 used');
      expect(data.quota).toBeUndefined();
    });
  });
}
