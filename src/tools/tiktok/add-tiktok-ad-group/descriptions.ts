/**
 * The description of every argument, in adgate's words: the tool page's fields and their meaning
 * (add_tiktok_ad_group.seed.txt, the user's contract), corrected where TikTok's own docs differ, with
 * look-ups that name adgate's tools and an example where one helps. Docs, OpenAPI, MCP and
 * llms-full.txt are generated from these strings; defaults are schema metadata, not text. The last
 * three fields are not on the page: they come from the rules file.
 */
export const SEED_FIELDS = [
  'bid_type',
  'bid_price',
  'conversion_bid_price',
  'bid_display_mode',
  'deep_bid_type',
  'deep_cpa_bid',
  'roas_bid',
  'skip_learning_phase',
  'schedule_type',
  'dayparting',
  'frequency',
  'frequency_schedule',
  'location_ids',
  'age_groups',
  'gender',
  'languages',
  'operating_systems',
  'device_model_ids',
  'device_price_ranges',
  'network_types',
  'carrier_ids',
  'spending_power',
  'household_income',
  'contextual_tag_ids',
  'audience_ids',
  'excluded_audience_ids',
  'audience_rule',
  'audience_type',
  'included_custom_actions',
  'excluded_custom_actions',
  'interest_category_ids',
  'interest_keyword_ids',
  'interest_keywords',
  'purchase_intention_keyword_ids',
  'placement_type',
  'placements',
  'blocked_pangle_app_ids',
  'included_pangle_audience_package_ids',
  'excluded_pangle_audience_package_ids',
  'brand_safety_partner',
  'brand_safety_type',
  'pixel_id',
  'optimization_event',
  'secondary_optimization_event',
  'next_day_retention',
  'conversion_id',
  'auto_targeting_enabled',
  'targeting_expansion',
  'pacing',
  'creative_material_mode',
  'video_download_disabled',
  'comment_disabled',
  'is_hfss',
  'statistic_type',
  'billing_event',
  'optimization_goal',
  'promotion_type',
  'campaign_id',
  'adgroup_name',
  'budget',
  'budget_mode',
  'objective',
  'schedule_start_time',
  'schedule_end_time',
  'advertiser_id',
] as const;

export type SeedField = (typeof SEED_FIELDS)[number];

export const DESCRIPTIONS = {
  bid_type:
    'Bid strategy: BID_TYPE_NO_BID (automatic bidding for the most results, the default), BID_TYPE_CUSTOM (cost cap: a target cost in bid_price or conversion_bid_price). BID_TYPE_MAX_CONVERSION is accepted as another name for the cost cap and sent as BID_TYPE_CUSTOM.',
  bid_price:
    'Your bid per click (CPC), per 1,000 impressions (CPM) or per view (CPV), in the account currency, e.g. 0.4. Required with BID_TYPE_CUSTOM when the billing event is CPC, CPM or CPV; it must be lower than the budget.',
  conversion_bid_price:
    'Your target cost per result for OCPM billing (e.g. per conversion or install), in the account currency, e.g. 12. Required with BID_TYPE_CUSTOM when billing is OCPM; it must be lower than the budget.',
  bid_display_mode:
    'How a video-view bid is measured. TikTok takes only CPV, and only for VIDEO_VIEWS ad groups: there it is always sent as CPV; elsewhere it is not sent, and data.structured.defaults_applied says so. Values: CPC, CPM, OCPM, CPV.',
  deep_bid_type:
    'Deep-event bidding. Value optimisation (optimization_goal VALUE, APP_PROMOTION or CONVERSIONS): VO_MIN_ROAS (with roas_bid) or VO_HIGHEST_VALUE (the most value for the budget). App deep events (APP_PROMOTION): MIN (targets for the install and the deep event, with deep_cpa_bid), PACING, AEO. VO_MIN_DAY1_RETENTION and VO_MIN_DAY7_RETENTION are not TikTok bid types: the refusal names the secondary event to use.',
  deep_cpa_bid:
    'Target cost of the deep event (e.g. a purchase after the install), in the account currency, e.g. 5. Used with deep_bid_type MIN and with next_day_retention.',
  roas_bid:
    'Minimum return on ad spend for value optimisation, from 0.01 to 1000, e.g. 1.5 for 150%. Needs optimization_goal VALUE; deep_bid_type VO_MIN_ROAS is sent with it.',
  skip_learning_phase:
    'Ask TikTok to skip the learning phase. TikTok documents it as taking effect only for catalog-sales ad groups billed OCPM, so expect the normal learning phase here (a warning says so). Default: off.',
  schedule_type:
    'SCHEDULE_FROM_NOW (runs with no end) or SCHEDULE_START_END (runs until schedule_end_time). Default: SCHEDULE_START_END when schedule_end_time is given, else SCHEDULE_FROM_NOW.',
  dayparting:
    "Half-hours to deliver in: exactly 336 characters of 0 and 1, 48 half-hour slots for each day, Monday 00:00 first and Sunday 23:30 last; '1' delivers. Slot of day d (0 = Monday), half-hour h: position d × 48 + h. Omit it to deliver all day.",
  frequency:
    'Most impressions per person in frequency_schedule days, 1 to 1000, e.g. 3. REACH ad groups only; default 3 there (TikTok requires a cap).',
  frequency_schedule:
    'The frequency-cap window in days, 1 to 30 (1 = daily, 7 = weekly). REACH ad groups only; default 7 there.',
  location_ids:
    "TikTok location IDs as strings, e.g. ['6252001'] for the United States (the default). Find them with search_tiktok_targeting (targeting_type 'regions'). Do not list a region together with one inside it.",
  age_groups:
    "Age brackets: AGE_13_17, AGE_18_24, AGE_25_34, AGE_35_44, AGE_45_54, AGE_55_100, e.g. ['AGE_18_24', 'AGE_25_34']. Default: every bracket from 18. AGE_13_17 is allowed with broad targeting only (age, language, location, device) in the US, Latin America, the EEA, the UK, Switzerland and Canada, and not for LEAD_GENERATION there.",
  gender: 'GENDER_UNLIMITED (everyone, the default), GENDER_MALE or GENDER_FEMALE.',
  languages:
    "Language codes of the people to reach, e.g. ['en', 'es']. Find TikTok's codes with search_tiktok_targeting (targeting_type 'languages'). Omit for every language.",
  operating_systems:
    "['ANDROID'] or ['IOS']; both, or omitted, means no filter. APP_PROMOTION needs exactly one.",
  device_model_ids:
    "TikTok device-model IDs, e.g. ['301']. Find them with search_tiktok_targeting (targeting_type 'device_models'). Not together with device_price_ranges.",
  device_price_ranges:
    'Phone price tiers: 0 = under USD 200, 1 = USD 200-400, 2 = USD 400-600, 3 = USD 600-800, 4 = over USD 800. Neighbouring tiers only, e.g. [3, 4] for premium phones; sent as one TikTok price range.',
  network_types: "Connection types: WIFI, 2G, 3G, 4G, 5G, e.g. ['WIFI', '5G']. Omit for every connection.",
  carrier_ids:
    "Mobile carrier IDs, e.g. ['4001']. Find them with search_tiktok_targeting (targeting_type 'carriers'): only carriers in use, in the targeted countries.",
  spending_power:
    'ALL (the default) or HIGH (people who spend more than average). Needs TikTok among the placements (or automatic placement).',
  household_income:
    "US household income brackets, cumulative: TOP_5_PERCENT, TOP_10_PERCENT, TOP_25_PERCENT, TOP_50_PERCENT, e.g. ['TOP_25_PERCENT'] for the richest quarter. Sent as every TikTok band the bracket covers. US locations and TikTok placement only; allowlist-only at TikTok.",
  contextual_tag_ids:
    "Contextual tags: the kind of content shown around the ad, e.g. ['501']. REACH and VIDEO_VIEWS only; allowlist-only at TikTok.",
  audience_ids:
    "Custom or lookalike audience IDs to include, e.g. ['60001001']. Find them with list_tiktok_custom_audiences (it says which are usable).",
  excluded_audience_ids:
    "Custom audience IDs to leave out, e.g. existing customers in an acquisition ad group: ['60001002'].",
  audience_rule:
    "A union of audiences: {'audience_op': 'union', 'audience_ids': ['60001001'], 'lookalike_audience_ids': ['60001003']}. Sent as TikTok's audience_ids (people in any of them); other rules are refused with the fields to use instead.",
  audience_type:
    "NORMAL, LOOKALIKE or ENGAGEMENT. Not sent: audience_ids are targeted as listed, whatever their type (TikTok's audience_type is for app retargeting).",
  included_custom_actions:
    "Not available: TikTok's custom actions are Video Shopping Ads retargeting, which this tool does not create. To reach people who viewed, added to cart, bought, or watched or engaged with your videos, put an engagement or website custom audience in audience_ids.",
  excluded_custom_actions:
    'Not available, as included_custom_actions. To leave out people who already converted, put their custom audience in excluded_audience_ids.',
  interest_category_ids:
    "Interest category IDs, e.g. ['10001']. Find them with search_tiktok_targeting (targeting_type 'interest_categories').",
  interest_keyword_ids:
    "Interest keyword IDs, more specific than categories, e.g. ['20001']. Find them with search_tiktok_targeting (targeting_type 'interest_keywords'). Not together with purchase_intention_keyword_ids.",
  interest_keywords:
    "Deprecated: use interest_keyword_ids. Numeric keyword IDs given here are moved there (with a warning); words are refused, since TikTok takes IDs only: find them with search_tiktok_targeting (targeting_type 'interest_keywords').",
  purchase_intention_keyword_ids:
    "Purchase-intent keyword IDs: people shopping for the topic, e.g. ['30001']. Find them with search_tiktok_targeting (targeting_type 'interest_keywords', audience_type 'PURCHASE_INTENTION'). Not for REACH or VIDEO_VIEWS.",
  placement_type:
    'PLACEMENT_TYPE_NORMAL (the placements you list, the default) or PLACEMENT_TYPE_AUTOMATIC (TikTok picks).',
  placements:
    "Where ads run: PLACEMENT_TIKTOK, PLACEMENT_PANGLE (TikTok's audience network), PLACEMENT_GLOBAL_APP_BUNDLE (allowlist-only). Default: ['PLACEMENT_TIKTOK']. Always sent, also with automatic placement.",
  blocked_pangle_app_ids:
    "Apps (package IDs) where your ads must not appear on Pangle, e.g. ['com.example.game']. Needs Pangle placement.",
  included_pangle_audience_package_ids:
    'Pangle audience-package IDs to include. Needs Pangle placement; not together with excluded_pangle_audience_package_ids.',
  excluded_pangle_audience_package_ids:
    'Pangle audience-package IDs to leave out. Needs Pangle placement; not together with included_pangle_audience_package_ids.',
  brand_safety_partner: 'IAS or OPEN_SLATE. Required with brand_safety_type THIRD_PARTY, and only with it.',
  brand_safety_type:
    "Inventory filter, TikTok placement only: NO_BRAND_SAFETY (no filter, the default), EXPANDED_INVENTORY, STANDARD_INVENTORY, LIMITED_INVENTORY, THIRD_PARTY (with brand_safety_partner). FULL_INVENTORY means no filter and is sent as NO_BRAND_SAFETY. Filters other than NO_BRAND_SAFETY need placements ['PLACEMENT_TIKTOK']; on performance objectives they are allowlist-only at TikTok.",
  pixel_id:
    "The numeric Pixel ID, e.g. '1776777769', not the alphanumeric Pixel Code. list_tiktok_pixels shows both, with each pixel's events. For CONVERSIONS ad groups, and for LEAD_GENERATION with promotion_type WEBSITE.",
  optimization_event:
    "The pixel event to optimise for, e.g. ON_WEB_ORDER (purchase), ON_WEB_CART, ON_WEB_REGISTER, FORM. Required with pixel_id; list_tiktok_pixels lists each pixel's events. Some advertisers cannot use COMPLETE_PAYMENT; TikTok's refusal then names the accepted events.",
  secondary_optimization_event:
    'A second goal for INSTALL or VALUE optimisation, e.g. NEXT_DAY_OPEN (retention) or ACTIVE_PAY. Needs deep_bid_type; with INSTALL, Pangle or Global App Bundle placement.',
  next_day_retention:
    'Target next-day retention ratio, greater than 0 and at most 1, e.g. 0.4. TikTok checks next_day_retention = conversion_bid_price / deep_cpa_bid, so send all three; Pangle placement with secondary_optimization_event NEXT_DAY_OPEN only.',
  conversion_id:
    "A custom conversion's ID to optimise for instead of a pixel event, e.g. '9001'; sent as TikTok's custom_conversion_id. CONVERSIONS ad groups.",
  auto_targeting_enabled:
    "'ON' or 'OFF'. Not sent: TikTok no longer lets auto-targeting be turned on (since June 2024), so the ad group targets exactly what you set; 'ON' gets a warning.",
  targeting_expansion:
    "{'expansion_type_ids': [...], 'expand_age': true, 'expand_gender': true}. Not sent: TikTok no longer lets targeting expansion be turned on (since June 2024); asking for it gets a warning.",
  pacing:
    'PACING_MODE_SMOOTH (spread evenly, the default) or PACING_MODE_FAST (spend as fast as possible). Not sent under campaign budget optimisation.',
  creative_material_mode:
    'CUSTOM (one creative per ad, the default). DYNAMIC is retired by TikTok and refused.',
  video_download_disabled: 'true to stop people downloading the ad videos.',
  comment_disabled: 'true to turn comments on the ads off.',
  is_hfss:
    'true when you promote food or drink high in fat, salt or sugar. Only with locations in the UK, Australia, New Zealand or the EU; with the UK, the UK food-rules confirmation (is_lhf_compliance) is sent with it.',
  statistic_type:
    "Attribution windows for conversions: 1D_VIEW_7D_CLICK sets TikTok's 7-day click and 1-day view windows; ALL_DAY (the default) keeps the advertiser's settings. For ad groups that optimise for a pixel or app event; TikTok does not let them change after creation.",
  billing_event:
    'What you pay for: CPC (per click), CPM (per 1,000 impressions), OCPM (optimised for results), CPV (per view). Default: the one TikTok pairs with the goal; another value is refused.',
  optimization_goal:
    'The result to optimise for. Defaults by objective: TRAFFIC → TRAFFIC_LANDING_PAGE_VIEW (CLICK for app traffic), CONVERSIONS → CONVERT, LEAD_GENERATION → LEAD_GENERATION (an instant form; on the website CONVERT with a pixel, CLICK without), REACH → REACH, VIDEO_VIEWS → ENGAGED_VIEW, APP_PROMOTION → INSTALL.',
  promotion_type:
    'What the ad group promotes: WEBSITE (the default), APP_ANDROID or APP_IOS. APP_PROMOTION follows operating_systems; on LEAD_GENERATION, WEBSITE collects the leads on your website instead of an instant form.',
  campaign_id: "The existing campaign's ID, e.g. '1800000000000101'. list_tiktok_campaigns lists them.",
  adgroup_name: 'The name of the new ad group: 1 to 512 characters, no emoji, e.g. "US - broad - 18-34".',
  budget:
    "The ad group's budget in the advertiser's currency, e.g. 50. Daily: at least TikTok's minimum for the currency (USD/EUR/GBP 20, JPY 2,000...). Lifetime: at least that minimum times the days scheduled. Whole units for JPY, KRW, TWD, IDR, VND and a few more. Not sent under campaign budget optimisation.",
  budget_mode:
    'BUDGET_MODE_DAY (daily, the default) or BUDGET_MODE_TOTAL (lifetime: needs schedule_end_time). A campaign with a daily budget takes daily ad groups only.',
  objective:
    "The campaign's objective: TRAFFIC, CONVERSIONS, LEAD_GENERATION, REACH, VIDEO_VIEWS or APP_PROMOTION. Omit it: it is read from the campaign, and one that differs is refused.",
  schedule_start_time:
    "Start, in UTC, written YYYY-MM-DD HH:MM:SS, e.g. '2026-06-01 08:00:00'. Default: now. At most 12 hours in the past and no later than 2028-01-01 00:00:00.",
  schedule_end_time:
    "End, in UTC, written YYYY-MM-DD HH:MM:SS, e.g. '2026-06-30 23:59:59'. After the start, in the future, no later than 2038-01-01 00:00:00. Required with BUDGET_MODE_TOTAL.",
  advertiser_id:
    'The TikTok advertiser ID, when several accounts are connected (list_connected_accounts lists them). Optional with one.',
  dry_run:
    'Validate and resolve the call exactly like a real one (account, campaign, defaults) but create nothing and bill nothing: the result shows the exact body that would be sent to TikTok, with every default applied and why. Default: false.',
  app_id:
    "The TikTok app ID of the promoted app, a string of digits, e.g. '7100000000000001'. Required for APP_PROMOTION ad groups.",
  operation_status:
    'Status of the new ad group: ENABLE (default, delivers as soon as it has approved ads) or DISABLE (created paused).',
} as const satisfies Record<SeedField | 'dry_run' | 'app_id' | 'operation_status', string>;
