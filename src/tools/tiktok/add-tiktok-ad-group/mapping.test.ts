import { describe, expect, it } from 'vitest';
import { type Objective, TIKTOK_OBJECTIVE } from '../../../domain/adgroup/enums.js';
import { SEED_FIELDS } from './descriptions.js';
import { APP, PIXEL, FIELD_ROWS as rows } from './test-support/field-rows.js';
import { ADVERTISER_ID, allIssues, BASE, build, CAMPAIGN_ID, facts } from './test-support/fixtures.js';

describe('every argument reaches the TikTok body as documented', () => {
  it('has a row for every field of the page and every extra argument', () => {
    expect(rows.map((row) => row.field).sort()).toEqual(
      [...SEED_FIELDS, 'dry_run', 'app_id', 'operation_status'].sort(),
    );
  });

  it.each(rows.map((row) => [row.field, row] as const))('%s', (_field, row) => {
    if (row.refused) {
      const issues = allIssues(
        { ...BASE, ...row.args },
        facts({ objective_type: row.campaign ?? 'TRAFFIC' }),
      );
      expect(issues).toContainEqual(
        expect.objectContaining({
          path: row.refused.path,
          message: expect.stringMatching(row.refused.message),
        }),
      );
      return;
    }
    const result = build(row.args, facts({ objective_type: row.campaign ?? 'TRAFFIC' }));
    if (row.body) expect(result.body).toMatchObject(row.body);
    for (const key of row.absent ?? []) expect(result.body).not.toHaveProperty(key);
    if (row.warning)
      expect(result.warnings).toEqual(expect.arrayContaining([expect.stringMatching(row.warning)]));
    // Never a page-only name in TikTok's body.
    for (const key of ['objective', 'conversion_id', 'interest_keywords', 'dry_run', 'statistic_type']) {
      expect(result.body).not.toHaveProperty(key);
    }
    expect(result.body).not.toHaveProperty('request_id');
  });

  it('sends both operating systems as no filter', () => {
    expect(build({ operating_systems: ['ANDROID', 'IOS'] }).body).not.toHaveProperty('operating_systems');
  });

  it.each([
    [[0], [0, 150]],
    [[1], [200, 350]],
    [
      [2, 3],
      [400, 750],
    ],
    [[4], [800, 10000]],
    [
      [0, 1, 2, 3, 4],
      [0, 10000],
    ],
  ])('maps price tiers %j to TikTok bounds %j (TikTok adds 50 to the upper bound)', (tiers, range) => {
    expect(build({ device_price_ranges: tiers }).body.device_price_ranges).toEqual(range);
  });

  it("sends the page's WEBSITE on lead generation as TikTok's lead promotion type", () => {
    const result = build({ promotion_type: 'WEBSITE' }, facts({ objective_type: 'LEAD_GENERATION' }));
    expect(result.body).toMatchObject({
      promotion_type: 'LEAD_GENERATION',
      promotion_target_type: 'EXTERNAL_WEBSITE',
    });
    expect(result.defaultsApplied.find((d) => d.field === 'promotion_target_type')?.reason).toMatch(
      /leads collected on your website/,
    );
    // Without a pixel, website leads optimise for clicks (TikTok's Search Ads guide, id 1815394136739841).
    expect(result.body).toMatchObject({ optimization_goal: 'CLICK', billing_event: 'CPC' });
    expect(result.body).not.toHaveProperty('pixel_id');
  });

  it('optimises website leads with a pixel for conversions, with the pixel on the ad group', () => {
    const result = build(
      { promotion_type: 'WEBSITE', ...PIXEL },
      facts({ objective_type: 'LEAD_GENERATION' }),
    );
    expect(result.body).toMatchObject({
      promotion_type: 'LEAD_GENERATION',
      promotion_target_type: 'EXTERNAL_WEBSITE',
      optimization_goal: 'CONVERT',
      billing_event: 'OCPM',
      pixel_id: PIXEL.pixel_id,
      optimization_event: PIXEL.optimization_event,
    });
  });

  it('optimises app traffic for clicks: landing-page views need a website', () => {
    const result = build({ promotion_type: 'APP_ANDROID', app_id: '7100000000000001' });
    expect(result.body).toMatchObject({
      promotion_type: 'APP_ANDROID',
      optimization_goal: 'CLICK',
      billing_event: 'CPC',
    });
    expect(result.defaultsApplied.find((d) => d.field === 'optimization_goal')?.reason).toMatch(
      /app traffic/,
    );
  });

  it.each([
    [['TOP_5_PERCENT'], ['TOP5']],
    [['TOP_10_PERCENT'], ['TOP5', 'TOP10']],
    [['TOP_25_PERCENT'], ['TOP5', 'TOP10', 'TOP10_25']],
    [['TOP_50_PERCENT'], ['TOP5', 'TOP10', 'TOP10_25', 'TOP25_50']],
    [
      ['TOP_25_PERCENT', 'TOP_5_PERCENT'],
      ['TOP5', 'TOP10', 'TOP10_25'],
    ],
  ])('sends the cumulative household_income %j as every TikTok band it covers, %j', (brackets, bands) => {
    expect(build({ household_income: brackets }).body.household_income).toEqual(bands);
  });

  it("sends FULL_INVENTORY (no filter) as TikTok's NO_BRAND_SAFETY, with Pangle or not", () => {
    for (const extra of [{}, { placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'] }]) {
      const result = build({ brand_safety_type: 'FULL_INVENTORY', ...extra });
      expect(result.body.brand_safety_type).toBe('NO_BRAND_SAFETY');
      expect(result.defaultsApplied.find((d) => d.field === 'brand_safety_type')?.reason).toMatch(
        /no filter/,
      );
    }
  });

  it("sends BID_TYPE_MAX_CONVERSION (the page's cost cap) as BID_TYPE_CUSTOM with the target cost", () => {
    const result = build({ bid_type: 'BID_TYPE_MAX_CONVERSION', conversion_bid_price: 4 });
    expect(result.body).toMatchObject({ bid_type: 'BID_TYPE_CUSTOM', conversion_bid_price: 4 });
    expect(result.defaultsApplied.find((d) => d.field === 'bid_type')?.value).toBe('BID_TYPE_CUSTOM');
  });

  it("sends the page's audience_rule union as TikTok's audience_ids, never the rule itself", () => {
    const rule = { audience_op: 'union', audience_ids: ['60001001'], lookalike_audience_ids: ['60001003'] };
    const result = build({ audience_rule: rule, audience_ids: ['60001004'] });
    expect(result.body.audience_ids).toEqual(['60001004', '60001001', '60001003']);
    expect(result.body).not.toHaveProperty('audience_rule');
  });

  it('sends 1D_VIEW_7D_CLICK as the click and view attribution windows; ALL_DAY sends none', () => {
    const windows = build(
      { ...PIXEL, statistic_type: '1D_VIEW_7D_CLICK' },
      facts({ objective_type: 'WEB_CONVERSIONS' }),
    );
    expect(windows.body).toMatchObject({
      click_attribution_window: 'SEVEN_DAYS',
      view_attribution_window: 'ONE_DAY',
    });
    const all = build({ ...PIXEL, statistic_type: 'ALL_DAY' }, facts({ objective_type: 'WEB_CONVERSIONS' }));
    expect(all.body).not.toHaveProperty('click_attribution_window');
    expect(all.defaultsApplied.find((d) => d.field === 'statistic_type')?.value).toBeNull();
  });

  it('sends bid_display_mode CPV for VIDEO_VIEWS only, whatever was asked; never elsewhere', () => {
    const video = build({ bid_display_mode: 'CPM' }, facts({ objective_type: 'VIDEO_VIEWS' }));
    expect(video.body.bid_display_mode).toBe('CPV');
    for (const extra of [{}, { bid_display_mode: 'CPC', optimization_goal: 'CLICK' }]) {
      const other = build(extra);
      expect(other.body).not.toHaveProperty('bid_display_mode');
      expect(other.defaultsApplied.find((d) => d.field === 'bid_display_mode')).toMatchObject({
        value: null,
        reason: expect.stringMatching(/only for VIDEO_VIEWS/),
      });
    }
  });

  it('does not send turning auto-targeting or expansion off (there is nothing to turn off)', () => {
    const result = build({ auto_targeting_enabled: 'OFF', targeting_expansion: { expand_age: false } });
    expect(result.body).not.toHaveProperty('auto_targeting_enabled');
    expect(result.body).not.toHaveProperty('targeting_expansion');
    expect(result.warnings).toEqual([]);
  });
});

describe('defaults, each with its reason', () => {
  it('a minimal TRAFFIC call in USD', () => {
    const result = build();
    expect(result.body).toEqual({
      advertiser_id: ADVERTISER_ID,
      campaign_id: CAMPAIGN_ID,
      adgroup_name: 'Spring sale',
      operation_status: 'ENABLE',
      promotion_type: 'WEBSITE',
      placement_type: 'PLACEMENT_TYPE_NORMAL',
      placements: ['PLACEMENT_TIKTOK'],
      location_ids: ['6252001'],
      age_groups: ['AGE_18_24', 'AGE_25_34', 'AGE_35_44', 'AGE_45_54', 'AGE_55_100'],
      gender: 'GENDER_UNLIMITED',
      budget_mode: 'BUDGET_MODE_DAY',
      budget: 50,
      pacing: 'PACING_MODE_SMOOTH',
      schedule_type: 'SCHEDULE_FROM_NOW',
      schedule_start_time: '2026-05-03 10:00:00',
      optimization_goal: 'TRAFFIC_LANDING_PAGE_VIEW',
      billing_event: 'OCPM',
      bid_type: 'BID_TYPE_NO_BID',
    });
    expect(result.cbo).toBe(false);
    expect(result.warnings).toEqual([]);
    expect(result.defaultsApplied.map((d) => d.field)).toEqual([
      'objective',
      'operation_status',
      'promotion_type',
      'placement_type',
      'placements',
      'location_ids',
      'age_groups',
      'gender',
      'budget_mode',
      'pacing',
      'schedule_type',
      'schedule_start_time',
      'optimization_goal',
      'billing_event',
      'bid_type',
      'bid_display_mode',
    ]);
    for (const applied of result.defaultsApplied) expect(applied.reason.length).toBeGreaterThan(10);
  });

  it.each([
    ['bid_type', 'BID_TYPE_NO_BID', /automatic bidding/],
    ['pacing', 'PACING_MODE_SMOOTH', /evenly/],
    ['gender', 'GENDER_UNLIMITED', /every gender/],
    ['location_ids', ['6252001'], /United States/],
    ['age_groups', ['AGE_18_24', 'AGE_25_34', 'AGE_35_44', 'AGE_45_54', 'AGE_55_100'], /every age from 18/],
    ['budget_mode', 'BUDGET_MODE_DAY', /daily/],
    ['placement_type', 'PLACEMENT_TYPE_NORMAL', /manual placement/],
    ['placements', ['PLACEMENT_TIKTOK'], /TikTok/],
    ['schedule_type', 'SCHEDULE_FROM_NOW', /no end time/],
    ['schedule_start_time', '2026-05-03 10:00:00', /now, in UTC/],
    ['operation_status', 'ENABLE', /delivers/],
    ['objective', 'TRAFFIC', /taken from campaign 1790000000000001/],
  ])('%s defaults to %j', (field, value, reason) => {
    const applied = build().defaultsApplied.find((d) => d.field === field);
    expect(applied?.value).toEqual(value);
    expect(applied?.reason).toMatch(reason);
  });

  // The rules file's table, written out (not read from DEFAULT_GOAL, which it checks).
  it.each([
    ['TRAFFIC', 'TRAFFIC_LANDING_PAGE_VIEW', 'OCPM'],
    ['CONVERSIONS', 'CONVERT', 'OCPM'],
    ['REACH', 'REACH', 'CPM'],
    ['VIDEO_VIEWS', 'ENGAGED_VIEW', 'CPV'],
    ['LEAD_GENERATION', 'LEAD_GENERATION', 'OCPM'],
    ['APP_PROMOTION', 'INSTALL', 'OCPM'],
  ] as Array<[Objective, string, string]>)('%s: goal %s, billed %s', (objective, goal, billing) => {
    const extra = objective === 'CONVERSIONS' ? PIXEL : objective === 'APP_PROMOTION' ? APP : {};
    const result = build(extra, facts({ objective_type: TIKTOK_OBJECTIVE[objective] }));
    expect(result.body).toMatchObject({ optimization_goal: goal, billing_event: billing });
    expect(result.body.bid_display_mode).toBe(objective === 'VIDEO_VIEWS' ? 'CPV' : undefined);
    expect(result.defaultsApplied.find((d) => d.field === 'objective')?.value).toBe(objective);
  });

  it.each([
    ['TRAFFIC', 'CLICK', 'CPC'],
    ['TRAFFIC', 'TRAFFIC_LANDING_PAGE_VIEW', 'OCPM'],
    ['WEB_CONVERSIONS', 'CONVERT', 'OCPM'],
    ['WEB_CONVERSIONS', 'VALUE', 'OCPM'],
    ['REACH', 'REACH', 'CPM'],
    ['VIDEO_VIEWS', 'ENGAGED_VIEW', 'CPV'],
    ['VIDEO_VIEWS', 'ENGAGED_VIEW_FIFTEEN', 'CPV'],
    ['LEAD_GENERATION', 'LEAD_GENERATION', 'OCPM'],
    ['APP_PROMOTION', 'INSTALL', 'OCPM'],
    ['APP_PROMOTION', 'IN_APP_EVENT', 'OCPM'],
    ['APP_PROMOTION', 'VALUE', 'OCPM'],
  ])('on a %s campaign, goal %s is billed %s by default (rules file)', (objectiveType, goal, billing) => {
    const extra = objectiveType === 'WEB_CONVERSIONS' ? PIXEL : objectiveType === 'APP_PROMOTION' ? APP : {};
    const schedule = goal === 'ENGAGED_VIEW_FIFTEEN' ? { schedule_end_time: '2026-05-20 00:00:00' } : {};
    const result = build(
      { ...extra, ...schedule, optimization_goal: goal },
      facts({ objective_type: objectiveType }),
    );
    expect(result.body).toMatchObject({ billing_event: billing });
  });

  it.each([
    ['TRAFFIC', {}, 'WEBSITE'],
    ['WEB_CONVERSIONS', PIXEL, 'WEBSITE'],
    ['LEAD_GENERATION', {}, 'LEAD_GENERATION'],
    ['APP_PROMOTION', { app_id: '71', operating_systems: ['IOS'] }, 'APP_IOS'],
    ['REACH', {}, undefined],
    ['VIDEO_VIEWS', {}, undefined],
  ])('promotion_type on a %s campaign: %s', (objectiveType, extra, promotion) => {
    const result = build(extra, facts({ objective_type: objectiveType }));
    expect(result.body.promotion_type).toBe(promotion);
  });

  it('REACH gets a frequency cap of 3 per 7 days', () => {
    const result = build({}, facts({ objective_type: 'REACH' }));
    expect(result.body).toMatchObject({ frequency: 3, frequency_schedule: 7 });
    expect(result.defaultsApplied.map((d) => d.field)).toEqual(
      expect.arrayContaining(['frequency', 'frequency_schedule']),
    );
  });

  it('a given objective is not recorded as a default', () => {
    expect(build({ objective: 'TRAFFIC' }).defaultsApplied.map((d) => d.field)).not.toContain('objective');
  });
});

describe('campaign budget optimisation', () => {
  it('sends no budget, budget mode or pacing, says so, and reports cbo', () => {
    const result = build(
      { budget: 80, budget_mode: 'BUDGET_MODE_DAY', pacing: 'PACING_MODE_FAST' },
      facts({ cbo: true }),
    );
    expect(result.cbo).toBe(true);
    for (const key of ['budget', 'budget_mode', 'pacing']) expect(result.body).not.toHaveProperty(key);
    expect(result.body).toMatchObject({
      bid_type: 'BID_TYPE_NO_BID',
      optimization_goal: 'TRAFFIC_LANDING_PAGE_VIEW',
    });
    expect(result.warnings.join(' ')).toMatch(/campaign budget optimisation \(CBO\).*USD 80\.00.*not sent/);
    expect(result.defaultsApplied.map((d) => d.field)).not.toEqual(expect.arrayContaining(['budget_mode']));
  });

  it('keeps the budget fields without CBO', () => {
    const result = build({}, facts({ cbo: false }));
    expect(result.cbo).toBe(false);
    expect(result.body).toMatchObject({
      budget: 50,
      budget_mode: 'BUDGET_MODE_DAY',
      pacing: 'PACING_MODE_SMOOTH',
    });
  });
});

describe('warnings for rules TikTok documents only through peers', () => {
  it.each([
    ['automatic placement on REACH', 'REACH', { placement_type: 'PLACEMENT_TYPE_AUTOMATIC' }, /peers/],
    [
      'fast pacing without a manual bid',
      'TRAFFIC',
      { pacing: 'PACING_MODE_FAST' },
      /PACING_MODE_FAST needs a manual bid/,
    ],
    [
      'BID_TYPE_NO_BID with a lifetime budget',
      'TRAFFIC',
      { budget_mode: 'BUDGET_MODE_TOTAL', budget: 600, schedule_end_time: '2026-06-01 00:00:00' },
      /daily budgets only \(unconfirmed\)/,
    ],
    [
      'Global App Bundle',
      'TRAFFIC',
      { placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_GLOBAL_APP_BUNDLE'] },
      /silently drops it/,
    ],
    [
      'an allowlisted goal',
      'VIDEO_VIEWS',
      { optimization_goal: 'ENGAGED_VIEW_FIFTEEN', schedule_end_time: '2026-05-20 00:00:00' },
      /allowlist-only/,
    ],
    [
      '13-17 outside the US',
      'TRAFFIC',
      { age_groups: ['AGE_13_17'], location_ids: ['1850147'] },
      /Latin America, the EEA/,
    ],
  ])('%s', (_what, objectiveType, extra, warning) => {
    const result = build(extra, facts({ objective_type: objectiveType }));
    expect(result.warnings).toEqual(expect.arrayContaining([expect.stringMatching(warning)]));
  });

  it("says when TikTok's budget table does not list the currency, and guesses no minimum", () => {
    const result = build({ budget: 1 }, facts({ currency: 'XOF' }));
    expect(result.warnings.join(' ')).toMatch(/does not list XOF/);
  });

  it('warns that pre-bid brand safety is allowlist-only on performance objectives (SDK brand_safety_type)', () => {
    const result = build({ brand_safety_type: 'STANDARD_INVENTORY' });
    expect(result.warnings.join(' ')).toMatch(/STANDARD_INVENTORY on a TRAFFIC ad group is allowlist-only/);
    expect(
      build({ brand_safety_type: 'STANDARD_INVENTORY' }, facts({ objective_type: 'REACH' })).warnings,
    ).toEqual([]);
  });
});
