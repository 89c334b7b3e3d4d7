/**
 * TikTok's enums and matrices for /adgroup/create/, transcribed from the reference notes
 * (shared/reference/tiktok-marketing-api.md, section numbers in comments). Written independently
 * of the gateway's own tables on purpose: a mapping mistake there should fail here.
 */
import type { Currency, ObjectiveType } from '../seed.js';

/** §1.4: every field of the create body. Anything else is an unknown field. */
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

/** §1.4 promotion_type: SDK-YML ExternalType plus BB's additions. */
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

/** §1.3/§1.4: objectives that do not need a promotion_type. */
export const PROMOTION_TYPE_OPTIONAL: ReadonlySet<ObjectiveType> = new Set([
  'REACH',
  'VIDEO_VIEWS',
  'ENGAGEMENT',
]);

/** §4.1: promotion types each objective accepts. */
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
export const TIKTOK_SUBPLACEMENTS = ['IN_FEED', 'SEARCH_FEED', 'TIKTOK_LITE'] as const;
/** §1.4: TIKTOK_LITE cannot be chosen for new ad groups from this date. */
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
/** §1.4: targeting an audience needs at least this many people. */
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
/** §1.4 device_price_ranges: multiples of 50 up to 10000 ("1000+"). */
export const DEVICE_PRICE_MAX = 10_000;

export const BRAND_SAFETY_TYPES = [
  'NO_BRAND_SAFETY',
  'EXPANDED_INVENTORY',
  'STANDARD_INVENTORY',
  'LIMITED_INVENTORY',
  'THIRD_PARTY',
  'FULL_INVENTORY',
] as const;
export const BRAND_SAFETY_PARTNERS = ['IAS', 'OPEN_SLATE'] as const;

export const BUDGET_MODES = [
  'BUDGET_MODE_DAY',
  'BUDGET_MODE_TOTAL',
  'BUDGET_MODE_DYNAMIC_DAILY_BUDGET',
] as const;
export const SCHEDULE_TYPES = ['SCHEDULE_START_END', 'SCHEDULE_FROM_NOW'] as const;
export const PACINGS = ['PACING_MODE_SMOOTH', 'PACING_MODE_FAST'] as const;

/** §1.4 budget: daily minimums per currency (ADSP). Currencies not listed are not checked. */
export const DAILY_BUDGET_MINIMUM: Readonly<Record<Currency, number>> = {
  USD: 20,
  EUR: 20,
  GBP: 15,
  JPY: 2500,
};

/** §1.4 schedule_start_time: at most this far in the past. */
export const START_TIME_GRACE_MS = 12 * 3600 * 1000;
/** §1.4: SCHEDULE_FROM_NOW ends ten years after the start. */
export const FROM_NOW_YEARS = 10;
export const TIME_FORMAT = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
/** §4.2: 48 half-hours x 7 days, Monday first. */
export const DAYPARTING = /^[01]{336}$/;

/** §4: the optimisation goal enum. */
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

/** §1.4: deprecated goal and its replacement. */
export const DEPRECATED_GOALS: Readonly<Record<string, string>> = {
  VIDEO_VIEW: 'ENGAGED_VIEW or ENGAGED_VIEW_FIFTEEN',
};

/** §4.1: goals each objective accepts. */
export const GOALS_BY_OBJECTIVE: Readonly<Record<ObjectiveType, readonly string[]>> = {
  TRAFFIC: ['CLICK', 'TRAFFIC_LANDING_PAGE_VIEW'],
  WEB_CONVERSIONS: ['CONVERT', 'VALUE', 'AUTOMATIC_VALUE_OPTIMIZATION'],
  LEAD_GENERATION: ['LEAD_GENERATION', 'CONVERSATION', 'CLICK'],
  REACH: ['REACH'],
  VIDEO_VIEWS: ['ENGAGED_VIEW', 'ENGAGED_VIEW_FIFTEEN'],
  APP_PROMOTION: ['INSTALL', 'IN_APP_EVENT', 'VALUE', 'CLICK'],
  ENGAGEMENT: ['FOLLOWERS', 'PROFILE_VIEWS', 'PAGE_VISITS'],
  PRODUCT_SALES: ['CONVERT', 'VALUE', 'CLICK'],
};

/** §4.1 and BB: goals that need the advertiser on an allowlist. */
export const ALLOWLISTED_GOALS: ReadonlySet<string> = new Set([
  'ENGAGED_VIEW_FIFTEEN',
  'AUTOMATIC_VALUE_OPTIMIZATION',
  'CONVERSATION',
]);

/**
 * §4.1 goal → billing event. FOLLOWERS and PROFILE_VIEWS are peer-observed (GT): they are checked
 * only with peer rules on. PAGE_VISITS has no documented billing event and is not checked.
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
/** In the enum package but not accepted for these ad groups; OCPC is deprecated (§1.4). */
export const UNSUPPORTED_BILLING_EVENTS: ReadonlySet<string> = new Set(['CPA', 'GD', 'OCPC']);

export const BID_TYPES = ['BID_TYPE_NO_BID', 'BID_TYPE_CUSTOM', 'BID_TYPE_MAX_CONVERSION'] as const;
export const DEEP_BID_TYPES = ['DEFAULT', 'MIN', 'PACING', 'AEO', 'VO_MIN_ROAS', 'VO_HIGHEST_VALUE'] as const;
export const DEPRECATED_DEEP_BID_TYPES: ReadonlySet<string> = new Set(['VO_MIN']);
export const BID_DISPLAY_MODES = ['CPV', 'CPC', 'CPM', 'OCPM'] as const;
export const ROAS_BID_RANGE = { min: 0.01, max: 1000 } as const;

export const PIXEL_OBJECTIVES: ReadonlySet<ObjectiveType> = new Set(['WEB_CONVERSIONS', 'PRODUCT_SALES']);
export const SECONDARY_EVENT_GOALS: ReadonlySet<string> = new Set(['INSTALL', 'VALUE']);
export const STATISTIC_TYPES = ['EVERYTIME', 'NONE'] as const;
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
/** §1.4 is_lhf_compliance: required true for UK + HFSS from this date. */
export const LHF_COMPLIANCE_FROM = Date.UTC(2026, 0, 1);

/** Allowlist features, as named in SeedAdvertiser.allowlist. */
export const ALLOWLIST = {
  GLOBAL_APP_BUNDLE: 'PLACEMENT_GLOBAL_APP_BUNDLE',
  SEARCH_FEED: 'SEARCH_FEED',
  HOUSEHOLD_INCOME: 'HOUSEHOLD_INCOME',
  THIRD_PARTY_BRAND_SAFETY: 'THIRD_PARTY_BRAND_SAFETY',
  CONTEXTUAL_TAGS: 'CONTEXTUAL_TAGS',
} as const;
