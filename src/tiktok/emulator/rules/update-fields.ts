/**
 * Which fields the update endpoints take. From the Business API SDK's bodies:
 * `python_sdk/docs/CampaignUpdateBody.md` (advertiser_id*, campaign_id*, campaign_name, budget,
 * special_industries, po_number) and `python_sdk/docs/AdgroupUpdateBody.md` (below). What the
 * create body knows but the update body does not (budget_mode, placements, promotion_type,
 * optimization_goal, billing_event, ...) cannot be changed after creation: TikTok's update schema
 * does not have the field, so it is an unknown field there.
 */
export const CAMPAIGN_UPDATE_FIELDS: ReadonlySet<string> = new Set([
  'advertiser_id',
  'campaign_id',
  'campaign_name',
  'budget',
  'special_industries',
  'po_number',
]);

export const ADGROUP_UPDATE_FIELDS: ReadonlySet<string> = new Set([
  'advertiser_id',
  'adgroup_id',
  'actions',
  'adgroup_name',
  'age_groups',
  'audience_ids',
  'audience_rule',
  'audience_type',
  'auto_targeting_enabled',
  'automated_keywords_enabled',
  'bid_price',
  'bid_type',
  'blocked_pangle_app_ids',
  'brand_safety_type',
  'budget',
  'carrier_ids',
  'catalog_authorized_bc_id',
  'category_exclusion_ids',
  'comment_disabled',
  'contextual_tag_ids',
  'conversion_bid_price',
  'dayparting',
  'deep_bid_type',
  'deep_cpa_bid',
  'deep_funnel_event_source',
  'deep_funnel_event_source_id',
  'deep_funnel_optimization_event',
  'deep_funnel_optimization_status',
  'device_model_ids',
  'device_price_ranges',
  'exclude_age_under_eighteen',
  'excluded_audience_ids',
  'excluded_custom_actions',
  'excluded_pangle_audience_package_ids',
  'frequency',
  'frequency_schedule',
  'gender',
  'household_income',
  'included_custom_actions',
  'included_pangle_audience_package_ids',
  'interest_category_ids',
  'interest_keyword_ids',
  'ios14_targeting',
  'is_hfss',
  'is_lhf_compliance',
  'isp_ids',
  'languages',
  'location_ids',
  'min_android_version',
  'min_ios_version',
  'network_types',
  'next_day_retention',
  'operating_systems',
  'pacing',
  'purchase_intention_keyword_ids',
  'roas_bid',
  'saved_audience_id',
  'schedule_end_time',
  'schedule_start_time',
  'schedule_type',
  'search_keywords',
  'search_result_enabled',
  'secondary_optimization_event',
  'share_disabled',
  'shopping_ads_retargeting_actions_days',
  'shopping_ads_retargeting_custom_audience_relation',
  'shopping_ads_retargeting_type',
  'smart_audience_enabled',
  'smart_interest_behavior_enabled',
  'spending_power',
  'targeting_expansion',
  'vertical_sensitivity_id',
  'zipcode_ids',
]);

/** TikTok's name limit for campaigns and ad groups (reference tiktok-tool-family.md §4.2). */
export const MAX_NAME_LENGTH = 512;

/**
 * Campaign-level budget floor: TikTok's help centre ("About budgets", ads.tiktok.com/help/article/
 * budget) gives 50 USD for a campaign against 20 USD for an ad group; other currencies keep the
 * same 2.5 ratio to the ad group floor of rules/catalog.ts.
 */
export const CAMPAIGN_TO_ADGROUP_MINIMUM = 2.5;
