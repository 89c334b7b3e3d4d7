/**
 * The closed value sets of `add_tiktok_ad_group` (from the seed page) and the tables that connect
 * them to TikTok's names (reference: tiktok-marketing-api.md, sections 1.4 and 4).
 */

export const OBJECTIVES = [
  'TRAFFIC',
  'CONVERSIONS',
  'LEAD_GENERATION',
  'REACH',
  'VIDEO_VIEWS',
  'APP_PROMOTION',
] as const;
export type Objective = (typeof OBJECTIVES)[number];

/** TikTok's `objective_type` for each of the page's objectives (only CONVERSIONS is renamed). */
export const TIKTOK_OBJECTIVE: Record<Objective, string> = {
  TRAFFIC: 'TRAFFIC',
  CONVERSIONS: 'WEB_CONVERSIONS',
  LEAD_GENERATION: 'LEAD_GENERATION',
  REACH: 'REACH',
  VIDEO_VIEWS: 'VIDEO_VIEWS',
  APP_PROMOTION: 'APP_PROMOTION',
};

/**
 * The page's objective for a campaign's TikTok `objective_type`, or undefined when this tool does
 * not create ad groups for it (ENGAGEMENT, PRODUCT_SALES, RF_REACH...). TikTok's legacy
 * `CONVERSIONS` (campaigns created before 2023-10-27) is the same web-conversion objective.
 */
export function objectiveFromTikTok(objectiveType: string): Objective | undefined {
  if (objectiveType === 'WEB_CONVERSIONS' || objectiveType === 'CONVERSIONS') return 'CONVERSIONS';
  return (OBJECTIVES as readonly string[]).includes(objectiveType) ? (objectiveType as Objective) : undefined;
}

/** How a campaign's objective reads in messages: `CONVERSIONS (TikTok: WEB_CONVERSIONS)`. */
export function objectiveLabel(objective: Objective): string {
  const tiktok = TIKTOK_OBJECTIVE[objective];
  return tiktok === objective ? objective : `${objective} (TikTok: ${tiktok})`;
}

export const BID_TYPES = ['BID_TYPE_NO_BID', 'BID_TYPE_CUSTOM', 'BID_TYPE_MAX_CONVERSION'] as const;
export type BidType = (typeof BID_TYPES)[number];

export const BILLING_EVENTS = ['CPC', 'CPM', 'OCPM', 'CPV'] as const;
export type BillingEvent = (typeof BILLING_EVENTS)[number];

export const BID_DISPLAY_MODES = ['CPC', 'CPM', 'OCPM', 'CPV'] as const;

export const DEEP_BID_TYPES = ['VO_MIN_ROAS', 'VO_MIN_DAY1_RETENTION', 'VO_MIN_DAY7_RETENTION'] as const;
/** TikTok's documented `deep_bid_type` values (SDK-YML `DeepBidType`; BB). */
export const TIKTOK_DEEP_BID_TYPES = ['VO_MIN_ROAS', 'VO_HIGHEST_VALUE', 'DEFAULT', 'MIN', 'PACING', 'AEO'];

/**
 * Optimisation goals of the page's six objectives (reference 4.1). VIDEO_VIEW is listed so that
 * it can be refused with its replacement named (TikTok deprecated it).
 */
export const OPTIMIZATION_GOALS = [
  'CLICK',
  'TRAFFIC_LANDING_PAGE_VIEW',
  'CONVERT',
  'VALUE',
  'AUTOMATIC_VALUE_OPTIMIZATION',
  'REACH',
  'ENGAGED_VIEW',
  'ENGAGED_VIEW_FIFTEEN',
  'VIDEO_VIEW',
  'INSTALL',
  'IN_APP_EVENT',
  'LEAD_GENERATION',
  'CONVERSATION',
] as const;
export type OptimizationGoal = (typeof OPTIMIZATION_GOALS)[number];

/** The goal used when `optimization_goal` is omitted (rules file, "Defaults"). */
export const DEFAULT_GOAL: Record<Objective, OptimizationGoal> = {
  TRAFFIC: 'TRAFFIC_LANDING_PAGE_VIEW',
  CONVERSIONS: 'CONVERT',
  REACH: 'REACH',
  VIDEO_VIEWS: 'ENGAGED_VIEW',
  LEAD_GENERATION: 'LEAD_GENERATION',
  APP_PROMOTION: 'INSTALL',
};

/** The billing event that fits each goal (reference 4.1, "Goal → billing event"; all peers agree). */
export const BILLING_FOR_GOAL: Record<OptimizationGoal, BillingEvent> = {
  CLICK: 'CPC',
  REACH: 'CPM',
  ENGAGED_VIEW: 'CPV',
  ENGAGED_VIEW_FIFTEEN: 'CPV',
  VIDEO_VIEW: 'CPV',
  CONVERT: 'OCPM',
  VALUE: 'OCPM',
  AUTOMATIC_VALUE_OPTIMIZATION: 'OCPM',
  INSTALL: 'OCPM',
  IN_APP_EVENT: 'OCPM',
  LEAD_GENERATION: 'OCPM',
  TRAFFIC_LANDING_PAGE_VIEW: 'OCPM',
  CONVERSATION: 'OCPM',
};

/**
 * Goals each objective accepts (reference 4.1, from BB and SDK-OLD). LEAD_GENERATION's CLICK is
 * left out: TikTok takes it only with the LEAD_GEN_CLICK_TO_* promotion types, which this tool
 * does not offer.
 */
export const GOALS_FOR_OBJECTIVE: Record<Objective, readonly OptimizationGoal[]> = {
  TRAFFIC: ['CLICK', 'TRAFFIC_LANDING_PAGE_VIEW'],
  CONVERSIONS: ['CONVERT', 'VALUE', 'AUTOMATIC_VALUE_OPTIMIZATION'],
  LEAD_GENERATION: ['LEAD_GENERATION', 'CONVERSATION'],
  REACH: ['REACH'],
  VIDEO_VIEWS: ['ENGAGED_VIEW', 'ENGAGED_VIEW_FIFTEEN'],
  APP_PROMOTION: ['INSTALL', 'IN_APP_EVENT', 'VALUE', 'CLICK'],
};

/** Goals that need the advertiser on a TikTok allowlist (reference 4.1; BB). */
export const ALLOWLISTED_GOALS: readonly OptimizationGoal[] = [
  'ENGAGED_VIEW_FIFTEEN',
  'AUTOMATIC_VALUE_OPTIMIZATION',
  'CONVERSATION',
];

export const SCHEDULE_TYPES = ['SCHEDULE_FROM_NOW', 'SCHEDULE_START_END'] as const;
export const BUDGET_MODES = ['BUDGET_MODE_DAY', 'BUDGET_MODE_TOTAL'] as const;
export const PACING_MODES = ['PACING_MODE_SMOOTH', 'PACING_MODE_FAST'] as const;
export const OPERATION_STATUSES = ['ENABLE', 'DISABLE'] as const;

export const AGE_GROUPS = [
  'AGE_13_17',
  'AGE_18_24',
  'AGE_25_34',
  'AGE_35_44',
  'AGE_45_54',
  'AGE_55_100',
] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export const GENDERS = ['GENDER_UNLIMITED', 'GENDER_MALE', 'GENDER_FEMALE'] as const;
export const OPERATING_SYSTEMS = ['ANDROID', 'IOS'] as const;
export type OperatingSystem = (typeof OPERATING_SYSTEMS)[number];
export const NETWORK_TYPES = ['WIFI', '2G', '3G', '4G', '5G'] as const;
export const SPENDING_POWERS = ['ALL', 'HIGH'] as const;

export const HOUSEHOLD_INCOMES = [
  'TOP_5_PERCENT',
  'TOP_10_PERCENT',
  'TOP_25_PERCENT',
  'TOP_50_PERCENT',
] as const;
export type HouseholdIncome = (typeof HOUSEHOLD_INCOMES)[number];
/** The page's brackets in TikTok's names (TikTok's 25 and 50 brackets exclude the higher ones). */
export const TIKTOK_HOUSEHOLD_INCOME: Record<HouseholdIncome, string> = {
  TOP_5_PERCENT: 'TOP5',
  TOP_10_PERCENT: 'TOP10',
  TOP_25_PERCENT: 'TOP10_25',
  TOP_50_PERCENT: 'TOP25_50',
};

/**
 * Phone price tiers of the page, in USD. TikTok takes one range `[low, high]` in steps of 50, with
 * 10000 meaning "1000 and more", and adds 50 to the upper bound ([0, 250] covers 0-300, reference
 * 1.4 "Device targeting"), so a tier ending at 400 is sent with an upper bound of 350.
 */
export const DEVICE_PRICE_TIERS = [
  { tier: 0, label: 'under USD 200', low: 0, high: 150 },
  { tier: 1, label: 'USD 200-400', low: 200, high: 350 },
  { tier: 2, label: 'USD 400-600', low: 400, high: 550 },
  { tier: 3, label: 'USD 600-800', low: 600, high: 750 },
  { tier: 4, label: 'over USD 800', low: 800, high: 10000 },
] as const;

export const AUDIENCE_TYPES = ['NORMAL', 'LOOKALIKE', 'ENGAGEMENT'] as const;
/** TikTok's custom-action codes for `included_custom_actions` / `excluded_custom_actions`. */
export const CUSTOM_ACTION_CODES = ['VIEW_PRODUCT', 'ADD_TO_CART', 'PURCHASE'] as const;

export const PLACEMENT_TYPES = ['PLACEMENT_TYPE_AUTOMATIC', 'PLACEMENT_TYPE_NORMAL'] as const;
export const PLACEMENTS = ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE', 'PLACEMENT_GLOBAL_APP_BUNDLE'] as const;
export type Placement = (typeof PLACEMENTS)[number];

export const BRAND_SAFETY_PARTNERS = ['IAS', 'OPEN_SLATE'] as const;
export const BRAND_SAFETY_TYPES = [
  'NO_BRAND_SAFETY',
  'STANDARD_INVENTORY',
  'LIMITED_INVENTORY',
  'FULL_INVENTORY',
  'THIRD_PARTY',
] as const;

export const ON_OFF = ['ON', 'OFF'] as const;
export const CREATIVE_MATERIAL_MODES = ['CUSTOM', 'DYNAMIC'] as const;
/** The page lists ALL_DAY and "1D_VIEW + 7D_CLICK windows"; the second is spelled as one token. */
export const STATISTIC_TYPES = ['ALL_DAY', '1D_VIEW_7D_CLICK'] as const;
export const PROMOTION_TYPES = ['WEBSITE', 'APP_ANDROID', 'APP_IOS'] as const;
export type PromotionType = (typeof PROMOTION_TYPES)[number];

/** Pixel events the page calls common (the real set depends on the pixel). */
export const COMMON_OPTIMIZATION_EVENTS = [
  'ON_WEB_ORDER',
  'ON_WEB_CART',
  'ON_WEB_DETAIL',
  'ON_WEB_REGISTER',
  'LANDING_PAGE_VIEW',
  'CLICK_LANDING_PAGE',
  'FORM',
  'START_TRIAL',
  'SUBSCRIBE',
  'DOWNLOAD_FINISH',
  'SEARCH',
] as const;

/** TikTok's location ID for the United States (TikTok uses GeoNames IDs). */
export const US_LOCATION_ID = '6252001';
export const UK_LOCATION_ID = '2635167';

/** Country names for the result text, by location ID. */
export const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  '6252001': 'United States',
  '6251999': 'Canada',
  '2635167': 'United Kingdom',
  '2658434': 'Switzerland',
  '2921044': 'Germany',
  '3017382': 'France',
  '2510769': 'Spain',
  '3175395': 'Italy',
  '2750405': 'Netherlands',
  '3469034': 'Brazil',
  '3996063': 'Mexico',
  '1861060': 'Japan',
  '2077456': 'Australia',
  '1269750': 'India',
};

/**
 * Countries where TikTok refuses AGE_13_17 besides the US (reference 1.4 age_groups: "LatAm, EEA,
 * UK, Switzerland and Canada"), for the country IDs this tool knows; others get a warning.
 */
export const TEEN_RESTRICTED_COUNTRIES: readonly string[] = [
  '6251999',
  '2635167',
  '2658434',
  '2921044',
  '3017382',
  '2510769',
  '3175395',
  '2750405',
  '3469034',
  '3996063',
];
