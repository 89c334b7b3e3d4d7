/**
 * Seeded ad groups and ads: the objects that exist before any client creates one, so that list,
 * status and report endpoints have something to serve. They are written the way `/adgroup/get/`
 * and `/ad/get/` answer (wire field names, ids as strings; fields per TikTok's "Get ad groups",
 * doc id 1739314558673922, and "Get ads", doc id 1735735588640770).
 */
import { ADVERTISER_IDS, CAMPAIGN_IDS, REGION_IDS } from './seed.js';

/** An ad group as `/adgroup/get/` answers it. */
export type SeedAdGroup = Record<string, unknown> & {
  adgroup_id: string;
  advertiser_id: string;
  campaign_id: string;
  campaign_name: string;
  adgroup_name: string;
  operation_status: 'ENABLE' | 'DISABLE' | 'DELETE';
  secondary_status: string;
  create_time: string;
  modify_time: string;
};

/** An ad as `/ad/get/` answers it. */
export type SeedAd = Record<string, unknown> & {
  ad_id: string;
  advertiser_id: string;
  campaign_id: string;
  campaign_name: string;
  adgroup_id: string;
  adgroup_name: string;
  ad_name: string;
  operation_status: 'ENABLE' | 'DISABLE' | 'DELETE';
  secondary_status: string;
  create_time: string;
  modify_time: string;
};

export const ADGROUP_IDS = {
  /** Under CAMPAIGN_IDS.US_TRAFFIC, enabled, 50 USD a day. */
  US_TRAFFIC_BROAD: '1790000000900001',
  /** Under CAMPAIGN_IDS.US_TRAFFIC, paused, 30 USD a day. */
  US_TRAFFIC_PAUSED: '1790000000900002',
} as const;

export const AD_IDS = {
  /** In ADGROUP_IDS.US_TRAFFIC_BROAD, enabled, a single image. */
  US_TRAFFIC_IMAGE: '1780000000900001',
  /** In ADGROUP_IDS.US_TRAFFIC_BROAD, enabled, a single video. */
  US_TRAFFIC_VIDEO: '1780000000900002',
  /** In ADGROUP_IDS.US_TRAFFIC_PAUSED, paused. */
  US_TRAFFIC_PAUSED_IMAGE: '1780000000900003',
} as const;

const CREATED = '2026-01-20 10:00:00';

function trafficAdGroup(id: string, name: string, budget: number, enabled: boolean): SeedAdGroup {
  return {
    adgroup_id: id,
    advertiser_id: ADVERTISER_IDS.US,
    campaign_id: CAMPAIGN_IDS.US_TRAFFIC,
    campaign_name: 'US Traffic',
    adgroup_name: name,
    operation_status: enabled ? 'ENABLE' : 'DISABLE',
    secondary_status: enabled ? 'ADGROUP_STATUS_DELIVERY_OK' : 'ADGROUP_STATUS_DISABLE',
    promotion_type: 'WEBSITE',
    placement_type: 'PLACEMENT_TYPE_NORMAL',
    placements: ['PLACEMENT_TIKTOK'],
    location_ids: [REGION_IDS.US],
    age_groups: ['AGE_18_24', 'AGE_25_34', 'AGE_35_44', 'AGE_45_54', 'AGE_55_100'],
    gender: 'GENDER_UNLIMITED',
    budget_mode: 'BUDGET_MODE_DAY',
    budget,
    pacing: 'PACING_MODE_SMOOTH',
    schedule_type: 'SCHEDULE_FROM_NOW',
    schedule_start_time: CREATED,
    schedule_end_time: '2036-01-20 10:00:00',
    optimization_goal: 'CLICK',
    billing_event: 'CPC',
    bid_type: 'BID_TYPE_NO_BID',
    create_time: CREATED,
    modify_time: CREATED,
  };
}

function ad(
  id: string,
  group: SeedAdGroup,
  name: string,
  format: 'SINGLE_IMAGE' | 'SINGLE_VIDEO',
  enabled: boolean,
): SeedAd {
  return {
    ad_id: id,
    advertiser_id: group.advertiser_id,
    campaign_id: group.campaign_id,
    campaign_name: group.campaign_name,
    adgroup_id: group.adgroup_id,
    adgroup_name: group.adgroup_name,
    ad_name: name,
    operation_status: enabled ? 'ENABLE' : 'DISABLE',
    secondary_status: enabled ? 'AD_STATUS_DELIVERY_OK' : 'AD_STATUS_DISABLE',
    ad_format: format,
    ad_text: 'Comfortable shoes for every day',
    call_to_action: 'SHOP_NOW',
    landing_page_url: 'https://shop.example.com/shoes',
    display_name: 'Acme',
    identity_type: 'CUSTOMIZED_USER',
    identity_id: '7000000000000000001',
    ...(format === 'SINGLE_IMAGE'
      ? { image_ids: ['ad-image-seed-0001'] }
      : { video_id: 'v10033g50000seedvideo01' }),
    create_time: CREATED,
    modify_time: CREATED,
  };
}

/** Fresh copies of the seeded ad groups and ads. */
export function createDeliverySeed(): { adgroups: SeedAdGroup[]; ads: SeedAd[] } {
  const broad = trafficAdGroup(ADGROUP_IDS.US_TRAFFIC_BROAD, 'US traffic - broad', 50, true);
  const paused = trafficAdGroup(ADGROUP_IDS.US_TRAFFIC_PAUSED, 'US traffic - paused test', 30, false);
  return {
    adgroups: [broad, paused],
    ads: [
      ad(AD_IDS.US_TRAFFIC_IMAGE, broad, 'Shoes - image', 'SINGLE_IMAGE', true),
      ad(AD_IDS.US_TRAFFIC_VIDEO, broad, 'Shoes - video', 'SINGLE_VIDEO', true),
      ad(AD_IDS.US_TRAFFIC_PAUSED_IMAGE, paused, 'Shoes - paused', 'SINGLE_IMAGE', false),
    ],
  };
}
