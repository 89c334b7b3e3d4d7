/**
 * The defaults of an ad group (tool page and rules file, "Defaults", corrected where TikTok's own
 * docs differ) and the one place that works out the effective settings, so that the rules and the
 * build can never disagree about which goal, billing event, bid type or placements apply.
 */
import {
  AGE_GROUPS,
  type AgeGroup,
  BILLING_FOR_GOAL,
  type BidType,
  type BillingEvent,
  DEFAULT_GOAL,
  DEVICE_PRICE_TIERS,
  type Objective,
  type OperatingSystem,
  type OptimizationGoal,
  type Placement,
  type PromotionType,
  TIKTOK_BID_TYPE,
  type TikTokBidType,
  US_LOCATION_ID,
} from './enums.js';
import type { AdGroupSettings } from './settings.js';

export const DEFAULT_BUDGET_MODE = 'BUDGET_MODE_DAY';
export const DEFAULT_BID_TYPE: BidType = 'BID_TYPE_NO_BID';
export const DEFAULT_PACING = 'PACING_MODE_SMOOTH';
export const DEFAULT_GENDER = 'GENDER_UNLIMITED';
export const DEFAULT_LOCATION_IDS: readonly string[] = [US_LOCATION_ID];
/** 18 and over: every group but AGE_13_17. */
export const DEFAULT_AGE_GROUPS: readonly AgeGroup[] = AGE_GROUPS.filter((group) => group !== 'AGE_13_17');
export const DEFAULT_PLACEMENT_TYPE = 'PLACEMENT_TYPE_NORMAL';
export const DEFAULT_PLACEMENTS: readonly Placement[] = ['PLACEMENT_TIKTOK'];
export const DEFAULT_OPERATION_STATUS = 'ENABLE';
/** REACH: 3 impressions per 7 days (seed page). */
export const DEFAULT_REACH_FREQUENCY = 3;
export const DEFAULT_REACH_FREQUENCY_SCHEDULE = 7;

/** Objectives whose ad groups carry no `promotion_type` (reference 1.4). */
export const NO_PROMOTION_TYPE: readonly Objective[] = ['REACH', 'VIDEO_VIEWS'];

export const PROMOTION_FOR_OS: Record<OperatingSystem, PromotionType> = {
  ANDROID: 'APP_ANDROID',
  IOS: 'APP_IOS',
};
export const OS_FOR_PROMOTION: Partial<Record<PromotionType, OperatingSystem>> = {
  APP_ANDROID: 'ANDROID',
  APP_IOS: 'IOS',
};

/** What applies to a call once defaults are taken into account. */
export interface EffectiveSettings {
  objective: Objective | undefined;
  /** The given goal, else the objective's default; undefined when neither is known. */
  goal: OptimizationGoal | undefined;
  goalGiven: boolean;
  /** The billing event the goal needs. */
  fittingBilling: BillingEvent | undefined;
  /** The given billing event, else the fitting one. */
  billing: BillingEvent | undefined;
  bidType: BidType;
  /** What TikTok receives: BID_TYPE_MAX_CONVERSION (the page's cost cap) is BID_TYPE_CUSTOM. */
  tiktokBidType: TikTokBidType;
  budgetMode: 'BUDGET_MODE_DAY' | 'BUDGET_MODE_TOTAL';
  placementType: 'PLACEMENT_TYPE_AUTOMATIC' | 'PLACEMENT_TYPE_NORMAL';
  placements: readonly Placement[];
  locationIds: readonly string[];
  locationsGiven: boolean;
  ageGroups: readonly AgeGroup[];
  /** `interest_keyword_ids` plus the numeric `interest_keywords` moved there, without repeats. */
  interestKeywordIds: string[];
  /** The operating systems, without repeats (empty: both). */
  operatingSystems: OperatingSystem[];
}

/**
 * The values without repeats, in their first order. Lists of settings are short (a few IDs), and a
 * scan of them costs less than building a Set: one call makes some thirty of these lists.
 */
export function unique<T>(values: readonly T[]): T[] {
  if (values.length > 16) return [...new Set(values)];
  const kept: T[] = [];
  for (const value of values) if (!kept.includes(value)) kept.push(value);
  return kept;
}

/** Whether the ad group promotes an app (an APP_* promotion type, or an APP_PROMOTION campaign). */
export function promotesApp(args: Partial<AdGroupSettings>, objective: Objective | undefined): boolean {
  return objective === 'APP_PROMOTION' || (args.promotion_type?.startsWith('APP_') ?? false);
}

/**
 * The goal used when none is given. It follows the objective, and where TikTok ties the goal to
 * the promotion: app traffic optimises for clicks (TRAFFIC_LANDING_PAGE_VIEW needs a website, BB
 * `enum/optimization_goal.go`); lead generation on the website optimises for conversions with a
 * pixel and for clicks without one (TikTok's "Create Search Ads Campaigns" guide).
 */
export function defaultGoal(
  args: Partial<AdGroupSettings>,
  objective: Objective | undefined,
): OptimizationGoal | undefined {
  if (!objective) return undefined;
  if (objective === 'TRAFFIC' && promotesApp(args, objective)) return 'CLICK';
  if (objective === 'LEAD_GENERATION' && args.promotion_type === 'WEBSITE') {
    return args.pixel_id ? 'CONVERT' : 'CLICK';
  }
  return DEFAULT_GOAL[objective];
}

export function effectiveSettings(
  args: Partial<AdGroupSettings>,
  objective: Objective | undefined,
): EffectiveSettings {
  const goal = args.optimization_goal ?? defaultGoal(args, objective);
  const fittingBilling = goal ? BILLING_FOR_GOAL[goal] : undefined;
  const bidType = args.bid_type ?? DEFAULT_BID_TYPE;
  return {
    objective,
    goal,
    goalGiven: args.optimization_goal !== undefined,
    fittingBilling,
    billing: args.billing_event ?? fittingBilling,
    bidType,
    tiktokBidType: TIKTOK_BID_TYPE[bidType],
    budgetMode: args.budget_mode ?? DEFAULT_BUDGET_MODE,
    placementType: args.placement_type ?? DEFAULT_PLACEMENT_TYPE,
    placements: args.placements ? unique(args.placements) : DEFAULT_PLACEMENTS,
    locationIds: args.location_ids ? unique(args.location_ids) : DEFAULT_LOCATION_IDS,
    locationsGiven: args.location_ids !== undefined,
    ageGroups: args.age_groups ? unique(args.age_groups) : DEFAULT_AGE_GROUPS,
    interestKeywordIds: unique([...(args.interest_keyword_ids ?? []), ...(args.interest_keywords ?? [])]),
    operatingSystems: unique(args.operating_systems ?? []),
  };
}

/**
 * The `[low, high]` TikTok price range for a contiguous run of the page's tiers (0-4), e.g. [3, 4]
 * → [600, 10000]; undefined for an empty list.
 */
export function devicePriceRange(tiers: readonly number[]): [number, number] | undefined {
  if (tiers.length === 0) return undefined;
  const low = DEVICE_PRICE_TIERS[Math.min(...tiers)];
  const high = DEVICE_PRICE_TIERS[Math.max(...tiers)];
  if (low === undefined || high === undefined) return undefined;
  return [low.low, high.high];
}

/** Whether the tiers form one run without gaps ([2, 3, 4] yes, [1, 3] no). */
export function isContiguous(tiers: readonly number[]): boolean {
  const sorted = unique(tiers).sort((a, b) => a - b);
  return sorted.every((tier, index) => index === 0 || tier === (sorted[index - 1] ?? tier) + 1);
}
