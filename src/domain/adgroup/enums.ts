/**
 * The closed value sets of an ad group's settings and the tables that connect them to TikTok's
 * names. Where the tool page's value and TikTok's differ, the page's value says what the user means
 * and the table says what TikTok must receive. Sources: TikTok's Business API SDK
 * (`tiktok/tiktok-business-api-sdk`, `AdgroupCreateBody`: "SDK"), TikTok's "Update an ad group" doc
 * (id 1739586761631745: "TT-UPD") and the references named on each table.
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

/**
 * The page's bid strategies. TikTok documents two for manual ad groups: BID_TYPE_NO_BID (maximum
 * delivery) and BID_TYPE_CUSTOM (cost cap, with `bid_price` or `conversion_bid_price`, TT-UPD).
 * The page's BID_TYPE_MAX_CONVERSION ("cost cap") exists only in TikTok's Smart+ enum (SDK
 * `smart_plus_adgroup_create.yml`), so it is sent as BID_TYPE_CUSTOM.
 */
export const BID_TYPES = ['BID_TYPE_NO_BID', 'BID_TYPE_CUSTOM', 'BID_TYPE_MAX_CONVERSION'] as const;
export type BidType = (typeof BID_TYPES)[number];
export type TikTokBidType = 'BID_TYPE_NO_BID' | 'BID_TYPE_CUSTOM';
export const TIKTOK_BID_TYPE: Record<BidType, TikTokBidType> = {
  BID_TYPE_NO_BID: 'BID_TYPE_NO_BID',
  BID_TYPE_CUSTOM: 'BID_TYPE_CUSTOM',
  BID_TYPE_MAX_CONVERSION: 'BID_TYPE_CUSTOM',
};

export const BILLING_EVENTS = ['CPC', 'CPM', 'OCPM', 'CPV'] as const;
export type BillingEvent = (typeof BILLING_EVENTS)[number];

/**
 * The page's values. TikTok's `bid_display_mode` is "how you calculate and measure Cost per View":
 * `CPV` (CPMV is deprecated), needed only for VIDEO_VIEWS (SDK `bid_display_mode`; TT-UPD). So only
 * `CPV` is ever sent, and only for VIDEO_VIEWS ad groups.
 */
export const BID_DISPLAY_MODES = ['CPC', 'CPM', 'OCPM', 'CPV'] as const;

/**
 * The page's deep bid types plus TikTok's others. TikTok's enum is DEFAULT, MIN, PACING, AEO,
 * VO_MIN_ROAS, VO_HIGHEST_VALUE (SDK `deep_bid_type`; BB `enum/deep_bid_type.go`: MIN is a dual
 * bid on the install and the deep event, PACING an install target with the deep event optimised,
 * AEO app-event optimisation; the VO_* ones are for the VALUE goal). The page's retention values do
 * not exist: retention is a secondary event (NEXT_DAY_OPEN / DAY7_RETENTION) with an app deep bid
 * type, so they are refused with that way named.
 */
export const DEEP_BID_TYPES = [
  'VO_MIN_ROAS',
  'VO_HIGHEST_VALUE',
  'MIN',
  'PACING',
  'AEO',
  'VO_MIN_DAY1_RETENTION',
  'VO_MIN_DAY7_RETENTION',
] as const;
export type DeepBidType = (typeof DEEP_BID_TYPES)[number];
/** What TikTok receives: the page's retention values are refused before. */
export type TikTokDeepBidType = Exclude<DeepBidType, 'VO_MIN_DAY1_RETENTION' | 'VO_MIN_DAY7_RETENTION'>;
/** Deep bid types for value optimisation (the VALUE goal); the others are app-only. */
export const VALUE_DEEP_BID_TYPES: readonly DeepBidType[] = ['VO_MIN_ROAS', 'VO_HIGHEST_VALUE'];
/** The page's retention values and the secondary event TikTok optimises that retention with. */
export const RETENTION_EVENT: Partial<Record<DeepBidType, string>> = {
  VO_MIN_DAY1_RETENTION: 'NEXT_DAY_OPEN',
  VO_MIN_DAY7_RETENTION: 'DAY7_RETENTION',
};

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
 * Goals each objective accepts (reference 4.1, from BB and SDK-OLD). LEAD_GENERATION: an instant
 * form optimises for LEAD_GENERATION; the website location (EXTERNAL_WEBSITE) for CONVERT with a
 * pixel or CLICK without one (TikTok's "Create Search Ads Campaigns" guide, id 1815394136739841).
 * CONVERSATION belongs to messaging ad groups (LEAD_GEN_CLICK_TO_*_MESSAGE with
 * `messaging_app_type`), which this tool does not create: it is refused with that said.
 */
export const GOALS_FOR_OBJECTIVE: Record<Objective, readonly OptimizationGoal[]> = {
  TRAFFIC: ['CLICK', 'TRAFFIC_LANDING_PAGE_VIEW'],
  CONVERSIONS: ['CONVERT', 'VALUE', 'AUTOMATIC_VALUE_OPTIMIZATION'],
  LEAD_GENERATION: ['LEAD_GENERATION', 'CONVERT', 'CLICK'],
  REACH: ['REACH'],
  VIDEO_VIEWS: ['ENGAGED_VIEW', 'ENGAGED_VIEW_FIFTEEN'],
  APP_PROMOTION: ['INSTALL', 'IN_APP_EVENT', 'VALUE', 'CLICK'],
};

/** Goals that need the advertiser on a TikTok allowlist (reference 4.1; BB). */
export const ALLOWLISTED_GOALS: readonly OptimizationGoal[] = [
  'ENGAGED_VIEW_FIFTEEN',
  'AUTOMATIC_VALUE_OPTIMIZATION',
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
/** TikTok's household-income bands, richest first (SDK `household_income`: TOP5, TOP10, TOP10_25, TOP25_50). */
export const TIKTOK_HOUSEHOLD_INCOMES = ['TOP5', 'TOP10', 'TOP10_25', 'TOP25_50'] as const;
export type TikTokHouseholdIncome = (typeof TIKTOK_HOUSEHOLD_INCOMES)[number];
/**
 * The page's brackets are cumulative ("top 25%" includes the top 5%); TikTok's are bands ("Top
 * 10%-25% of ZIP codes"). A bracket is sent as every band it covers.
 */
export const TIKTOK_HOUSEHOLD_INCOME: Record<HouseholdIncome, readonly TikTokHouseholdIncome[]> = {
  TOP_5_PERCENT: ['TOP5'],
  TOP_10_PERCENT: ['TOP5', 'TOP10'],
  TOP_25_PERCENT: ['TOP5', 'TOP10', 'TOP10_25'],
  TOP_50_PERCENT: ['TOP5', 'TOP10', 'TOP10_25', 'TOP25_50'],
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
/**
 * The page's values plus TikTok's EXPANDED_INVENTORY. TikTok has no FULL_INVENTORY: its
 * NO_BRAND_SAFETY is "full inventory" (SDK `brand_safety_type`), so the page's FULL_INVENTORY is
 * sent as NO_BRAND_SAFETY.
 */
export const BRAND_SAFETY_TYPES = [
  'NO_BRAND_SAFETY',
  'EXPANDED_INVENTORY',
  'STANDARD_INVENTORY',
  'LIMITED_INVENTORY',
  'FULL_INVENTORY',
  'THIRD_PARTY',
] as const;
export type BrandSafetyType = (typeof BRAND_SAFETY_TYPES)[number];
export type TikTokBrandSafetyType = Exclude<BrandSafetyType, 'FULL_INVENTORY'>;
/** Objectives where TikTok's pre-bid first-party brand safety is allowlist-only (SDK `brand_safety_type`). */
export const ALLOWLISTED_BRAND_SAFETY_OBJECTIVES: readonly Objective[] = [
  'APP_PROMOTION',
  'CONVERSIONS',
  'TRAFFIC',
  'LEAD_GENERATION',
];

export const ON_OFF = ['ON', 'OFF'] as const;
export const CREATIVE_MATERIAL_MODES = ['CUSTOM', 'DYNAMIC'] as const;
/** The page lists ALL_DAY and "1D_VIEW + 7D_CLICK windows"; the second is spelled as one token. */
export const STATISTIC_TYPES = ['ALL_DAY', '1D_VIEW_7D_CLICK'] as const;
export type StatisticType = (typeof STATISTIC_TYPES)[number];
/**
 * TikTok's attribution windows (`click_attribution_window`, `view_attribution_window`, enum
 * package "AttributionWindow" in the SDK's `yml_files`: OFF, ONE_DAY, SEVEN_DAYS, FOURTEEN_DAYS,
 * TWENTY_EIGHT_DAYS; views take OFF, ONE_DAY, SEVEN_DAYS). Set at creation only.
 */
export const ATTRIBUTION_WINDOWS: Record<
  Exclude<StatisticType, 'ALL_DAY'>,
  { click_attribution_window: string; view_attribution_window: string }
> = {
  '1D_VIEW_7D_CLICK': { click_attribution_window: 'SEVEN_DAYS', view_attribution_window: 'ONE_DAY' },
};
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
  '2186224': 'New Zealand',
  '1269750': 'India',
};

/**
 * Countries (by the IDs this tool knows) where TikTok limits ads to people under 18 to broad
 * targeting: the USA and Latin America (TikTok Help Center, "About TikTok advertising restrictions
 * for people under the age of 18", Jan 2025), and the EEA, the UK, Switzerland and Canada, where
 * TikTok's API refuses AGE_13_17 "in certain scenarios" (TT-UPD `age_groups`) and personalised ads
 * to minors are restricted since July 2023.
 */
export const TEEN_BROAD_ONLY_COUNTRIES: readonly string[] = [
  US_LOCATION_ID,
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

/**
 * Countries where TikTok's HFSS flag applies: "when your targeting locations include the UK,
 * Australia, New Zealand and the EU" (TT-UPD `is_hfss`), for the country IDs this tool knows.
 */
export const HFSS_COUNTRIES: readonly string[] = [
  '2635167',
  '2077456',
  '2186224',
  '2921044',
  '3017382',
  '2510769',
  '3175395',
  '2750405',
];
