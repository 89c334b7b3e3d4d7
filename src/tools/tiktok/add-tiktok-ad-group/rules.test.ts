import { describe, expect, it } from 'vitest';
import { type Objective, TIKTOK_OBJECTIVE } from '../../../domain/adgroup/enums.js';
import {
  adGroupRules as addTikTokAdGroupRules,
  adGroupFactRules as validateWithFacts,
} from '../../../domain/adgroup/index.js';
import { addTikTokAdGroupSchema } from './schema.js';
import { allIssues, BASE, checkArguments, facts, mask, NOW } from './test-support/fixtures.js';

const APP = { app_id: '7100000000000001', operating_systems: ['ANDROID'] };
const PIXEL = { pixel_id: '1776777769', optimization_event: 'ON_WEB_ORDER' };

/** [what, objective (given, and the campaign's), arguments, path, code, text of the fix] */
type Row = [string, Objective, Record<string, unknown>, string, string, string];

// biome-ignore format: one row per line reads as a table
const rows: Row[] = [
  // Schedule
  ['lifetime budget without an end', 'TRAFFIC', { budget_mode: 'BUDGET_MODE_TOTAL', budget: 500 }, 'schedule_end_time', 'required_with', 'or use budget_mode BUDGET_MODE_DAY'],
  ['SCHEDULE_START_END without an end', 'TRAFFIC', { schedule_type: 'SCHEDULE_START_END' }, 'schedule_end_time', 'required_with', 'omit schedule_type'],
  ['SCHEDULE_FROM_NOW with an end', 'TRAFFIC', { schedule_type: 'SCHEDULE_FROM_NOW', schedule_end_time: '2026-06-01 00:00:00' }, 'schedule_type', 'not_allowed_with', 'remove schedule_end_time'],
  ['SCHEDULE_FROM_NOW with a lifetime budget', 'TRAFFIC', { schedule_type: 'SCHEDULE_FROM_NOW', budget_mode: 'BUDGET_MODE_TOTAL', budget: 500 }, 'schedule_type', 'not_allowed_with', 'SCHEDULE_START_END'],
  ['end before start', 'TRAFFIC', { schedule_start_time: '2026-06-01 00:00:00', schedule_end_time: '2026-05-20 00:00:00' }, 'schedule_end_time', 'end_before_start', 'set a later end time'],
  // Goal, billing, bids
  ['goal of another objective', 'TRAFFIC', { optimization_goal: 'CONVERT' }, 'optimization_goal', 'not_allowed_for_objective', 'use CLICK or TRAFFIC_LANDING_PAGE_VIEW'],
  ['deprecated VIDEO_VIEW goal', 'VIDEO_VIEWS', { optimization_goal: 'VIDEO_VIEW' }, 'optimization_goal', 'deprecated_value', 'use ENGAGED_VIEW'],
  ['billing against the default goal', 'TRAFFIC', { billing_event: 'CPC' }, 'billing_event', 'incompatible_value', 'use billing_event OCPM'],
  ['billing against the given goal', 'TRAFFIC', { optimization_goal: 'CLICK', billing_event: 'CPM' }, 'billing_event', 'incompatible_value', 'use billing_event CPC'],
  ['custom CPC bid without bid_price', 'TRAFFIC', { optimization_goal: 'CLICK', bid_type: 'BID_TYPE_CUSTOM' }, 'bid_price', 'required_with', 'per click'],
  ['custom CPM bid without bid_price', 'REACH', { bid_type: 'BID_TYPE_CUSTOM' }, 'bid_price', 'required_with', 'per 1,000 impressions'],
  ['custom CPV bid without bid_price', 'VIDEO_VIEWS', { bid_type: 'BID_TYPE_CUSTOM' }, 'bid_price', 'required_with', 'per view'],
  ['custom OCPM bid without conversion_bid_price', 'CONVERSIONS', { ...PIXEL, bid_type: 'BID_TYPE_CUSTOM' }, 'conversion_bid_price', 'required_with', 'target cost per result'],
  ['bid_price with OCPM billing', 'TRAFFIC', { bid_type: 'BID_TYPE_CUSTOM', conversion_bid_price: 2, bid_price: 1 }, 'bid_price', 'not_allowed_with', 'conversion_bid_price instead'],
  ['conversion_bid_price with CPC billing', 'TRAFFIC', { optimization_goal: 'CLICK', bid_type: 'BID_TYPE_CUSTOM', bid_price: 1, conversion_bid_price: 2 }, 'conversion_bid_price', 'not_allowed_with', 'bid_price instead'],
  ['bid_price with automatic bidding (default)', 'TRAFFIC', { bid_price: 1 }, 'bid_price', 'not_allowed_with', 'set bid_type to BID_TYPE_CUSTOM'],
  ['conversion_bid_price with BID_TYPE_NO_BID', 'TRAFFIC', { bid_type: 'BID_TYPE_NO_BID', conversion_bid_price: 1 }, 'conversion_bid_price', 'not_allowed_with', 'remove conversion_bid_price'],
  ['deep_bid_type outside app promotion', 'TRAFFIC', { deep_bid_type: 'VO_MIN_ROAS', roas_bid: 2 }, 'deep_bid_type', 'not_allowed_for_objective', 'Remove deep_bid_type'],
  ['VO_MIN_ROAS without roas_bid', 'APP_PROMOTION', { ...APP, optimization_goal: 'VALUE', deep_bid_type: 'VO_MIN_ROAS' }, 'roas_bid', 'required_with', 'e.g. 1.5'],
  ['deep_cpa_bid without deep_bid_type', 'APP_PROMOTION', { ...APP, deep_cpa_bid: 4 }, 'deep_bid_type', 'required_with', 'or remove deep_cpa_bid'],
  ['roas_bid without value optimisation', 'CONVERSIONS', { ...PIXEL, roas_bid: 2 }, 'roas_bid', 'not_allowed_with', 'set optimization_goal to VALUE'],
  ['secondary event with a click goal', 'TRAFFIC', { optimization_goal: 'CLICK', secondary_optimization_event: 'ON_WEB_CART' }, 'secondary_optimization_event', 'not_allowed_with', 'INSTALL or VALUE'],
  ['secondary event without deep_bid_type', 'APP_PROMOTION', { ...APP, placements: ['PLACEMENT_PANGLE'], secondary_optimization_event: 'ACTIVE_PAY' }, 'deep_bid_type', 'required_with', 'set deep_bid_type'],
  ['secondary event on CONVERSIONS without roas_bid', 'CONVERSIONS', { ...PIXEL, optimization_goal: 'VALUE', secondary_optimization_event: 'ON_WEB_CART' }, 'roas_bid', 'required_with', 'set roas_bid'],
  ['INSTALL secondary event on TikTok only', 'APP_PROMOTION', { ...APP, deep_bid_type: 'VO_MIN_ROAS', roas_bid: 2, secondary_optimization_event: 'ACTIVE_PAY' }, 'secondary_optimization_event', 'not_allowed_with', 'add PLACEMENT_PANGLE'],
  // Frequency
  ['frequency outside REACH', 'TRAFFIC', { frequency: 3 }, 'frequency', 'not_allowed_for_objective', 'Remove frequency'],
  ['frequency_schedule outside REACH', 'CONVERSIONS', { ...PIXEL, frequency_schedule: 7 }, 'frequency_schedule', 'not_allowed_for_objective', 'Remove frequency_schedule'],
  // Pixel
  ['pixel on a TRAFFIC ad group', 'TRAFFIC', PIXEL, 'pixel_id', 'not_allowed_for_objective', 'tracking_pixel_id'],
  ['CONVERSIONS without a pixel', 'CONVERSIONS', { optimization_event: 'ON_WEB_ORDER' }, 'pixel_id', 'required_with', 'numeric Pixel ID'],
  ['CONVERSIONS without an event', 'CONVERSIONS', {}, 'optimization_event', 'required_with', 'ON_WEB_ORDER'],
  ['pixel without an event', 'CONVERSIONS', { pixel_id: '1776777769' }, 'optimization_event', 'required_with', 'name the pixel event'],
  // Interests, audiences
  ['interest and purchase-intent keywords', 'TRAFFIC', { interest_keyword_ids: ['1'], purchase_intention_keyword_ids: ['2'] }, 'purchase_intention_keyword_ids', 'not_allowed_with', 'Keep one of the two'],
  ['deprecated keywords and purchase intent', 'TRAFFIC', { interest_keywords: ['1'], purchase_intention_keyword_ids: ['2'] }, 'purchase_intention_keyword_ids', 'not_allowed_with', 'Keep one of the two'],
  ['purchase intent on REACH', 'REACH', { purchase_intention_keyword_ids: ['2'] }, 'purchase_intention_keyword_ids', 'not_allowed_for_objective', 'use interest_keyword_ids'],
  ['contextual tags on TRAFFIC', 'TRAFFIC', { contextual_tag_ids: ['9'] }, 'contextual_tag_ids', 'not_allowed_for_objective', 'Remove contextual_tag_ids'],
  ['contextual tags with third-party brand safety', 'REACH', { contextual_tag_ids: ['9'], brand_safety_type: 'THIRD_PARTY', brand_safety_partner: 'IAS' }, 'contextual_tag_ids', 'not_allowed_with', 'remove one of them'],
  ['an audience included and excluded', 'TRAFFIC', { audience_ids: ['11', '12'], excluded_audience_ids: ['13', '12'] }, 'excluded_audience_ids.1', 'conflicting_ids', 'audience 12'],
  ['audience_rule that is no union', 'TRAFFIC', { audience_rule: { audience_op: 'intersection', audience_ids: ['11'] } }, 'audience_rule', 'unsupported_value', 'excluded_audience_ids'],
  ['audience_rule in another shape', 'REACH', { audience_rule: { inclusions: { operator: 'OR' } } }, 'audience_rule', 'unsupported_value', "sent as TikTok's audience_ids"],
  // Placements, brand safety
  ['included and excluded Pangle packages', 'TRAFFIC', { placements: ['PLACEMENT_PANGLE'], included_pangle_audience_package_ids: ['1'], excluded_pangle_audience_package_ids: ['2'] }, 'excluded_pangle_audience_package_ids', 'not_allowed_with', 'keep one'],
  ['THIRD_PARTY without a partner', 'TRAFFIC', { brand_safety_type: 'THIRD_PARTY' }, 'brand_safety_partner', 'required_with', 'choose IAS or OPEN_SLATE'],
  ['a partner without THIRD_PARTY', 'TRAFFIC', { brand_safety_type: 'STANDARD_INVENTORY', brand_safety_partner: 'IAS' }, 'brand_safety_partner', 'not_allowed_with', 'set brand_safety_type to THIRD_PARTY'],
  ['brand safety with Pangle', 'TRAFFIC', { brand_safety_type: 'LIMITED_INVENTORY', placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'] }, 'placements', 'not_allowed_with', "exactly ['PLACEMENT_TIKTOK']"],
  ['brand safety with automatic placement', 'TRAFFIC', { brand_safety_type: 'STANDARD_INVENTORY', placement_type: 'PLACEMENT_TYPE_AUTOMATIC' }, 'placement_type', 'not_allowed_with', 'PLACEMENT_TYPE_NORMAL'],
  ['blocked Pangle apps without Pangle', 'TRAFFIC', { blocked_pangle_app_ids: ['com.example.game'] }, 'blocked_pangle_app_ids', 'not_allowed_with', 'add PLACEMENT_PANGLE'],
  ['included Pangle packages without Pangle', 'TRAFFIC', { included_pangle_audience_package_ids: ['801'] }, 'included_pangle_audience_package_ids', 'not_allowed_with', 'add PLACEMENT_PANGLE'],
  ['excluded Pangle packages without Pangle', 'TRAFFIC', { excluded_pangle_audience_package_ids: ['802'] }, 'excluded_pangle_audience_package_ids', 'not_allowed_with', 'add PLACEMENT_PANGLE'],
  ['high spending power on Pangle only', 'TRAFFIC', { spending_power: 'HIGH', placements: ['PLACEMENT_PANGLE'] }, 'spending_power', 'not_allowed_with', 'add PLACEMENT_TIKTOK'],
  ['household income with automatic placement', 'TRAFFIC', { household_income: ['TOP_10_PERCENT'], placement_type: 'PLACEMENT_TYPE_AUTOMATIC' }, 'household_income', 'not_allowed_with', 'PLACEMENT_TYPE_NORMAL'],
  // Devices
  ['price tiers with a gap', 'TRAFFIC', { device_price_ranges: [1, 3] }, 'device_price_ranges', 'not_contiguous', 'e.g. [1, 2, 3]'],
  ['price tiers and device models', 'TRAFFIC', { device_price_ranges: [3], device_model_ids: ['1'] }, 'device_price_ranges', 'not_allowed_with', 'either phone models or price tiers'],
  // App promotion, promotion type, operating systems
  ['APP_PROMOTION without app_id', 'APP_PROMOTION', { operating_systems: ['IOS'] }, 'app_id', 'required_with', 'TikTok app ID'],
  ['APP_PROMOTION without an OS', 'APP_PROMOTION', { app_id: '71' }, 'operating_systems', 'required_with', '["ANDROID"] or ["IOS"]'],
  ['APP_PROMOTION with two OSes', 'APP_PROMOTION', { app_id: '71', operating_systems: ['ANDROID', 'IOS'] }, 'operating_systems', 'invalid_value', 'one ad group with ["ANDROID"]'],
  ['APP_PROMOTION promoting a website', 'APP_PROMOTION', { ...APP, promotion_type: 'WEBSITE' }, 'promotion_type', 'not_allowed_for_objective', 'use APP_ANDROID or APP_IOS'],
  ['APP_IOS with Android', 'APP_PROMOTION', { ...APP, promotion_type: 'APP_IOS' }, 'promotion_type', 'incompatible_value', 'make them agree'],
  ['an app promotion type with both OSes', 'TRAFFIC', { promotion_type: 'APP_ANDROID', operating_systems: ['ANDROID', 'IOS'] }, 'operating_systems', 'invalid_value', 'set ["ANDROID"]'],
  ['CONVERSIONS promoting an app', 'CONVERSIONS', { ...PIXEL, promotion_type: 'APP_ANDROID' }, 'promotion_type', 'not_allowed_for_objective', 'use WEBSITE'],
  // Ages and locations
  ['13-17 in the default US with gender', 'TRAFFIC', { age_groups: ['AGE_13_17', 'AGE_18_24'], gender: 'GENDER_FEMALE' }, 'age_groups', 'not_allowed_with', 'location_ids defaults to the US'],
  ['13-17 in the US with interests', 'TRAFFIC', { age_groups: ['AGE_13_17'], location_ids: ['6252001'], interest_category_ids: ['10001'] }, 'age_groups', 'not_allowed_with', 'remove interest_category_ids'],
  ['13-17 in Canada with audiences', 'TRAFFIC', { age_groups: ['AGE_13_17'], location_ids: ['6251999'], audience_ids: ['11'] }, 'age_groups', 'not_allowed_with', 'Canada (6251999)'],
  ['13-17 on lead generation in the US', 'LEAD_GENERATION', { age_groups: ['AGE_13_17'] }, 'age_groups', 'not_allowed_for_objective', 'LEAD_GENERATION'],
  ['13-17 with high spending power in Brazil', 'TRAFFIC', { age_groups: ['AGE_13_17'], location_ids: ['3469034'], spending_power: 'HIGH' }, 'age_groups', 'not_allowed_with', 'remove spending_power'],
  // Goals TikTok ties to the promotion (corrections #7-#9)
  ['CONVERSATION on lead generation', 'LEAD_GENERATION', { optimization_goal: 'CONVERSATION' }, 'optimization_goal', 'unsupported_value', 'messaging'],
  ['an instant-form goal on website leads', 'LEAD_GENERATION', { promotion_type: 'WEBSITE', optimization_goal: 'LEAD_GENERATION' }, 'optimization_goal', 'incompatible_value', 'CONVERT with pixel_id'],
  ['website leads for conversions without a pixel', 'LEAD_GENERATION', { promotion_type: 'WEBSITE', optimization_goal: 'CONVERT' }, 'pixel_id', 'required_with', 'list_tiktok_pixels'],
  ['clicks on an instant form', 'LEAD_GENERATION', { optimization_goal: 'CLICK' }, 'optimization_goal', 'required_with', 'set promotion_type WEBSITE'],
  ['a pixel on an instant form', 'LEAD_GENERATION', PIXEL, 'pixel_id', 'not_allowed_for_objective', 'set promotion_type WEBSITE'],
  ['landing-page views for an app', 'TRAFFIC', { optimization_goal: 'TRAFFIC_LANDING_PAGE_VIEW', promotion_type: 'APP_ANDROID' }, 'optimization_goal', 'incompatible_value', 'use optimization_goal CLICK'],
  ['another event with landing-page views', 'TRAFFIC', { optimization_event: 'ON_WEB_ORDER' }, 'optimization_event', 'not_allowed_with', 'LANDING_PAGE_VIEW itself'],
  ['landing-page views on Global App Bundle alone', 'TRAFFIC', { placements: ['PLACEMENT_GLOBAL_APP_BUNDLE'] }, 'placements', 'not_allowed_with', 'add PLACEMENT_TIKTOK'],
  // Values TikTok does not have (corrections #11, #16, #17)
  ['a day-1 retention deep bid type', 'APP_PROMOTION', { ...APP, deep_bid_type: 'VO_MIN_DAY1_RETENTION' }, 'deep_bid_type', 'unsupported_value', 'secondary_optimization_event NEXT_DAY_OPEN on Pangle placement, and deep_bid_type MIN'],
  ['a day-7 retention deep bid type', 'APP_PROMOTION', { ...APP, deep_bid_type: 'VO_MIN_DAY7_RETENTION' }, 'deep_bid_type', 'unsupported_value', 'secondary_optimization_event DAY7_RETENTION'],
  ['value bidding without the VALUE goal', 'CONVERSIONS', { ...PIXEL, deep_bid_type: 'VO_HIGHEST_VALUE' }, 'deep_bid_type', 'not_allowed_with', 'set optimization_goal VALUE'],
  ['an app deep bid type on web conversions', 'CONVERSIONS', { ...PIXEL, optimization_goal: 'VALUE', deep_bid_type: 'MIN' }, 'deep_bid_type', 'not_allowed_for_objective', 'VO_MIN_ROAS or VO_HIGHEST_VALUE'],
  ['a ROAS target with highest-value bidding', 'CONVERSIONS', { ...PIXEL, optimization_goal: 'VALUE', deep_bid_type: 'VO_HIGHEST_VALUE', roas_bid: 2 }, 'roas_bid', 'not_allowed_with', 'VO_MIN_ROAS'],
  ['custom actions to include', 'TRAFFIC', { included_custom_actions: [{ action_categories: ['PURCHASE'], days: 30 }] }, 'included_custom_actions', 'unsupported_value', 'audience_ids'],
  ['custom actions to exclude', 'TRAFFIC', { excluded_custom_actions: [{ action_categories: ['PURCHASE'], days: 30 }] }, 'excluded_custom_actions', 'unsupported_value', 'excluded_audience_ids'],
  // Retention (corrections #20)
  ['next-day retention without NEXT_DAY_OPEN', 'APP_PROMOTION', { ...APP, placements: ['PLACEMENT_PANGLE'], deep_bid_type: 'MIN', next_day_retention: 0.4, bid_type: 'BID_TYPE_CUSTOM', conversion_bid_price: 2, deep_cpa_bid: 5 }, 'next_day_retention', 'required_with', 'NEXT_DAY_OPEN'],
  ['next-day retention without its bids', 'APP_PROMOTION', { ...APP, placements: ['PLACEMENT_PANGLE'], secondary_optimization_event: 'NEXT_DAY_OPEN', deep_bid_type: 'PACING', next_day_retention: 0.4 }, 'conversion_bid_price', 'required_with', 'conversion_bid_price / deep_cpa_bid'],
  ['next-day retention off its formula', 'APP_PROMOTION', { ...APP, placements: ['PLACEMENT_PANGLE'], secondary_optimization_event: 'NEXT_DAY_OPEN', deep_bid_type: 'MIN', bid_type: 'BID_TYPE_CUSTOM', conversion_bid_price: 2, deep_cpa_bid: 5, next_day_retention: 0.8 }, 'next_day_retention', 'incompatible_value', '2 / 5 = 0.40'],
  // Attribution, compliance, schedule bounds (corrections #18, #23, #24)
  ['attribution windows without a conversion event', 'TRAFFIC', { statistic_type: '1D_VIEW_7D_CLICK' }, 'statistic_type', 'not_allowed_with', 'remove statistic_type'],
  ['HFSS in the US only', 'TRAFFIC', { is_hfss: true }, 'is_hfss', 'not_allowed_with', 'remove is_hfss'],
  ['a start after 2028', 'TRAFFIC', { schedule_start_time: '2028-01-01 00:00:01' }, 'schedule_start_time', 'too_far_ahead', '2028-01-01 00:00:00'],
  ['an end after 2038', 'TRAFFIC', { schedule_end_time: '2038-01-02 00:00:00' }, 'schedule_end_time', 'too_far_ahead', '2038-01-01 00:00:00'],
  ['ENGAGED_VIEW_FIFTEEN without an end', 'VIDEO_VIEWS', { optimization_goal: 'ENGAGED_VIEW_FIFTEEN' }, 'schedule_end_time', 'required_with', 'at most 30 days'],
  ['household income in the UK only', 'TRAFFIC', { household_income: ['TOP_5_PERCENT'], location_ids: ['2635167'] }, 'household_income', 'not_allowed_with', 'United Kingdom (2635167), outside the US'],
  ['household income outside the US', 'TRAFFIC', { household_income: ['TOP_5_PERCENT'], location_ids: ['6252001', '2635167'] }, 'household_income', 'not_allowed_with', 'target only the US'],
  // Retired values
  ['DYNAMIC creative mode', 'TRAFFIC', { creative_material_mode: 'DYNAMIC' }, 'creative_material_mode', 'deprecated_value', 'omit creative_material_mode'],
];

describe('each rule refuses, naming the field and the fix', () => {
  it.each(rows)('%s', (_what, objective, extra, path, code, fix) => {
    const input = { ...BASE, objective, ...extra };
    const f = facts({ objective_type: TIKTOK_OBJECTIVE[objective] });
    const issues = allIssues(input, f);
    const issue = issues.find((candidate) => candidate.path === path && candidate.code === code);
    expect(issue, JSON.stringify(issues, null, 2)).toBeDefined();
    expect(issue?.message).toContain(path.split('.')[0]);
    expect(issue?.message).toContain(fix);
    // With the objective given, every one of these is found without I/O.
    expect(checkArguments(input).issues).toContainEqual(issue);
  });
});

describe('rules that need the campaign, the advertiser or the clock', () => {
  it('refuses an objective that conflicts with the campaign, naming both', () => {
    const issues = validateWithFacts(
      { ...BASE, objective: 'CONVERSIONS' },
      facts({ objective_type: 'TRAFFIC' }),
    );
    expect(issues).toEqual([
      {
        path: 'objective',
        code: 'conflicts_with_campaign',
        message: expect.stringMatching(
          /objective CONVERSIONS conflicts with campaign \d+, whose objective is TRAFFIC.*Omit objective/,
        ),
      },
    ]);
  });

  it("names TikTok's WEB_CONVERSIONS as the page's CONVERSIONS", () => {
    const [issue] = validateWithFacts(
      { ...BASE, objective: 'TRAFFIC' },
      facts({ objective_type: 'WEB_CONVERSIONS' }),
    );
    expect(issue?.message).toContain('whose objective is CONVERSIONS (TikTok: WEB_CONVERSIONS)');
  });

  it.each(['WEB_CONVERSIONS', 'CONVERSIONS'])('CONVERSIONS matches a %s campaign', (objectiveType) => {
    const args = { ...BASE, objective: 'CONVERSIONS' as const, ...PIXEL };
    expect(validateWithFacts(args, facts({ objective_type: objectiveType }))).toEqual([]);
  });

  it('refuses a campaign whose objective this tool does not serve', () => {
    expect(validateWithFacts(BASE, facts({ objective_type: 'ENGAGEMENT' }))).toEqual([
      { path: 'campaign_id', code: 'unsupported_objective', message: expect.stringContaining('ENGAGEMENT') },
    ]);
  });

  // TikTok's table: 20 x the currency's verification ratio (doc 1737585839634433).
  it.each([
    ['EUR', 10, 'budget must be at least EUR 20.00 per day'],
    ['JPY', 1999, 'budget must be at least JPY 2,000 per day'],
    ['GBP', 19.99, 'budget must be at least GBP 20.00 per day'],
    ['INR', 1999, 'budget must be at least INR 2,000.00 per day'],
    ['KRW', 10000, 'budget must be at least KRW 20,000 per day'],
    ['PLN', 79, 'budget must be at least PLN 80.00 per day'],
    ['USD', 19, 'budget must be at least USD 20.00 per day'],
  ])('refuses a daily budget under the %s floor, in that currency', (currency, budget, text) => {
    const issues = validateWithFacts({ ...BASE, budget }, facts({ currency }));
    expect(issues).toEqual([
      { path: 'budget', code: 'below_minimum', message: expect.stringContaining(text) },
    ]);
    expect(issues[0]?.message).toContain(`got ${currency}`);
  });

  it.each([
    ['the floor itself (JPY)', { budget: 2000 }, { currency: 'JPY' }],
    ['BRL 20', { budget: 20 }, { currency: 'BRL' }],
    ['MXN 200', { budget: 200 }, { currency: 'MXN' }],
    ['just below the maximum', { budget: 9_999_999.99 }, {}],
    ['a currency TikTok does not list (no guessed floor)', { budget: 1 }, { currency: 'XOF' }],
    [
      'a lifetime budget of USD 100 over 3 days (USD 20 x 3)',
      { budget: 100, budget_mode: 'BUDGET_MODE_TOTAL', schedule_end_time: '2026-05-06 10:00:00' },
      {},
    ],
    ['a CBO campaign (the ad group budget is not sent)', { budget: 1 }, { cbo: true }],
  ] as const)('accepts %s', (_what, extra, options) => {
    expect(validateWithFacts({ ...BASE, ...extra }, facts(options))).toEqual([]);
  });

  it.each([
    ['JPY', 2000.5, 'whole JPY, without decimals'],
    ['KRW', 20000.1, 'whole KRW'],
    ['USD', 20.005, 'USD with at most 2 decimals'],
  ])('refuses a %s budget of %s: TikTok checks the precision first', (currency, budget, text) => {
    expect(validateWithFacts({ ...BASE, budget }, facts({ currency }))).toEqual([
      { path: 'budget', code: 'invalid_precision', message: expect.stringContaining(text) },
    ]);
  });

  it.each([1e300, 10_000_000])("refuses a budget of %s: TikTok's maximum is exclusive", (budget) => {
    expect(validateWithFacts({ ...BASE, budget }, facts())).toEqual([
      {
        path: 'budget',
        code: 'above_maximum',
        message: expect.stringContaining('must be less than USD 10,000,000.00 per day'),
      },
    ]);
  });

  it('refuses a lifetime budget under the daily minimum times the days scheduled', () => {
    const args = {
      ...BASE,
      budget: 300,
      budget_mode: 'BUDGET_MODE_TOTAL',
      schedule_end_time: '2026-06-02 10:00:00',
    } as const;
    expect(validateWithFacts(args, facts())).toEqual([
      {
        path: 'budget',
        code: 'below_minimum',
        message: expect.stringMatching(
          /at least USD 600\.00: .*USD 20\.00 per day times the 30 days.*got USD 300\.00/,
        ),
      },
    ]);
  });

  it("refuses a lifetime ad group in a daily-budget campaign (TikTok's budget-mode table)", () => {
    const args = {
      ...BASE,
      budget: 600,
      budget_mode: 'BUDGET_MODE_TOTAL',
      schedule_end_time: '2026-06-01 00:00:00',
    } as const;
    expect(validateWithFacts(args, facts({ budget_mode: 'BUDGET_MODE_DAY' }))).toEqual([
      {
        path: 'budget_mode',
        code: 'conflicts_with_campaign',
        message: expect.stringContaining('Use budget_mode BUDGET_MODE_DAY'),
      },
    ]);
    expect(
      validateWithFacts(
        { ...BASE, budget_mode: 'BUDGET_MODE_DAY' },
        facts({ budget_mode: 'BUDGET_MODE_DAY' }),
      ),
    ).toEqual([]);
  });

  it("bounds a bid by TikTok's maximum when no budget bounds it (CBO without a campaign budget)", () => {
    const args = {
      ...BASE,
      optimization_goal: 'CLICK',
      bid_type: 'BID_TYPE_CUSTOM',
      bid_price: 1e300,
    } as const;
    expect(validateWithFacts(args, facts({ cbo: true }))).toContainEqual({
      path: 'bid_price',
      code: 'not_allowed_with',
      message: expect.stringContaining("TikTok's maximum budget in USD"),
    });
  });

  it('limits ENGAGED_VIEW_FIFTEEN to 30 days', () => {
    const args = {
      ...BASE,
      optimization_goal: 'ENGAGED_VIEW_FIFTEEN',
      schedule_end_time: '2026-06-04 10:00:00',
    } as const;
    expect(validateWithFacts(args, facts({ objective_type: 'VIDEO_VIEWS' }))).toEqual([
      { path: 'schedule_end_time', code: 'not_allowed_with', message: expect.stringContaining('has 32') },
    ]);
  });

  it('takes a start at most 12 hours in the past', () => {
    const ok = validateWithFacts({ ...BASE, schedule_start_time: '2026-05-02 23:00:00' }, facts());
    expect(ok).toEqual([]);
    const late = validateWithFacts({ ...BASE, schedule_start_time: '2026-05-02 21:00:00' }, facts());
    expect(late).toEqual([
      {
        path: 'schedule_start_time',
        code: 'in_the_past',
        message: expect.stringContaining('use 2026-05-02 22:00:00 or later, or omit it to start now'),
      },
    ]);
  });

  it('refuses an end that is already past', () => {
    expect(validateWithFacts({ ...BASE, schedule_end_time: '2026-05-03 09:00:00' }, facts())).toEqual([
      {
        path: 'schedule_end_time',
        code: 'in_the_past',
        message: expect.stringContaining('set a later end time'),
      },
    ]);
  });

  it('refuses bids that are not below the budget (the campaign budget under CBO)', () => {
    const custom = { optimization_goal: 'CLICK', bid_type: 'BID_TYPE_CUSTOM' } as const;
    expect(validateWithFacts({ ...BASE, ...custom, bid_price: 50 }, facts())).toContainEqual({
      path: 'bid_price',
      code: 'not_allowed_with',
      message: expect.stringContaining('must be lower than budget (USD 50.00)'),
    });
    expect(
      validateWithFacts({ ...BASE, ...custom, bid_price: 600 }, facts({ cbo: true, campaign_budget: 500 })),
    ).toContainEqual({
      path: 'bid_price',
      code: 'not_allowed_with',
      message: expect.stringContaining("the campaign's budget (USD 500.00)"),
    });
  });

  it('needs a deep bid for value optimisation under CBO', () => {
    const args = { ...BASE, ...PIXEL, optimization_goal: 'VALUE' as const };
    const cbo = facts({ objective_type: 'WEB_CONVERSIONS', cbo: true });
    expect(validateWithFacts(args, cbo)).toEqual([
      { path: 'deep_bid_type', code: 'required_with', message: expect.stringContaining('VO_HIGHEST_VALUE') },
    ]);
    expect(validateWithFacts({ ...args, roas_bid: 2 }, cbo)).toEqual([]);
    // Highest-value bidding needs no ROAS target (SDK deep_bid_type).
    expect(allIssues({ ...args, deep_bid_type: 'VO_HIGHEST_VALUE' }, cbo)).toEqual([]);
  });
});

describe('objective omitted: the rules run for the campaign objective', () => {
  it('finds objective rules only once the campaign is known', () => {
    const args = addTikTokAdGroupSchema.parse({ ...BASE, frequency: 3 });
    expect(addTikTokAdGroupRules(args)).toEqual([]);
    expect(validateWithFacts(args, facts({ objective_type: 'TRAFFIC' }))).toEqual([
      { path: 'frequency', code: 'not_allowed_for_objective', message: expect.stringContaining('REACH') },
    ]);
    expect(validateWithFacts(args, facts({ objective_type: 'REACH' }))).toEqual([]);
  });

  it('asks for the pixel of a CONVERSIONS campaign', () => {
    const issues = validateWithFacts(BASE, facts({ objective_type: 'WEB_CONVERSIONS' }));
    expect(issues.map((issue) => issue.path)).toEqual(['pixel_id', 'optimization_event']);
  });

  it('never repeats an issue the I/O-free rules already reported', () => {
    const input = { ...BASE, optimization_goal: 'CLICK', roas_bid: 2 };
    const issues = allIssues(input, facts({ objective_type: 'TRAFFIC' }));
    expect(issues.filter((issue) => issue.path === 'roas_bid')).toHaveLength(1);
  });

  it.each([
    [
      '13-17 with broad targeting in the US',
      'TRAFFIC',
      { age_groups: ['AGE_13_17'], languages: ['en'], operating_systems: ['IOS'] },
    ],
    [
      '13-17 on a broad REACH ad group in Canada',
      'REACH',
      { age_groups: ['AGE_13_17', 'AGE_18_24'], location_ids: ['6251999'] },
    ],
    [
      '13-17 with interests in Japan',
      'TRAFFIC',
      { age_groups: ['AGE_13_17'], location_ids: ['1861060'], interest_category_ids: ['1'] },
    ],
    [
      'high spending power on TikTok and Pangle',
      'TRAFFIC',
      { spending_power: 'HIGH', placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'] },
    ],
    [
      'high spending power with automatic placement',
      'TRAFFIC',
      { spending_power: 'HIGH', placement_type: 'PLACEMENT_TYPE_AUTOMATIC' },
    ],
    [
      'highest-value bidding on web conversions',
      'CONVERSIONS',
      { ...PIXEL, optimization_goal: 'VALUE', deep_bid_type: 'VO_HIGHEST_VALUE' },
    ],
    ['website leads with a pixel', 'LEAD_GENERATION', { promotion_type: 'WEBSITE', ...PIXEL }],
    ['website leads without a pixel', 'LEAD_GENERATION', { promotion_type: 'WEBSITE' }],
    ['app traffic (its default goal is CLICK)', 'TRAFFIC', { promotion_type: 'APP_IOS', app_id: '71' }],
    ['HFSS in the UK', 'TRAFFIC', { is_hfss: true, location_ids: ['2635167'] }],
    ['HFSS in a region this tool cannot place', 'TRAFFIC', { is_hfss: true, location_ids: ['2643743'] }],
    [
      'attribution windows on web conversions',
      'CONVERSIONS',
      { ...PIXEL, statistic_type: '1D_VIEW_7D_CLICK' },
    ],
    [
      'FULL_INVENTORY on TikTok only (it means no filter)',
      'TRAFFIC',
      { brand_safety_type: 'FULL_INVENTORY' },
    ],
    [
      'a page-shaped audience union',
      'REACH',
      { audience_rule: { audience_op: 'union', audience_ids: ['11'], lookalike_audience_ids: ['12'] } },
    ],
    [
      'the latest start and end TikTok takes',
      'TRAFFIC',
      { schedule_start_time: '2028-01-01 00:00:00', schedule_end_time: '2038-01-01 00:00:00' },
    ],
  ] as Array<[string, Objective, Record<string, unknown>]>)('accepts %s', (_what, objective, extra) => {
    const f = facts({ objective_type: TIKTOK_OBJECTIVE[objective] });
    expect(allIssues({ ...BASE, ...extra }, f)).toEqual([]);
  });

  it('accepts a clean call on every supported objective', () => {
    const extra: Record<Objective, Record<string, unknown>> = {
      TRAFFIC: {},
      CONVERSIONS: PIXEL,
      LEAD_GENERATION: {},
      REACH: {},
      VIDEO_VIEWS: {},
      APP_PROMOTION: APP,
    };
    for (const [objective, args] of Object.entries(extra)) {
      const f = facts({ objective_type: TIKTOK_OBJECTIVE[objective as Objective] });
      expect(allIssues({ ...BASE, ...args }, f), objective).toEqual([]);
    }
  });
});

describe('every problem at once', () => {
  it('reports schema, rule and fact problems of one call together', () => {
    const input = {
      campaign_id: '1790000000000001',
      audience_ids: ['60001001', 2 ** 60], // lost precision
      adgroup_name: 'Launch 🚀', // emoji
      budget: 5, // under the EUR floor
      gender: 'GENDER_MALES', // near miss
      age_groups: ['AGE_13_17', 'AGE_18_24'], // US by default, with interests
      interest_category_ids: ['10001'],
      dayparting: '1'.repeat(168), // hourly
      bid_price: 1, // with automatic bidding
      budget_mode: 'BUDGET_MODE_TOTAL', // without an end
      schedule_start_time: '2026-05-01 00:00:00', // more than 12 hours ago
      frequency: 2, // not REACH (objective from the campaign)
      interest_keywords: ['running shoes'], // words
      brand_safety_type: 'THIRD_PARTY', // no partner
    };
    const f = facts({ currency: 'EUR', now: NOW });
    const issues = allIssues(input, f);
    const paths = issues.map((issue) => `${issue.path}:${issue.code}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'audience_ids.1:id_not_string',
        'adgroup_name:invalid_value',
        'gender:invalid_enum_value',
        'age_groups:not_allowed_with',
        'dayparting:invalid_length',
        'bid_price:not_allowed_with',
        'schedule_end_time:required_with',
        'interest_keywords.0:unresolved_keyword',
        'brand_safety_partner:required_with',
        'schedule_start_time:in_the_past',
        'frequency:not_allowed_for_objective',
      ]),
    );
    // The budget is judged as a lifetime budget here (BUDGET_MODE_TOTAL), so no daily floor.
    expect(paths).not.toContain('budget:below_minimum');
    expect(issues.every((issue) => issue.message.length > 20)).toBe(true);
  });

  it('does not stop at the first rule', () => {
    const issues = addTikTokAdGroupRules({
      ...BASE,
      objective: 'TRAFFIC',
      pixel_id: '1',
      frequency: 3,
      deep_bid_type: 'VO_MIN_ROAS',
      device_price_ranges: [0, 4],
      dayparting: mask([0], 0, 48),
    });
    expect(issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        'pixel_id',
        'optimization_event',
        'frequency',
        'deep_bid_type',
        'roas_bid',
        'device_price_ranges',
      ]),
    );
  });
});
