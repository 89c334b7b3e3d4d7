/**
 * An existing ad group, read back from TikTok's `/adgroup/get/` shape, plus a change: the API
 * `update_tiktok_ad_group` builds on. The result is checked by the same rules as a new ad group.
 */
import { describe, expect, it } from 'vitest';
import { applyChange, checkAdGroup, diffSettings, NOT_UPDATABLE, settingsFromTikTok } from './index.js';
import type { AdGroupFacts } from './types.js';

const FACTS: AdGroupFacts = {
  campaign: {
    campaign_id: '1790000000000001',
    objective_type: 'TRAFFIC',
    budget_optimize_on: false,
    budget_mode: 'BUDGET_MODE_INFINITE',
  },
  advertiser: { advertiser_id: '7000000000000001', currency: 'USD', timezone: 'UTC' },
  now: new Date('2026-05-03T10:00:00Z'),
};

/** As `/adgroup/get/` returns an ad group this domain made. */
const EXISTING = {
  adgroup_id: '1800000000000009',
  advertiser_id: '7000000000000001',
  campaign_id: '1790000000000001',
  adgroup_name: 'Spring sale',
  operation_status: 'ENABLE',
  promotion_type: 'WEBSITE',
  placement_type: 'PLACEMENT_TYPE_NORMAL',
  placements: ['PLACEMENT_TIKTOK'],
  location_ids: ['6252001'],
  age_groups: ['AGE_18_24', 'AGE_25_34'],
  gender: 'GENDER_UNLIMITED',
  household_income: ['TOP5', 'TOP10', 'TOP10_25'],
  device_price_ranges: [600, 10000],
  budget_mode: 'BUDGET_MODE_DAY',
  budget: 50,
  pacing: 'PACING_MODE_SMOOTH',
  schedule_type: 'SCHEDULE_FROM_NOW',
  schedule_start_time: '2026-05-03 10:00:00',
  optimization_goal: 'TRAFFIC_LANDING_PAGE_VIEW',
  billing_event: 'OCPM',
  bid_type: 'BID_TYPE_NO_BID',
  brand_safety_type: 'NO_BRAND_SAFETY',
  bid_display_mode: 'CPMV',
  audience_ids: [],
  custom_conversion_id: null,
};

describe('an existing ad group and a change', () => {
  it("reads TikTok's values back into the page's: bands into a bracket, a price range into tiers", () => {
    const settings = settingsFromTikTok(EXISTING);
    expect(settings).toMatchObject({
      campaign_id: '1790000000000001',
      household_income: ['TOP_25_PERCENT'],
      device_price_ranges: [3, 4],
      budget: 50,
      promotion_type: 'WEBSITE',
    });
    // TikTok's own defaults and empty lists are not read as choices.
    for (const key of ['brand_safety_type', 'bid_display_mode', 'audience_ids', 'conversion_id']) {
      expect(settings).not.toHaveProperty(key);
    }
    expect(checkAdGroup(settings, FACTS)).toEqual([]);
  });

  it('refuses an invalid result with the messages creation gives', () => {
    const before = settingsFromTikTok(EXISTING);
    const after = applyChange(before, { age_groups: ['AGE_13_17'], gender: 'GENDER_FEMALE' });
    const wording = { adGroup: 'ad group 1800000000000009' };
    const update = checkAdGroup(after, FACTS, wording);
    const create = checkAdGroup({ ...after }, FACTS);
    expect(update).toEqual(create);
    expect(update).toContainEqual(expect.objectContaining({ path: 'age_groups', code: 'not_allowed_with' }));
  });

  it('names the ad group as the calling tool does', () => {
    const after = applyChange(settingsFromTikTok(EXISTING), { statistic_type: '1D_VIEW_7D_CLICK' });
    const [issue] = checkAdGroup(after, FACTS, { adGroup: 'ad group 1800000000000009' });
    expect(issue?.message).toContain('ad group 1800000000000009 (TRAFFIC)');
  });

  it('shows the change as before and after, field by field', () => {
    const before = settingsFromTikTok(EXISTING);
    const after = applyChange(before, { budget: 80, adgroup_name: 'Spring sale' });
    expect(diffSettings(before, after)).toEqual([{ field: 'budget', before: 50, after: 80 }]);
  });

  it('names the fields TikTok fixes at creation', () => {
    expect(NOT_UPDATABLE).toEqual(
      expect.arrayContaining(['campaign_id', 'bid_display_mode', 'placements', 'statistic_type']),
    );
    expect(NOT_UPDATABLE).not.toContain('budget');
  });
});
