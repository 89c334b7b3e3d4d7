/**
 * An existing ad group (as TikTok's `/adgroup/get/` returns it: the `TikTokAdGroupBody` names, as
 * untyped JSON) in the page's terms, and a change
 * applied to it. The result is checked with the same `checkAdGroup` as a new ad group.
 */
import { DEVICE_PRICE_TIERS, HOUSEHOLD_INCOMES, TIKTOK_HOUSEHOLD_INCOME } from './enums.js';
import type { AdGroupSettings } from './settings.js';

/**
 * Settings TikTok fixes at creation: absent from `/adgroup/update/`'s body (SDK
 * `AdgroupUpdateBody`), or "cannot be updated after creation" / "once set, this field cannot be
 * modified" in `AdgroupCreateBody` (bid_display_mode, brand_safety_partner, placements,
 * video_download_disabled); the attribution windows likewise (TT-UPD).
 */
export const NOT_UPDATABLE: readonly (keyof AdGroupSettings)[] = [
  'campaign_id',
  'advertiser_id',
  'objective',
  'promotion_type',
  'budget_mode',
  'optimization_goal',
  'optimization_event',
  'pixel_id',
  'placement_type',
  'placements',
  'bid_display_mode',
  'brand_safety_partner',
  'video_download_disabled',
  'statistic_type',
  'skip_learning_phase',
];

export type SettingsChange = Partial<AdGroupSettings>;

/** The page's bracket for TikTok's bands, when they are exactly one bracket's bands. */
function householdIncome(bands: readonly string[] | undefined): AdGroupSettings['household_income'] {
  if (!bands || bands.length === 0) return undefined;
  const sorted = [...bands].sort().join();
  const bracket = HOUSEHOLD_INCOMES.find((b) => [...TIKTOK_HOUSEHOLD_INCOME[b]].sort().join() === sorted);
  return bracket ? [bracket] : undefined;
}

/** The page's tiers for TikTok's `[low, high]` price range, when it is a run of whole tiers. */
function priceTiers(range: readonly number[] | undefined): number[] | undefined {
  if (range?.length !== 2) return undefined;
  const low = DEVICE_PRICE_TIERS.findIndex((tier) => tier.low === range[0]);
  const high = DEVICE_PRICE_TIERS.findIndex((tier) => tier.high === range[1]);
  if (low < 0 || high < low) return undefined;
  return DEVICE_PRICE_TIERS.slice(low, high + 1).map((tier) => tier.tier);
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.map(String) : undefined;
}

function numbers(value: unknown): number[] | undefined {
  return Array.isArray(value) && value.every((n) => typeof n === 'number') ? value : undefined;
}

const SAME_NAME = [
  'campaign_id',
  'adgroup_name',
  'advertiser_id',
  'operation_status',
  'app_id',
  'budget',
  'budget_mode',
  'pacing',
  'schedule_type',
  'schedule_start_time',
  'schedule_end_time',
  'dayparting',
  'frequency',
  'frequency_schedule',
  'optimization_goal',
  'billing_event',
  'bid_type',
  'bid_price',
  'conversion_bid_price',
  'deep_bid_type',
  'deep_cpa_bid',
  'roas_bid',
  'next_day_retention',
  'pixel_id',
  'optimization_event',
  'secondary_optimization_event',
  'location_ids',
  'age_groups',
  'gender',
  'languages',
  'operating_systems',
  'device_model_ids',
  'network_types',
  'carrier_ids',
  'spending_power',
  'contextual_tag_ids',
  'audience_ids',
  'excluded_audience_ids',
  'interest_category_ids',
  'interest_keyword_ids',
  'purchase_intention_keyword_ids',
  'placement_type',
  'placements',
  'blocked_pangle_app_ids',
  'included_pangle_audience_package_ids',
  'excluded_pangle_audience_package_ids',
  'brand_safety_type',
  'brand_safety_partner',
  'is_hfss',
  'video_download_disabled',
  'comment_disabled',
  'creative_material_mode',
] as const;

/**
 * An existing ad group's settings. Values TikTok stores in another form are read back into the
 * page's (bands into a bracket, a price range into tiers, `custom_conversion_id` into
 * `conversion_id`); a value with no page equivalent is left out rather than guessed.
 */
export function settingsFromTikTok(adgroup: Readonly<Record<string, unknown>>): Partial<AdGroupSettings> {
  const settings: Record<string, unknown> = {};
  for (const key of SAME_NAME) {
    const value = adgroup[key];
    if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0))
      settings[key] = value;
  }
  const promotion = typeof adgroup.promotion_type === 'string' ? adgroup.promotion_type : undefined;
  if (promotion === 'WEBSITE' || promotion?.startsWith('APP_')) settings.promotion_type = promotion;
  else if (adgroup.promotion_target_type === 'EXTERNAL_WEBSITE') settings.promotion_type = 'WEBSITE';
  if (adgroup.custom_conversion_id) settings.conversion_id = String(adgroup.custom_conversion_id);
  settings.household_income = householdIncome(strings(adgroup.household_income));
  settings.device_price_ranges = priceTiers(numbers(adgroup.device_price_ranges));
  if (settings.brand_safety_type === 'NO_BRAND_SAFETY') delete settings.brand_safety_type;
  for (const key of Object.keys(settings)) if (settings[key] === undefined) delete settings[key];
  return settings as Partial<AdGroupSettings>;
}

/** The settings after a change: given fields replace the existing ones. */
export function applyChange(
  existing: Partial<AdGroupSettings>,
  change: SettingsChange,
): Partial<AdGroupSettings> {
  const after: Record<string, unknown> = { ...existing };
  for (const [key, value] of Object.entries(change)) if (value !== undefined) after[key] = value;
  return after as Partial<AdGroupSettings>;
}

/** The fields a change alters, each with its value before and after. */
export function diffSettings(
  before: Partial<AdGroupSettings>,
  after: Partial<AdGroupSettings>,
): Array<{ field: string; before: unknown; after: unknown }> {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof AdGroupSettings>;
  return [...fields]
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, before: before[field], after: after[field] }));
}
