/**
 * An ad group's settings in the tool page's terms, by concern. This is what the user means; the
 * build step (`build/`) turns it into what TikTok must receive (`TikTokAdGroupBody`). Every tool
 * that makes or changes ad groups speaks this type: `add_tiktok_ad_group` parses its arguments
 * into it, an update reads an existing ad group into it (`settingsFromTikTok`) and applies a change.
 */
import type {
  AgeGroup,
  BidType,
  BillingEvent,
  BrandSafetyType,
  DeepBidType,
  HouseholdIncome,
  Objective,
  OperatingSystem,
  OptimizationGoal,
  Placement,
  PromotionType,
  StatisticType,
} from './enums.js';

export interface IdentitySettings {
  campaign_id: string;
  adgroup_name: string;
  advertiser_id?: string;
  /** The campaign's objective; omitted means "the campaign's". */
  objective?: Objective;
  operation_status?: 'ENABLE' | 'DISABLE';
  promotion_type?: PromotionType;
  app_id?: string;
}

export interface BudgetScheduleSettings {
  budget: number;
  budget_mode?: 'BUDGET_MODE_DAY' | 'BUDGET_MODE_TOTAL';
  pacing?: 'PACING_MODE_SMOOTH' | 'PACING_MODE_FAST';
  schedule_type?: 'SCHEDULE_FROM_NOW' | 'SCHEDULE_START_END';
  /** `YYYY-MM-DD HH:MM:SS`, UTC. */
  schedule_start_time?: string;
  /** `YYYY-MM-DD HH:MM:SS`, UTC. */
  schedule_end_time?: string;
  /** 336 characters, 48 half-hours x 7 days, Monday first. */
  dayparting?: string;
  frequency?: number;
  frequency_schedule?: number;
}

export interface OptimisationSettings {
  optimization_goal?: OptimizationGoal;
  billing_event?: BillingEvent;
  bid_type?: BidType;
  bid_price?: number;
  conversion_bid_price?: number;
  bid_display_mode?: 'CPC' | 'CPM' | 'OCPM' | 'CPV';
  deep_bid_type?: DeepBidType;
  deep_cpa_bid?: number;
  roas_bid?: number;
  next_day_retention?: number;
  pixel_id?: string;
  optimization_event?: string;
  secondary_optimization_event?: string;
  conversion_id?: string;
  statistic_type?: StatisticType;
  skip_learning_phase?: boolean;
}

export interface CustomAction {
  action_categories: string[];
  days: number;
}

export interface TargetingSettings {
  location_ids?: string[];
  age_groups?: AgeGroup[];
  gender?: 'GENDER_UNLIMITED' | 'GENDER_MALE' | 'GENDER_FEMALE';
  languages?: string[];
  operating_systems?: OperatingSystem[];
  device_model_ids?: string[];
  /** The page's price tiers, 0-4. */
  device_price_ranges?: number[];
  network_types?: string[];
  carrier_ids?: string[];
  spending_power?: 'ALL' | 'HIGH';
  household_income?: HouseholdIncome[];
  contextual_tag_ids?: string[];
  audience_ids?: string[];
  excluded_audience_ids?: string[];
  /** The page's shape: `{audience_op, audience_ids, lookalike_audience_ids}`. */
  audience_rule?: Record<string, unknown>;
  audience_type?: string;
  included_custom_actions?: CustomAction[];
  excluded_custom_actions?: CustomAction[];
  interest_category_ids?: string[];
  interest_keyword_ids?: string[];
  /** Deprecated: numeric keyword IDs, moved to `interest_keyword_ids`. */
  interest_keywords?: string[];
  purchase_intention_keyword_ids?: string[];
  auto_targeting_enabled?: 'ON' | 'OFF';
  targeting_expansion?: { expansion_type_ids?: string[]; expand_age?: boolean; expand_gender?: boolean };
}

export interface PlacementSettings {
  placement_type?: 'PLACEMENT_TYPE_AUTOMATIC' | 'PLACEMENT_TYPE_NORMAL';
  placements?: Placement[];
  blocked_pangle_app_ids?: string[];
  included_pangle_audience_package_ids?: string[];
  excluded_pangle_audience_package_ids?: string[];
  brand_safety_type?: BrandSafetyType;
  brand_safety_partner?: 'IAS' | 'OPEN_SLATE';
}

export interface ComplianceSettings {
  is_hfss?: boolean;
  video_download_disabled?: boolean;
  comment_disabled?: boolean;
  creative_material_mode?: 'CUSTOM' | 'DYNAMIC';
}

/** A complete ad group, as the page describes one. */
export interface AdGroupSettings
  extends IdentitySettings,
    BudgetScheduleSettings,
    OptimisationSettings,
    TargetingSettings,
    PlacementSettings,
    ComplianceSettings {}
