/**
 * The description of every argument, verbatim from the seed page (add_tiktok_ad_group.seed.txt),
 * which is the user's contract. Docs, OpenAPI and MCP are generated from these strings, so they are
 * kept word for word; the page's rendered defaults (`default: "..."`) are schema metadata, not text.
 * The last three fields are not on the page: they come from the rules file.
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
    'Bid strategy: BID_TYPE_NO_BID (auto, default), BID_TYPE_CUSTOM (manual bid), BID_TYPE_MAX_CONVERSION (cost cap). Use NO_BID for fastest learning; CUSTOM when a fixed CPA is required.',
  bid_price:
    'Manual bid amount per billing event (USD or account currency). Required when bid_type=BID_TYPE_CUSTOM. Used with billing_event=CPC/CPM/CPV.',
  conversion_bid_price:
    'Manual bid for conversions (oCPM target CPA). Required when objective=CONVERSIONS and bid_type=BID_TYPE_CUSTOM. Tells TikTok your target acquisition cost.',
  bid_display_mode:
    'Bid display mode: CPC, CPM, OCPM, CPV. Determines what the bid_price represents. Auto-set from billing_event when omitted.',
  deep_bid_type:
    'App-campaign deep-event bidding: VO_MIN_ROAS (target ROAS), VO_MIN_DAY1_RETENTION, VO_MIN_DAY7_RETENTION. Only valid when objective=APP_PROMOTION. Pairs with deep_cpa_bid.',
  deep_cpa_bid:
    'App-campaign target deep-event cost. Used with deep_bid_type for purchase / signup / level-completion optimization beyond install.',
  roas_bid:
    'ROAS bidding target (e.g. 1.5 = 150% return on ad spend). Only valid for VALUE-based optimization on Shopping or Conversions.',
  skip_learning_phase:
    "Skip TikTok's mandatory 50-conversion learning phase. Off by default (recommended). Set true ONLY for retargeting an audience where behavior is already established.",
  schedule_type:
    'Schedule shape: SCHEDULE_FROM_NOW (continuous, no end), SCHEDULE_START_END (bounded). Auto-set when schedule_start_time/schedule_end_time are provided.',
  dayparting:
    "Hourly delivery mask. **336-character binary string** = 48 half-hour slots × 7 days (Mon-Sun). '1' = run, '0' = pause. Example: '0'*22 + '1'*4 + '0'*22 ... runs only at the encoded slots. TikTok's SDK docstring is wrong; the correct length is 336 (live-verified 2026-05-03). Do NOT confuse with the 96-char hourly format.",
  frequency:
    'Max impressions per user. Required for REACH/AWARENESS objectives (TikTok rejects without it). Adspirer auto-defaults to 3 for REACH.',
  frequency_schedule:
    'Frequency-cap window in days (1=daily, 7=weekly). Pairs with `frequency`. Auto-defaults to 7 for REACH.',
  location_ids:
    "TikTok location IDs (numeric strings). Default: ['6252001'] (US). Use search_tiktok_targeting to discover IDs by name.",
  age_groups:
    'Target age brackets: AGE_13_17, AGE_18_24, AGE_25_34, AGE_35_44, AGE_45_54, AGE_55_100. Default: 18-100.',
  gender: 'Target gender: GENDER_UNLIMITED (default), GENDER_MALE, GENDER_FEMALE.',
  languages: "Language codes (ISO-639): ['en'], ['es'], etc. Empty = no language filter.",
  operating_systems: 'Target OS: ANDROID, IOS. Default: both.',
  device_model_ids:
    'TikTok device-model IDs for granular phone targeting (premium D2C, gaming). Use TikTok Ads Manager → Targeting → Device Models to browse the catalog.',
  device_price_ranges:
    'Phone price tiers: [0]=<200 USD, [1]=200-400, [2]=400-600, [3]=600-800, [4]=>800. Multi-select supported (e.g. [3, 4] = premium phones only). Useful for luxury / premium-positioning campaigns.',
  network_types:
    "Connection types: WIFI, 2G, 3G, 4G, 5G. Default: all. Useful for video-heavy campaigns (set ['WIFI', '5G'] to ensure smooth playback).",
  carrier_ids:
    'Mobile carrier IDs for targeting. Useful for telco / app-promotion campaigns. Discover via TikTok Ads Manager → Targeting → Carriers.',
  spending_power:
    'In-platform spending tier: ALL (default), HIGH (top spenders only). Useful for luxury, premium subscription, high-AOV e-commerce.',
  household_income:
    "Household income brackets (US-only). Values: 'TOP_5_PERCENT', 'TOP_10_PERCENT', 'TOP_25_PERCENT', 'TOP_50_PERCENT'. For price-positioned products that overindex on higher-income buyers.",
  contextual_tag_ids:
    'Contextual targeting tags — semantic content categories TikTok predicts the user is consuming. Discover via search_tiktok_targeting.',
  audience_ids:
    'Custom audience IDs to INCLUDE. Run list_tiktok_custom_audiences to discover. Customer-list, pixel-event, lookalike audiences all valid.',
  excluded_audience_ids:
    'Custom audience IDs to EXCLUDE (e.g. existing customers when running acquisition campaigns).',
  audience_rule:
    "Rule-based audience definition (replaces fixed audience_ids). Pass an object like {'audience_op': 'union', 'audience_ids': ['x'], 'lookalike_audience_ids': ['y']}. See TikTok docs for full rule schema.",
  audience_type:
    'Audience type filter: NORMAL, LOOKALIKE, ENGAGEMENT. Restricts which kinds of audiences match audience_ids.',
  included_custom_actions:
    "Engagement-based INCLUDE actions (users who did action X in last N days). Schema: [{'action_categories': ['VIDEO_VIEW'], 'days': 30}]. Useful for retargeting watchers + engagers without uploading audiences.",
  excluded_custom_actions:
    'Engagement-based EXCLUDE actions (users who DID action X — e.g. exclude existing converters from acquisition campaigns).',
  interest_category_ids:
    "Top-level interest categories (TikTok's broad taxonomy). Discover via search_tiktok_targeting with targeting_type='interest_categories'.",
  interest_keyword_ids:
    "Granular interest-keyword IDs (more specific than categories). Discover via search_tiktok_targeting with targeting_type='interest_keywords'.",
  interest_keywords:
    "DEPRECATED alias for interest_keyword_ids — TikTok does NOT resolve plain strings here; it requires pre-resolved numeric keyword IDs and rejects strings with 'Not a valid integer'. Use interest_keyword_ids instead, with IDs from search_tiktok_targeting (targeting_type='interest_keywords').",
  purchase_intention_keyword_ids:
    'Purchase-intent keyword IDs — users actively shopping for the topic. Higher-intent than interest keywords. Discover via search_tiktok_targeting.',
  placement_type:
    'PLACEMENT_TYPE_AUTOMATIC (TikTok picks placements) or PLACEMENT_TYPE_NORMAL (use `placements` field).',
  placements:
    "Manual placements when placement_type=PLACEMENT_TYPE_NORMAL: PLACEMENT_TIKTOK (in-feed), PLACEMENT_PANGLE (audience network — allowlisted), PLACEMENT_GLOBAL_APP_BUNDLE. Always required even when AUTOMATIC (Adspirer auto-defaults to ['PLACEMENT_TIKTOK']).",
  blocked_pangle_app_ids:
    'App IDs to BLOCK from Pangle network delivery. Brand-safety filter preventing your ads from appearing in specific apps.',
  included_pangle_audience_package_ids:
    'Pangle audience-package IDs to INCLUDE. Pre-curated audience bundles TikTok offers for Pangle placement.',
  excluded_pangle_audience_package_ids: 'Pangle audience-package IDs to EXCLUDE.',
  brand_safety_partner:
    'Third-party brand-safety integration: IAS, OPEN_SLATE. Required when brand_safety_type=THIRD_PARTY and placements=[PLACEMENT_TIKTOK].',
  brand_safety_type:
    'Brand-safety filter: NO_BRAND_SAFETY (default), STANDARD_INVENTORY, LIMITED_INVENTORY, FULL_INVENTORY (Pangle only), THIRD_PARTY. Only valid when placements=[PLACEMENT_TIKTOK].',
  pixel_id:
    "TikTok Pixel ID — must be the NUMERIC pixel ID (e.g. '1776777769'), NOT the alphanumeric Pixel Code (e.g. 'D7JNKABC...'). Find it in TikTok Ads Manager → Assets → Events → your pixel → 'Pixel ID' column.",
  optimization_event:
    "Conversion event for CONVERSIONS objective. Valid set depends on the events configured on the pixel. Common: ON_WEB_ORDER (purchase), ON_WEB_CART, ON_WEB_DETAIL, ON_WEB_REGISTER, LANDING_PAGE_VIEW, CLICK_LANDING_PAGE, FORM, START_TRIAL, SUBSCRIBE, DOWNLOAD_FINISH, SEARCH. 'COMPLETE_PAYMENT' rejected by some advertisers — TikTok returns the exact accepted set in the rejection.",
  secondary_optimization_event:
    'Secondary funnel event used as a proxy when the primary event is too rare for ML to learn. E.g. when optimizing for ON_WEB_ORDER (purchase) and getting <50/week, set secondary=ON_WEB_CART so TikTok learns from the broader signal.',
  next_day_retention:
    'Day-1 retention ratio (0-1). For App campaigns optimizing on retention deep events. Formula: deep_cpa_bid / conversion_bid_price.',
  conversion_id:
    'Specific custom-conversion ID to optimize for (vs pixel event). Discover via TikTok Ads Manager → Custom Conversions.',
  auto_targeting_enabled:
    "Auto-broaden audience: 'ON' (default for many objectives) or 'OFF'. When ON, TikTok extends targeting beyond the explicit audience to users it predicts will convert.",
  targeting_expansion:
    "Granular expansion controls: {'expansion_type_ids': [...], 'expand_age': true, 'expand_gender': true}. Tells TikTok which dimensions to broaden when auto-targeting.",
  pacing:
    'Budget pacing: PACING_MODE_SMOOTH (spread evenly across day, default) or PACING_MODE_FAST (spend as fast as possible).',
  creative_material_mode:
    'DCO creative-mode: CUSTOM (single creative, default), DYNAMIC (TikTok auto-optimizes across multiple uploaded creatives — pairs with create_tiktok_dco_ad).',
  video_download_disabled:
    'Block users from downloading the video creative. Useful for intellectual-property-sensitive content.',
  comment_disabled:
    'Disable comments on the ad. Useful for regulated industries (financial, healthcare) where unmoderated comments could create compliance issues.',
  is_hfss:
    "UK 'High Fat Salt Sugar' food classification (legal requirement for UK advertisers in food/drink categories). Enables age-gating and time restrictions per UK Advertising Code.",
  statistic_type:
    'Reporting attribution: ALL_DAY (default), 1D_VIEW + 7D_CLICK windows. Affects how conversions appear in TikTok reports — does not affect actual delivery / optimization.',
  billing_event:
    'Billing model override. CPC (cost per click), CPM (per 1000 impressions), OCPM (optimized for events), CPV (per video view). Adspirer picks objective-appropriate default; override only when you need a specific model.',
  optimization_goal:
    'Optimization goal override. Adspirer auto-picks per objective: TRAFFIC→TRAFFIC_LANDING_PAGE_VIEW, CONVERSIONS→CONVERT, REACH→REACH, VIDEO_VIEWS→ENGAGED_VIEW (TikTok deprecated bare VIDEO_VIEW in 2026). Override only with a known-valid value — TikTok returns the accepted set on rejection.',
  promotion_type:
    'Override promotion type: WEBSITE (default for most), APP_ANDROID, APP_IOS. Used by App-Promotion campaigns.',
  campaign_id: 'Existing TikTok campaign ID to add the ad group to',
  adgroup_name: 'Name for the new ad group',
  budget: 'Ad group budget in account currency (min varies by region)',
  budget_mode: 'BUDGET_MODE_DAY (daily) or BUDGET_MODE_TOTAL (lifetime). Default: daily.',
  objective:
    'Campaign objective (determines billing/optimization defaults). Options: TRAFFIC, CONVERSIONS, LEAD_GENERATION, REACH, VIDEO_VIEWS, APP_PROMOTION. Default: TRAFFIC.',
  schedule_start_time: 'Start time: YYYY-MM-DD HH:MM:SS.',
  schedule_end_time: 'End time: YYYY-MM-DD HH:MM:SS. Required for BUDGET_MODE_TOTAL.',
  advertiser_id: 'TikTok advertiser ID (optional).',
  dry_run:
    'Validate and resolve the call exactly like a real one (account, campaign, defaults) but create nothing and bill nothing: the result shows the exact body that would be sent to TikTok, with every default applied and why. Default: false.',
  app_id:
    'TikTok app ID (numeric string, from TikTok Ads Manager → Assets → Apps). Required for APP_PROMOTION ad groups.',
  operation_status:
    'Status of the new ad group: ENABLE (default, delivers as soon as it has approved ads) or DISABLE (created paused).',
} as const satisfies Record<SeedField | 'dry_run' | 'app_id' | 'operation_status', string>;
