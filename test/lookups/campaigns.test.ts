/** list_tiktok_campaigns and get_tiktok_campaign_details against the emulator. */
import { describe, expect, it } from 'vitest';
import { ADVERTISER_IDS, AGENCY_SIZES, CAMPAIGN_IDS } from '../../src/tiktok/emulator/index.js';
import { useSuiteHarness } from '../support/suite.js';
import { type LookupHarness, startLookupHarness } from './support.js';

describe('campaign look-ups', () => {
  let h: LookupHarness;
  useSuiteHarness(startLookupHarness, (started) => {
    h = started.h;
  });

  it('list_tiktok_campaigns: objective, budget, CBO and status of every campaign', async () => {
    const { status, body } = await h.call(h.single, 'list_tiktok_campaigns');
    expect(status).toBe(200);
    const { structured, text } = body.data;
    expect(structured).toMatchObject({ currency: 'USD', total: 7, returned: 7, truncated: false });
    expect(structured.campaigns).toContainEqual(
      expect.objectContaining({
        campaign_id: CAMPAIGN_IDS.US_CBO,
        objective_type: 'TRAFFIC',
        objective: 'TRAFFIC',
        budget_mode: 'BUDGET_MODE_DAY',
        budget: 500,
        cbo: true,
        operation_status: 'ENABLE',
      }),
    );
    expect(text).toContain(
      `| US Traffic (CBO) | ${CAMPAIGN_IDS.US_CBO} | TRAFFIC | USD 500.00 a day | on | ENABLE |`,
    );
    expect(text).toContain(
      `| US Website Conversions | ${CAMPAIGN_IDS.US_WEB_CONVERSIONS} | WEB_CONVERSIONS (add_tiktok_ad_group: CONVERSIONS) | no limit | off | ENABLE |`,
    );
  });

  it('list_tiktok_campaigns follows every page of a long list', async () => {
    const { body } = await h.call(h.agency, 'list_tiktok_campaigns');
    expect(body.data.structured).toMatchObject({
      total: AGENCY_SIZES.CAMPAIGNS,
      returned: AGENCY_SIZES.CAMPAIGNS,
      truncated: false,
    });
    const ids = new Set(body.data.structured.campaigns.map((c: { campaign_id: string }) => c.campaign_id));
    expect(ids.size).toBe(AGENCY_SIZES.CAMPAIGNS);
    expect(h.emulator.state.requestCount('/campaign/get/')).toBe(3);
    expect(body.data.text).toContain(`Showing the first 100 of the ${AGENCY_SIZES.CAMPAIGNS} campaigns read`);
    expect(body.data.text).not.toContain('The list was cut');
  });

  it('list_tiktok_campaigns stops after 10 pages and says the list was cut', async () => {
    const template = h.emulator.seed.campaigns.find((c) => c.advertiser_id === ADVERTISER_IDS.AGENCY);
    for (let n = 1; n <= 900; n++) {
      h.emulator.seed.campaigns.push({
        ...(template as NonNullable<typeof template>),
        campaign_id: String(1_800_000_000_600_000 + n),
      });
    }
    const { body } = await h.call(h.agency, 'list_tiktok_campaigns');
    expect(body.data.structured).toMatchObject({
      total: AGENCY_SIZES.CAMPAIGNS + 900,
      returned: 1_000,
      truncated: true,
    });
    expect(h.emulator.state.requestCount('/campaign/get/')).toBe(10);
    expect(body.data.text).toContain(
      `**The list was cut:** TikTok has ${AGENCY_SIZES.CAMPAIGNS + 900} campaigns; only the first 1000 were read (at most 1000: 10 pages of 100).`,
    );
  });

  it('get_tiktok_campaign_details: the campaign, and the defaults add_tiktok_ad_group applies there', async () => {
    const { status, body } = await h.call(h.single, 'get_tiktok_campaign_details', {
      campaign_id: CAMPAIGN_IDS.US_CBO,
    });
    expect(status).toBe(200);
    const { structured, text } = body.data;
    expect(structured.campaign).toMatchObject({ campaign_id: CAMPAIGN_IDS.US_CBO, cbo: true, budget: 500 });
    expect(structured.add_tiktok_ad_group).toMatchObject({
      supported: true,
      objective: 'TRAFFIC',
      cbo: true,
      requires: [],
    });
    expect(structured.add_tiktok_ad_group.defaults_applied).toContainEqual(
      expect.objectContaining({ field: 'optimization_goal', value: 'TRAFFIC_LANDING_PAGE_VIEW' }),
    );
    expect(text).toContain('| Campaign budget optimisation (CBO) | on |');
    expect(text).toContain('| optimization_goal | TRAFFIC_LANDING_PAGE_VIEW |');
    expect(text).toContain("an ad group's `budget`, `budget_mode` and `pacing` are not sent");

    // The preview agrees with what add_tiktok_ad_group really does in a dry run.
    const dry = await h.call(h.single, 'add_tiktok_ad_group', {
      campaign_id: CAMPAIGN_IDS.US_CBO,
      adgroup_name: 'New ad group',
      budget: 20,
      dry_run: true,
    });
    const fields = (list: Array<{ field: string; value: unknown }>) =>
      list.filter((d) => d.field !== 'schedule_start_time').map((d) => [d.field, d.value]);
    expect(fields(structured.add_tiktok_ad_group.defaults_applied)).toEqual(
      fields(dry.body.data.structured.defaults_applied),
    );
  });

  it('get_tiktok_campaign_details says what a campaign requires, or that the tool cannot add to it', async () => {
    const conversions = await h.call(h.single, 'get_tiktok_campaign_details', {
      campaign_id: CAMPAIGN_IDS.US_WEB_CONVERSIONS,
    });
    expect(
      conversions.body.data.structured.add_tiktok_ad_group.requires.map((i: { path: string }) => i.path),
    ).toEqual(['pixel_id', 'optimization_event']);
    expect(conversions.body.data.text).toContain('This campaign also needs:');

    h.emulator.seed.campaigns.push({
      ...(h.emulator.seed.campaigns[0] as (typeof h.emulator.seed.campaigns)[0]),
      campaign_id: '1800000000000199',
      campaign_name: 'US Engagement',
      objective_type: 'ENGAGEMENT',
    });
    const engagement = await h.call(h.single, 'get_tiktok_campaign_details', {
      campaign_id: '1800000000000199',
    });
    expect(engagement.body.data.structured.add_tiktok_ad_group).toEqual({ supported: false });
    expect(engagement.body.data.text).toContain('add_tiktok_ad_group cannot add ad groups to this campaign');
  });

  it('get_tiktok_campaign_details refuses an unknown campaign without billing it', async () => {
    const before = await h.used(h.single);
    const { status, body } = await h.call(h.single, 'get_tiktok_campaign_details', {
      campaign_id: CAMPAIGN_IDS.EU_TRAFFIC,
    });
    expect(status).toBe(400);
    expect(body.structured_content.issues).toEqual([
      expect.objectContaining({ path: 'campaign_id', code: 'not_found' }),
    ]);
    expect(await h.used(h.single)).toBe(before);
  });
});
