/**
 * The performance advertiser: campaigns, ad groups and ads whose seeded history (reporting/)
 * carries the patterns the analytics tests look for. Each planted pattern is named here, with the
 * day it starts, so a test can ask for it by name rather than by digits:
 *
 * - a fatiguing creative (PERFORMANCE.AD_IDS.SHOES_FATIGUE): from FATIGUE_START its hook rate,
 *   completion rate and engagement fall while its daily frequency rises;
 * - a wasteful ad group (PERFORMANCE.ADGROUP_IDS.SHOES_WASTE): it spends and never converts;
 * - a country that under-delivers (DE in PERFORMANCE.ADGROUP_IDS.APPAREL_INTL): dearer impressions,
 *   fewer clicks and conversions than the other countries of the same ad group;
 * - an anomaly on a known day (ANOMALY_DAY, ad group AWARENESS): CPM jumps and CTR collapses.
 *
 * Everything else delivers steadily, so an analysis that flags anything else is wrong.
 */
import { advertiser, campaign, REGION_IDS, type SeedData } from './seed.js';
import type { SeedAd, SeedAdGroup } from './seed-delivery.js';

const CREATED = '2025-12-01 08:00:00';

export const PERFORMANCE = {
  ADVERTISER_ID: '6811000000000006',
  /** Authorised for the performance advertiser only. */
  TOKEN: 'emu-token-performance',
  CURRENCY: 'USD',
  TIMEZONE: 'America/New_York',
  /** The first day with delivery (the ads' create day, in the advertiser's timezone). */
  FIRST_DAY: '2025-12-01',
  FATIGUE_START: '2026-02-15',
  ANOMALY_DAY: '2026-03-10',
  UNDER_DELIVERING_COUNTRY: 'DE',
  CAMPAIGN_IDS: {
    /** WEB_CONVERSIONS, 300 USD a day: the core and the wasteful ad group. */
    SHOES: '1800000000060001',
    /** WEB_CONVERSIONS, 200 USD a day: one ad group in four countries. */
    APPAREL: '1800000000060002',
    /** TRAFFIC, 100 USD a day: the anomaly. */
    AWARENESS: '1800000000060003',
  },
  ADGROUP_IDS: {
    SHOES_CORE: '1790000000060001',
    SHOES_WASTE: '1790000000060002',
    APPAREL_INTL: '1790000000060003',
    AWARENESS: '1790000000060004',
  },
  AD_IDS: {
    SHOES_HERO: '1780000000060001',
    SHOES_FATIGUE: '1780000000060002',
    SHOES_WASTE_VIDEO: '1780000000060003',
    SHOES_WASTE_IMAGE: '1780000000060004',
    APPAREL_A: '1780000000060005',
    APPAREL_B: '1780000000060006',
    AWARENESS: '1780000000060007',
  },
} as const;

const P = PERFORMANCE;

function adGroup(id: string, campaignId: string, campaignName: string, name: string, locations: string[]) {
  const group: SeedAdGroup = {
    adgroup_id: id,
    advertiser_id: P.ADVERTISER_ID,
    campaign_id: campaignId,
    campaign_name: campaignName,
    adgroup_name: name,
    operation_status: 'ENABLE',
    secondary_status: 'ADGROUP_STATUS_DELIVERY_OK',
    promotion_type: 'WEBSITE',
    placement_type: 'PLACEMENT_TYPE_NORMAL',
    placements: ['PLACEMENT_TIKTOK'],
    location_ids: locations,
    age_groups: ['AGE_18_24', 'AGE_25_34', 'AGE_35_44', 'AGE_45_54', 'AGE_55_100'],
    gender: 'GENDER_UNLIMITED',
    budget_mode: 'BUDGET_MODE_INFINITE',
    budget: 0,
    pacing: 'PACING_MODE_SMOOTH',
    schedule_type: 'SCHEDULE_FROM_NOW',
    schedule_start_time: CREATED,
    schedule_end_time: '2035-12-01 08:00:00',
    optimization_goal: 'CONVERT',
    billing_event: 'OCPM',
    bid_type: 'BID_TYPE_NO_BID',
    create_time: CREATED,
    modify_time: CREATED,
  };
  return group;
}

function perfAd(
  id: string,
  group: SeedAdGroup,
  name: string,
  format: 'SINGLE_VIDEO' | 'SINGLE_IMAGE',
): SeedAd {
  return {
    ad_id: id,
    advertiser_id: P.ADVERTISER_ID,
    campaign_id: group.campaign_id,
    campaign_name: group.campaign_name,
    adgroup_id: group.adgroup_id,
    adgroup_name: group.adgroup_name,
    ad_name: name,
    operation_status: 'ENABLE',
    secondary_status: 'AD_STATUS_DELIVERY_OK',
    ad_format: format,
    ad_text: `${name}: new season`,
    call_to_action: 'SHOP_NOW',
    landing_page_url: 'https://perf.example.com/shop',
    display_name: 'Perf Goods',
    identity_type: 'CUSTOMIZED_USER',
    identity_id: '7000000000000000060',
    ...(format === 'SINGLE_IMAGE'
      ? { image_ids: [`perf-image-${id.slice(-2)}`] }
      : { video_id: `v10033perf${id}` }),
    create_time: CREATED,
    modify_time: CREATED,
  };
}

/** Adds the performance advertiser, its token, campaigns, ad groups and ads to a seed. */
export function addPerformanceSeed(seed: SeedData, scopes: number[]): void {
  seed.advertisers.push(
    advertiser(P.ADVERTISER_ID, 'Perf Goods', 'USD', P.TIMEZONE, 'US', { create_time: CREATED }),
  );
  seed.tokens.push({
    token: P.TOKEN,
    app_id: seed.app.app_id,
    advertiser_ids: [P.ADVERTISER_ID],
    status: 'active',
    scope: scopes,
  });
  const C = P.CAMPAIGN_IDS;
  const campaigns = [
    campaign(C.SHOES, P.ADVERTISER_ID, 'Perf Shoes', 'WEB_CONVERSIONS'),
    campaign(C.APPAREL, P.ADVERTISER_ID, 'Perf Apparel', 'WEB_CONVERSIONS'),
    campaign(C.AWARENESS, P.ADVERTISER_ID, 'Perf Awareness', 'TRAFFIC'),
  ];
  const budgets = [300, 200, 100];
  campaigns.forEach((row, index) => {
    row.budget_mode = 'BUDGET_MODE_DAY';
    row.budget = budgets[index] as number;
    row.create_time = CREATED;
    row.modify_time = CREATED;
  });
  seed.campaigns.push(...campaigns);

  const G = P.ADGROUP_IDS;
  const R = REGION_IDS;
  const core = adGroup(G.SHOES_CORE, C.SHOES, 'Perf Shoes', 'Shoes - core', [R.US]);
  const waste = adGroup(G.SHOES_WASTE, C.SHOES, 'Perf Shoes', 'Shoes - broad test', [R.US]);
  const intl = adGroup(G.APPAREL_INTL, C.APPAREL, 'Perf Apparel', 'Apparel - international', [
    R.US,
    R.UK,
    R.GERMANY,
    R.FRANCE,
  ]);
  const aware = adGroup(G.AWARENESS, C.AWARENESS, 'Perf Awareness', 'Awareness - US', [R.US]);
  aware.optimization_goal = 'CLICK';
  aware.billing_event = 'CPC';
  seed.adgroups.push(core, waste, intl, aware);

  const A = P.AD_IDS;
  seed.ads.push(
    perfAd(A.SHOES_HERO, core, 'Shoes hero video', 'SINGLE_VIDEO'),
    perfAd(A.SHOES_FATIGUE, core, 'Shoes unboxing video', 'SINGLE_VIDEO'),
    perfAd(A.SHOES_WASTE_VIDEO, waste, 'Shoes broad video', 'SINGLE_VIDEO'),
    perfAd(A.SHOES_WASTE_IMAGE, waste, 'Shoes broad image', 'SINGLE_IMAGE'),
    perfAd(A.APPAREL_A, intl, 'Apparel lookbook', 'SINGLE_VIDEO'),
    perfAd(A.APPAREL_B, intl, 'Apparel try-on', 'SINGLE_VIDEO'),
    perfAd(A.AWARENESS, aware, 'Awareness teaser', 'SINGLE_VIDEO'),
  );
}
