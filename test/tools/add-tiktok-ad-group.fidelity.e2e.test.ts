/**
 * The corrections file's findings (`shared/reference/tiktok-fidelity-corrections.md`, gateway part),
 * end to end: the gateway's body goes through the real pipeline and client to the TikTok emulator,
 * whose rules come from TikTok's first-party docs. "Sent" cases are created by the emulator (before
 * the fix, TikTok refused them or the gateway refused valid input); "refused" cases are stopped by
 * the gateway with a message that names the fix, and TikTok is never called.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import {
  ADVERTISER_IDS,
  AUDIENCE_IDS,
  CAMPAIGN_IDS,
  createDefaultSeed,
  MOBILE_APP_IDS,
  PIXEL_IDS,
  TOKENS,
} from '../../src/tiktok/emulator/index.js';
import { executeRequest } from '../support/harness.js';
import { storeTargets, type TestDatabase } from '../support/stores.js';
import { orgWithAdvertisers, startTikTokHarness, type TikTokHarness } from '../support/tiktok.js';

const NOW = new Date('2026-05-03T10:00:00Z');
/** A TRAFFIC campaign with a daily budget, without CBO. */
const DAILY_CAMPAIGN = '1800000000000199';
const PIXEL = { pixel_id: PIXEL_IDS.US_SMALL, optimization_event: 'SHOPPING' };
const APP = { app_id: MOBILE_APP_IDS.US_ANDROID, operating_systems: ['ANDROID'] };

interface Case {
  finding: string;
  campaign: string;
  advertiser?: string;
  args: Record<string, unknown>;
  /** Sent: entries the emulator must have received. */
  received?: Record<string, unknown>;
  /** Sent: keys it must not have received. */
  absent?: string[];
  /** Refused by the gateway: the issue's path and a part of its message. */
  refused?: [path: string, text: string];
}

// biome-ignore format: one case per line reads as a table
const CASES: Case[] = [
  { finding: '#1 JPY 2,000 a day is TikTok\'s minimum', campaign: CAMPAIGN_IDS.JP_TRAFFIC, advertiser: ADVERTISER_IDS.JP, args: { budget: 2000 }, received: { budget: 2000 } },
  { finding: '#1 GBP 19.99 is under TikTok\'s GBP 20', campaign: CAMPAIGN_IDS.UK_TRAFFIC, advertiser: ADVERTISER_IDS.UK, args: { budget: 19.99, location_ids: ['2635167'] }, refused: ['budget', 'at least GBP 20.00 per day'] },
  { finding: '#3 JPY takes whole units', campaign: CAMPAIGN_IDS.JP_TRAFFIC, advertiser: ADVERTISER_IDS.JP, args: { budget: 2000.5 }, refused: ['budget', 'whole JPY'] },
  { finding: '#3 the maximum is exclusive', campaign: CAMPAIGN_IDS.US_TRAFFIC, args: { budget: 1e300 }, refused: ['budget', 'less than USD 10,000,000.00'] },
  { finding: '#4 a lifetime budget under USD 20 x 30 days', campaign: CAMPAIGN_IDS.US_TRAFFIC, args: { budget: 300, budget_mode: 'BUDGET_MODE_TOTAL', schedule_end_time: '2026-06-02 10:00:00' }, refused: ['budget', 'at least USD 600.00'] },
  { finding: '#4 USD 100 over 3 days is enough', campaign: CAMPAIGN_IDS.US_TRAFFIC, args: { budget: 100, budget_mode: 'BUDGET_MODE_TOTAL', schedule_end_time: '2026-05-06 10:00:00' }, received: { budget: 100, budget_mode: 'BUDGET_MODE_TOTAL' } },
  { finding: '#5 a daily campaign takes daily ad groups only', campaign: DAILY_CAMPAIGN, args: { budget: 700, budget_mode: 'BUDGET_MODE_TOTAL', schedule_end_time: '2026-06-01 00:00:00' }, refused: ['budget_mode', 'Use budget_mode BUDGET_MODE_DAY'] },
  { finding: '#6 no bid_display_mode outside VIDEO_VIEWS', campaign: CAMPAIGN_IDS.US_TRAFFIC, args: { optimization_goal: 'CLICK', bid_display_mode: 'CPC' }, absent: ['bid_display_mode'] },
  { finding: '#6 CPV on VIDEO_VIEWS whatever was asked', campaign: CAMPAIGN_IDS.US_VIDEO_VIEWS, args: { bid_type: 'BID_TYPE_CUSTOM', bid_price: 0.05, bid_display_mode: 'CPM' }, received: { bid_display_mode: 'CPV' } },
  { finding: '#7 website leads with a pixel optimise for conversions', campaign: CAMPAIGN_IDS.US_LEAD_GENERATION, args: { promotion_type: 'WEBSITE', ...PIXEL }, received: { promotion_target_type: 'EXTERNAL_WEBSITE', optimization_goal: 'CONVERT', pixel_id: PIXEL_IDS.US_SMALL } },
  { finding: '#7 website leads without a pixel optimise for clicks', campaign: CAMPAIGN_IDS.US_LEAD_GENERATION, args: { promotion_type: 'WEBSITE' }, received: { promotion_target_type: 'EXTERNAL_WEBSITE', optimization_goal: 'CLICK' } },
  { finding: '#8 CONVERSATION is a messaging goal', campaign: CAMPAIGN_IDS.US_LEAD_GENERATION, args: { optimization_goal: 'CONVERSATION' }, refused: ['optimization_goal', 'messaging'] },
  { finding: '#9 app traffic optimises for clicks', campaign: CAMPAIGN_IDS.US_TRAFFIC, args: { promotion_type: 'APP_ANDROID', app_id: MOBILE_APP_IDS.US_ANDROID }, received: { optimization_goal: 'CLICK', promotion_type: 'APP_ANDROID' } },
  { finding: '#9 landing-page views set their own event', campaign: CAMPAIGN_IDS.US_TRAFFIC, args: { optimization_event: 'SHOPPING' }, refused: ['optimization_event', 'LANDING_PAGE_VIEW itself'] },
  { finding: '#10 FULL_INVENTORY is NO_BRAND_SAFETY', campaign: CAMPAIGN_IDS.US_TRAFFIC, args: { brand_safety_type: 'FULL_INVENTORY' }, received: { brand_safety_type: 'NO_BRAND_SAFETY' } },
  { finding: '#11 no retention deep bid type', campaign: CAMPAIGN_IDS.US_APP_PROMOTION, args: { ...APP, deep_bid_type: 'VO_MIN_DAY1_RETENTION' }, refused: ['deep_bid_type', 'secondary_optimization_event NEXT_DAY_OPEN'] },
  { finding: '#12 the page\'s cost cap is BID_TYPE_CUSTOM', campaign: CAMPAIGN_IDS.US_TRAFFIC, args: { bid_type: 'BID_TYPE_MAX_CONVERSION', conversion_bid_price: 4 }, received: { bid_type: 'BID_TYPE_CUSTOM', conversion_bid_price: 4 } },
  { finding: '#13 13-17 with broad targeting in the US', campaign: CAMPAIGN_IDS.US_TRAFFIC, args: { age_groups: ['AGE_13_17', 'AGE_18_24'] }, received: { age_groups: ['AGE_13_17', 'AGE_18_24'] } },
  { finding: '#13 13-17 with interests in the US', campaign: CAMPAIGN_IDS.US_TRAFFIC, args: { age_groups: ['AGE_13_17'], gender: 'GENDER_FEMALE' }, refused: ['age_groups', 'remove gender'] },
  { finding: '#14 13-17 on a broad REACH ad group in Canada', campaign: CAMPAIGN_IDS.US_REACH, args: { age_groups: ['AGE_13_17'], location_ids: ['6251999'] }, received: { location_ids: ['6251999'] } },
  { finding: '#15 high spending power on TikTok and Pangle', campaign: CAMPAIGN_IDS.US_TRAFFIC, args: { spending_power: 'HIGH', placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'] }, received: { spending_power: 'HIGH' } },
  { finding: '#16 the page\'s audience union is TikTok\'s audience_ids', campaign: CAMPAIGN_IDS.US_TRAFFIC, args: { audience_rule: { audience_op: 'union', audience_ids: [AUDIENCE_IDS.US_CUSTOMERS], lookalike_audience_ids: [AUDIENCE_IDS.US_LOOKALIKE] } }, received: { audience_ids: [AUDIENCE_IDS.US_CUSTOMERS, AUDIENCE_IDS.US_LOOKALIKE] }, absent: ['audience_rule'] },
  { finding: '#17 custom actions are shopping retargeting', campaign: CAMPAIGN_IDS.US_TRAFFIC, args: { included_custom_actions: [{ action_categories: ['PURCHASE'], days: 30 }] }, refused: ['included_custom_actions', 'audience_ids'] },
  { finding: '#18 attribution windows are set', campaign: CAMPAIGN_IDS.US_WEB_CONVERSIONS, args: { ...PIXEL, statistic_type: '1D_VIEW_7D_CLICK' }, received: { click_attribution_window: 'SEVEN_DAYS', view_attribution_window: 'ONE_DAY' } },
  { finding: '#19 household income brackets are cumulative', campaign: CAMPAIGN_IDS.US_TRAFFIC, args: { household_income: ['TOP_25_PERCENT'] }, received: { household_income: ['TOP5', 'TOP10', 'TOP10_25'] } },
  { finding: '#20 next-day retention with its companions', campaign: CAMPAIGN_IDS.US_APP_PROMOTION, args: { ...APP, placements: ['PLACEMENT_PANGLE'], secondary_optimization_event: 'NEXT_DAY_OPEN', deep_bid_type: 'MIN', bid_type: 'BID_TYPE_CUSTOM', conversion_bid_price: 2, deep_cpa_bid: 5, next_day_retention: 0.4 }, received: { next_day_retention: 0.4 } },
  { finding: '#20 next-day retention alone', campaign: CAMPAIGN_IDS.US_APP_PROMOTION, args: { ...APP, next_day_retention: 0.4 }, refused: ['next_day_retention', 'NEXT_DAY_OPEN'] },
  { finding: '#23 a start after 2028', campaign: CAMPAIGN_IDS.US_TRAFFIC, args: { schedule_start_time: '2028-01-02 00:00:00' }, refused: ['schedule_start_time', '2028-01-01 00:00:00'] },
  { finding: '#24 HFSS outside its regions', campaign: CAMPAIGN_IDS.US_TRAFFIC, args: { is_hfss: true }, refused: ['is_hfss', 'remove is_hfss'] },
  { finding: '#24 HFSS in the UK', campaign: CAMPAIGN_IDS.UK_TRAFFIC, advertiser: ADVERTISER_IDS.UK, args: { is_hfss: true, location_ids: ['2635167'] }, received: { is_hfss: true, is_lhf_compliance: true } },
  { finding: '#25 highest-value bidding on web conversions', campaign: CAMPAIGN_IDS.US_WEB_CONVERSIONS, args: { ...PIXEL, optimization_goal: 'VALUE', deep_bid_type: 'VO_HIGHEST_VALUE' }, received: { deep_bid_type: 'VO_HIGHEST_VALUE' } },
];

describe('add_tiktok_ad_group: what reaches TikTok is what TikTok accepts', () => {
  let db: TestDatabase;
  let h: TikTokHarness;
  let keys: Record<string, string>;

  beforeAll(async () => {
    db = await storeTargets[0]!.create();
    const seed = createDefaultSeed();
    const traffic = seed.campaigns.find((c) => c.campaign_id === CAMPAIGN_IDS.US_TRAFFIC)!;
    seed.campaigns.push({
      ...traffic,
      campaign_id: DAILY_CAMPAIGN,
      budget_mode: 'BUDGET_MODE_DAY',
      budget: 1000,
    });
    h = await startTikTokHarness(db, { clock: new ManualClock(NOW), emulator: { now: () => NOW, seed } });
    const single = await orgWithAdvertisers(h, TOKENS.SINGLE, [ADVERTISER_IDS.US]);
    const multi = await orgWithAdvertisers(h, TOKENS.MULTI, [ADVERTISER_IDS.UK, ADVERTISER_IDS.JP]);
    keys = {
      [ADVERTISER_IDS.US]: single.key,
      [ADVERTISER_IDS.UK]: multi.key,
      [ADVERTISER_IDS.JP]: multi.key,
    };
  });
  afterAll(async () => {
    await h.close();
    await db.cleanup();
  });

  it.each(CASES.map((c) => [c.finding, c] as const))('%s', async (finding, c) => {
    const advertiser = c.advertiser ?? ADVERTISER_IDS.US;
    const creates = h.emulator.state.requestCount('/adgroup/create/');
    const args = {
      campaign_id: c.campaign,
      advertiser_id: advertiser,
      adgroup_name: finding,
      budget: 50,
      ...c.args,
    };
    const res = await executeRequest(h.app, 'add_tiktok_ad_group', keys[advertiser]!, { arguments: args });
    if (c.refused) {
      expect(res.statusCode, res.body).toBe(400);
      const [path, text] = c.refused;
      expect(res.json().structured_content.issues).toContainEqual(
        expect.objectContaining({ path, message: expect.stringContaining(text) }),
      );
      expect(h.emulator.state.requestCount('/adgroup/create/')).toBe(creates);
      return;
    }
    expect(res.statusCode, res.body).toBe(200);
    const created = h.emulator.state.adgroups.get(res.json().data.structured.adgroup_id);
    expect(created, 'the emulator created the ad group').toBeDefined();
    const received = JSON.parse(
      JSON.stringify(created!.body, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)),
    );
    if (c.received) expect(received).toMatchObject(c.received);
    for (const key of c.absent ?? []) expect(received).not.toHaveProperty(key);
  });
});
