/**
 * TikTok's enums and matrices for /adgroup/create/. Every table names its first-party source:
 * - SDK-HEAD: tiktok/tiktok-business-api-sdk f809c39 (python_sdk/business_api_client/models/
 *   adgroup_create_body.py, yml_files/*.yml);
 * - SDK-OLD: the same repository at d0fb2f8, python_sdk/docs/AdgroupCreateBody.md and
 *   AdgroupUpdateBody.md (the field descriptions);
 * - TT-<doc>: TikTok's portal documents by id (business-api.tiktok.com/portal/docs?id=...):
 *   TT-BUDGET 1739381246298114, TT-CURRENCY 1737585839634433, TT-UPD 1739586761631745 ("Update an
 *   ad group"), TT-SEARCH 1815394136739841, TT-IMG 1777633230937090; TT-HELP-U18 is TikTok's Help
 *   Center article "About TikTok advertising restrictions for people under the age of 18".
 * Tables known only from a third party are marked PEER and enforced only with `peerRules`.
 * Written independently of the gateway's own tables on purpose: a mapping mistake there should
 * fail here.
 */
import type { ObjectiveType } from '../seed.js';

/** SDK-HEAD adgroup_create_body.py: every field of the create body (plus the two retired switches). */
export const KNOWN_FIELDS: ReadonlySet<string> = new Set([
  // identity and status
  'advertiser_id',
  'campaign_id',
  'adgroup_name',
  'operation_status',
  'request_id',
  // promotion
  'promotion_type',
  'promotion_target_type',
  'promotion_website_type',
  'app_id',
  'app_config',
  'messaging_app_type',
  'messaging_app_account_id',
  'phone_region_code',
  'phone_region_calling_code',
  'phone_number',
  'message_event_set_id',
  'identity_id',
  'identity_type',
  'identity_authorized_bc_id',
  'shopping_ads_type',
  'product_source',
  'catalog_id',
  'catalog_authorized_bc_id',
  'store_id',
  'store_authorized_bc_id',
  'shopping_ads_retargeting_type',
  'shopping_ads_retargeting_actions_days',
  'shopping_ads_retargeting_custom_audience_relation',
  // placement
  'placement_type',
  'placements',
  'tiktok_subplacements',
  'search_result_enabled',
  'blocked_pangle_app_ids',
  'comment_disabled',
  'video_download_disabled',
  'share_disabled',
  // location and demographics
  'location_ids',
  'zipcode_ids',
  'age_groups',
  'gender',
  'languages',
  'spending_power',
  'household_income',
  // interests and audiences
  'interest_category_ids',
  'interest_keyword_ids',
  'purchase_intention_keyword_ids',
  'actions',
  'audience_ids',
  'excluded_audience_ids',
  'audience_type',
  'audience_rule',
  'saved_audience_id',
  'included_custom_actions',
  'excluded_custom_actions',
  'included_pangle_audience_package_ids',
  'excluded_pangle_audience_package_ids',
  'smart_audience_enabled',
  'smart_interest_behavior_enabled',
  'auto_targeting_enabled',
  'targeting_expansion',
  'contextual_tag_ids',
  // devices
  'operating_systems',
  'min_android_version',
  'min_ios_version',
  'ios14_targeting',
  'network_types',
  'device_price_ranges',
  'device_model_ids',
  'carrier_ids',
  'isp_ids',
  // brand safety
  'brand_safety_type',
  'brand_safety_partner',
  'category_exclusion_ids',
  'vertical_sensitivity_id',
  // budget and schedule
  'budget_mode',
  'budget',
  'schedule_type',
  'schedule_start_time',
  'schedule_end_time',
  'dayparting',
  'frequency',
  'frequency_schedule',
  'pacing',
  // optimisation
  'optimization_goal',
  'billing_event',
  'pixel_id',
  'optimization_event',
  'secondary_optimization_event',
  'statistic_type',
  'deep_funnel_optimization_status',
  'deep_funnel_event_source',
  'deep_funnel_event_source_id',
  'deep_funnel_optimization_event',
  'custom_conversion_id',
  'click_attribution_window',
  'view_attribution_window',
  'engaged_view_attribution_window',
  'attribution_event_count',
  // bidding
  'bid_type',
  'bid_price',
  'conversion_bid_price',
  'deep_bid_type',
  'roas_bid',
  'deep_cpa_bid',
  'vbo_window',
  'bid_display_mode',
  'next_day_retention',
  'skip_learning_phase',
  // compliance, creative, search
  'is_hfss',
  'is_lhf_compliance',
  'creative_material_mode',
  'adgroup_app_profile_page_state',
  'search_keywords',
  'automated_keywords_enabled',
]);

export const OPERATION_STATUSES = ['ENABLE', 'DISABLE'] as const;

/**
 * SDK-HEAD yml_files/smart_plus_adgroup_create.yml ExternalType (SDK-OLD promotion_type points to
 * "Enumeration - Promotion Type"); GAME, PSA_PRODUCT and EXTERNAL_OR_DISPLAY are PEER (BB) additions.
 */
export const PROMOTION_TYPES = [
  'WEBSITE',
  'WEBSITE_OR_DISPLAY',
  'APP_ANDROID',
  'APP_IOS',
  'AEO_APK',
  'LEAD_GENERATION',
  'LEAD_GEN_CLICK_TO_CALL',
  'LEAD_GEN_CLICK_TO_SOCIAL_MEDIA_APP_MESSAGE',
  'LEAD_GEN_CLICK_TO_TT_DIRECT_MESSAGE',
  'LIVE_SHOPPING',
  'VIDEO_SHOPPING',
  'PRODUCT_SHOPPING',
  'TIKTOK_SHOP',
  'MINI_APP',
  'GAME',
  'PSA_PRODUCT',
  'EXTERNAL_OR_DISPLAY',
] as const;

/** SDK-OLD promotion_type: required unless the objective is REACH, VIDEO_VIEWS or ENGAGEMENT. */
export const PROMOTION_TYPE_OPTIONAL: ReadonlySet<ObjectiveType> = new Set([
  'REACH',
  'VIDEO_VIEWS',
  'ENGAGEMENT',
]);

/**
 * Promotion types per objective, from TikTok's objective guides as restated in the reference notes
 * (§4.1); TT-SEARCH for LEAD_GENERATION. Not re-verified line by line against a first-party table.
 */
export const PROMOTION_TYPES_BY_OBJECTIVE: Readonly<Record<ObjectiveType, readonly string[]>> = {
  TRAFFIC: ['WEBSITE', 'WEBSITE_OR_DISPLAY', 'APP_ANDROID', 'APP_IOS'],
  WEB_CONVERSIONS: ['WEBSITE', 'WEBSITE_OR_DISPLAY'],
  LEAD_GENERATION: [
    'LEAD_GENERATION',
    'LEAD_GEN_CLICK_TO_CALL',
    'LEAD_GEN_CLICK_TO_SOCIAL_MEDIA_APP_MESSAGE',
    'LEAD_GEN_CLICK_TO_TT_DIRECT_MESSAGE',
  ],
  REACH: ['WEBSITE', 'WEBSITE_OR_DISPLAY', 'APP_ANDROID', 'APP_IOS'],
  VIDEO_VIEWS: ['WEBSITE', 'WEBSITE_OR_DISPLAY', 'APP_ANDROID', 'APP_IOS'],
  APP_PROMOTION: ['APP_ANDROID', 'APP_IOS'],
  ENGAGEMENT: ['EXTERNAL_OR_DISPLAY'],
  PRODUCT_SALES: ['VIDEO_SHOPPING', 'LIVE_SHOPPING', 'PRODUCT_SHOPPING', 'TIKTOK_SHOP'],
};

export const PROMOTION_TARGET_TYPES = ['INSTANT_PAGE', 'EXTERNAL_WEBSITE', 'UNSET'] as const;
export const PROMOTION_WEBSITE_TYPES = ['TIKTOK_NATIVE_PAGE', 'UNSET'] as const;

export const PLACEMENT_TYPES = ['PLACEMENT_TYPE_AUTOMATIC', 'PLACEMENT_TYPE_NORMAL'] as const;
export const PLACEMENTS = ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE', 'PLACEMENT_GLOBAL_APP_BUNDLE'] as const;
export const DEPRECATED_PLACEMENTS: ReadonlySet<string> = new Set(['PLACEMENT_TOPBUZZ', 'PLACEMENT_HELO']);
/** TT-UPD tiktok_subplacements. */
export const TIKTOK_SUBPLACEMENTS = ['IN_FEED', 'SEARCH_FEED', 'TIKTOK_LITE', 'LEMON8'] as const;
/** TT-UPD: TIKTOK_LITE cannot be chosen for new ad groups from this date. */
export const TIKTOK_LITE_CUTOFF = Date.UTC(2025, 6, 19);
export const SUBPLACEMENT_OBJECTIVES: ReadonlySet<ObjectiveType> = new Set([
  'REACH',
  'VIDEO_VIEWS',
  'ENGAGEMENT',
]);

export const AGE_GROUPS = [
  'AGE_13_17',
  'AGE_18_24',
  'AGE_25_34',
  'AGE_35_44',
  'AGE_45_54',
  'AGE_55_100',
] as const;
export const GENDERS = ['GENDER_FEMALE', 'GENDER_MALE', 'GENDER_UNLIMITED'] as const;
export const SPENDING_POWERS = ['ALL', 'HIGH'] as const;
export const HOUSEHOLD_INCOMES = ['TOP5', 'TOP10', 'TOP10_25', 'TOP25_50'] as const;
export const MAX_LOCATIONS = 3000;

export const PURCHASE_INTENTION_OBJECTIVES: ReadonlySet<ObjectiveType> = new Set([
  'APP_PROMOTION',
  'WEB_CONVERSIONS',
  'LEAD_GENERATION',
  'TRAFFIC',
  'PRODUCT_SALES',
]);
export const AUDIENCE_RULE_OBJECTIVES: ReadonlySet<ObjectiveType> = new Set(['TRAFFIC', 'APP_PROMOTION']);
export const CONTEXTUAL_TAG_OBJECTIVES: ReadonlySet<ObjectiveType> = new Set(['REACH', 'VIDEO_VIEWS']);
/** TikTok doc 1737172488964097 (error 40002: "less than 1000 matches were found"). */
export const MIN_AUDIENCE_SIZE = 1000;

export const ACTION_SCENES = ['VIDEO_RELATED', 'CREATOR_RELATED', 'HASHTAG_RELATED'] as const;
export const ACTION_PERIODS: readonly number[] = [0, 7, 15];
export const VIDEO_ACTIONS_BY_SCENE: Readonly<Record<(typeof ACTION_SCENES)[number], readonly string[]>> = {
  VIDEO_RELATED: ['WATCHED_TO_END', 'LIKED', 'COMMENTED', 'SHARED'],
  CREATOR_RELATED: ['FOLLOWING', 'VIEW_HOMEPAGE'],
  HASHTAG_RELATED: ['VIEW_HASHTAG'],
};

export const OPERATING_SYSTEMS = ['ANDROID', 'IOS'] as const;
export const IOS14_TARGETING = ['UNSET', 'IOS14_MINUS', 'IOS14_PLUS', 'ALL'] as const;
export const NETWORK_TYPES = ['WIFI', '2G', '3G', '4G', '5G'] as const;
/** TT-UPD device_price_ranges: multiples of 50 up to 10000 ("1000+"). */
export const DEVICE_PRICE_MAX = 10_000;

/** SDK-OLD / TT-UPD brand_safety_type. NO_BRAND_SAFETY is "full inventory"; there is no FULL_INVENTORY. */
export const BRAND_SAFETY_TYPES = [
  'NO_BRAND_SAFETY',
  'EXPANDED_INVENTORY',
  'STANDARD_INVENTORY',
  'LIMITED_INVENTORY',
  'THIRD_PARTY',
] as const;
/** TikTok's own (first-party) pre-bid brand safety tiers. */
export const FIRST_PARTY_BRAND_SAFETY: ReadonlySet<string> = new Set([
  'EXPANDED_INVENTORY',
  'STANDARD_INVENTORY',
  'LIMITED_INVENTORY',
]);
/**
 * SDK-OLD brand_safety_type: "Pre-bid first-party Brand Safety solutions for APP_PROMOTION,
 * WEB_CONVERSIONS, TRAFFIC, LEAD_GENERATION objectives in Auction ads ... are currently
 * allowlist-only"; TT-UPD adds PRODUCT_SALES.
 */
export const ALLOWLISTED_BRAND_SAFETY_OBJECTIVES: ReadonlySet<ObjectiveType> = new Set([
  'APP_PROMOTION',
  'WEB_CONVERSIONS',
  'TRAFFIC',
  'LEAD_GENERATION',
  'PRODUCT_SALES',
]);
export const BRAND_SAFETY_PARTNERS = ['IAS', 'OPEN_SLATE'] as const;

export const BUDGET_MODES = [
  'BUDGET_MODE_DAY',
  'BUDGET_MODE_TOTAL',
  'BUDGET_MODE_DYNAMIC_DAILY_BUDGET',
] as const;
export const SCHEDULE_TYPES = ['SCHEDULE_START_END', 'SCHEDULE_FROM_NOW'] as const;
export const PACINGS = ['PACING_MODE_SMOOTH', 'PACING_MODE_FAST'] as const;

/**
 * TT-CURRENCY: the budget verification ratio of each of TikTok's 56 currencies. An ad group's daily
 * budget range is [20, 10,000,000) x ratio ([10, 10,000,000) x ratio with product_source STORE or
 * SHOWCASE); TT-BUDGET: a lifetime budget's minimum is the daily minimum x scheduled days.
 */
export const CURRENCY_RATIOS: Readonly<Record<string, number>> = {
  ...ratio(1, 'USD EUR GBP AUD CAD NZD SGD CHF ARS BRL ILS MYR PEN QAR RON SAR AED HUF'),
  ...ratio(4, 'PLN'),
  ...ratio(10, 'HKD ZAR DKK SEK NOK TRY MXN THB CNY BOB CZK EGP GTQ HNL MOP TWD NIO UAH UYU'),
  ...ratio(50, 'PHP'),
  ...ratio(100, 'JPY RUB DZD BDT ISK INR KES NGN PKR'),
  ...ratio(1000, 'KRW CLP COP CRC'),
  ...ratio(10_000, 'IDR PYG VND'),
  ...ratio(100_000, 'VEF'),
};
function ratio(value: number, codes: string): Record<string, number> {
  return Object.fromEntries(codes.split(' ').map((code) => [code, value]));
}
/** TT-CURRENCY: precision 1 (whole units) for these; 0.01 for the rest. */
export const WHOLE_UNIT_CURRENCIES: ReadonlySet<string> = new Set(
  'JPY KRW HUF CLP ISK IDR TWD PYG VND'.split(' '),
);
export const AD_GROUP_BUDGET_BASE = { min: 20, minStoreOrShowcase: 10, maxExclusive: 10_000_000 } as const;
/** TT-CURRENCY: a campaign's daily budget range is [50, 10,000,000) x the currency's ratio. */
export const CAMPAIGN_BUDGET_BASE = { min: 50, maxExclusive: 10_000_000 } as const;
/** SDK-OLD budget_mode: the objectives BUDGET_MODE_DYNAMIC_DAILY_BUDGET supports. */
export const DYNAMIC_DAILY_BUDGET_OBJECTIVES: ReadonlySet<ObjectiveType> = new Set([
  'TRAFFIC',
  'APP_PROMOTION',
  'WEB_CONVERSIONS',
  'LEAD_GENERATION',
  'PRODUCT_SALES',
]);

/** SDK-OLD schedule_start_time: "can be up to 12 hours earlier than the current time". */
export const START_TIME_GRACE_MS = 12 * 3600 * 1000;
/** TT-UPD schedule_start_time / schedule_end_time: the latest start and end TikTok accepts. */
export const LATEST_START = { text: '2028-01-01 00:00:00', ms: Date.UTC(2028, 0, 1) } as const;
export const LATEST_END = { text: '2038-01-01 00:00:00', ms: Date.UTC(2038, 0, 1) } as const;
/** TT-UPD schedule_type: SCHEDULE_FROM_NOW runs for ten years. */
export const FROM_NOW_YEARS = 10;
export const TIME_FORMAT = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
/** TT-UPD dayparting: 48 half-hours x 7 days, Monday first. */
export const DAYPARTING = /^[01]{336}$/;

/** SDK-HEAD smart_plus_adgroup_create.yml OptimizationGoal plus TT-UPD's ad group goals. */
export const OPTIMIZATION_GOALS = [
  'CLICK',
  'TRAFFIC_LANDING_PAGE_VIEW',
  'REACH',
  'SHOW',
  'ENGAGED_VIEW',
  'ENGAGED_VIEW_FIFTEEN',
  'VIDEO_VIEW',
  'CONVERT',
  'VALUE',
  'AUTOMATIC_VALUE_OPTIMIZATION',
  'INSTALL',
  'IN_APP_EVENT',
  'LEAD_GENERATION',
  'CONVERSATION',
  'FOLLOWERS',
  'PROFILE_VIEWS',
  'PAGE_VISITS',
] as const;

/** TT-UPD optimization_goal: VIDEO_VIEW is deprecated. */
export const DEPRECATED_GOALS: Readonly<Record<string, string>> = {
  VIDEO_VIEW: 'ENGAGED_VIEW or ENGAGED_VIEW_FIFTEEN',
};

/**
 * Goals per objective, from TikTok's objective guides as restated in the reference notes (§4.1),
 * corrected for LEAD_GENERATION by TT-SEARCH.
 */
export const GOALS_BY_OBJECTIVE: Readonly<Record<ObjectiveType, readonly string[]>> = {
  TRAFFIC: ['CLICK', 'TRAFFIC_LANDING_PAGE_VIEW'],
  WEB_CONVERSIONS: ['CONVERT', 'VALUE', 'AUTOMATIC_VALUE_OPTIMIZATION'],
  // TT-SEARCH lead generation table: Instant Form (LEAD_GENERATION), Website (CONVERT with a
  // pixel, CLICK without), messaging (CONVERSATION), click to call (CLICK).
  LEAD_GENERATION: ['LEAD_GENERATION', 'CONVERT', 'CLICK', 'CONVERSATION'],
  REACH: ['REACH'],
  VIDEO_VIEWS: ['ENGAGED_VIEW', 'ENGAGED_VIEW_FIFTEEN'],
  APP_PROMOTION: ['INSTALL', 'IN_APP_EVENT', 'VALUE', 'CLICK'],
  ENGAGEMENT: ['FOLLOWERS', 'PROFILE_VIEWS', 'PAGE_VISITS'],
  PRODUCT_SALES: ['CONVERT', 'VALUE', 'CLICK'],
};

/** PEER (the reference notes' §4.1 and BB): goals that need the advertiser on an allowlist. */
export const ALLOWLISTED_GOALS: ReadonlySet<string> = new Set([
  'ENGAGED_VIEW_FIFTEEN',
  'AUTOMATIC_VALUE_OPTIMIZATION',
  'CONVERSATION',
]);
/** TT-SEARCH / SDK-HEAD promotion types of messaging ad groups (goal CONVERSATION). */
export const MESSAGING_PROMOTION_TYPES: ReadonlySet<string> = new Set([
  'LEAD_GEN_CLICK_TO_TT_DIRECT_MESSAGE',
  'LEAD_GEN_CLICK_TO_SOCIAL_MEDIA_APP_MESSAGE',
]);
/** SDK-HEAD smart_plus_adgroup_create.yml ImaType: the valid messaging_app_type values. */
export const MESSAGING_APP_TYPES = ['MESSENGER', 'WHATSAPP', 'LINE', 'ZALO', 'IM_URL'] as const;
/** PEER (BB model/enum optimization_goal.go): ENGAGED_VIEW_FIFTEEN runs at most this many days. */
export const ENGAGED_VIEW_FIFTEEN_MAX_DAYS = 30;

/**
 * Goal → billing event, from the reference notes (§4.1, TikTok's objective guides); the corrections
 * audit checked these pairs against TT-UPD. FOLLOWERS and PROFILE_VIEWS are PEER (GT): checked only
 * with peer rules on. PAGE_VISITS has no documented billing event and is not checked.
 */
export const BILLING_BY_GOAL: Readonly<Record<string, string>> = {
  CLICK: 'CPC',
  REACH: 'CPM',
  SHOW: 'CPM',
  ENGAGED_VIEW: 'CPV',
  ENGAGED_VIEW_FIFTEEN: 'CPV',
  CONVERT: 'OCPM',
  VALUE: 'OCPM',
  AUTOMATIC_VALUE_OPTIMIZATION: 'OCPM',
  INSTALL: 'OCPM',
  IN_APP_EVENT: 'OCPM',
  LEAD_GENERATION: 'OCPM',
  TRAFFIC_LANDING_PAGE_VIEW: 'OCPM',
  CONVERSATION: 'OCPM',
};
export const PEER_BILLING_BY_GOAL: Readonly<Record<string, string>> = {
  FOLLOWERS: 'OCPM',
  PROFILE_VIEWS: 'CPC',
};

export const BILLING_EVENTS = ['CPC', 'CPM', 'CPV', 'OCPM'] as const;
/** In the enum package but not accepted for these ad groups; OCPC is deprecated (TT-UPD billing_event). */
export const UNSUPPORTED_BILLING_EVENTS: ReadonlySet<string> = new Set(['CPA', 'GD', 'OCPC']);

/**
 * TT-UPD bid_type / bid_price: manual ad groups take BID_TYPE_NO_BID (maximum delivery) or
 * BID_TYPE_CUSTOM (cost cap). BID_TYPE_MAX_CONVERSION exists only in the Smart+ SmartBidType enum
 * (SDK-HEAD yml_files/smart_plus_adgroup_create.yml).
 */
export const BID_TYPES = ['BID_TYPE_NO_BID', 'BID_TYPE_CUSTOM'] as const;
export const SMART_PLUS_ONLY_BID_TYPES: ReadonlySet<string> = new Set(['BID_TYPE_MAX_CONVERSION']);
/** SDK-OLD deep_bid_type, Enumeration - Deep-level Bidding Strategy. */
export const DEEP_BID_TYPES = ['DEFAULT', 'MIN', 'PACING', 'AEO', 'VO_MIN_ROAS', 'VO_HIGHEST_VALUE'] as const;
export const DEPRECATED_DEEP_BID_TYPES: ReadonlySet<string> = new Set(['VO_MIN']);
/** SDK-OLD deep_bid_type: value optimisation strategies (the ones web VALUE takes). */
export const VALUE_DEEP_BID_TYPES: ReadonlySet<string> = new Set(['VO_MIN_ROAS', 'VO_HIGHEST_VALUE']);
/**
 * SDK-OLD bid_display_mode: "How you calculate and measure Cost per View", CPV; TT-UPD: CPMV is
 * deprecated in v1.3.
 */
export const BID_DISPLAY_MODES = ['CPV'] as const;
export const ROAS_BID_RANGE = { min: 0.01, max: 1000 } as const;

/**
 * SDK-OLD pixel_id: CONVERSIONS (WEB_CONVERSIONS), PRODUCT_SALES, and LEAD_GENERATION (whose pixel
 * is tracked at the ad group; the other objectives use tracking_pixel_id on the ad).
 */
export const PIXEL_OBJECTIVES: ReadonlySet<ObjectiveType> = new Set([
  'WEB_CONVERSIONS',
  'PRODUCT_SALES',
  'LEAD_GENERATION',
]);
export const SECONDARY_EVENT_GOALS: ReadonlySet<string> = new Set(['INSTALL', 'VALUE']);
export const STATISTIC_TYPES = ['EVERYTIME', 'NONE'] as const;
/** SDK-HEAD field list; TT-UPD: the windows can be set at creation (together), not updated later. */
export const CLICK_ATTRIBUTION_WINDOWS = [
  'OFF',
  'ONE_DAY',
  'SEVEN_DAYS',
  'FOURTEEN_DAYS',
  'TWENTY_EIGHT_DAYS',
] as const;
export const VIEW_ATTRIBUTION_WINDOWS = ['OFF', 'ONE_DAY', 'SEVEN_DAYS'] as const;
export const ENGAGED_VIEW_ATTRIBUTION_WINDOWS = ['ONE_DAY', 'SEVEN_DAYS'] as const;
export const ATTRIBUTION_EVENT_COUNTS = ['UNSET', 'EVERY', 'ONCE'] as const;
export const VBO_WINDOWS = ['SEVEN_DAYS', 'ZERO_DAY'] as const;
export const DEEP_FUNNEL_FIELDS = [
  'deep_funnel_optimization_status',
  'deep_funnel_event_source',
  'deep_funnel_event_source_id',
  'deep_funnel_optimization_event',
] as const;

export const CREATIVE_MATERIAL_MODES = ['CUSTOM', 'SMART_CREATIVE'] as const;
export const ON_OFF = ['ON', 'OFF'] as const;
export const SEARCH_MATCH_TYPES = ['PHRASE_WORD', 'PRECISE_WORD', 'BROAD_WORD'] as const;
/**
 * TT-UPD is_hfss: "You can set this field to true when your targeting locations include the UK,
 * Australia, New Zealand and the EU" (the EU's 27 member states by ISO code).
 */
export const HFSS_COUNTRIES: ReadonlySet<string> = new Set(
  'GB AU NZ AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
);
/** TT-UPD is_lhf_compliance: required true for UK + HFSS from this date. */
export const LHF_COMPLIANCE_FROM = Date.UTC(2026, 0, 1);

/**
 * SDK-OLD shopping_ads_retargeting_type and AdgroupcreateIncludedCustomActions: custom actions
 * belong to Video Shopping Ads retargeting with a custom combination (LAB3); TT-UPD: days in [1, 180].
 */
export const SHOPPING_RETARGETING_TYPES = ['LAB1', 'LAB2', 'LAB3', 'OFF'] as const;
export const CUSTOM_ACTION_CODES = ['VIEW_PRODUCT', 'ADD_TO_CART', 'PURCHASE'] as const;
export const CUSTOM_ACTION_DAYS = { min: 1, max: 180 } as const;
/** SDK-OLD shopping_ads_type / product_source. */
export const SHOPPING_ADS_TYPES = ['UNSET', 'VIDEO', 'LIVE', 'CATALOG_LISTING_ADS'] as const;
export const PRODUCT_SOURCES = ['UNSET', 'CATALOG', 'STORE', 'SHOWCASE'] as const;

/** Allowlist features, as named in SeedAdvertiser.allowlist. */
export const ALLOWLIST = {
  FIRST_PARTY_BRAND_SAFETY: 'FIRST_PARTY_BRAND_SAFETY',
  GLOBAL_APP_BUNDLE: 'PLACEMENT_GLOBAL_APP_BUNDLE',
  SEARCH_FEED: 'SEARCH_FEED',
  HOUSEHOLD_INCOME: 'HOUSEHOLD_INCOME',
  THIRD_PARTY_BRAND_SAFETY: 'THIRD_PARTY_BRAND_SAFETY',
  CONTEXTUAL_TAGS: 'CONTEXTUAL_TAGS',
} as const;
