/**
 * TikTok's ad-group body: the fields of `/adgroup/create/` this domain sends (names and values as
 * in TikTok's SDK `AdgroupCreateBody`, `tiktok/tiktok-business-api-sdk`). `/adgroup/get/` returns
 * the same names for an existing ad group, which `settingsFromTikTok` reads back.
 */
import type {
  AgeGroup,
  OptimizationGoal,
  TikTokBidType,
  TikTokBrandSafetyType,
  TikTokDeepBidType,
  TikTokHouseholdIncome,
} from './enums.js';

// A type alias, not an interface: it is passed where a JSON object (`Record<string, unknown>`) is taken.
export type TikTokAdGroupBody = {
  advertiser_id: string;
  campaign_id: string;
  adgroup_name: string;
  operation_status?: 'ENABLE' | 'DISABLE';
  /** WEBSITE, APP_ANDROID, APP_IOS, LEAD_GENERATION... */
  promotion_type?: string;
  /** Lead generation: EXTERNAL_WEBSITE (leads on the advertiser's site) or INSTANT_PAGE. */
  promotion_target_type?: 'EXTERNAL_WEBSITE' | 'INSTANT_PAGE';
  app_id?: string;

  placement_type?: 'PLACEMENT_TYPE_AUTOMATIC' | 'PLACEMENT_TYPE_NORMAL';
  placements?: string[];
  blocked_pangle_app_ids?: string[];
  included_pangle_audience_package_ids?: string[];
  excluded_pangle_audience_package_ids?: string[];
  brand_safety_type?: TikTokBrandSafetyType;
  brand_safety_partner?: 'IAS' | 'OPEN_SLATE';

  location_ids?: string[];
  age_groups?: AgeGroup[];
  gender?: 'GENDER_UNLIMITED' | 'GENDER_MALE' | 'GENDER_FEMALE';
  languages?: string[];
  /** One value. */
  operating_systems?: string[];
  device_model_ids?: string[];
  /** `[low, high]` in steps of 50; 10000 means "1000 and more". */
  device_price_ranges?: [number, number];
  network_types?: string[];
  carrier_ids?: string[];
  spending_power?: 'ALL' | 'HIGH';
  household_income?: TikTokHouseholdIncome[];
  interest_category_ids?: string[];
  interest_keyword_ids?: string[];
  purchase_intention_keyword_ids?: string[];
  contextual_tag_ids?: string[];
  audience_ids?: string[];
  excluded_audience_ids?: string[];

  budget_mode?: 'BUDGET_MODE_DAY' | 'BUDGET_MODE_TOTAL';
  budget?: number;
  pacing?: 'PACING_MODE_SMOOTH' | 'PACING_MODE_FAST';
  schedule_type?: 'SCHEDULE_FROM_NOW' | 'SCHEDULE_START_END';
  schedule_start_time?: string;
  schedule_end_time?: string;
  dayparting?: string;
  frequency?: number;
  frequency_schedule?: number;

  optimization_goal?: OptimizationGoal;
  billing_event?: 'CPC' | 'CPM' | 'OCPM' | 'CPV';
  bid_type?: TikTokBidType;
  /** Only `CPV`, only for VIDEO_VIEWS. */
  bid_display_mode?: 'CPV';
  bid_price?: number;
  conversion_bid_price?: number;
  deep_bid_type?: TikTokDeepBidType;
  deep_cpa_bid?: number;
  roas_bid?: number;
  next_day_retention?: number;
  pixel_id?: string;
  optimization_event?: string;
  secondary_optimization_event?: string;
  custom_conversion_id?: string;
  click_attribution_window?: string;
  view_attribution_window?: string;

  creative_material_mode?: 'CUSTOM' | 'DYNAMIC';
  skip_learning_phase?: boolean;
  video_download_disabled?: boolean;
  comment_disabled?: boolean;
  is_hfss?: boolean;
  is_lhf_compliance?: boolean;
};
