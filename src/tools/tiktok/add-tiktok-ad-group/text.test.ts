import { describe, expect, it } from 'vitest';
import type { AdGroupFacts } from '../../../domain/adgroup/index.js';
import { adGroupStructuredResult } from './result.js';
import { build, facts, mask } from './test-support/fixtures.js';
import { describeDayparting, renderAdGroupText } from './text.js';

/** The registry of today: no tool adds ads yet. */
const registered = (name: string) => ['add_tiktok_ad_group', 'list_tiktok_pixels'].includes(name);
/** Once a tool adds ads (issue 11), the next step names it, with no other change. */
const withAddAd = (name: string) => registered(name) || name === 'add_tiktok_ad';

function render(
  extra: Record<string, unknown> = {},
  f: AdGroupFacts = facts(),
  dryRun = false,
  adgroupId: string | undefined = '1800000000000009',
  hasTool: (name: string) => boolean = registered,
): string {
  const request = build(extra, f);
  return renderAdGroupText({
    ...request,
    facts: f,
    dryRun,
    adgroupId: dryRun ? undefined : adgroupId,
    hasTool,
  });
}

describe('the result text', () => {
  it('for a created ad group: name, id, campaign, budget, schedule, targeting, bid, defaults, next step', () => {
    const text = render();
    expect(text).toContain('## Ad group "Spring sale" created');
    expect(text).toContain('(ID `1800000000000009`)');
    expect(text).toContain('campaign **Spring campaign** (`1790000000000001`, objective TRAFFIC)');
    expect(text).toContain('USD 50.00 per day, spread evenly through the day.');
    expect(text).toContain(
      'From 2026-05-03 10:00:00 UTC (2026-05-03 06:00 in America/New_York), with no end date',
    );
    expect(text).toContain('- Locations: United States (6252001)');
    expect(text).toContain('- Ages: 18 and over');
    expect(text).toContain('- Gender: everyone');
    expect(text).toContain(
      'Optimises for landing-page views (TRAFFIC_LANDING_PAGE_VIEW), billed OCPM, with automatic bidding (BID_TYPE_NO_BID).',
    );
    expect(text).toContain('**Defaults applied**');
    expect(text).toContain('- `pacing` = PACING_MODE_SMOOTH: spreads the budget evenly over the day.');
    expect(text).toContain('Give it an ad (adgroup_id `1800000000000009`)');
    expect(text).not.toContain('add_tiktok_ad`');
    expect(text).not.toContain('```json');
    expect(text).not.toContain('**Warnings**');
  });

  it('for a dry run: says nothing was created and shows the body that would be sent', () => {
    const request = build({ dry_run: true });
    const text = renderAdGroupText({ ...request, facts: facts(), dryRun: true, hasTool: registered });
    expect(text).toContain('## Dry run: ad group "Spring sale" was not created');
    expect(text).toContain('Nothing was created and nothing was billed.');
    expect(text).toContain('```json');
    expect(text).toContain(JSON.stringify(request.body, null, 2));
    expect(text).toContain('without `dry_run`');
    expect(text).not.toContain('(ID `');
    expect(text).not.toContain('add_tiktok_ad`');
  });

  it('names the tool that adds ads as the next step once it is registered', () => {
    const created = render({}, facts(), false, '1800000000000009', withAddAd);
    expect(created).toContain('Add ads to it with `add_tiktok_ad` (adgroup_id `1800000000000009`)');
    const dry = render({}, facts(), true, undefined, withAddAd);
    expect(dry).toContain('Then add ads to it with `add_tiktok_ad`.');
  });

  it('says when a field was deliberately not sent, and shows translated values', () => {
    const text = render({ bid_display_mode: 'CPC', optimization_goal: 'CLICK' });
    expect(text).toContain(
      '- `bid_display_mode`: not sent: TikTok uses bid_display_mode only for VIDEO_VIEWS',
    );
    const income = render({ household_income: ['TOP_10_PERCENT'] });
    expect(income).toContain('- `household_income` = TOP5, TOP10:');
    expect(income).toContain('- Household income (US): top 5%, top 10%');
  });

  it('under CBO: the campaign sets the budget', () => {
    const text = render({ budget: 80 }, facts({ cbo: true }));
    expect(text).toContain('Set by the campaign: it uses campaign budget optimisation (CBO)');
    expect(text).toContain('(USD 80.00)');
    expect(text).not.toContain('per day');
    expect(text).toContain('**Warnings**');
  });

  it("under CBO: names the campaign's budget when TikTok gave it", () => {
    const text = render({ budget: 80 }, facts({ cbo: true, campaign_budget: 500 }));
    expect(text).toContain(
      'Set by the campaign (USD 500.00 on the campaign): it uses campaign budget optimisation',
    );
  });

  it('a lifetime budget in EUR with an end date and dayparting', () => {
    const text = render(
      {
        budget_mode: 'BUDGET_MODE_TOTAL',
        budget: 700,
        schedule_start_time: '2026-05-04 06:00:00',
        schedule_end_time: '2026-06-01 22:00:00',
        dayparting: mask([0, 1, 2, 3, 4], 36, 44),
      },
      facts({ currency: 'EUR', timezone: 'Europe/Berlin' }),
    );
    expect(text).toContain('EUR 700.00 in total over the schedule');
    expect(text).toContain(
      'From 2026-05-04 06:00:00 UTC (2026-05-04 08:00 in Europe/Berlin) to 2026-06-01 22:00:00 UTC',
    );
    expect(text).toContain('(dayparting): Mon-Fri: 18:00-22:00; Sat, Sun: off.');
  });

  it('JPY without decimals', () => {
    expect(render({ budget: 3000 }, facts({ currency: 'JPY', timezone: 'Asia/Tokyo' }))).toContain(
      'JPY 3,000 per day',
    );
  });

  it('targeting in words', () => {
    const text = render({
      gender: 'GENDER_FEMALE',
      age_groups: ['AGE_25_34', 'AGE_35_44'],
      languages: ['en'],
      operating_systems: ['IOS'],
      device_price_ranges: [3, 4],
      network_types: ['WIFI'],
      household_income: ['TOP_10_PERCENT'],
      interest_category_ids: ['1', '2'],
      audience_ids: ['60001001'],
      excluded_audience_ids: ['60001002'],
    });
    expect(text).toContain('- Ages: 25-34, 35-44');
    expect(text).toContain('- Gender: women');
    expect(text).toContain('- Languages: en');
    expect(text).toContain('- Devices: iOS only; phones USD 600-800, over USD 800; networks WIFI');
    expect(text).toContain('- Household income (US): top 5%, top 10%');
    expect(text).toContain('- Interests: 2 interest categories');
    expect(text).toContain('- Audiences: includes `60001001`; excludes `60001002`');
    expect(text).toContain('- Placements: TikTok');
  });

  it('bids, pixel and frequency cap', () => {
    expect(render({ optimization_goal: 'CLICK', bid_type: 'BID_TYPE_CUSTOM', bid_price: 0.4 })).toContain(
      'with a manual bid of USD 0.40 per click (BID_TYPE_CUSTOM)',
    );
    const conversions = render(
      {
        pixel_id: '1776777769',
        optimization_event: 'ON_WEB_ORDER',
        bid_type: 'BID_TYPE_CUSTOM',
        conversion_bid_price: 12,
      },
      facts({ objective_type: 'WEB_CONVERSIONS' }),
    );
    expect(conversions).toContain('objective CONVERSIONS (TikTok: WEB_CONVERSIONS)');
    expect(conversions).toContain('a target cost of USD 12.00 per result');
    expect(conversions).toContain('Tracks pixel `1776777769`, optimising on ON_WEB_ORDER.');
    expect(render({}, facts({ objective_type: 'REACH' }))).toContain(
      'Frequency cap: at most 3 impressions per person every 7 days.',
    );
  });

  it('a lifetime budget is spread across the schedule, not "through the day"', () => {
    const text = render({
      budget_mode: 'BUDGET_MODE_TOTAL',
      budget: 900,
      schedule_end_time: '2026-06-01 00:00:00',
    });
    expect(text).toContain('USD 900.00 in total over the schedule, spread evenly across it.');
    expect(text).not.toContain('through the day');
  });

  it('a mask with every slot on is not described as a restriction', () => {
    const text = render({ dayparting: '1'.repeat(336) });
    expect(text).toContain('Dayparting: every half-hour of every day is on');
    expect(text).not.toContain('Delivers only');
  });

  it('says "every day", not "every 1 day"', () => {
    const reach = render({ frequency: 2, frequency_schedule: 1 }, facts({ objective_type: 'REACH' }));
    expect(reach).toContain('at most 2 impressions per person every day.');
    expect(reach).not.toContain(' 1 day');
  });

  it('names the cap of a cost-cap bid', () => {
    // The page's BID_TYPE_MAX_CONVERSION is TikTok's cost cap, BID_TYPE_CUSTOM.
    expect(render({ bid_type: 'BID_TYPE_MAX_CONVERSION', conversion_bid_price: 8 })).toContain(
      'with a target cost of USD 8.00 per result (BID_TYPE_CUSTOM).',
    );
  });

  it('an app ad group: the app, the secondary event and the retention target', () => {
    const text = render(
      {
        app_id: '7100000000000001',
        operating_systems: ['ANDROID'],
        placements: ['PLACEMENT_PANGLE'],
        bid_type: 'BID_TYPE_CUSTOM',
        conversion_bid_price: 1.5,
        deep_cpa_bid: 5,
        deep_bid_type: 'MIN',
        secondary_optimization_event: 'NEXT_DAY_OPEN',
        next_day_retention: 0.3,
      },
      facts({ objective_type: 'APP_PROMOTION' }),
    );
    expect(text).toContain('- Promotes app `7100000000000001` (APP_ANDROID)');
    expect(text).toContain('Secondary event: NEXT_DAY_OPEN.');
    expect(text).toContain('Target next-day retention: 0.3.');
  });

  it('the engagement switches and the UK food flags', () => {
    const text = render({
      location_ids: ['2635167'],
      is_hfss: true,
      comment_disabled: true,
      video_download_disabled: true,
    });
    expect(text).toContain('- Comments on the ads are turned off');
    expect(text).toContain('- Downloading the ad videos is turned off');
    expect(text).toContain('(is_hfss), with the confirmation that the ads follow the UK rules');
  });

  it('lists warnings and says when the ad group is created paused', () => {
    const text = render({ operation_status: 'DISABLE', auto_targeting_enabled: 'ON' });
    expect(text).toContain('It was created **paused** (operation_status DISABLE)');
    expect(text).toContain('**Warnings**\n- auto_targeting_enabled ON was not sent');
  });

  it('treats the name as data, not markdown', () => {
    expect(render({ adgroup_name: '*Launch* [US]' })).toContain(
      '## Ad group "\\*Launch\\* \\[US\\]" created',
    );
  });
});

describe('describeDayparting', () => {
  it.each([
    ['every slot', '1'.repeat(336), 'all day, every day'],
    ['weekday evenings', mask([0, 1, 2, 3, 4], 36, 44), 'Mon-Fri: 18:00-22:00; Sat, Sun: off'],
    ['one half-hour on Monday', mask([0], 0, 1), 'Mon: 00:00-00:30; Tue-Sun: off'],
    ['until midnight on Sunday', mask([6], 46, 48), 'Mon-Sat: off; Sun: 23:00-24:00'],
    ['weekends', mask([5, 6], 20, 24), 'Mon-Fri: off; Sat, Sun: 10:00-12:00'],
  ])('%s', (_what, value, expected) => {
    expect(describeDayparting(value)).toBe(expected);
  });
});

describe('data.structured', () => {
  it('carries the ids, the body, the defaults, the warnings and cbo', () => {
    const f = facts({ cbo: true });
    const request = build({}, f);
    const created = adGroupStructuredResult({
      ...request,
      facts: f,
      dryRun: false,
      adgroupId: '1800000000000009',
    });
    expect(created).toEqual({
      adgroup_id: '1800000000000009',
      advertiser_id: f.advertiser.advertiser_id,
      campaign_id: f.campaign.campaign_id,
      dry_run: false,
      body: request.body,
      defaults_applied: request.defaultsApplied,
      warnings: request.warnings,
      cbo: true,
    });
    expect(adGroupStructuredResult({ ...request, facts: f, dryRun: true }).adgroup_id).toBeNull();
  });
});
