/**
 * What each TikTok objective is for and what it needs, for explain_tiktok_objective. Sources:
 * TikTok's objective enum (current and deprecated values, with CONVERSIONS and APP_INSTALL
 * deprecated since 2023-10-27) and the per-objective requirements of reference
 * tiktok-tool-family.md §2.3 and §4.11 (promotion type, where the pixel goes, frequency caps, app
 * and one operating system). The goals add_tiktok_ad_group offers come from its own tables.
 */

export const OBJECTIVE_TYPES = [
  'TRAFFIC',
  'VIDEO_VIEWS',
  'REACH',
  'ENGAGEMENT',
  'RF_REACH',
  'APP_INSTALL',
  'APP_PROMOTION',
  'LEAD_GENERATION',
  'CONVERSIONS',
  'WEB_CONVERSIONS',
  'PRODUCT_SALES',
  'SHOP_PURCHASES',
  'CATALOG_SALES',
] as const;
export type ObjectiveType = (typeof OBJECTIVE_TYPES)[number];

export interface ObjectiveFacts {
  /** What the objective optimises for, in a sentence. */
  purpose: string;
  /** Undefined while current; else the objective to use instead and why. */
  deprecated?: string;
  /** Campaign-level needs. */
  campaign: string[];
  /** Ad-group-level needs. */
  adgroup: string[];
}

const PIXEL_ON_AD = 'No pixel on the ad group: conversion tracking goes on the ad (`tracking_pixel_id`).';
const PROMOTION = '`promotion_type` is required on the ad group (WEBSITE, APP_ANDROID or APP_IOS...).';

export const OBJECTIVE_FACTS: Record<ObjectiveType, ObjectiveFacts> = {
  TRAFFIC: {
    purpose: 'Sends people to a website or app: optimises for clicks or landing page views.',
    campaign: ['A daily or lifetime budget, or none with budgets on the ad groups.'],
    adgroup: [PROMOTION, 'Goal CLICK (billed CPC) or TRAFFIC_LANDING_PAGE_VIEW (billed OCPM).', PIXEL_ON_AD],
  },
  VIDEO_VIEWS: {
    purpose: 'Gets video views from people likely to watch.',
    campaign: ['Dynamic daily budget is allowlisted for this objective.'],
    adgroup: [
      'No `promotion_type`.',
      'Goal ENGAGED_VIEW (6-second views, billed CPV); ENGAGED_VIEW_FIFTEEN is allowlisted.',
      PIXEL_ON_AD,
    ],
  },
  REACH: {
    purpose:
      'Shows the ad to as many people as possible: optimises for reach, billed per thousand impressions (CPM).',
    campaign: ['Dynamic daily budget is allowlisted for this objective.'],
    adgroup: [
      'No `promotion_type`.',
      'A frequency cap: `frequency` and `frequency_schedule` (1 ≤ frequency ≤ 3 × days, days 1 to 7).',
      PIXEL_ON_AD,
    ],
  },
  ENGAGEMENT: {
    purpose: 'Grows followers or profile visits.',
    campaign: ['Dynamic daily budget is allowlisted for this objective.'],
    adgroup: [
      'Goals FOLLOWERS or PROFILE_VIEWS; `promotion_type` is limited.',
      'add_tiktok_ad_group does not create ad groups for it.',
    ],
  },
  RF_REACH: {
    purpose: 'Reach and frequency: reserved, fixed-price reach bought in advance.',
    campaign: ['Only for advertisers on TikTok’s allowlist.'],
    adgroup: [
      'A frequency cap (`frequency`, `frequency_schedule`); ad groups cannot be paused or resumed.',
      'add_tiktok_ad_group does not create ad groups for it.',
    ],
  },
  APP_INSTALL: {
    purpose: 'App installs (the older objective).',
    deprecated:
      'Deprecated by TikTok since 2023-10-27: use APP_PROMOTION with app_promotion_type APP_INSTALL.',
    campaign: [],
    adgroup: [],
  },
  APP_PROMOTION: {
    purpose: 'App installs, re-engagement or pre-registration.',
    campaign: [
      '`app_promotion_type` (APP_INSTALL, APP_RETARGETING or APP_PREREGISTRATION); an app for iOS 14 dedicated campaigns.',
    ],
    adgroup: [
      '`app_id` and exactly one operating system (promotion APP_ANDROID or APP_IOS).',
      'Goals INSTALL, IN_APP_EVENT or VALUE (billed OCPM).',
    ],
  },
  LEAD_GENERATION: {
    purpose: 'Collects leads with an instant form or on a website.',
    campaign: [],
    adgroup: [
      'Goal LEAD_GENERATION (billed OCPM); the instant form (`page_id`) goes on the ad.',
      PIXEL_ON_AD,
    ],
  },
  CONVERSIONS: {
    purpose: 'Website conversions (the older name).',
    deprecated:
      'Deprecated by TikTok since 2023-10-27: use WEB_CONVERSIONS. Campaigns made before keep running; add_tiktok_ad_group calls it CONVERSIONS and sends WEB_CONVERSIONS.',
    campaign: [],
    adgroup: [],
  },
  WEB_CONVERSIONS: {
    purpose: 'Actions on a website (purchases, sign-ups...), measured by a TikTok pixel.',
    campaign: ['Under campaign budget optimisation the goal is CONVERT or VALUE.'],
    adgroup: [
      '`promotion_type` WEBSITE.',
      'The pixel on the ad group (`pixel_id`) with an `optimization_event`.',
      'Goals CONVERT, VALUE (billed OCPM).',
    ],
  },
  PRODUCT_SALES: {
    purpose: 'Sells products from a catalogue or TikTok Shop.',
    campaign: ['`sales_destination` and `campaign_product_source`.'],
    adgroup: [
      'An identity and a catalogue or store; the pixel on the ad group.',
      'add_tiktok_ad_group does not create ad groups for it.',
    ],
  },
  SHOP_PURCHASES: {
    purpose: 'TikTok Shop purchases (the older objective).',
    deprecated: 'Deprecated by TikTok: use PRODUCT_SALES.',
    campaign: [],
    adgroup: [],
  },
  CATALOG_SALES: {
    purpose: 'Catalogue sales (the older objective).',
    deprecated: 'Deprecated by TikTok: use PRODUCT_SALES.',
    campaign: [],
    adgroup: [],
  },
};
