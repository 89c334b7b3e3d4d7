/**
 * /adgroup/create/ rules: a valid body per objective is accepted, and each rule TikTok enforces
 * (per the reference notes) refuses with its code and a message naming the field.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { JsonValue } from './json.js';
import { type SampleKind, sampleAdGroupBody, tiktokTime } from './samples.js';
import {
  ADVERTISER_IDS,
  AUDIENCE_IDS,
  CAMPAIGN_IDS,
  INTEREST_CATEGORY_IDS,
  INTEREST_KEYWORD_IDS,
  PIXEL_CODES,
  PIXEL_IDS,
  PURCHASE_INTENTION_KEYWORD_IDS,
  REGION_IDS,
  TOKENS,
} from './seed.js';
import { startTestEmulator, type TestEmulator } from './test-helpers.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const HOURS = 3600 * 1000;

let t: TestEmulator;

beforeAll(async () => {
  t = await startTestEmulator({ now: () => NOW });
});
afterAll(async () => {
  await t.emulator.close();
});
afterEach(() => {
  t.emulator.reset();
  t.api.token = TOKENS.MULTI;
});

function create(kind: SampleKind, overrides: Record<string, JsonValue | undefined> = {}) {
  if (kind === 'BIG_TRAFFIC') t.api.token = TOKENS.BIG;
  return t.api.post('/adgroup/create/', sampleAdGroupBody(kind, NOW, overrides));
}

const JP = {
  advertiser_id: ADVERTISER_IDS.JP,
  campaign_id: CAMPAIGN_IDS.JP_TRAFFIC,
  location_ids: [REGION_IDS.JAPAN],
};
const EU = {
  advertiser_id: ADVERTISER_IDS.EU,
  campaign_id: CAMPAIGN_IDS.EU_TRAFFIC,
  location_ids: [REGION_IDS.GERMANY],
};
const UK = {
  advertiser_id: ADVERTISER_IDS.UK,
  campaign_id: CAMPAIGN_IDS.UK_TRAFFIC,
  location_ids: [REGION_IDS.UK],
};

describe('valid bodies', () => {
  it.each<SampleKind>([
    'TRAFFIC',
    'WEB_CONVERSIONS',
    'LEAD_GENERATION',
    'REACH',
    'VIDEO_VIEWS',
    'APP_PROMOTION',
    'CBO',
    'BIG_TRAFFIC',
  ])('%s is created', async (kind) => {
    const response = await create(kind);
    expect(response.json.message).toBe('OK');
    expect(response.json.code).toBe(0);
    const data = response.json.data;
    expect(String(data.adgroup_id)).toMatch(/^\d{16,19}$/);
    expect(data).toMatchObject({ adgroup_name: `Sample ${kind}`, operation_status: 'ENABLE' });
    expect(t.emulator.state.adgroups.get(String(data.adgroup_id))?.saved).toMatchObject({
      campaign_id: sampleAdGroupBody(kind).campaign_id,
    });
  });

  it('returns the saved settings with what TikTok computes', async () => {
    const response = await create('TRAFFIC', { operation_status: 'DISABLE' });
    expect(response.json.data).toMatchObject({
      advertiser_id: ADVERTISER_IDS.US,
      campaign_id: CAMPAIGN_IDS.US_TRAFFIC,
      schedule_start_time: '2026-06-01 12:00:00',
      schedule_end_time: '2036-06-01 12:00:00',
      budget: 50,
      secondary_status: 'ADGROUP_STATUS_DISABLE',
      create_time: '2026-06-01 12:00:00',
    });
    expect(typeof response.json.data.adgroup_id).toBe('string');
  });

  it('under CBO ignores budget, budget mode and pacing (and records that they were sent)', async () => {
    const response = await create('CBO', {
      budget: 5,
      budget_mode: 'BUDGET_MODE_TOTAL',
      pacing: 'PACING_MODE_FAST',
    });
    expect(response.json.code).toBe(0);
    expect(response.json.data).toMatchObject({
      budget_mode: 'BUDGET_MODE_INFINITE',
      budget: 0,
      pacing: 'PACING_MODE_SMOOTH',
    });
    expect(t.emulator.state.adgroupList()[0]?.ignoredFields).toEqual(['budget', 'budget_mode', 'pacing']);
  });

  it('under CBO requires bid_type and the first ad group goal', async () => {
    const noBidType = await create('CBO', { bid_type: undefined });
    expect(noBidType.json).toMatchObject({
      code: 40002,
      message: 'bid_type: Missing data for required field.',
    });
    expect((await create('CBO', { adgroup_name: 'first' })).json.code).toBe(0);
    const other = await create('CBO', {
      adgroup_name: 'second',
      optimization_goal: 'TRAFFIC_LANDING_PAGE_VIEW',
      billing_event: 'OCPM',
    });
    expect(other.json.code).toBe(40002);
    expect(other.json.message).toMatch(/^optimization_goal: .*same optimization_goal.*CLICK/);
  });

  it('drops a bid sent with BID_TYPE_NO_BID', async () => {
    const response = await create('TRAFFIC', { bid_price: 1.5 });
    expect(response.json.code).toBe(0);
    expect(response.json.data.bid_price).toBeUndefined();
    expect(t.emulator.state.adgroupList()[0]?.ignoredFields).toContain('bid_price');
  });

  it('accepts manual bids below the budget', async () => {
    expect((await create('TRAFFIC', { bid_type: 'BID_TYPE_CUSTOM', bid_price: 1.2 })).json.code).toBe(0);
    const conversions = await create('WEB_CONVERSIONS', {
      bid_type: 'BID_TYPE_CUSTOM',
      conversion_bid_price: 12,
    });
    expect(conversions.json.code).toBe(0);
    const views = await create('VIDEO_VIEWS', {
      bid_type: 'BID_TYPE_CUSTOM',
      bid_price: 0.05,
      bid_display_mode: 'CPV',
    });
    expect(views.json.code).toBe(0);
  });

  it('expands automatic placement to the placements used', async () => {
    const response = await create('TRAFFIC', {
      placement_type: 'PLACEMENT_TYPE_AUTOMATIC',
      placements: undefined,
    });
    expect(response.json.data.placements).toEqual(['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE']);
  });

  it('drops Global App Bundle silently without the allowlist', async () => {
    const response = await create('TRAFFIC', {
      placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_GLOBAL_APP_BUNDLE'],
    });
    expect(response.json.data.placements).toEqual(['PLACEMENT_TIKTOK']);
  });

  it('saves device price ranges with 50 added to the upper bound', async () => {
    const response = await create('TRAFFIC', { device_price_ranges: [0, 250] });
    expect(response.json.data.device_price_ranges).toEqual([0, 300]);
  });

  it('accepts 13-17 with broad targeting (US and UK), and currency floors met exactly', async () => {
    const japan = await create('TRAFFIC', { ...JP, age_groups: ['AGE_13_17'], budget: 2000 });
    expect(japan.json.code).toBe(0);
    const uk = await create('TRAFFIC', { ...UK, age_groups: ['AGE_13_17'], budget: 20 });
    expect(uk.json.code).toBe(0);
    const us = await create('TRAFFIC', { age_groups: ['AGE_13_17', 'AGE_18_24'] });
    expect(us.json.code).toBe(0);
  });

  it('accepts a start time up to 12 hours in the past, a full targeting set, and dayparting', async () => {
    const response = await create('TRAFFIC', {
      schedule_type: 'SCHEDULE_START_END',
      schedule_start_time: tiktokTime(new Date(NOW.getTime() - 11 * HOURS)),
      schedule_end_time: tiktokTime(new Date(NOW.getTime() + 24 * 7 * HOURS)),
      dayparting: '1'.repeat(336),
      location_ids: [REGION_IDS.CALIFORNIA, REGION_IDS.NEW_YORK],
      interest_category_ids: [INTEREST_CATEGORY_IDS.SPORTS],
      interest_keyword_ids: [INTEREST_KEYWORD_IDS.RUNNING_SHOES],
      audience_ids: [AUDIENCE_IDS.US_CUSTOMERS],
      excluded_audience_ids: [AUDIENCE_IDS.US_LOOKALIKE],
      household_income: ['TOP10'],
      brand_safety_type: 'STANDARD_INVENTORY',
      languages: ['en'],
      network_types: ['WIFI', '5G'],
    });
    expect(response.json.message).toBe('OK');
  });

  it('with unknownFields "ignore", drops unknown fields instead of refusing', async () => {
    const lenient = await startTestEmulator({ now: () => NOW, unknownFields: 'ignore' });
    try {
      const response = await lenient.api.post(
        '/adgroup/create/',
        sampleAdGroupBody('TRAFFIC', NOW, { objective: 'TRAFFIC' }),
      );
      expect(response.json.code).toBe(0);
      expect(response.json.data.objective).toBeUndefined();
      expect(lenient.emulator.state.adgroupList()[0]?.ignoredFields).toEqual(['objective']);
    } finally {
      await lenient.emulator.close();
    }
  });

  it('with peerRules off, accepts a REACH ad group without a frequency cap', async () => {
    const lenient = await startTestEmulator({ now: () => NOW, peerRules: false });
    try {
      const body = sampleAdGroupBody('REACH', NOW, { frequency: undefined, frequency_schedule: undefined });
      expect((await lenient.api.post('/adgroup/create/', body)).json.code).toBe(0);
    } finally {
      await lenient.emulator.close();
    }
  });
});

type Refusal = [
  name: string,
  kind: SampleKind,
  overrides: Record<string, JsonValue | undefined>,
  code: number,
  message: RegExp,
];

const refusals: Refusal[] = [
  // Required fields and field types (§1.3, §1.4)
  [
    'missing adgroup_name',
    'TRAFFIC',
    { adgroup_name: undefined },
    40002,
    /^adgroup_name: Missing data for required field\.$/,
  ],
  ['emoji in the name', 'TRAFFIC', { adgroup_name: 'Sale 🔥' }, 40002, /^adgroup_name: .*emoji/],
  ['name over 512 characters', 'TRAFFIC', { adgroup_name: 'x'.repeat(513) }, 40002, /^adgroup_name: Length/],
  ['missing campaign_id', 'TRAFFIC', { campaign_id: undefined }, 40002, /^campaign_id: Missing data/],
  [
    'campaign of another advertiser',
    'TRAFFIC',
    { campaign_id: CAMPAIGN_IDS.EU_TRAFFIC },
    40007,
    /^campaign_id: Campaign .* does not exist/,
  ],
  [
    'unknown field (a seed-page name)',
    'TRAFFIC',
    { objective: 'TRAFFIC' },
    40002,
    /^objective: Unknown field\.$/,
  ],
  ['null value', 'TRAFFIC', { gender: null }, 40002, /^gender: Field may not be null\.$/],
  ['budget as a string', 'TRAFFIC', { budget: '50' }, 40002, /^budget: Not a valid number\.$/],
  [
    'enum typo',
    'TRAFFIC',
    { budget_mode: 'BUDGET_MODE_DAILY' },
    40002,
    /^budget_mode: Must be one of: BUDGET_MODE_DAY/,
  ],
  // Promotion and app (§1.4, §4.1)
  [
    'missing promotion_type',
    'TRAFFIC',
    { promotion_type: undefined },
    40002,
    /^promotion_type: Missing data/,
  ],
  [
    'WEBSITE promotion for LEAD_GENERATION',
    'LEAD_GENERATION',
    { promotion_type: 'WEBSITE', promotion_target_type: undefined },
    40002,
    /^promotion_type: .*not supported for objective LEAD_GENERATION/,
  ],
  ['APP_PROMOTION without app_id', 'APP_PROMOTION', { app_id: undefined }, 40002, /^app_id: Missing data/],
  [
    'APP_PROMOTION with two operating systems',
    'APP_PROMOTION',
    { operating_systems: ['ANDROID', 'IOS'] },
    40002,
    /^operating_systems: Only one/,
  ],
  [
    'APP_PROMOTION without operating_systems',
    'APP_PROMOTION',
    { operating_systems: undefined },
    40002,
    /^operating_systems: Missing data/,
  ],
  [
    'APP_ANDROID with an iOS system',
    'APP_PROMOTION',
    { operating_systems: ['IOS'] },
    40002,
    /^operating_systems: .*targets ANDROID/,
  ],
  // Placement and brand safety (§1.4)
  [
    'NORMAL placement without placements',
    'TRAFFIC',
    { placements: undefined },
    40002,
    /^placements: Missing data/,
  ],
  [
    'deprecated placement',
    'TRAFFIC',
    { placements: ['PLACEMENT_TOPBUZZ'] },
    40002,
    /^placements\.0: PLACEMENT_TOPBUZZ is deprecated/,
  ],
  [
    'automatic placement for REACH (peer)',
    'REACH',
    { placement_type: 'PLACEMENT_TYPE_AUTOMATIC' },
    40002,
    /^placement_type: /,
  ],
  [
    'brand safety with Pangle',
    'TRAFFIC',
    { placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'], brand_safety_type: 'STANDARD_INVENTORY' },
    40002,
    /^brand_safety_type: .*exactly \[PLACEMENT_TIKTOK\]/,
  ],
  [
    "FULL_INVENTORY is not in TikTok's enum",
    'TRAFFIC',
    { brand_safety_type: 'FULL_INVENTORY' },
    40002,
    /^brand_safety_type: Must be one of: NO_BRAND_SAFETY/,
  ],
  [
    'THIRD_PARTY without a partner',
    'TRAFFIC',
    { brand_safety_type: 'THIRD_PARTY' },
    40002,
    /^brand_safety_partner: Missing data/,
  ],
  [
    'partner without THIRD_PARTY',
    'TRAFFIC',
    { brand_safety_partner: 'IAS' },
    40002,
    /^brand_safety_partner: /,
  ],
  [
    'Pangle-only field without Pangle',
    'TRAFFIC',
    { blocked_pangle_app_ids: ['com.example'] },
    40002,
    /^blocked_pangle_app_ids: .*PLACEMENT_PANGLE/,
  ],
  [
    'subplacements on TRAFFIC',
    'TRAFFIC',
    { tiktok_subplacements: ['IN_FEED'] },
    40002,
    /^tiktok_subplacements: /,
  ],
  [
    'subplacements without IN_FEED',
    'REACH',
    { tiktok_subplacements: ['SEARCH_FEED'] },
    40002,
    /^tiktok_subplacements: .*IN_FEED/,
  ],
  // Location and demographics (§1.4)
  ['no location', 'TRAFFIC', { location_ids: undefined }, 40002, /^location_ids: Missing data/],
  [
    'unknown location',
    'TRAFFIC',
    { location_ids: ['999999'] },
    40002,
    /^location_ids: Invalid location id\(s\): 999999/,
  ],
  [
    'overlapping locations',
    'TRAFFIC',
    { location_ids: [REGION_IDS.US, REGION_IDS.CALIFORNIA] },
    40002,
    /^location_ids: Locations overlap: California/,
  ],
  [
    'AGE_13_17 in the US with interests',
    'TRAFFIC',
    { age_groups: ['AGE_13_17', 'AGE_18_24'], interest_category_ids: [INTEREST_CATEGORY_IDS.BEAUTY] },
    40065,
    /^age_groups: .*13-17 in the US \(interest_category_ids\)/,
  ],
  [
    'AGE_13_17 in a US state with a gender',
    'TRAFFIC',
    { location_ids: [REGION_IDS.TEXAS], age_groups: ['AGE_13_17'], gender: 'GENDER_FEMALE' },
    40065,
    /age_groups.*\(gender\)/,
  ],
  ['gender as a list', 'TRAFFIC', { gender: ['GENDER_MALE'] }, 40002, /^gender: Not a valid string/],
  [
    'household income outside the US',
    'TRAFFIC',
    { location_ids: [REGION_IDS.US, REGION_IDS.CANADA], household_income: ['TOP5'] },
    40002,
    /^household_income: .*United States/,
  ],
  [
    'household income without the allowlist',
    'TRAFFIC',
    { ...EU, location_ids: [REGION_IDS.US], household_income: ['TOP5'] },
    40118,
    /^household_income: .*allowlist/,
  ],
  [
    'household income seed spelling',
    'TRAFFIC',
    { household_income: ['TOP_5_PERCENT'] },
    40002,
    /^household_income\.0: Must be one of: TOP5/,
  ],
  // Interests and audiences (§1.4)
  [
    'interest keyword as a word',
    'TRAFFIC',
    { interest_keyword_ids: ['running shoes'] },
    40002,
    /^interest_keyword_ids\.0: Not a valid integer\.$/,
  ],
  [
    'unknown interest category',
    'TRAFFIC',
    { interest_category_ids: ['42'] },
    40002,
    /^interest_category_ids: Invalid interest category/,
  ],
  [
    'interest and purchase-intention keywords together',
    'TRAFFIC',
    {
      interest_keyword_ids: [INTEREST_KEYWORD_IDS.YOGA],
      purchase_intention_keyword_ids: [PURCHASE_INTENTION_KEYWORD_IDS.BUY_LAPTOP],
    },
    40002,
    /^purchase_intention_keyword_ids: .*interest_keyword_ids/,
  ],
  [
    'audience both included and excluded',
    'TRAFFIC',
    { audience_ids: [AUDIENCE_IDS.US_CUSTOMERS], excluded_audience_ids: [AUDIENCE_IDS.US_CUSTOMERS] },
    40002,
    /^excluded_audience_ids: /,
  ],
  [
    'audience still processing',
    'TRAFFIC',
    { audience_ids: [AUDIENCE_IDS.US_PROCESSING] },
    40002,
    /^audience_ids: .*not ready/,
  ],
  [
    'audience under 1,000 people',
    'TRAFFIC',
    { audience_ids: [AUDIENCE_IDS.US_TOO_SMALL] },
    40002,
    /^audience_ids: .*at least 1000/,
  ],
  [
    'audience of another advertiser',
    'TRAFFIC',
    { audience_ids: [AUDIENCE_IDS.EU_CUSTOMERS] },
    40002,
    /^audience_ids: .*does not exist/,
  ],
  [
    'auto targeting turned on',
    'TRAFFIC',
    { auto_targeting_enabled: true },
    40002,
    /^auto_targeting_enabled: .*deprecated/,
  ],
  [
    'auto targeting as "ON"',
    'TRAFFIC',
    { auto_targeting_enabled: 'ON' },
    40002,
    /^auto_targeting_enabled: Not a valid boolean/,
  ],
  [
    'targeting expansion turned on',
    'TRAFFIC',
    { targeting_expansion: { expansion_enabled: true } },
    40002,
    /^targeting_expansion: .*deprecated/,
  ],
  // Devices (§1.4)
  [
    'device price range not in steps of 50',
    'TRAFFIC',
    { device_price_ranges: [0, 125] },
    40002,
    /^device_price_ranges: .*multiples of 50/,
  ],
  [
    'device prices with device models',
    'TRAFFIC',
    { device_price_ranges: [0, 250], device_model_ids: ['1'] },
    40002,
    /^device_price_ranges: .*device_model_ids/,
  ],
  // Budget (§1.4)
  [
    'daily budget under the USD floor',
    'TRAFFIC',
    { budget: 19 },
    40002,
    /^budget: The daily budget must be at least 20 USD/,
  ],
  ['daily budget under the EUR floor', 'TRAFFIC', { ...EU, budget: 15 }, 40002, /^budget: .*at least 20 EUR/],
  [
    'daily budget under the GBP floor',
    'TRAFFIC',
    { ...UK, budget: 19.99 },
    40002,
    /^budget: .*at least 20 GBP/,
  ],
  [
    'daily budget under the JPY floor',
    'TRAFFIC',
    { ...JP, budget: 1999 },
    40002,
    /^budget: .*at least 2000 JPY/,
  ],
  ['missing budget without CBO', 'TRAFFIC', { budget: undefined }, 40002, /^budget: Missing data/],
  ['missing pacing without CBO', 'TRAFFIC', { pacing: undefined }, 40002, /^pacing: Missing data/],
  // Schedule and dayparting (§1.4, §4.2)
  [
    'ISO time instead of TikTok format',
    'TRAFFIC',
    { schedule_start_time: '2026-06-01T12:00:00Z' },
    40002,
    /^schedule_start_time: Time format should be YYYY-MM-DD HH:MM:SS/,
  ],
  [
    'impossible date',
    'TRAFFIC',
    { schedule_start_time: '2026-02-30 10:00:00' },
    40002,
    /^schedule_start_time: .*not a valid date/,
  ],
  [
    'start more than 12 hours ago',
    'TRAFFIC',
    { schedule_start_time: tiktokTime(new Date(NOW.getTime() - 13 * HOURS)) },
    40002,
    /^schedule_start_time: .*12 hours in the past/,
  ],
  [
    'START_END without end',
    'TRAFFIC',
    { schedule_type: 'SCHEDULE_START_END' },
    40002,
    /^schedule_end_time: Missing data/,
  ],
  [
    'end before start',
    'TRAFFIC',
    { schedule_type: 'SCHEDULE_START_END', schedule_end_time: tiktokTime(new Date(NOW.getTime() - HOURS)) },
    40002,
    /^schedule_end_time: .*later than the start/,
  ],
  [
    'total budget without an end',
    'TRAFFIC',
    { budget_mode: 'BUDGET_MODE_TOTAL', budget: 500 },
    40002,
    /^schedule_type: BUDGET_MODE_TOTAL requires/,
  ],
  [
    'hourly dayparting (168)',
    'TRAFFIC',
    { dayparting: '1'.repeat(168) },
    40002,
    /^dayparting: .*336.*got 168/,
  ],
  ['dayparting with other characters', 'TRAFFIC', { dayparting: '2'.repeat(336) }, 40002, /^dayparting: /],
  // Frequency (§1.4)
  [
    'frequency outside REACH',
    'TRAFFIC',
    { frequency: 3, frequency_schedule: 7 },
    40002,
    /^frequency: .*only supported for the REACH/,
  ],
  [
    'REACH without frequency (peer)',
    'REACH',
    { frequency: undefined, frequency_schedule: undefined },
    40002,
    /^frequency: Missing data/,
  ],
  [
    'frequency without its schedule',
    'REACH',
    { frequency_schedule: undefined },
    40002,
    /^frequency_schedule: .*together/,
  ],
  [
    'frequency_schedule over 30 days',
    'REACH',
    { frequency_schedule: 31 },
    40002,
    /^frequency_schedule: Must be between 1 and 30/,
  ],
  // Goals and billing (§4.1)
  [
    'goal of another objective',
    'TRAFFIC',
    { optimization_goal: 'CONVERT', billing_event: 'OCPM' },
    40002,
    /^optimization_goal: Objective TRAFFIC supports optimization_goal CLICK, TRAFFIC_LANDING_PAGE_VIEW/,
  ],
  [
    'billing that does not fit the goal',
    'TRAFFIC',
    { billing_event: 'OCPM' },
    40002,
    /^billing_event: optimization_goal CLICK only supports billing_event CPC/,
  ],
  [
    'VIDEO_VIEW is deprecated',
    'VIDEO_VIEWS',
    { optimization_goal: 'VIDEO_VIEW' },
    40002,
    /^optimization_goal: VIDEO_VIEW is deprecated\. Use ENGAGED_VIEW/,
  ],
  [
    'allowlisted goal without the allowlist',
    'TRAFFIC',
    {
      ...EU,
      campaign_id: CAMPAIGN_IDS.EU_WEB_CONVERSIONS,
      pixel_id: PIXEL_IDS.EU,
      optimization_event: 'SHOPPING',
      optimization_goal: 'AUTOMATIC_VALUE_OPTIMIZATION',
      billing_event: 'OCPM',
    },
    40118,
    /^optimization_goal: /,
  ],
  ['missing billing_event', 'TRAFFIC', { billing_event: undefined }, 40002, /^billing_event: Missing data/],
  // Bidding (§4.1, §1.4)
  [
    'CUSTOM CPC bid without bid_price',
    'TRAFFIC',
    { bid_type: 'BID_TYPE_CUSTOM' },
    40002,
    /^bid_price: Missing data.*CPC/,
  ],
  [
    'CUSTOM OCPM bid without conversion_bid_price',
    'WEB_CONVERSIONS',
    { bid_type: 'BID_TYPE_CUSTOM', bid_price: 5 },
    40002,
    /^conversion_bid_price: Missing data/,
  ],
  [
    'bid not below the budget',
    'TRAFFIC',
    { bid_type: 'BID_TYPE_CUSTOM', bid_price: 50 },
    40002,
    /^bid_price: .*lower than the ad group budget/,
  ],
  [
    'VIDEO_VIEWS custom bid without CPV display',
    'VIDEO_VIEWS',
    { bid_type: 'BID_TYPE_CUSTOM', bid_price: 0.05 },
    40002,
    /^bid_display_mode: .*CPV/,
  ],
  [
    'MAX_CONVERSION is Smart+ only',
    'TRAFFIC',
    { bid_type: 'BID_TYPE_MAX_CONVERSION' },
    40002,
    /^bid_type: BID_TYPE_MAX_CONVERSION is only available for Smart\+ ad groups/,
  ],
  [
    'fast pacing with NO_BID (peer)',
    'TRAFFIC',
    { pacing: 'PACING_MODE_FAST' },
    40002,
    /^pacing: PACING_MODE_FAST/,
  ],
  ['roas_bid without VALUE', 'WEB_CONVERSIONS', { roas_bid: 2 }, 40002, /^roas_bid: .*VALUE/],
  [
    'VO_MIN_ROAS without roas_bid',
    'WEB_CONVERSIONS',
    { optimization_goal: 'VALUE', deep_bid_type: 'VO_MIN_ROAS' },
    40002,
    /^roas_bid: Missing data/,
  ],
  [
    'secondary event with the wrong goal',
    'APP_PROMOTION',
    { optimization_goal: 'IN_APP_EVENT', secondary_optimization_event: 'ACTIVE_PAY' },
    40002,
    /^secondary_optimization_event: .*INSTALL or VALUE/,
  ],
  [
    'next_day_retention above 1',
    'APP_PROMOTION',
    { next_day_retention: 1.5 },
    40002,
    /^next_day_retention: /,
  ],
  // Pixel and events (§1.4)
  [
    'pixel on TRAFFIC',
    'TRAFFIC',
    { pixel_id: PIXEL_IDS.US, optimization_event: 'SHOPPING' },
    40002,
    /^pixel_id: PIXEL_ID_NOT_ALLOWED_FOR_OBJECTIVE/,
  ],
  [
    'pixel code instead of pixel id',
    'WEB_CONVERSIONS',
    { pixel_id: PIXEL_CODES.US },
    40002,
    /^pixel_id: Not a valid integer\.$/,
  ],
  [
    'pixel without optimization_event',
    'WEB_CONVERSIONS',
    { optimization_event: undefined },
    40002,
    /^optimization_event: Missing data/,
  ],
  [
    'event the pixel does not have',
    'WEB_CONVERSIONS',
    { optimization_event: 'ON_WEB_ORDER' },
    40002,
    /^optimization_event: ON_WEB_ORDER is not an event of pixel .*Accepted: SHOPPING, ON_WEB_CART/,
  ],
  [
    'pixel of another advertiser',
    'WEB_CONVERSIONS',
    { pixel_id: PIXEL_IDS.EU },
    40002,
    /^pixel_id: Pixel .* does not exist/,
  ],
  [
    'WEB_CONVERSIONS without a pixel',
    'WEB_CONVERSIONS',
    { pixel_id: undefined, optimization_event: undefined },
    40002,
    /^pixel_id: Missing data/,
  ],
  [
    'attribution windows not set together',
    'WEB_CONVERSIONS',
    { click_attribution_window: 'SEVEN_DAYS' },
    40002,
    /^view_attribution_window: /,
  ],
];

describe('refusals', () => {
  it.each(refusals)('%s', async (_name, kind, overrides, code, message) => {
    const response = await create(kind, overrides);
    expect(response.status).toBe(200);
    expect(response.json.data).toEqual({});
    expect(response.json.message).toMatch(message);
    expect(response.json.code).toBe(code);
    expect(t.emulator.state.adgroups.size).toBe(0);
  });
});
