/**
 * Spend guardrails through the whole gateway against the emulator: the per-object limits and the
 * daily total, over REST and MCP, refused before TikTok is called; dry runs report; a write that
 * failed gives its amount back; the daily total is exact under real concurrent requests, with two
 * gateway instances sharing one database, on SQLite and PostgreSQL.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { updateKeyScope } from '../../src/operations/keys.js';
import { updateOrganization } from '../../src/operations/organizations.js';
import { ADVERTISER_IDS, CAMPAIGN_IDS, TOKENS } from '../../src/tiktok/emulator/index.js';
import { connectClient, listen } from '../mcp/support.js';
import { executeRequest, startHarness } from '../support/harness.js';
import { skipNotice, storeTargets, type TestDatabase } from '../support/stores.js';
import { orgWithAdvertisers, startTikTokHarness, type TikTokHarness } from '../support/tiktok.js';

const TOOL = 'add_tiktok_ad_group';
const creates = (h: TikTokHarness) => h.emulator.state.requestCount('/adgroup/create/');

describe('spend limits', () => {
  let db: TestDatabase;
  let h: TikTokHarness;
  const clock = new ManualClock('2026-12-01T10:00:00Z');

  beforeAll(async () => {
    db = await storeTargets[0]!.create();
    h = await startTikTokHarness(db, { clock });
  });
  afterAll(async () => {
    await h.close();
    await db.cleanup();
  });
  beforeEach(() => h.emulator.faults.clear());

  const adGroup = (key: string, args: Record<string, unknown>) =>
    executeRequest(h.app, TOOL, key, {
      arguments: {
        campaign_id: CAMPAIGN_IDS.US_TRAFFIC,
        adgroup_name: `g ${Math.random()}`,
        budget: 50,
        ...args,
      },
    });

  it("refuses a budget over the key's per-object daily limit, naming the limit and the amount, with nothing sent", async () => {
    const { key, keyId } = await orgWithAdvertisers(h, TOKENS.SINGLE, [ADVERTISER_IDS.US]);
    await updateKeyScope(h.gateway, keyId, { spend_limits: { max_daily_budget: 100 } });
    const before = creates(h);
    const res = await adGroup(key, { budget: 150 });
    expect(res.statusCode, res.body).toBe(403);
    const body = res.json();
    expect(body.error_code).toBe('spend_limit_exceeded');
    expect(body.error).toMatch(/daily budget of 150.*limit \(largest daily budget per object\) of 100/);
    expect(body.structured_content).toMatchObject({
      limit: 'max_daily_budget',
      scope: 'key',
      limit_amount: 100,
      amount: 150,
    });
    expect(creates(h)).toBe(before);
    expect((await adGroup(key, { budget: 100 })).statusCode).toBe(200);
  });

  it("refuses a lifetime budget over the organisation's lifetime limit", async () => {
    const { key, organizationId } = await orgWithAdvertisers(h, TOKENS.SINGLE, [ADVERTISER_IDS.US]);
    await updateOrganization(h.gateway, organizationId, { spendLimits: { max_lifetime_budget: 1000 } });
    const before = creates(h);
    const res = await adGroup(key, {
      budget: 5000,
      budget_mode: 'BUDGET_MODE_TOTAL',
      schedule_type: 'SCHEDULE_START_END',
      schedule_start_time: '2027-01-01 00:00:00',
      schedule_end_time: '2027-01-31 00:00:00',
    });
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json().structured_content).toMatchObject({
      limit: 'max_lifetime_budget',
      scope: 'organization',
      amount: 5000,
    });
    expect(creates(h)).toBe(before);
  });

  it('refuses the write that takes the day past the daily total; a dry run shows it; the next UTC day starts again', async () => {
    const { key, organizationId } = await orgWithAdvertisers(h, TOKENS.SINGLE, [ADVERTISER_IDS.US]);
    await updateOrganization(h.gateway, organizationId, { spendLimits: { max_daily_added: 100 } });
    expect((await adGroup(key, { budget: 60 })).statusCode).toBe(200);

    const dry = await adGroup(key, { budget: 50, dry_run: true });
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json().data.structured.spend_limits).toMatchObject({
      allowed: false,
      refusals: [{ limit: 'max_daily_added', limit_amount: 100, amount: 50, already_added_today: 60 }],
    });
    expect(dry.json().data.text).toMatch(/real call would be refused.*already added today/);

    const before = creates(h);
    const over = await adGroup(key, { budget: 50 });
    expect(over.statusCode).toBe(403);
    expect(over.json().error).toMatch(
      /add a daily budget of 50.*limit on new daily budget per day is 100, of which 60 was already added today/,
    );
    expect(creates(h)).toBe(before);
    expect((await adGroup(key, { budget: 40 })).statusCode).toBe(200);

    clock.advance(86_400_000);
    expect((await adGroup(key, { budget: 50 })).statusCode).toBe(200);
  });

  it('gives the amount back when TikTok refuses the write', async () => {
    const { key, organizationId } = await orgWithAdvertisers(h, TOKENS.SINGLE, [ADVERTISER_IDS.US]);
    await updateOrganization(h.gateway, organizationId, { spendLimits: { max_daily_added: 100 } });
    h.emulator.faults.inject('/adgroup/create/', { kind: 'code', code: 40002, times: 1 });
    expect((await adGroup(key, { budget: 80 })).statusCode).toBe(400);
    expect((await adGroup(key, { budget: 80 })).statusCode).toBe(200);
  });

  it('under campaign budget optimisation the ad group sets no budget, so no per-object limit applies', async () => {
    const { key, keyId } = await orgWithAdvertisers(h, TOKENS.SINGLE, [ADVERTISER_IDS.US]);
    await updateKeyScope(h.gateway, keyId, { spend_limits: { max_daily_budget: 30, max_daily_added: 30 } });
    const res = await adGroup(key, { campaign_id: CAMPAIGN_IDS.US_CBO, budget: 50 });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('refuses over MCP the same way (per object and the daily total), with nothing sent to TikTok', async () => {
    const { key, keyId } = await orgWithAdvertisers(h, TOKENS.SINGLE, [ADVERTISER_IDS.US]);
    await updateKeyScope(h.gateway, keyId, { spend_limits: { max_daily_budget: 100, max_daily_added: 120 } });
    const url = await listen(h);
    const client = await connectClient(url, key);
    try {
      const before = creates(h);
      const result = await client.callTool({
        name: TOOL,
        arguments: { campaign_id: CAMPAIGN_IDS.US_TRAFFIC, adgroup_name: 'mcp over', budget: 500 },
      });
      expect(result.isError).toBe(true);
      expect(JSON.stringify(result.content)).toMatch(/largest daily budget per object/);
      expect(creates(h)).toBe(before);

      const call = (name: string) =>
        client.callTool({
          name: TOOL,
          arguments: { campaign_id: CAMPAIGN_IDS.US_TRAFFIC, adgroup_name: name, budget: 70 },
        });
      expect((await call('mcp first')).isError).toBeFalsy();
      const second = await call('mcp second');
      expect(second.isError).toBe(true);
      expect(JSON.stringify(second.content)).toMatch(
        /new daily budget per day is 120, of which 70 was already added/,
      );
      expect(creates(h)).toBe(before + 1);
    } finally {
      await client.close();
    }
  });

  it('get_usage_status shows the limits and what was added today', async () => {
    const { key, keyId, organizationId } = await orgWithAdvertisers(h, TOKENS.SINGLE, [ADVERTISER_IDS.US]);
    await updateKeyScope(h.gateway, keyId, { spend_limits: { max_daily_budget: 100 } });
    await updateOrganization(h.gateway, organizationId, { spendLimits: { max_daily_added: 500 } });
    await adGroup(key, { budget: 70 });
    const res = await executeRequest(h.app, 'get_usage_status', key, { arguments: {} });
    const { structured, text } = res.json().data;
    expect(structured.key.spend_limits).toEqual({ max_daily_budget: 100 });
    expect(structured.organization_spend_limits).toEqual({ max_daily_added: 500 });
    expect(structured.daily_budget_added_today).toMatchObject({ key: 70, organization: 70 });
    expect(text).toMatch(/largest daily budget per object 100/);
    expect(text).toMatch(/new daily budget per day 500/);
  });
});

for (const target of storeTargets) {
  describe.skipIf(!target.available)(`the daily total under concurrency (${target.name})`, () => {
    skipNotice(target, 'the daily total under concurrency');
    let db: TestDatabase;
    let h: TikTokHarness;
    let second: Awaited<ReturnType<typeof startHarness>>;

    beforeAll(async () => {
      db = await target.create();
      h = await startTikTokHarness(db);
      // A second instance on the same database and the same TikTok.
      second = await startHarness(db, { env: { TIKTOK_API_BASE_URL: h.emulatorUrl, TIKTOK_QPS: '1000' } });
    });
    afterAll(async () => {
      await second.close();
      await h.close();
      await db.cleanup();
    });

    it('lets exactly as many writes through as the limit allows, across two instances', async () => {
      const { key, organizationId } = await orgWithAdvertisers(h, TOKENS.SINGLE, [ADVERTISER_IDS.US]);
      await updateOrganization(h.gateway, organizationId, { spendLimits: { max_daily_added: 100 } });
      const urls = await Promise.all(
        [h.app, second.app].map(async (app) => {
          await app.listen({ port: 0, host: '127.0.0.1' });
          return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
        }),
      );
      const calls = Array.from({ length: 12 }, (_, i) =>
        fetch(`${urls[i % 2]}/api/v1/tools/${TOOL}/execute`, {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            arguments: { campaign_id: CAMPAIGN_IDS.US_TRAFFIC, adgroup_name: `race ${i}`, budget: 30 },
          }),
        }).then(async (res) => ({ status: res.status, body: (await res.json()) as { error_code?: string } })),
      );
      const results = await Promise.all(calls);
      const statuses = results.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 200)).toHaveLength(3);
      expect(
        results.filter((r) => r.status === 403).every((r) => r.body.error_code === 'spend_limit_exceeded'),
      ).toBe(true);
      expect(statuses.filter((s) => s === 403)).toHaveLength(9);
      const created = h.emulator.state
        .adgroupList()
        .filter((g) => String(g.body.adgroup_name).startsWith('race '));
      expect(created).toHaveLength(3);
      const day = new Date().toISOString().slice(0, 10);
      expect(await h.gateway.store.spend.read('org', organizationId, day)).toBe(90_000_000);
    });

    it('without a daily limit, counts what concurrent writes added with their last commit, and a limit set later counts it', async () => {
      const { key, keyId, organizationId } = await orgWithAdvertisers(h, TOKENS.SINGLE, [ADVERTISER_IDS.US]);
      const write = (name: string, budget: number) =>
        executeRequest(h.app, TOOL, key, {
          arguments: { campaign_id: CAMPAIGN_IDS.US_TRAFFIC, adgroup_name: name, budget },
        });
      const statuses = await Promise.all(Array.from({ length: 6 }, (_, i) => write(`free ${i}`, 20)));
      expect(statuses.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
      // A write TikTok refused adds nothing.
      h.emulator.faults.inject('/adgroup/create/', { kind: 'code', code: 40002, times: 1 });
      expect((await write('refused', 40)).statusCode).toBe(400);
      const day = new Date().toISOString().slice(0, 10);
      expect(await h.gateway.store.spend.read('org', organizationId, day)).toBe(120_000_000);
      expect(await h.gateway.store.spend.read('key', keyId, day)).toBe(120_000_000);
      await updateOrganization(h.gateway, organizationId, { spendLimits: { max_daily_added: 150 } });
      const refused = await write('over', 40);
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({
        error_code: 'spend_limit_exceeded',
        error: expect.stringMatching(/of which 120 was already added today/),
      });
      expect((await write('within', 30)).statusCode).toBe(200);
    });
  });
}
