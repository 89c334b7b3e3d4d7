/**
 * One row per argument (the seed page's, then the three extra ones): the arguments that exercise
 * it and what TikTok's body must then hold, as docs/tools/add_tiktok_ad_group.md says. Used by the
 * mapping unit test and, against the emulator, by the end-to-end field test.
 */
import { ADVERTISER_ID, CAMPAIGN_ID, mask } from './fixtures.js';

export const PIXEL = { pixel_id: '1776777769', optimization_event: 'ON_WEB_ORDER' };
export const APP = { app_id: '7100000000000001', operating_systems: ['ANDROID'] };
const PANGLE = { placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'] };
const EVENING = mask([0, 1, 2, 3, 4], 36, 44);

export interface FieldRow {
  /** The argument this row proves. */
  field: string;
  /** The campaign's TikTok objective (TRAFFIC when absent). */
  campaign?: string;
  args: Record<string, unknown>;
  /** Entries the body must contain. */
  body?: Record<string, unknown>;
  /** Keys the body must not contain. */
  absent?: string[];
  /** A warning that must be given. */
  warning?: RegExp;
  /** The call is refused before TikTok, with this issue (the page's meaning has no TikTok field here). */
  refused?: { path: string; message: RegExp };
}

// biome-ignore format: one row per line reads as a table
export const FIELD_ROWS: FieldRow[] = [
  { field: 'bid_type', args: { bid_type: 'BID_TYPE_CUSTOM', conversion_bid_price: 2 }, body: { bid_type: 'BID_TYPE_CUSTOM' } },
  { field: 'bid_price', args: { optimization_goal: 'CLICK', bid_type: 'BID_TYPE_CUSTOM', bid_price: 0.4 }, body: { bid_price: 0.4, billing_event: 'CPC' } },
  { field: 'conversion_bid_price', campaign: 'WEB_CONVERSIONS', args: { ...PIXEL, bid_type: 'BID_TYPE_CUSTOM', conversion_bid_price: 12 }, body: { conversion_bid_price: 12, billing_event: 'OCPM' } },
  { field: 'bid_display_mode', args: { optimization_goal: 'CLICK', bid_display_mode: 'CPC' }, absent: ['bid_display_mode'] },
  { field: 'deep_bid_type', campaign: 'APP_PROMOTION', args: { ...APP, optimization_goal: 'VALUE', deep_bid_type: 'VO_MIN_ROAS', roas_bid: 1.5 }, body: { deep_bid_type: 'VO_MIN_ROAS' } },
  { field: 'deep_cpa_bid', campaign: 'APP_PROMOTION', args: { ...APP, optimization_goal: 'VALUE', deep_bid_type: 'VO_MIN_ROAS', roas_bid: 1.5, deep_cpa_bid: 3 }, body: { deep_cpa_bid: 3, deep_bid_type: 'VO_MIN_ROAS' } },
  { field: 'roas_bid', campaign: 'WEB_CONVERSIONS', args: { ...PIXEL, optimization_goal: 'VALUE', roas_bid: 2 }, body: { roas_bid: 2, deep_bid_type: 'VO_MIN_ROAS' } },
  { field: 'skip_learning_phase', args: { skip_learning_phase: true }, body: { skip_learning_phase: true }, warning: /catalog-sales/ },
  { field: 'schedule_type', args: { schedule_type: 'SCHEDULE_START_END', schedule_end_time: '2026-06-01 00:00:00' }, body: { schedule_type: 'SCHEDULE_START_END' } },
  { field: 'dayparting', args: { dayparting: EVENING }, body: { dayparting: EVENING }, warning: /timezone \(America\/New_York\)/ },
  { field: 'frequency', campaign: 'REACH', args: { frequency: 5 }, body: { frequency: 5, frequency_schedule: 7 } },
  { field: 'frequency_schedule', campaign: 'REACH', args: { frequency_schedule: 14 }, body: { frequency: 3, frequency_schedule: 14 } },
  { field: 'location_ids', args: { location_ids: ['2635167', 2921044] }, body: { location_ids: ['2635167', '2921044'] } },
  { field: 'age_groups', args: { age_groups: ['AGE_25_34', 'AGE_35_44'] }, body: { age_groups: ['AGE_25_34', 'AGE_35_44'] } },
  { field: 'gender', args: { gender: 'GENDER_FEMALE' }, body: { gender: 'GENDER_FEMALE' } },
  { field: 'languages', args: { languages: ['en', 'es'] }, body: { languages: ['en', 'es'] } },
  { field: 'operating_systems', args: { operating_systems: ['IOS'] }, body: { operating_systems: ['IOS'] } },
  { field: 'device_model_ids', args: { device_model_ids: ['301'] }, body: { device_model_ids: ['301'] } },
  { field: 'device_price_ranges', args: { device_price_ranges: [4, 3] }, body: { device_price_ranges: [600, 10000] } },
  { field: 'network_types', args: { network_types: ['WIFI', '5G'] }, body: { network_types: ['WIFI', '5G'] } },
  { field: 'carrier_ids', args: { carrier_ids: ['4001'] }, body: { carrier_ids: ['4001'] } },
  { field: 'spending_power', args: { spending_power: 'HIGH' }, body: { spending_power: 'HIGH' } },
  { field: 'household_income', args: { household_income: ['TOP_25_PERCENT'] }, body: { household_income: ['TOP5', 'TOP10', 'TOP10_25'] }, warning: /allowlist-only/ },
  { field: 'contextual_tag_ids', campaign: 'REACH', args: { contextual_tag_ids: ['501'] }, body: { contextual_tag_ids: ['501'] }, warning: /allowlist-only/ },
  { field: 'audience_ids', args: { audience_ids: ['60001001'] }, body: { audience_ids: ['60001001'] } },
  { field: 'excluded_audience_ids', args: { excluded_audience_ids: ['60001002'] }, body: { excluded_audience_ids: ['60001002'] } },
  { field: 'audience_rule', args: { audience_rule: { audience_op: 'union', audience_ids: ['60001001'] } }, body: { audience_ids: ['60001001'] }, absent: ['audience_rule'] },
  { field: 'audience_type', args: { audience_type: 'LOOKALIKE' }, absent: ['audience_type'], warning: /audience_type LOOKALIKE was not sent/ },
  { field: 'included_custom_actions', args: { included_custom_actions: [{ action_categories: ['ADD_TO_CART', 'PURCHASE'], days: 30 }] }, refused: { path: 'included_custom_actions', message: /video shopping ads.*audience_ids/ } },
  { field: 'excluded_custom_actions', args: { excluded_custom_actions: [{ action_categories: ['PURCHASE'], days: 180 }] }, refused: { path: 'excluded_custom_actions', message: /video shopping ads.*excluded_audience_ids/ } },
  { field: 'interest_category_ids', args: { interest_category_ids: ['10001'] }, body: { interest_category_ids: ['10001'] } },
  { field: 'interest_keyword_ids', args: { interest_keyword_ids: ['20001'] }, body: { interest_keyword_ids: ['20001'] } },
  { field: 'interest_keywords', args: { interest_keyword_ids: ['20001'], interest_keywords: [20002, '20001'] }, body: { interest_keyword_ids: ['20001', '20002'] }, absent: ['interest_keywords'], warning: /interest_keywords is deprecated: its IDs \(20002, 20001\) were sent as interest_keyword_ids/ },
  { field: 'purchase_intention_keyword_ids', args: { purchase_intention_keyword_ids: ['30001'] }, body: { purchase_intention_keyword_ids: ['30001'] } },
  { field: 'placement_type', args: { placement_type: 'PLACEMENT_TYPE_AUTOMATIC' }, body: { placement_type: 'PLACEMENT_TYPE_AUTOMATIC', placements: ['PLACEMENT_TIKTOK'] } },
  { field: 'placements', args: PANGLE, body: { placement_type: 'PLACEMENT_TYPE_NORMAL', placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'] } },
  { field: 'blocked_pangle_app_ids', args: { ...PANGLE, blocked_pangle_app_ids: ['com.example.game'] }, body: { blocked_pangle_app_ids: ['com.example.game'] } },
  { field: 'included_pangle_audience_package_ids', args: { ...PANGLE, included_pangle_audience_package_ids: ['801'] }, body: { included_pangle_audience_package_ids: ['801'] } },
  { field: 'excluded_pangle_audience_package_ids', args: { ...PANGLE, excluded_pangle_audience_package_ids: ['802'] }, body: { excluded_pangle_audience_package_ids: ['802'] } },
  { field: 'brand_safety_partner', args: { brand_safety_type: 'THIRD_PARTY', brand_safety_partner: 'OPEN_SLATE' }, body: { brand_safety_type: 'THIRD_PARTY', brand_safety_partner: 'OPEN_SLATE' } },
  { field: 'brand_safety_type', args: { brand_safety_type: 'STANDARD_INVENTORY' }, body: { brand_safety_type: 'STANDARD_INVENTORY' } },
  { field: 'pixel_id', campaign: 'WEB_CONVERSIONS', args: { ...PIXEL, pixel_id: 1776777769 }, body: { pixel_id: '1776777769' } },
  { field: 'optimization_event', campaign: 'WEB_CONVERSIONS', args: PIXEL, body: { optimization_event: 'ON_WEB_ORDER' } },
  { field: 'secondary_optimization_event', campaign: 'APP_PROMOTION', args: { ...APP, placements: ['PLACEMENT_PANGLE'], deep_bid_type: 'VO_MIN_ROAS', roas_bid: 2, optimization_goal: 'VALUE', secondary_optimization_event: 'ACTIVE_PAY' }, body: { secondary_optimization_event: 'ACTIVE_PAY' } },
  { field: 'next_day_retention', campaign: 'APP_PROMOTION', args: { ...APP, placements: ['PLACEMENT_PANGLE'], secondary_optimization_event: 'NEXT_DAY_OPEN', deep_bid_type: 'MIN', bid_type: 'BID_TYPE_CUSTOM', conversion_bid_price: 2, deep_cpa_bid: 5, next_day_retention: 0.4 }, body: { next_day_retention: 0.4, deep_bid_type: 'MIN', conversion_bid_price: 2, deep_cpa_bid: 5 } },
  { field: 'conversion_id', campaign: 'WEB_CONVERSIONS', args: { conversion_id: '9001' }, body: { custom_conversion_id: '9001' }, absent: ['conversion_id'] },
  { field: 'auto_targeting_enabled', args: { auto_targeting_enabled: 'ON' }, absent: ['auto_targeting_enabled'], warning: /no longer lets auto-targeting be turned on/ },
  { field: 'targeting_expansion', args: { targeting_expansion: { expand_age: true, expansion_type_ids: ['AGE'] } }, absent: ['targeting_expansion'], warning: /no longer lets targeting expansion be turned on/ },
  { field: 'pacing', args: { pacing: 'PACING_MODE_FAST', bid_type: 'BID_TYPE_CUSTOM', conversion_bid_price: 3 }, body: { pacing: 'PACING_MODE_FAST' } },
  { field: 'creative_material_mode', args: { creative_material_mode: 'CUSTOM' }, body: { creative_material_mode: 'CUSTOM' } },
  { field: 'video_download_disabled', args: { video_download_disabled: true }, body: { video_download_disabled: true } },
  { field: 'comment_disabled', args: { comment_disabled: false }, body: { comment_disabled: false } },
  { field: 'is_hfss', args: { is_hfss: true, location_ids: ['2635167'] }, body: { is_hfss: true, is_lhf_compliance: true } },
  { field: 'statistic_type', campaign: 'WEB_CONVERSIONS', args: { ...PIXEL, statistic_type: '1D_VIEW_7D_CLICK' }, body: { click_attribution_window: 'SEVEN_DAYS', view_attribution_window: 'ONE_DAY' }, absent: ['statistic_type'] },
  { field: 'billing_event', args: { optimization_goal: 'CLICK', billing_event: 'CPC' }, body: { billing_event: 'CPC' } },
  { field: 'optimization_goal', args: { optimization_goal: 'CLICK' }, body: { optimization_goal: 'CLICK', billing_event: 'CPC' }, absent: ['bid_display_mode'] },
  { field: 'promotion_type', args: { promotion_type: 'APP_IOS' }, body: { promotion_type: 'APP_IOS', operating_systems: ['IOS'] }, warning: /no app_id/ },
  { field: 'campaign_id', args: { campaign_id: Number(CAMPAIGN_ID) }, body: { campaign_id: CAMPAIGN_ID } },
  { field: 'adgroup_name', args: { adgroup_name: 'Spring sale – women 25-44' }, body: { adgroup_name: 'Spring sale – women 25-44' } },
  { field: 'budget', args: { budget: 75.5 }, body: { budget: 75.5 } },
  { field: 'budget_mode', args: { budget_mode: 'BUDGET_MODE_TOTAL', budget: 700, schedule_end_time: '2026-06-01 00:00:00' }, body: { budget_mode: 'BUDGET_MODE_TOTAL', budget: 700, schedule_type: 'SCHEDULE_START_END' } },
  { field: 'objective', args: { objective: 'TRAFFIC' }, absent: ['objective', 'objective_type'] },
  { field: 'schedule_start_time', args: { schedule_start_time: '2026-05-04 08:00:00' }, body: { schedule_start_time: '2026-05-04 08:00:00', schedule_type: 'SCHEDULE_FROM_NOW' } },
  { field: 'schedule_end_time', args: { schedule_end_time: '2026-06-01 00:00:00' }, body: { schedule_end_time: '2026-06-01 00:00:00', schedule_type: 'SCHEDULE_START_END' } },
  { field: 'advertiser_id', args: { advertiser_id: ADVERTISER_ID }, body: { advertiser_id: ADVERTISER_ID } },
  { field: 'dry_run', args: { dry_run: true }, absent: ['dry_run'] },
  { field: 'app_id', campaign: 'APP_PROMOTION', args: APP, body: { app_id: '7100000000000001', promotion_type: 'APP_ANDROID', operating_systems: ['ANDROID'] } },
  { field: 'operation_status', args: { operation_status: 'DISABLE' }, body: { operation_status: 'DISABLE' } },
];
