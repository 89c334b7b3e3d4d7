/**
 * A valid /adgroup/create/ body for each seeded campaign kind, as TikTok expects it. Tests start
 * from one and change the field under test; they also document a body the emulator accepts.
 */
import type { JsonValue } from './json.js';
import { ADVERTISER_IDS, CAMPAIGN_IDS, MOBILE_APP_IDS, PIXEL_IDS, REGION_IDS } from './seed.js';

export type SampleKind =
  | 'TRAFFIC'
  | 'WEB_CONVERSIONS'
  | 'LEAD_GENERATION'
  | 'REACH'
  | 'VIDEO_VIEWS'
  | 'APP_PROMOTION'
  | 'CBO'
  | 'BIG_TRAFFIC';

/** "YYYY-MM-DD HH:MM:SS" in UTC+0, TikTok's schedule format. */
export function tiktokTime(at: Date): string {
  return at.toISOString().slice(0, 19).replace('T', ' ');
}

export function sampleAdGroupBody(
  kind: SampleKind,
  now: Date = new Date(),
  overrides: Record<string, JsonValue | undefined> = {},
): Record<string, JsonValue> {
  const common: Record<string, JsonValue> = {
    advertiser_id: ADVERTISER_IDS.US,
    adgroup_name: `Sample ${kind}`,
    placement_type: 'PLACEMENT_TYPE_NORMAL',
    placements: ['PLACEMENT_TIKTOK'],
    location_ids: [REGION_IDS.US],
    age_groups: ['AGE_18_24', 'AGE_25_34', 'AGE_35_44'],
    gender: 'GENDER_UNLIMITED',
    budget_mode: 'BUDGET_MODE_DAY',
    budget: 50,
    pacing: 'PACING_MODE_SMOOTH',
    schedule_type: 'SCHEDULE_FROM_NOW',
    schedule_start_time: tiktokTime(now),
    bid_type: 'BID_TYPE_NO_BID',
  };
  const byKind: Record<SampleKind, Record<string, JsonValue>> = {
    TRAFFIC: {
      campaign_id: CAMPAIGN_IDS.US_TRAFFIC,
      promotion_type: 'WEBSITE',
      optimization_goal: 'CLICK',
      billing_event: 'CPC',
    },
    WEB_CONVERSIONS: {
      campaign_id: CAMPAIGN_IDS.US_WEB_CONVERSIONS,
      promotion_type: 'WEBSITE',
      optimization_goal: 'CONVERT',
      billing_event: 'OCPM',
      pixel_id: PIXEL_IDS.US,
      optimization_event: 'SHOPPING',
    },
    LEAD_GENERATION: {
      campaign_id: CAMPAIGN_IDS.US_LEAD_GENERATION,
      promotion_type: 'LEAD_GENERATION',
      promotion_target_type: 'INSTANT_PAGE',
      optimization_goal: 'LEAD_GENERATION',
      billing_event: 'OCPM',
    },
    REACH: {
      campaign_id: CAMPAIGN_IDS.US_REACH,
      optimization_goal: 'REACH',
      billing_event: 'CPM',
      frequency: 3,
      frequency_schedule: 7,
    },
    VIDEO_VIEWS: {
      campaign_id: CAMPAIGN_IDS.US_VIDEO_VIEWS,
      optimization_goal: 'ENGAGED_VIEW',
      billing_event: 'CPV',
    },
    APP_PROMOTION: {
      campaign_id: CAMPAIGN_IDS.US_APP_PROMOTION,
      promotion_type: 'APP_ANDROID',
      app_id: MOBILE_APP_IDS.US_ANDROID,
      operating_systems: ['ANDROID'],
      optimization_goal: 'INSTALL',
      billing_event: 'OCPM',
    },
    CBO: {
      campaign_id: CAMPAIGN_IDS.US_CBO,
      promotion_type: 'WEBSITE',
      optimization_goal: 'CLICK',
      billing_event: 'CPC',
    },
    BIG_TRAFFIC: {
      advertiser_id: ADVERTISER_IDS.BIG,
      campaign_id: CAMPAIGN_IDS.BIG_TRAFFIC,
      promotion_type: 'WEBSITE',
      optimization_goal: 'CLICK',
      billing_event: 'CPC',
    },
  };
  const body: Record<string, JsonValue> = { ...common, ...byKind[kind] };
  if (kind === 'CBO') {
    delete body.budget;
    delete body.budget_mode;
    delete body.pacing;
  }
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete body[key];
    else body[key] = value;
  }
  return body;
}
