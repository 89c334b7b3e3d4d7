/**
 * The campaign-facts cache through the whole gateway against the emulator: one /campaign/get/ for
 * a burst of ad groups, read again after its lifetime (an injected clock) or after a tool says the
 * campaign changed, and a refusal caused by stale facts reloaded and tried once more.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ManualClock } from '../../src/core/clock.js';
import type { ToolDefinition } from '../../src/core/tool.js';
import { ADVERTISER_IDS, CAMPAIGN_IDS, TOKENS } from '../../src/tiktok/emulator/index.js';
import type { ToolServices } from '../../src/tools/services.js';
import { CAMPAIGN_FACTS_TTL_MS, campaignFactsChanged } from '../../src/tools/tiktok/campaign-facts.js';
import { executeRequest } from '../support/harness.js';
import { storeTargets, type TestDatabase } from '../support/stores.js';
import { orgWithAdvertisers, startTikTokHarness, type TikTokHarness } from '../support/tiktok.js';

/** Stands for the campaign update and status tools: it only reports the change, as they must. */
const campaignWriteSchema = z.strictObject({ campaign_id: z.string().describe('The campaign changed.') });
const campaignWriteFixture: ToolDefinition<typeof campaignWriteSchema, ToolServices> = {
  name: 'test_campaign_write',
  category: 'Test',
  summary: 'Pretends to change a campaign.',
  description: 'A test fixture.',
  readOnly: false,
  billable: false,
  schema: campaignWriteSchema,
  async run(args, ctx) {
    campaignFactsChanged(ctx, ADVERTISER_IDS.US, args.campaign_id);
    return { text: 'changed' };
  },
};

describe('campaign facts cache', () => {
  let db: TestDatabase;
  let h: TikTokHarness;
  let key: string;
  let organizationId: string;
  const clock = new ManualClock(new Date());
  let serial = 0;

  beforeAll(async () => {
    db = await storeTargets[0]!.create();
    h = await startTikTokHarness(db, { clock, tools: [campaignWriteFixture] });
    ({ key, organizationId } = await orgWithAdvertisers(h, TOKENS.SINGLE, [ADVERTISER_IDS.US]));
  });
  afterAll(async () => {
    await h.close();
    await db.cleanup();
  });
  beforeEach(() => {
    h.emulator.reset();
    // Each test starts with nothing cached.
    clock.advance(CAMPAIGN_FACTS_TTL_MS);
  });

  const create = (args: Record<string, unknown> = {}) =>
    executeRequest(h.app, 'add_tiktok_ad_group', key, {
      arguments: {
        campaign_id: CAMPAIGN_IDS.US_TRAFFIC,
        adgroup_name: `cache ${++serial}`,
        budget: 50,
        ...args,
      },
    });
  const campaignReads = () => h.emulator.state.requestCount('/campaign/get/');
  const creates = () => h.emulator.state.requestCount('/adgroup/create/');
  const used = async () => (await h.gateway.quota.snapshot(organizationId)).used;
  const seededCampaign = (id: string) => {
    const campaign = h.emulator.seed.campaigns.find((c) => c.campaign_id === id);
    if (!campaign) throw new Error(`no seeded campaign ${id}`);
    return campaign;
  };

  it('a burst of ad groups under one campaign reads the campaign once', async () => {
    for (let i = 0; i < 5; i++) expect((await create()).statusCode).toBe(200);
    expect(campaignReads()).toBe(1);
    expect(creates()).toBe(5);
  });

  it('reads the campaign again once its lifetime has passed', async () => {
    expect((await create()).statusCode).toBe(200);
    clock.advance(CAMPAIGN_FACTS_TTL_MS - 1);
    expect((await create()).statusCode).toBe(200);
    expect(campaignReads()).toBe(1);
    clock.advance(1);
    expect((await create()).statusCode).toBe(200);
    expect(campaignReads()).toBe(2);
  });

  it('reads the campaign again after a tool reports that it changed it, and only that campaign', async () => {
    expect((await create()).statusCode).toBe(200);
    expect((await create({ campaign_id: CAMPAIGN_IDS.US_REACH })).statusCode).toBe(200);
    const write = await executeRequest(h.app, 'test_campaign_write', key, {
      arguments: { campaign_id: CAMPAIGN_IDS.US_TRAFFIC },
    });
    expect(write.statusCode).toBe(200);
    expect((await create()).statusCode).toBe(200);
    expect((await create({ campaign_id: CAMPAIGN_IDS.US_REACH })).statusCode).toBe(200);
    expect(campaignReads()).toBe(3);
  });

  const updateCampaign = (args: Record<string, unknown>) =>
    executeRequest(h.app, 'update_tiktok_campaign', key, {
      arguments: { campaign_id: CAMPAIGN_IDS.US_TRAFFIC, ...args },
    });

  it('reads the campaign again after update_tiktok_campaign changed it', async () => {
    expect((await create()).statusCode).toBe(200);
    const res = await updateCampaign({ name: `renamed ${++serial}` });
    expect(res.statusCode, res.body).toBe(200);
    const readsAfterUpdate = campaignReads();
    expect((await create()).statusCode).toBe(200);
    expect(campaignReads()).toBe(readsAfterUpdate + 1);
  });

  it('reads the campaign again after update_tiktok_campaign was refused by TikTok', async () => {
    expect((await create()).statusCode).toBe(200);
    h.emulator.faults.inject('/campaign/update/', { kind: 'code', code: 40002, times: 1 });
    const res = await updateCampaign({ name: `refused ${++serial}` });
    expect(res.statusCode).toBe(400);
    const readsAfterUpdate = campaignReads();
    expect((await create()).statusCode).toBe(200);
    expect(campaignReads()).toBe(readsAfterUpdate + 1);
  });

  it('reads the campaign again after pause_tiktok_campaign', async () => {
    expect((await create()).statusCode).toBe(200);
    const res = await executeRequest(h.app, 'pause_tiktok_campaign', key, {
      arguments: { campaign_ids: [CAMPAIGN_IDS.US_TRAFFIC] },
    });
    expect(res.statusCode, res.body).toBe(200);
    const readsAfterPause = campaignReads();
    expect((await create()).statusCode).toBe(200);
    expect(campaignReads()).toBe(readsAfterPause + 1);
  });

  it('a TikTok refusal caused by a change made outside adgate reloads the campaign and sends once more, billed once', async () => {
    expect((await create()).statusCode).toBe(200);
    const before = await used();
    // Someone turns the traffic campaign into a reach campaign in TikTok's own tools.
    const campaign = seededCampaign(CAMPAIGN_IDS.US_TRAFFIC);
    const original = campaign.objective_type;
    campaign.objective_type = 'REACH';
    try {
      const res = await create();
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().data.structured.body).toMatchObject({ optimization_goal: 'REACH' });
      // The first send (with the traffic goal) was refused; the second, with fresh facts, created.
      expect(creates()).toBe(3);
      expect(h.emulator.state.adgroupList()).toHaveLength(2);
      expect(campaignReads()).toBe(2);
      expect(await used()).toBe(before + 1);
    } finally {
      campaign.objective_type = original;
    }
  });

  it("adgate's own check against stale facts reloads them too: an objective that now matches is accepted", async () => {
    expect((await create()).statusCode).toBe(200);
    const campaign = seededCampaign(CAMPAIGN_IDS.US_TRAFFIC);
    const original = campaign.objective_type;
    campaign.objective_type = 'REACH';
    try {
      const res = await create({ objective: 'REACH' });
      expect(res.statusCode, res.body).toBe(200);
      expect(creates()).toBe(2);
      expect(campaignReads()).toBe(2);
    } finally {
      campaign.objective_type = original;
    }
  });

  it('a refusal that fresh facts do not explain stands, and is sent once', async () => {
    expect((await create()).statusCode).toBe(200);
    h.emulator.faults.inject('/adgroup/create/', { kind: 'code', code: 40002, times: 1 });
    const res = await create();
    expect(res.statusCode).toBe(400);
    expect(res.json().error_code).toBe('platform_rejected');
    expect(creates()).toBe(2);
    expect(campaignReads()).toBe(2);
  });

  it('facts read without the cache are never retried: the refusal stands at once', async () => {
    h.emulator.faults.inject('/adgroup/create/', { kind: 'code', code: 40002, times: 1 });
    const res = await create();
    expect(res.json().error_code).toBe('platform_rejected');
    expect(creates()).toBe(1);
    expect(campaignReads()).toBe(1);
  });
});
