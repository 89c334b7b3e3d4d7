/**
 * The emulator's conformance suite for /adgroup/create/: for every rule, a body TikTok refuses
 * (with its code and the start of its message) and a body it accepts, each naming the first-party
 * source of the rule (keys as in rules/catalog.ts: SDK-HEAD, SDK-OLD, TT-BUDGET, TT-CURRENCY,
 * TT-UPD, TT-SEARCH, TT-HELP-U18, TT-ERR = doc 1737172488964097). Rules known only from a peer are
 * marked `peer`: with peerRules off, their refused body is accepted. The rows named E1-E13 are the
 * emulator findings of shared/reference/tiktok-fidelity-corrections.md.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ALLOWLISTED_ADVERTISER,
  CONFORMANCE_TOKEN,
  CURRENCIES,
  conformanceBody,
  conformanceSeed,
  DAILY_FLOORS,
  type Kind,
  WHOLE_UNITS,
} from './conformance-world.js';
import type { JsonValue } from './json.js';
import { tiktokTime } from './samples.js';
import {
  ADVERTISER_IDS,
  AUDIENCE_IDS,
  INTEREST_CATEGORY_IDS,
  INTEREST_KEYWORD_IDS,
  MOBILE_APP_IDS,
  PIXEL_CODES,
  PIXEL_IDS,
  PURCHASE_INTENTION_KEYWORD_IDS,
  REGION_IDS,
} from './seed.js';
import { startTestEmulator, type TestEmulator } from './test-helpers.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const DAY = 86_400_000;
/** A schedule time `days` after NOW, in TikTok's format. */
const at = (days: number) => tiktokTime(new Date(NOW.getTime() + days * DAY));
const startEnd = (days: number) => ({
  schedule_type: 'SCHEDULE_START_END',
  schedule_start_time: at(0),
  schedule_end_time: at(days),
});

type Overrides = Record<string, JsonValue | undefined>;
type Body = [Kind, Overrides];

interface Case {
  rule: string;
  source: string;
  refused: Body;
  code?: number;
  message: RegExp;
  accepted: Body;
  /** Known only from a peer: enforced only with peerRules on. */
  peer?: boolean;
  /** A body created before both requests. */
  setup?: Body;
}

const TEEN_US = { age_groups: ['AGE_13_17', 'AGE_18_24'] };
const AUDIENCE_RULE = {
  inclusions: {
    operator: 'OR',
    rules: [
      {
        event_sources: [{ id: PIXEL_CODES.US, type: 'PIXEL' }],
        retention: '30',
        filter: { operator: 'OR', filters: [{ field: 'EVENT', operator: 'EQ', value: 'ADD_TO_CART' }] },
      },
    ],
  },
};
/** SDK-OLD next_day_retention: Pangle, NEXT_DAY_OPEN, and 0.5 = 2 / 4. */
const RETENTION = {
  placements: ['PLACEMENT_PANGLE'],
  secondary_optimization_event: 'NEXT_DAY_OPEN',
  deep_bid_type: 'MIN',
  bid_type: 'BID_TYPE_CUSTOM',
  conversion_bid_price: 2,
  deep_cpa_bid: 4,
  next_day_retention: 0.5,
};
const ACTION = { action_scene: 'VIDEO_RELATED', action_period: 7, video_user_actions: ['WATCHED_TO_END'] };

const IDENTITY: Case[] = [
  {
    rule: 'unknown body fields are refused (option unknownFields; TikTok drops them)',
    source: 'SDK-HEAD adgroup_create_body.py field list',
    refused: ['TRAFFIC', { objective: 'TRAFFIC' }],
    message: /^objective: Unknown field\./,
    accepted: ['TRAFFIC', {}],
  },
  {
    rule: 'null values are refused',
    source: "TikTok's parameter validation (TT-ERR 40002)",
    refused: ['TRAFFIC', { gender: null }],
    message: /^gender: Field may not be null\./,
    accepted: ['TRAFFIC', { gender: 'GENDER_MALE' }],
  },
  {
    rule: 'adgroup_name: at most 512 characters, no emoji',
    source: 'SDK-OLD adgroup_name',
    refused: ['TRAFFIC', { adgroup_name: 'Summer sale 🎉' }],
    message: /^adgroup_name: The ad group name cannot contain emoji/,
    accepted: ['TRAFFIC', { adgroup_name: 'x'.repeat(512) }],
  },
  {
    rule: 'adgroup_name over 512 characters',
    source: 'SDK-OLD adgroup_name',
    refused: ['TRAFFIC', { adgroup_name: 'x'.repeat(513) }],
    message: /^adgroup_name: Length must be between 1 and 512/,
    accepted: ['TRAFFIC', { adgroup_name: 'x' }],
  },
  {
    rule: 'duplicate names need a request_id',
    source: 'SDK-OLD request_id ("with which you can create ad groups with duplicate names")',
    setup: ['TRAFFIC', { adgroup_name: 'Twice' }],
    refused: ['TRAFFIC', { adgroup_name: 'Twice' }],
    message: /^adgroup_name: An ad group named "Twice" already exists/,
    accepted: ['TRAFFIC', { adgroup_name: 'Twice', request_id: '7301234567890123456' }],
  },
  {
    rule: 'operation_status enum',
    source: 'SDK-HEAD adgroup_create_body.py operation_status',
    refused: ['TRAFFIC', { operation_status: 'PAUSED' }],
    message: /^operation_status: Must be one of: ENABLE, DISABLE/,
    accepted: ['TRAFFIC', { operation_status: 'DISABLE' }],
  },
  {
    rule: 'promotion_type required except REACH, VIDEO_VIEWS, ENGAGEMENT',
    source: 'SDK-OLD promotion_type',
    refused: ['TRAFFIC', { promotion_type: undefined }],
    message: /^promotion_type: Missing data for required field/,
    accepted: ['REACH', { promotion_type: undefined }],
  },
  {
    rule: 'promotion_type per objective',
    source: "TikTok's objective guides (catalog.ts PROMOTION_TYPES_BY_OBJECTIVE)",
    refused: ['WEB_CONVERSIONS', { promotion_type: 'APP_ANDROID' }],
    message: /^promotion_type: promotion_type APP_ANDROID is not supported for objective WEB_CONVERSIONS/,
    accepted: ['WEB_CONVERSIONS', { promotion_type: 'WEBSITE_OR_DISPLAY' }],
  },
  {
    rule: 'promotion_target_type only with promotion_type LEAD_GENERATION',
    source: 'SDK-HEAD smart_plus_adgroup_create.yml PromotionTargetType; TT-SEARCH',
    refused: ['TRAFFIC', { promotion_target_type: 'INSTANT_PAGE' }],
    message:
      /^promotion_target_type: promotion_target_type is only supported when promotion_type is LEAD_GENERATION/,
    accepted: ['LEAD_GENERATION', { promotion_target_type: 'INSTANT_PAGE' }],
  },
  {
    rule: 'app_id required for APP_PROMOTION',
    source: 'SDK-OLD app_id',
    refused: ['APP_PROMOTION', { app_id: undefined }],
    message: /^app_id: Missing data for required field/,
    accepted: ['APP_PROMOTION', {}],
  },
  {
    rule: "app_id must be the advertiser's app",
    source: 'SDK-OLD app_id (from /app/list/)',
    refused: ['APP_PROMOTION', { app_id: MOBILE_APP_IDS.JP_ANDROID }],
    message: /^app_id: App 7100000000000004 does not exist under advertiser/,
    accepted: ['APP_PROMOTION', { app_id: MOBILE_APP_IDS.US_ANDROID }],
  },
  {
    rule: "promotion_type follows the app's platform",
    source: 'SDK-OLD promotion_type / app_id',
    refused: ['APP_PROMOTION', { promotion_type: 'APP_IOS', operating_systems: ['IOS'] }],
    message: /^promotion_type: App 7100000000000001 is an ANDROID app; use promotion_type APP_ANDROID/,
    accepted: [
      'APP_PROMOTION',
      { promotion_type: 'APP_IOS', operating_systems: ['IOS'], app_id: MOBILE_APP_IDS.US_IOS },
    ],
  },
  {
    rule: 'operating_systems: one value, required for app promotion',
    source: 'SDK-OLD operating_systems ("Only one value is allowed")',
    refused: ['APP_PROMOTION', { operating_systems: ['ANDROID', 'IOS'] }],
    message: /^operating_systems: Only one operating system can be targeted/,
    accepted: ['APP_PROMOTION', { operating_systems: ['ANDROID'] }],
  },
  {
    rule: 'operating_systems matches the promotion type',
    source: 'SDK-OLD operating_systems',
    refused: ['APP_PROMOTION', { operating_systems: ['IOS'] }],
    message: /^operating_systems: promotion_type APP_ANDROID targets ANDROID, not IOS/,
    accepted: ['APP_PROMOTION', { operating_systems: ['ANDROID'] }],
  },
];

IDENTITY.push(
  {
    rule: 'the campaign must exist under the advertiser (40007)',
    source: 'TT-ERR 40007',
    refused: ['TRAFFIC', { campaign_id: '1800000000000999' }],
    code: 40007,
    message: /campaign/i,
    accepted: ['TRAFFIC', {}],
  },
  {
    rule: 'request_id is a 64-bit integer written as a string',
    source: 'SDK-OLD request_id (str); SDK-HEAD adgroup_create_body.py request_id: str',
    refused: ['TRAFFIC', { request_id: 7301234567890 }],
    message: /^request_id: Not a valid string/,
    accepted: ['TRAFFIC', { request_id: '7301234567890' }],
  },
);

const PLACEMENT: Case[] = [
  {
    rule: 'placements required with PLACEMENT_TYPE_NORMAL',
    source: 'SDK-OLD placements',
    refused: ['TRAFFIC', { placements: undefined }],
    message: /^placements: Missing data for required field/,
    accepted: ['TRAFFIC', { placement_type: 'PLACEMENT_TYPE_AUTOMATIC', placements: undefined }],
  },
  {
    rule: 'TOPBUZZ and HELO are deprecated',
    source: 'SDK-OLD placements',
    refused: ['TRAFFIC', { placements: ['PLACEMENT_TOPBUZZ'] }],
    message: /^placements\.0: PLACEMENT_TOPBUZZ is deprecated/,
    accepted: ['TRAFFIC', { placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'] }],
  },
  {
    rule: 'REACH, ENGAGEMENT and LEAD_GENERATION refuse automatic placement',
    source: 'peer (GT), reference notes',
    peer: true,
    refused: ['REACH', { placement_type: 'PLACEMENT_TYPE_AUTOMATIC', placements: undefined }],
    message: /^placement_type: PLACEMENT_TYPE_AUTOMATIC is not supported for objective REACH/,
    accepted: ['REACH', {}],
  },
  {
    rule: 'Global App Bundle needs the allowlist (dropped; refused when alone)',
    source: 'reference notes §1.2 (not re-verified)',
    refused: ['TRAFFIC', { placements: ['PLACEMENT_GLOBAL_APP_BUNDLE'] }],
    message: /^placements: PLACEMENT_GLOBAL_APP_BUNDLE is not available to this advertiser/,
    accepted: ['ALLOW_TRAFFIC', { placements: ['PLACEMENT_GLOBAL_APP_BUNDLE'] }],
  },
  {
    rule: 'PRODUCT_SALES is TikTok-only',
    source: 'SDK-OLD shopping_ads_type / product_source (Video Shopping Ads on TikTok)',
    refused: ['PRODUCT_SALES', { placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'] }],
    message: /^placements: PRODUCT_SALES supports PLACEMENT_TIKTOK only/,
    accepted: ['PRODUCT_SALES', {}],
  },
  {
    rule: 'tiktok_subplacements only REACH/VIDEO_VIEWS/ENGAGEMENT on TikTok only; LEMON8 accepted (E13)',
    source: 'TT-UPD tiktok_subplacements',
    refused: ['TRAFFIC', { tiktok_subplacements: ['IN_FEED'] }],
    message:
      /^tiktok_subplacements: tiktok_subplacements is only supported for REACH, VIDEO_VIEWS and ENGAGEMENT/,
    accepted: ['REACH', { tiktok_subplacements: ['IN_FEED', 'LEMON8'] }],
  },
  {
    rule: 'tiktok_subplacements must include IN_FEED',
    source: 'TT-UPD tiktok_subplacements',
    refused: ['REACH', { tiktok_subplacements: ['LEMON8'] }],
    message: /^tiktok_subplacements: tiktok_subplacements must include IN_FEED/,
    accepted: ['REACH', { tiktok_subplacements: ['IN_FEED'] }],
  },
  {
    rule: 'TIKTOK_LITE cannot be chosen for new ad groups',
    source: 'TT-UPD tiktok_subplacements',
    refused: ['REACH', { tiktok_subplacements: ['IN_FEED', 'TIKTOK_LITE'] }],
    message: /^tiktok_subplacements: TIKTOK_LITE can no longer be selected/,
    accepted: ['REACH', { tiktok_subplacements: ['IN_FEED'] }],
  },
  {
    rule: 'SEARCH_FEED is allowlist-only',
    source: 'TT-UPD tiktok_subplacements',
    refused: ['REACH', { tiktok_subplacements: ['IN_FEED', 'SEARCH_FEED'] }],
    code: 40118,
    message: /^tiktok_subplacements: SEARCH_FEED is only available to allowlisted advertisers/,
    accepted: ['ALLOW_REACH', { tiktok_subplacements: ['IN_FEED', 'SEARCH_FEED'] }],
  },
  {
    rule: 'Pangle-only fields need PLACEMENT_PANGLE',
    source: 'SDK-OLD blocked_pangle_app_ids, included_/excluded_pangle_audience_package_ids',
    refused: ['TRAFFIC', { blocked_pangle_app_ids: ['com.example'] }],
    message: /^blocked_pangle_app_ids: blocked_pangle_app_ids only applies with PLACEMENT_PANGLE/,
    accepted: [
      'TRAFFIC',
      { placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'], blocked_pangle_app_ids: ['com.example'] },
    ],
  },
  {
    rule: 'included or excluded Pangle audience packages, not both',
    source: 'SDK-OLD included_/excluded_pangle_audience_package_ids',
    refused: [
      'TRAFFIC',
      {
        placements: ['PLACEMENT_PANGLE'],
        included_pangle_audience_package_ids: ['1'],
        excluded_pangle_audience_package_ids: ['2'],
      },
    ],
    message: /^excluded_pangle_audience_package_ids: Use either/,
    accepted: ['TRAFFIC', { placements: ['PLACEMENT_PANGLE'], included_pangle_audience_package_ids: ['1'] }],
  },
];

const LOCATION_AND_DEMOGRAPHICS: Case[] = [
  {
    rule: 'location_ids required',
    source: 'SDK-OLD location_ids [required]',
    refused: ['TRAFFIC', { location_ids: undefined }],
    message: /^location_ids: Missing data for required field/,
    accepted: ['TRAFFIC', { location_ids: [REGION_IDS.CANADA] }],
  },
  {
    rule: 'at most 3000 locations',
    source: 'TT-UPD location_ids',
    refused: ['TRAFFIC', { location_ids: Array.from({ length: 3001 }, (_, i) => String(9_000_000 + i)) }],
    message: /^location_ids: At most 3000 locations/,
    accepted: ['TRAFFIC', { location_ids: [REGION_IDS.US] }],
  },
  {
    rule: 'location ids must exist (from /tool/region/)',
    source: 'SDK-OLD location_ids',
    refused: ['TRAFFIC', { location_ids: ['999999999'] }],
    message: /^location_ids: Invalid location id\(s\): 999999999/,
    accepted: ['TRAFFIC', { location_ids: [REGION_IDS.TEXAS] }],
  },
  {
    rule: 'overlapping locations are not supported',
    source: 'TT-UPD location_ids',
    refused: ['TRAFFIC', { location_ids: [REGION_IDS.US, REGION_IDS.CALIFORNIA] }],
    message: /^location_ids: Locations overlap: California/,
    accepted: ['TRAFFIC', { location_ids: [REGION_IDS.CALIFORNIA, REGION_IDS.TEXAS] }],
  },
  {
    rule: 'duplicate location ids',
    source: 'TT-UPD location_ids',
    refused: ['TRAFFIC', { location_ids: [REGION_IDS.US, REGION_IDS.US] }],
    message: /^location_ids: Duplicate location ids/,
    accepted: ['TRAFFIC', { location_ids: [REGION_IDS.US, REGION_IDS.CANADA] }],
  },
  {
    rule: 'zipcode_ids need the TikTok placement',
    source: 'TT-UPD zipcode_ids',
    refused: ['TRAFFIC', { zipcode_ids: ['100001'], placements: ['PLACEMENT_PANGLE'] }],
    message: /^zipcode_ids: zipcode_ids requires PLACEMENT_TIKTOK/,
    accepted: ['TRAFFIC', { zipcode_ids: ['100001'] }],
  },
  {
    rule: 'zipcode_ids not with special industries',
    source: 'TT-UPD zipcode_ids',
    refused: ['HOUSING', { zipcode_ids: ['100001'] }],
    message: /^zipcode_ids: zipcode_ids is not supported for special industries/,
    accepted: ['HOUSING', {}],
  },
  {
    rule: 'gender is a single value',
    source: 'SDK-HEAD adgroup_create_body.py gender: str',
    refused: ['TRAFFIC', { gender: ['GENDER_MALE'] }],
    message: /^gender: Not a valid string/,
    accepted: ['TRAFFIC', { gender: 'GENDER_FEMALE' }],
  },
  {
    rule: 'spending_power HIGH with automatic placement or placements including TikTok (E6)',
    source: 'SDK-OLD / TT-UPD spending_power',
    refused: ['TRAFFIC', { spending_power: 'HIGH', placements: ['PLACEMENT_PANGLE'] }],
    message:
      /^spending_power: spending_power HIGH needs automatic placement or placements that include PLACEMENT_TIKTOK/,
    accepted: [
      'TRAFFIC',
      { spending_power: 'HIGH', placement_type: 'PLACEMENT_TYPE_AUTOMATIC', placements: undefined },
    ],
  },
  {
    rule: 'spending_power HIGH with TikTok and Pangle (E6)',
    source: 'SDK-OLD / TT-UPD spending_power',
    refused: ['HOUSING', { spending_power: 'HIGH' }],
    message: /^spending_power: spending_power is not supported for special industries/,
    accepted: ['TRAFFIC', { spending_power: 'HIGH', placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'] }],
  },
  {
    rule: 'household_income is allowlist-only',
    source: 'SDK-OLD household_income',
    refused: ['EU_TRAFFIC', { location_ids: [REGION_IDS.US], household_income: ['TOP5'] }],
    code: 40118,
    message: /^household_income: Household income targeting is only available to allowlisted advertisers/,
    accepted: ['TRAFFIC', { household_income: ['TOP5', 'TOP10', 'TOP10_25'] }],
  },
  {
    rule: 'household_income only in the US',
    source: 'SDK-OLD household_income ("only applicable the TikTok Placement in US")',
    refused: ['TRAFFIC', { location_ids: [REGION_IDS.US, REGION_IDS.CANADA], household_income: ['TOP5'] }],
    message:
      /^household_income: Household income targeting is only available when every location is in the United States/,
    accepted: ['TRAFFIC', { location_ids: [REGION_IDS.TEXAS], household_income: ['TOP25_50'] }],
  },
  {
    rule: 'household_income only on the TikTok placement',
    source: 'SDK-OLD household_income',
    refused: [
      'TRAFFIC',
      { household_income: ['TOP5'], placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'] },
    ],
    message: /^household_income: household_income requires placements exactly \[PLACEMENT_TIKTOK\]/,
    accepted: ['TRAFFIC', { household_income: ['TOP5'] }],
  },
  {
    rule: 'household_income not with special industries',
    source: 'SDK-OLD household_income',
    refused: ['HOUSING', { household_income: ['TOP5'] }],
    message: /^household_income: household_income is not supported for special industries/,
    accepted: ['TRAFFIC', { household_income: ['TOP5'] }],
  },
];

const TEENS: Case[] = [
  {
    rule: '13-17 in the US with broad targeting is accepted; with interests it is 40065 (E5)',
    source: 'TT-HELP-U18; TT-ERR 40065',
    refused: ['TRAFFIC', { ...TEEN_US, interest_category_ids: [INTEREST_CATEGORY_IDS.BEAUTY] }],
    code: 40065,
    message:
      /^age_groups: The targeting options are not supported for targeting the age group 13-17 in the US \(interest_category_ids\)/,
    accepted: ['TRAFFIC', { ...TEEN_US, languages: ['en'], operating_systems: ['IOS'] }],
  },
  {
    rule: '13-17 in the US: no gender (E5)',
    source: 'TT-HELP-U18; TT-ERR 40065',
    refused: ['TRAFFIC', { ...TEEN_US, gender: 'GENDER_MALE' }],
    code: 40065,
    message: /^age_groups: .*13-17 in the US \(gender\)/,
    accepted: ['TRAFFIC', { ...TEEN_US, gender: 'GENDER_UNLIMITED' }],
  },
  {
    rule: '13-17 in the US: no spending power or household income (E5)',
    source: 'TT-HELP-U18; TT-ERR 40065',
    refused: ['TRAFFIC', { ...TEEN_US, spending_power: 'HIGH', household_income: ['TOP5'] }],
    code: 40065,
    message: /^age_groups: .*\(spending_power, household_income\)/,
    accepted: ['TRAFFIC', { ...TEEN_US, spending_power: 'ALL' }],
  },
  {
    rule: '13-17 in the US: no audiences, keywords or behaviours (E5)',
    source: 'TT-HELP-U18; TT-ERR 40065',
    refused: [
      'TRAFFIC',
      {
        ...TEEN_US,
        audience_ids: [AUDIENCE_IDS.US_CUSTOMERS],
        interest_keyword_ids: [INTEREST_KEYWORD_IDS.YOGA],
        actions: [ACTION],
      },
    ],
    code: 40065,
    message: /^age_groups: .*\(audience_ids, interest_keyword_ids, actions\)/,
    accepted: ['TRAFFIC', { ...TEEN_US, audience_ids: [] }],
  },
  {
    rule: '13-17 in the US: no zip codes (E5)',
    source: 'TT-HELP-U18 ("location other than zip code")',
    refused: ['TRAFFIC', { ...TEEN_US, location_ids: undefined, zipcode_ids: ['100001'] }],
    code: 40065,
    message: /^age_groups: .*\(zipcode_ids\)/,
    accepted: ['TRAFFIC', { ...TEEN_US, location_ids: [REGION_IDS.LOS_ANGELES] }],
  },
  {
    rule: '13-17 in the US: not for Lead Generation (E5)',
    source: 'TT-HELP-U18',
    refused: ['LEAD_GENERATION', TEEN_US],
    code: 40065,
    message: /^age_groups: .*\(objective LEAD_GENERATION\)/,
    accepted: ['REACH', TEEN_US],
  },
  {
    rule: '13-17 in the US: not for Sales - TikTok Shop (E5)',
    source: 'TT-HELP-U18',
    refused: ['PRODUCT_SALES', { ...TEEN_US, product_source: 'STORE', shopping_ads_type: undefined }],
    code: 40065,
    message: /^age_groups: .*\(objective PRODUCT_SALES\)/,
    accepted: ['PRODUCT_SALES', TEEN_US],
  },
  {
    rule: 'no blanket 13-17 ban elsewhere: UK and Canada with interests are accepted (E5)',
    source: 'TT-HELP-U18 (limited targeting only in the USA and Latin America); TT-UPD age_groups',
    refused: [
      'UK_TRAFFIC',
      { ...TEEN_US, location_ids: [REGION_IDS.US], gender: 'GENDER_FEMALE', budget: 20 },
    ],
    code: 40065,
    message: /^age_groups: .*\(gender\)/,
    accepted: [
      'UK_TRAFFIC',
      {
        ...TEEN_US,
        location_ids: [REGION_IDS.UK, REGION_IDS.CANADA],
        interest_category_ids: [INTEREST_CATEGORY_IDS.SPORTS],
        budget: 20,
      },
    ],
  },
];

const INTERESTS_AND_AUDIENCES: Case[] = [
  {
    rule: 'interest categories must exist (from /tool/interest_category/)',
    source: 'SDK-OLD interest_category_ids',
    refused: ['TRAFFIC', { interest_category_ids: ['1'] }],
    message: /^interest_category_ids: Invalid interest category id\(s\): 1/,
    accepted: ['TRAFFIC', { interest_category_ids: [INTEREST_CATEGORY_IDS.APPAREL] }],
  },
  {
    rule: 'interest ids are integers',
    source: 'SDK-HEAD adgroup_create_body.py (list[str] of numeric ids)',
    refused: ['TRAFFIC', { interest_keyword_ids: ['yoga'] }],
    message: /^interest_keyword_ids\.0: Not a valid integer/,
    accepted: ['TRAFFIC', { interest_keyword_ids: [INTEREST_KEYWORD_IDS.YOGA] }],
  },
  {
    rule: 'purchase intention and interest keywords are not combined',
    source: 'SDK-OLD purchase_intention_keyword_ids ("keyword conflict")',
    refused: [
      'TRAFFIC',
      {
        purchase_intention_keyword_ids: [PURCHASE_INTENTION_KEYWORD_IDS.BUY_LAPTOP],
        interest_keyword_ids: [INTEREST_KEYWORD_IDS.YOGA],
      },
    ],
    message:
      /^purchase_intention_keyword_ids: purchase_intention_keyword_ids cannot be used together with interest_keyword_ids/,
    accepted: ['TRAFFIC', { purchase_intention_keyword_ids: [PURCHASE_INTENTION_KEYWORD_IDS.BUY_LAPTOP] }],
  },
  {
    rule: 'purchase intention per objective',
    source: 'SDK-OLD purchase_intention_keyword_ids',
    refused: ['REACH', { purchase_intention_keyword_ids: [PURCHASE_INTENTION_KEYWORD_IDS.BUY_LAPTOP] }],
    message:
      /^purchase_intention_keyword_ids: Purchase intention targeting is not supported for objective REACH/,
    accepted: [
      'WEB_CONVERSIONS',
      { purchase_intention_keyword_ids: [PURCHASE_INTENTION_KEYWORD_IDS.BUY_LAPTOP] },
    ],
  },
  {
    rule: 'purchase intention needs TikTok or Pangle',
    source: 'SDK-OLD purchase_intention_keyword_ids',
    refused: [
      'ALLOW_TRAFFIC',
      {
        placements: ['PLACEMENT_GLOBAL_APP_BUNDLE'],
        purchase_intention_keyword_ids: [PURCHASE_INTENTION_KEYWORD_IDS.BUY_LAPTOP],
      },
    ],
    message:
      /^purchase_intention_keyword_ids: Purchase intention targeting needs PLACEMENT_TIKTOK or PLACEMENT_PANGLE/,
    accepted: [
      'ALLOW_TRAFFIC',
      {
        placements: ['PLACEMENT_PANGLE'],
        purchase_intention_keyword_ids: [PURCHASE_INTENTION_KEYWORD_IDS.BUY_LAPTOP],
      },
    ],
  },
  {
    rule: 'actions only with TikTok alone',
    source: 'SDK-OLD AdgroupcreateActions action_category_ids',
    refused: ['TRAFFIC', { actions: [ACTION], placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'] }],
    message: /^actions: Behaviour targeting \(actions\) requires placements exactly \[PLACEMENT_TIKTOK\]/,
    accepted: ['TRAFFIC', { actions: [ACTION] }],
  },
  {
    rule: "TikTok's actions shape, with action_category_ids (E9)",
    source: 'SDK-OLD AdgroupcreateActions (action_scene, action_period 0/7/15, video_user_actions)',
    refused: ['TRAFFIC', { actions: [{ ...ACTION, action_period: 30 }] }],
    message: /^actions\.0\.action_period: Must be one of: 0, 7, 15/,
    accepted: [
      'TRAFFIC',
      {
        actions: [
          { ...ACTION, video_user_actions: ['WATCHED_TO_END', 'LIKED'], action_category_ids: ['5000001'] },
          { action_scene: 'CREATOR_RELATED', action_period: 0, video_user_actions: ['FOLLOWING'] },
        ],
      },
    ],
  },
  {
    rule: 'video_user_actions per action_scene',
    source: 'SDK-OLD AdgroupcreateActions video_user_actions',
    refused: ['TRAFFIC', { actions: [{ ...ACTION, action_scene: 'HASHTAG_RELATED', action_period: 0 }] }],
    message: /^actions\.0\.video_user_actions\.0: Must be one of: VIEW_HASHTAG/,
    accepted: [
      'TRAFFIC',
      { actions: [{ ...ACTION, action_scene: 'HASHTAG_RELATED', video_user_actions: ['VIEW_HASHTAG'] }] },
    ],
  },
  {
    rule: 'an audience cannot be both included and excluded',
    source: 'SDK-OLD audience_type / excluded_audience_ids',
    refused: [
      'TRAFFIC',
      { audience_ids: [AUDIENCE_IDS.US_CUSTOMERS], excluded_audience_ids: [AUDIENCE_IDS.US_CUSTOMERS] },
    ],
    message: /^excluded_audience_ids: Audience\(s\) 60001001 cannot be both included and excluded/,
    accepted: [
      'TRAFFIC',
      { audience_ids: [AUDIENCE_IDS.US_CUSTOMERS], excluded_audience_ids: [AUDIENCE_IDS.US_LOOKALIKE] },
    ],
  },
  {
    rule: "audiences must be the advertiser's",
    source: 'SDK-OLD audience_ids (from /dmp/custom_audience/list/)',
    refused: ['TRAFFIC', { audience_ids: [AUDIENCE_IDS.EU_CUSTOMERS] }],
    message: /^audience_ids: Audience 60002001 does not exist under advertiser/,
    accepted: ['TRAFFIC', { audience_ids: [AUDIENCE_IDS.US_LOOKALIKE] }],
  },
  {
    rule: 'an audience still processing is refused',
    source: 'TT-ERR 40002 (audience size 0)',
    refused: ['TRAFFIC', { audience_ids: [AUDIENCE_IDS.US_PROCESSING] }],
    message: /^audience_ids: Audience 60001003 is not ready/,
    accepted: ['TRAFFIC', { excluded_audience_ids: [AUDIENCE_IDS.US_PROCESSING] }],
  },
  {
    rule: 'an audience under 1,000 people is refused',
    source: 'TT-ERR 40002 ("less than 1000 matches were found")',
    refused: ['TRAFFIC', { audience_ids: [AUDIENCE_IDS.US_TOO_SMALL] }],
    message: /^audience_ids: Audience 60001004 has 420 people; at least 1000 are needed/,
    accepted: ['TRAFFIC', { audience_ids: [AUDIENCE_IDS.US_CUSTOMERS] }],
  },
  {
    rule: 'audience_rule only for TRAFFIC and APP_PROMOTION',
    source: 'TT-UPD audience_rule',
    refused: ['REACH', { audience_rule: AUDIENCE_RULE }],
    message: /^audience_rule: audience_rule is only supported for TRAFFIC and APP_PROMOTION/,
    accepted: ['APP_PROMOTION', { audience_rule: AUDIENCE_RULE }],
  },
  {
    rule: "audience_rule has TikTok's shape, not the seed page's (E9)",
    source: 'SDK-HEAD python_sdk/docs/AdgroupcreateAudienceRule*.md',
    refused: [
      'TRAFFIC',
      { audience_rule: { audience_op: 'OR', audience_ids: [AUDIENCE_IDS.US_CUSTOMERS] } as JsonValue },
    ],
    message: /^audience_rule\.audience_op: Unknown field\./,
    accepted: ['TRAFFIC', { audience_rule: { ...AUDIENCE_RULE, exclusions: AUDIENCE_RULE.inclusions } }],
  },
  {
    rule: 'audience_rule rules need event_sources',
    source: 'SDK-HEAD python_sdk/docs/AdgroupcreateAudienceRuleExclusionsRules.md',
    refused: ['TRAFFIC', { audience_rule: { inclusions: { operator: 'OR', rules: [{ retention: '30' }] } } }],
    message: /^audience_rule\.inclusions\.rules\.0\.event_sources: Missing data for required field/,
    accepted: ['TRAFFIC', { audience_rule: AUDIENCE_RULE }],
  },
  {
    rule: 'auto_targeting_enabled can no longer be enabled',
    source: 'TT-UPD auto_targeting_enabled',
    refused: ['TRAFFIC', { auto_targeting_enabled: true }],
    message: /^auto_targeting_enabled: auto_targeting_enabled is deprecated/,
    accepted: ['TRAFFIC', { auto_targeting_enabled: false, smart_audience_enabled: true }],
  },
  {
    rule: 'targeting_expansion can no longer be enabled',
    source: 'TT-UPD targeting_expansion',
    refused: ['TRAFFIC', { targeting_expansion: { expansion_enabled: true } }],
    message: /^targeting_expansion: targeting_expansion is deprecated/,
    accepted: ['TRAFFIC', { targeting_expansion: { expansion_enabled: false } }],
  },
  {
    rule: 'contextual tags are allowlist-only',
    source: 'SDK-OLD contextual_tag_ids',
    refused: ['UK_REACH', { contextual_tag_ids: ['1'], budget: 20 }],
    code: 40118,
    message: /^contextual_tag_ids: Contextual targeting is only available to allowlisted advertisers/,
    accepted: ['REACH', { contextual_tag_ids: ['1'] }],
  },
  {
    rule: 'contextual tags only for REACH and VIDEO_VIEWS',
    source: 'SDK-OLD contextual_tag_ids',
    refused: ['TRAFFIC', { contextual_tag_ids: ['1'] }],
    message: /^contextual_tag_ids: contextual_tag_ids is only supported for REACH and VIDEO_VIEWS/,
    accepted: ['VIDEO_VIEWS', { contextual_tag_ids: ['1'] }],
  },
  {
    rule: 'contextual tags not with third-party brand safety',
    source: 'SDK-OLD contextual_tag_ids',
    refused: [
      'REACH',
      { contextual_tag_ids: ['1'], brand_safety_type: 'THIRD_PARTY', brand_safety_partner: 'IAS' },
    ],
    message: /^contextual_tag_ids: contextual_tag_ids cannot be used with brand_safety_type THIRD_PARTY/,
    accepted: ['REACH', { contextual_tag_ids: ['1'], brand_safety_type: 'STANDARD_INVENTORY' }],
  },
];

const SHOPPING_RETARGETING: Case[] = [
  {
    rule: 'custom actions only for Video Shopping retargeting (LAB3) (E9)',
    source: 'SDK-OLD shopping_ads_retargeting_type, AdgroupcreateIncludedCustomActions; TT-UPD',
    refused: ['TRAFFIC', { included_custom_actions: [{ code: 'VIEW_PRODUCT', days: 7 }] }],
    message: /^included_custom_actions: Custom actions are only for Video Shopping Ads retargeting/,
    accepted: ['LAB3', {}],
  },
  {
    rule: 'custom action days in [1, 180] (E9)',
    source: 'TT-UPD included_custom_actions',
    refused: ['LAB3', { included_custom_actions: [{ code: 'ADD_TO_CART', days: 181 }] }],
    message:
      /^included_custom_actions\.0\.days: Must be greater than or equal to 1 and less than or equal to 180/,
    accepted: [
      'LAB3',
      {
        included_custom_actions: [{ code: 'ADD_TO_CART', days: 180 }],
        excluded_custom_actions: [{ code: 'PURCHASE', days: 1 }],
      },
    ],
  },
  {
    rule: 'custom action codes',
    source: 'SDK-OLD AdgroupcreateIncludedCustomActions code',
    refused: ['LAB3', { included_custom_actions: [{ code: 'WATCHED', days: 7 }] }],
    message: /^included_custom_actions\.0\.code: Must be one of: VIEW_PRODUCT, ADD_TO_CART, PURCHASE/,
    accepted: ['LAB3', { included_custom_actions: [{ code: 'PURCHASE', days: 7 }] }],
  },
  {
    rule: 'LAB3 needs included_custom_actions',
    source: 'TT-UPD included_custom_actions',
    refused: ['LAB3', { included_custom_actions: undefined }],
    message: /^included_custom_actions: Missing data for required field/,
    accepted: ['LAB3', {}],
  },
  {
    rule: 'LAB3 needs shopping_ads_type VIDEO and product_source CATALOG',
    source: 'TT-UPD shopping_ads_retargeting_type',
    refused: ['LAB3', { product_source: 'STORE' }],
    message:
      /^shopping_ads_retargeting_type: LAB3 retargeting needs shopping_ads_type VIDEO and product_source CATALOG/,
    accepted: ['LAB3', { product_source: 'CATALOG' }],
  },
  {
    rule: 'shopping_ads_retargeting_type only for PRODUCT_SALES',
    source: 'SDK-OLD shopping_ads_retargeting_type',
    refused: ['TRAFFIC', { shopping_ads_retargeting_type: 'OFF' }],
    message:
      /^shopping_ads_retargeting_type: shopping_ads_retargeting_type is only supported for the PRODUCT_SALES objective/,
    accepted: ['PRODUCT_SALES', { shopping_ads_retargeting_type: 'OFF' }],
  },
  {
    rule: 'LAB1/LAB2 need shopping_ads_retargeting_actions_days',
    source: 'SDK-OLD shopping_ads_retargeting_actions_days',
    refused: ['PRODUCT_SALES', { shopping_ads_retargeting_type: 'LAB1' }],
    message: /^shopping_ads_retargeting_actions_days: Missing data for required field/,
    accepted: [
      'PRODUCT_SALES',
      { shopping_ads_retargeting_type: 'LAB1', shopping_ads_retargeting_actions_days: 7 },
    ],
  },
];

const DEVICES: Case[] = [
  {
    rule: 'ios14_targeting needs min_ios_version',
    source: 'SDK-OLD ios14_targeting',
    refused: ['TRAFFIC', { ios14_targeting: 'IOS14_PLUS' }],
    message: /^min_ios_version: min_ios_version is required when ios14_targeting is set/,
    accepted: ['TRAFFIC', { ios14_targeting: 'IOS14_PLUS', min_ios_version: '14.0' }],
  },
  {
    rule: 'device_price_ranges not with device_model_ids',
    source: 'SDK-HEAD SavedAudienceCreateBody device_model_ids ("cannot be set at the same time")',
    refused: ['TRAFFIC', { device_model_ids: ['1'], device_price_ranges: [0, 250] }],
    message: /^device_price_ranges: device_price_ranges cannot be used together with device_model_ids/,
    accepted: ['TRAFFIC', { device_model_ids: ['1'] }],
  },
  {
    rule: 'device prices in multiples of 50 up to 10000',
    source: 'SDK-OLD device_price_ranges',
    refused: ['TRAFFIC', { device_price_ranges: [0, 260] }],
    message: /^device_price_ranges: Prices must be multiples of 50/,
    accepted: ['TRAFFIC', { device_price_ranges: [600, 10_000] }],
  },
  {
    rule: 'device_price_ranges is one range',
    source: 'SDK-OLD device_price_ranges',
    refused: ['TRAFFIC', { device_price_ranges: [0, 50, 100] }],
    message: /^device_price_ranges: device_price_ranges is one range/,
    accepted: ['TRAFFIC', { device_price_ranges: [0, 50] }],
  },
];

const BRAND_SAFETY: Case[] = [
  {
    rule: 'brand safety only on TikTok alone',
    source: 'SDK-OLD brand_safety_type ("Valid only when placements is set as PLACEMENT_TIKTOK")',
    refused: [
      'TRAFFIC',
      { brand_safety_type: 'STANDARD_INVENTORY', placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'] },
    ],
    message:
      /^brand_safety_type: brand_safety_type STANDARD_INVENTORY requires placements exactly \[PLACEMENT_TIKTOK\]/,
    accepted: [
      'TRAFFIC',
      { brand_safety_type: 'NO_BRAND_SAFETY', placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'] },
    ],
  },
  {
    rule: 'there is no FULL_INVENTORY: NO_BRAND_SAFETY is full inventory (E4)',
    source: 'SDK-OLD brand_safety_type; TT-UPD',
    refused: ['TRAFFIC', { brand_safety_type: 'FULL_INVENTORY', placements: ['PLACEMENT_PANGLE'] }],
    message:
      /^brand_safety_type: Must be one of: NO_BRAND_SAFETY, EXPANDED_INVENTORY, STANDARD_INVENTORY, LIMITED_INVENTORY, THIRD_PARTY\./,
    accepted: ['TRAFFIC', { brand_safety_type: 'NO_BRAND_SAFETY', placements: ['PLACEMENT_PANGLE'] }],
  },
  {
    rule: 'first-party brand safety on performance objectives is allowlist-only (40118)',
    source: 'SDK-OLD brand_safety_type note; TT-UPD',
    refused: ['EU_TRAFFIC', { brand_safety_type: 'STANDARD_INVENTORY' }],
    code: 40118,
    message:
      /^brand_safety_type: Pre-bid brand safety \(STANDARD_INVENTORY\) for objective TRAFFIC is only available to allowlisted advertisers/,
    accepted: ['UK_REACH', { brand_safety_type: 'LIMITED_INVENTORY', budget: 20 }],
  },
  {
    rule: 'third-party brand safety is allowlist-only',
    source: 'SDK-OLD brand_safety_type note',
    refused: ['UK_REACH', { brand_safety_type: 'THIRD_PARTY', brand_safety_partner: 'IAS', budget: 20 }],
    code: 40118,
    message: /^brand_safety_type: Third-party brand safety is only available to allowlisted advertisers/,
    accepted: ['REACH', { brand_safety_type: 'THIRD_PARTY', brand_safety_partner: 'OPEN_SLATE' }],
  },
  {
    rule: 'THIRD_PARTY needs brand_safety_partner',
    source: 'SDK-OLD brand_safety_type',
    refused: ['REACH', { brand_safety_type: 'THIRD_PARTY' }],
    message: /^brand_safety_partner: Missing data for required field/,
    accepted: ['REACH', { brand_safety_type: 'THIRD_PARTY', brand_safety_partner: 'IAS' }],
  },
  {
    rule: 'brand_safety_partner only with THIRD_PARTY',
    source: 'SDK-OLD brand_safety_partner',
    refused: ['REACH', { brand_safety_type: 'STANDARD_INVENTORY', brand_safety_partner: 'IAS' }],
    message:
      /^brand_safety_partner: brand_safety_partner is only supported when brand_safety_type is THIRD_PARTY/,
    accepted: ['REACH', { brand_safety_type: 'STANDARD_INVENTORY' }],
  },
  {
    rule: 'category exclusions need TikTok alone and STANDARD/LIMITED inventory',
    source: 'TT-UPD category_exclusion_ids',
    refused: ['REACH', { category_exclusion_ids: ['1'] }],
    message: /^category_exclusion_ids: category_exclusion_ids needs placements exactly \[PLACEMENT_TIKTOK\]/,
    accepted: ['REACH', { category_exclusion_ids: ['1'], brand_safety_type: 'LIMITED_INVENTORY' }],
  },
];

function floorCases(): Case[] {
  return Object.entries(DAILY_FLOORS).flatMap(([floorText, codes]) =>
    codes.split(' ').map((code): Case => {
      const floor = Number(floorText);
      const step = WHOLE_UNITS.includes(code) ? 1 : 0.01;
      return {
        rule: `${code} daily minimum ${floor} (E1)`,
        source: 'TT-CURRENCY ad group table (20 x verification ratio)',
        refused: [`CURRENCY_${code}`, { budget: Number((floor - step).toFixed(2)) }],
        message: new RegExp(`^budget: The daily budget must be at least ${floor} ${code}`),
        accepted: [`CURRENCY_${code}`, { budget: floor }],
      };
    }),
  );
}

const BUDGET: Case[] = [
  ...floorCases(),
  {
    rule: 'whole units for JPY, KRW, HUF, CLP, ISK, IDR, TWD, PYG, VND (E1)',
    source: 'TT-CURRENCY precision column; TT-BUDGET (precision is checked first)',
    refused: ['CURRENCY_KRW', { budget: 20_000.5 }],
    message: /^budget: KRW budgets must be whole numbers; got 20000\.5/,
    accepted: ['CURRENCY_KRW', { budget: 20_001 }],
  },
  {
    rule: 'two decimal places for the other currencies (E1)',
    source: 'TT-CURRENCY precision column',
    refused: ['TRAFFIC', { budget: 20.005 }],
    message: /^budget: USD budgets take at most two decimal places; got 20\.005/,
    accepted: ['TRAFFIC', { budget: 20.05 }],
  },
  {
    rule: 'the maximum is 10,000,000 x ratio, exclusive (E1)',
    source: 'TT-CURRENCY ([20, 10,000,000) x ratio)',
    refused: ['CURRENCY_JPY', { budget: 1_000_000_000 }],
    message: /^budget: The daily budget must be less than 1000000000 JPY/,
    accepted: ['CURRENCY_JPY', { budget: 999_999_999 }],
  },
  {
    rule: 'product_source STORE or SHOWCASE: base minimum 10',
    source: 'TT-CURRENCY addendum (ad groups with product_source STORE or SHOWCASE: [10, 10,000,000))',
    refused: ['PRODUCT_SALES', { product_source: 'STORE', shopping_ads_type: undefined, budget: 9.99 }],
    message: /^budget: The daily budget must be at least 10 USD/,
    accepted: ['PRODUCT_SALES', { product_source: 'SHOWCASE', shopping_ads_type: undefined, budget: 10 }],
  },
  {
    rule: 'lifetime minimum = daily minimum x scheduled days (E1)',
    source: 'TT-BUDGET; TT-HELP-BUDGET ($20 x 31 = $620)',
    refused: ['TRAFFIC', { budget_mode: 'BUDGET_MODE_TOTAL', budget: 599.99, ...startEnd(30) }],
    message: /^budget: The lifetime budget must be at least 600 USD \(20 USD x 30 scheduled days\)/,
    accepted: ['TRAFFIC', { budget_mode: 'BUDGET_MODE_TOTAL', budget: 60, ...startEnd(3) }],
  },
  {
    rule: 'a daily-budget campaign takes daily ad group budgets only (E2)',
    source: 'TT-BUDGET "Budget mode combinations" (campaign DAY x ad group TOTAL is not allowed)',
    refused: ['US_DAILY', { budget_mode: 'BUDGET_MODE_TOTAL', budget: 600, ...startEnd(30) }],
    message:
      /^budget_mode: The campaign has a daily budget \(BUDGET_MODE_DAY\), so the ad group budget must be daily too/,
    accepted: ['US_DAILY', { budget_mode: 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET', budget: 40 }],
  },
  {
    rule: 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET per objective',
    source: 'SDK-OLD budget_mode',
    refused: ['REACH', { budget_mode: 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET' }],
    message: /^budget_mode: BUDGET_MODE_DYNAMIC_DAILY_BUDGET is not supported for objective REACH/,
    accepted: ['WEB_CONVERSIONS', { budget_mode: 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET' }],
  },
  {
    rule: 'budget_mode and budget required without CBO',
    source: 'SDK-OLD budget_mode',
    refused: ['TRAFFIC', { budget_mode: undefined }],
    message: /^budget_mode: Missing data for required field/,
    accepted: ['CBO', { budget_mode: undefined, budget: undefined }],
  },
  {
    rule: 'pacing required without CBO',
    source: 'SDK-HEAD adgroup_create_body.py pacing',
    refused: ['TRAFFIC', { pacing: undefined }],
    message: /^pacing: Missing data for required field/,
    accepted: ['TRAFFIC', { pacing: 'PACING_MODE_SMOOTH' }],
  },
];

const SCHEDULE: Case[] = [
  {
    rule: 'schedule time format',
    source: 'SDK-OLD schedule_start_time ("YYYY-MM-DD HH:MM:SS", UTC+0)',
    refused: ['TRAFFIC', { schedule_start_time: '2026-06-01T12:00:00Z' }],
    message: /^schedule_start_time: Time format should be YYYY-MM-DD HH:MM:SS/,
    accepted: ['TRAFFIC', { schedule_start_time: '2026-06-01 12:00:00' }],
  },
  {
    rule: 'the start may be up to 12 hours in the past',
    source: 'SDK-OLD schedule_start_time',
    refused: ['TRAFFIC', { schedule_start_time: at(-0.51) }],
    message: /^schedule_start_time: The start time .* is more than 12 hours in the past/,
    accepted: ['TRAFFIC', { schedule_start_time: at(-0.49) }],
  },
  {
    rule: 'the start cannot be later than 2028-01-01 00:00:00',
    source: 'TT-UPD schedule_start_time',
    refused: ['TRAFFIC', { schedule_start_time: '2028-01-01 00:00:01' }],
    message: /^schedule_start_time: The start time cannot be later than 2028-01-01 00:00:00/,
    accepted: ['TRAFFIC', { schedule_start_time: '2028-01-01 00:00:00' }],
  },
  {
    rule: 'the end cannot be later than 2038-01-01 00:00:00',
    source: 'TT-UPD schedule_end_time',
    refused: ['TRAFFIC', { ...startEnd(1), schedule_end_time: '2038-01-01 00:00:01' }],
    message: /^schedule_end_time: The end time cannot be later than 2038-01-01 00:00:00/,
    accepted: ['TRAFFIC', { ...startEnd(1), schedule_end_time: '2038-01-01 00:00:00' }],
  },
  {
    rule: 'the end is after the start',
    source: 'SDK-OLD schedule_end_time',
    refused: ['TRAFFIC', { ...startEnd(1), schedule_end_time: at(0) }],
    message: /^schedule_end_time: The end time must be later than the start time/,
    accepted: ['TRAFFIC', startEnd(1)],
  },
  {
    rule: 'SCHEDULE_START_END needs schedule_end_time',
    source: 'SDK-OLD schedule_end_time',
    refused: ['TRAFFIC', { schedule_type: 'SCHEDULE_START_END' }],
    message: /^schedule_end_time: Missing data for required field/,
    accepted: ['TRAFFIC', { schedule_type: 'SCHEDULE_FROM_NOW', schedule_end_time: at(5) }],
  },
  {
    rule: 'a lifetime budget needs SCHEDULE_START_END',
    source: 'SDK-OLD schedule_end_time ("required when budget_mode is BUDGET_MODE_TOTAL")',
    refused: ['TRAFFIC', { budget_mode: 'BUDGET_MODE_TOTAL', budget: 600 }],
    message: /^schedule_type: BUDGET_MODE_TOTAL requires schedule_type SCHEDULE_START_END/,
    accepted: ['TRAFFIC', { budget_mode: 'BUDGET_MODE_TOTAL', budget: 600, ...startEnd(30) }],
  },
  {
    rule: 'dayparting is 336 characters of 0 and 1',
    source: 'TT-UPD dayparting',
    refused: ['TRAFFIC', { dayparting: '1'.repeat(335) }],
    message: /^dayparting: dayparting must be 336 characters/,
    accepted: ['TRAFFIC', { dayparting: '1'.repeat(336) }],
  },
  {
    rule: 'frequency only for REACH',
    source: 'SDK-OLD frequency ("only available for REACH ads")',
    refused: ['TRAFFIC', { frequency: 3, frequency_schedule: 7 }],
    message: /^frequency: frequency is only supported for the REACH objective/,
    accepted: ['REACH', { frequency: 3, frequency_schedule: 7 }],
  },
  {
    rule: 'frequency and frequency_schedule together',
    source: 'SDK-OLD frequency',
    refused: ['REACH', { frequency_schedule: undefined }],
    message: /^frequency_schedule: frequency and frequency_schedule must be set together/,
    accepted: ['REACH', { frequency: 1, frequency_schedule: 1 }],
  },
  {
    rule: 'frequency 1-1000 and frequency_schedule 1-30',
    source: 'SDK-OLD frequency (see the README on the older 1-7 range)',
    refused: ['REACH', { frequency: 3, frequency_schedule: 31 }],
    message: /^frequency_schedule: Must be between 1 and 30/,
    accepted: ['REACH', { frequency: 1000, frequency_schedule: 30 }],
  },
  {
    rule: 'numbers are JSON numbers',
    source: 'SDK-HEAD adgroup_create_body.py swagger_types (budget: float)',
    refused: ['TRAFFIC', { budget: '50' }],
    message: /^budget: Not a valid number/,
    accepted: ['TRAFFIC', { budget: 50 }],
  },
  {
    rule: 'enum values are exact',
    source: 'SDK-HEAD adgroup_create_body.py network_types; SDK-OLD (WIFI, 2G, 3G, 4G, 5G)',
    refused: ['TRAFFIC', { network_types: ['wifi'] }],
    message: /^network_types\.0: Must be one of: WIFI, 2G, 3G, 4G, 5G/,
    accepted: ['TRAFFIC', { network_types: ['WIFI', '5G'] }],
  },
  {
    rule: 'the budget is above 0',
    source: 'TT-CURRENCY (range starts at 20 x ratio)',
    refused: ['TRAFFIC', { budget: 0 }],
    message: /^budget: The budget must be greater than 0/,
    accepted: ['TRAFFIC', { budget: 20 }],
  },
  {
    rule: 'REACH needs a frequency cap',
    source: 'peer (GT, ADSP)',
    peer: true,
    refused: ['REACH', { frequency: undefined, frequency_schedule: undefined }],
    message: /^frequency: Missing data for required field/,
    accepted: ['REACH', {}],
  },
];

const GOALS: Case[] = [
  {
    rule: 'optimization_goal required; VIDEO_VIEW is deprecated',
    source: 'TT-UPD optimization_goal',
    refused: ['VIDEO_VIEWS', { optimization_goal: 'VIDEO_VIEW' }],
    message: /^optimization_goal: VIDEO_VIEW is deprecated/,
    accepted: ['VIDEO_VIEWS', { optimization_goal: 'ENGAGED_VIEW' }],
  },
  {
    rule: 'goals per objective',
    source: "TikTok's objective guides (catalog.ts GOALS_BY_OBJECTIVE)",
    refused: ['TRAFFIC', { optimization_goal: 'REACH', billing_event: 'CPM' }],
    message:
      /^optimization_goal: Objective TRAFFIC supports optimization_goal CLICK, TRAFFIC_LANDING_PAGE_VIEW; got REACH/,
    accepted: ['TRAFFIC', { optimization_goal: 'TRAFFIC_LANDING_PAGE_VIEW', billing_event: 'OCPM' }],
  },
  {
    rule: 'allowlisted goals',
    source: 'peer (BB), reference notes §4.1',
    peer: true,
    refused: ['EU_VIDEO_VIEWS', { optimization_goal: 'ENGAGED_VIEW_FIFTEEN', ...startEnd(7) }],
    code: 40118,
    message:
      /^optimization_goal: optimization_goal ENGAGED_VIEW_FIFTEEN is only available to allowlisted advertisers/,
    accepted: ['VIDEO_VIEWS', { optimization_goal: 'ENGAGED_VIEW_FIFTEEN', ...startEnd(7) }],
  },
  {
    rule: 'billing events outside the ad group enum',
    source: 'TT-UPD billing_event (OCPC deprecated)',
    refused: ['TRAFFIC', { billing_event: 'OCPC' }],
    message: /^billing_event: billing_event OCPC is not supported for ad groups/,
    accepted: ['TRAFFIC', { billing_event: 'CPC' }],
  },
  {
    rule: 'billing event per goal',
    source: "TikTok's objective guides (catalog.ts BILLING_BY_GOAL)",
    refused: ['TRAFFIC', { billing_event: 'CPM' }],
    message: /^billing_event: optimization_goal CLICK only supports billing_event CPC; got CPM/,
    accepted: ['REACH', { billing_event: 'CPM' }],
  },
  {
    rule: 'TRAFFIC_LANDING_PAGE_VIEW needs promotion_type WEBSITE (E8)',
    source: 'peer (BB enum/optimization_goal.go)',
    peer: true,
    refused: [
      'TRAFFIC',
      {
        optimization_goal: 'TRAFFIC_LANDING_PAGE_VIEW',
        billing_event: 'OCPM',
        promotion_type: 'APP_ANDROID',
        app_id: MOBILE_APP_IDS.US_ANDROID,
        operating_systems: ['ANDROID'],
      },
    ],
    message: /^optimization_goal: TRAFFIC_LANDING_PAGE_VIEW needs promotion_type WEBSITE; got APP_ANDROID/,
    accepted: ['TRAFFIC', { optimization_goal: 'TRAFFIC_LANDING_PAGE_VIEW', billing_event: 'OCPM' }],
  },
  {
    rule: 'TRAFFIC_LANDING_PAGE_VIEW takes only LANDING_PAGE_VIEW as event (E8)',
    source: 'peer (BB enum/optimization_goal.go)',
    peer: true,
    refused: [
      'TRAFFIC',
      {
        optimization_goal: 'TRAFFIC_LANDING_PAGE_VIEW',
        billing_event: 'OCPM',
        optimization_event: 'SHOPPING',
      },
    ],
    message:
      /^optimization_event: TRAFFIC_LANDING_PAGE_VIEW sets optimization_event to LANDING_PAGE_VIEW itself; got SHOPPING/,
    accepted: [
      'TRAFFIC',
      {
        optimization_goal: 'TRAFFIC_LANDING_PAGE_VIEW',
        billing_event: 'OCPM',
        optimization_event: 'LANDING_PAGE_VIEW',
      },
    ],
  },
  {
    rule: 'TRAFFIC_LANDING_PAGE_VIEW not on Global App Bundle alone',
    source: 'peer (BB enum/optimization_goal.go)',
    peer: true,
    refused: [
      'ALLOW_TRAFFIC',
      {
        optimization_goal: 'TRAFFIC_LANDING_PAGE_VIEW',
        billing_event: 'OCPM',
        placements: ['PLACEMENT_GLOBAL_APP_BUNDLE'],
      },
    ],
    message: /^placements: TRAFFIC_LANDING_PAGE_VIEW is not available on Global App Bundle alone/,
    accepted: [
      'ALLOW_TRAFFIC',
      {
        optimization_goal: 'TRAFFIC_LANDING_PAGE_VIEW',
        billing_event: 'OCPM',
        placements: ['PLACEMENT_GLOBAL_APP_BUNDLE', 'PLACEMENT_TIKTOK'],
      },
    ],
  },
  {
    rule: 'ENGAGED_VIEW_FIFTEEN needs SCHEDULE_START_END',
    source: 'peer (BB enum/optimization_goal.go)',
    peer: true,
    refused: ['VIDEO_VIEWS', { optimization_goal: 'ENGAGED_VIEW_FIFTEEN' }],
    message: /^schedule_type: ENGAGED_VIEW_FIFTEEN needs schedule_type SCHEDULE_START_END/,
    accepted: ['VIDEO_VIEWS', { optimization_goal: 'ENGAGED_VIEW_FIFTEEN', ...startEnd(30) }],
  },
  {
    rule: 'ENGAGED_VIEW_FIFTEEN runs at most 30 days',
    source: 'peer (BB enum/optimization_goal.go)',
    peer: true,
    refused: ['VIDEO_VIEWS', { optimization_goal: 'ENGAGED_VIEW_FIFTEEN', ...startEnd(31) }],
    message: /^schedule_end_time: ENGAGED_VIEW_FIFTEEN ad groups run at most 30 days/,
    accepted: ['VIDEO_VIEWS', { optimization_goal: 'ENGAGED_VIEW_FIFTEEN', ...startEnd(30) }],
  },
];

const LEAD_GENERATION: Case[] = [
  {
    rule: 'Website lead generation: pixel + CONVERT (E7)',
    source: 'TT-SEARCH lead generation table; SDK-OLD pixel_id',
    refused: ['LEAD_WEBSITE_PIXEL', { optimization_goal: 'LEAD_GENERATION' }],
    message:
      /^optimization_goal: With promotion_target_type EXTERNAL_WEBSITE and a pixel_id, optimization_goal must be CONVERT; got LEAD_GENERATION/,
    accepted: ['LEAD_WEBSITE_PIXEL', {}],
  },
  {
    rule: 'Website lead generation: no pixel + CLICK (E7)',
    source: 'TT-SEARCH lead generation table',
    refused: ['LEAD_WEBSITE', { optimization_goal: 'LEAD_GENERATION', billing_event: 'OCPM' }],
    message:
      /^optimization_goal: With promotion_target_type EXTERNAL_WEBSITE and no pixel_id, optimization_goal must be CLICK/,
    accepted: ['LEAD_WEBSITE', {}],
  },
  {
    rule: 'Instant Form lead generation takes no pixel (E7)',
    source: 'TT-SEARCH lead generation table',
    refused: ['LEAD_GENERATION', { pixel_id: PIXEL_IDS.US, optimization_event: 'FORM' }],
    message:
      /^pixel_id: pixel_id is only supported for lead generation with promotion_target_type EXTERNAL_WEBSITE/,
    accepted: ['LEAD_GENERATION', { promotion_target_type: undefined }],
  },
  {
    rule: 'CONVERT on lead generation needs the Website location (E7)',
    source: 'TT-SEARCH lead generation table',
    refused: ['LEAD_GENERATION', { optimization_goal: 'CONVERT' }],
    message: /^optimization_goal: CONVERT on LEAD_GENERATION needs promotion_target_type EXTERNAL_WEBSITE/,
    accepted: ['LEAD_WEBSITE_PIXEL', {}],
  },
  {
    rule: "the pixel event must be one of the pixel's events (lead generation)",
    source: 'SDK-OLD optimization_event',
    refused: ['LEAD_WEBSITE_PIXEL', { optimization_event: 'LANDING_PAGE_VIEW' }],
    message: /^optimization_event: LANDING_PAGE_VIEW is not an event of pixel 7212345678901234567/,
    accepted: ['LEAD_WEBSITE_PIXEL', { optimization_event: 'ON_WEB_REGISTER' }],
  },
  {
    rule: 'CONVERSATION only with the messaging promotion types (E7)',
    source: 'TT-SEARCH; SDK-HEAD promotion_type enum',
    refused: ['LEAD_MESSAGING', { promotion_type: 'LEAD_GENERATION' }],
    message:
      /^optimization_goal: CONVERSATION is only supported with promotion_type LEAD_GEN_CLICK_TO_TT_DIRECT_MESSAGE or LEAD_GEN_CLICK_TO_SOCIAL_MEDIA_APP_MESSAGE/,
    accepted: [
      'LEAD_MESSAGING',
      { promotion_type: 'LEAD_GEN_CLICK_TO_TT_DIRECT_MESSAGE', messaging_app_type: undefined },
    ],
  },
  {
    rule: 'messaging_app_type values',
    source: 'SDK-HEAD smart_plus_adgroup_create.yml ImaType (TikTok marked not valid)',
    refused: ['LEAD_MESSAGING', { messaging_app_type: 'TikTok' }],
    message: /^messaging_app_type: Must be one of: MESSENGER, WHATSAPP, LINE, ZALO, IM_URL/,
    accepted: ['LEAD_MESSAGING', { messaging_app_type: 'MESSENGER' }],
  },
  {
    rule: 'social-media messaging needs messaging_app_type (E7)',
    source: 'peer (BB model/adgroup/create.go MessageAppType)',
    peer: true,
    refused: ['LEAD_MESSAGING', { messaging_app_type: undefined }],
    message: /^messaging_app_type: Missing data for required field/,
    accepted: ['LEAD_MESSAGING', {}],
  },
  {
    rule: 'CLICK on lead generation needs a click-to type or the Website location',
    source: 'TT-SEARCH lead generation table',
    refused: ['LEAD_GENERATION', { optimization_goal: 'CLICK', billing_event: 'CPC' }],
    message:
      /^optimization_goal: CLICK is only supported for LEAD_GENERATION with a LEAD_GEN_CLICK_TO_\* promotion_type or with promotion_target_type EXTERNAL_WEBSITE/,
    accepted: [
      'LEAD_GENERATION',
      {
        promotion_type: 'LEAD_GEN_CLICK_TO_CALL',
        promotion_target_type: undefined,
        optimization_goal: 'CLICK',
        billing_event: 'CPC',
      },
    ],
  },
  {
    rule: 'goal LEAD_GENERATION is the instant form',
    source: 'TT-SEARCH lead generation table',
    refused: [
      'LEAD_GENERATION',
      { promotion_type: 'LEAD_GEN_CLICK_TO_CALL', promotion_target_type: undefined },
    ],
    message:
      /^optimization_goal: optimization_goal LEAD_GENERATION \(instant form\) needs promotion_type LEAD_GENERATION/,
    accepted: ['LEAD_GENERATION', {}],
  },
  {
    rule: 'deep-funnel fields only for LEAD_GENERATION',
    source: 'SDK-HEAD adgroup_create_body.py deep_funnel_*',
    refused: ['TRAFFIC', { deep_funnel_optimization_status: 'ON' }],
    message:
      /^deep_funnel_optimization_status: deep_funnel_optimization_status is only supported for the LEAD_GENERATION objective/,
    accepted: ['LEAD_GENERATION', { deep_funnel_optimization_status: 'OFF' }],
  },
];

const BIDDING: Case[] = [
  {
    rule: 'BID_TYPE_MAX_CONVERSION is Smart+ only (E10)',
    source: 'TT-UPD bid_type / bid_price; SDK-HEAD smart_plus_adgroup_create.yml SmartBidType',
    refused: ['WEB_CONVERSIONS', { bid_type: 'BID_TYPE_MAX_CONVERSION' }],
    message: /^bid_type: BID_TYPE_MAX_CONVERSION is only available for Smart\+ ad groups/,
    accepted: ['WEB_CONVERSIONS', { bid_type: 'BID_TYPE_CUSTOM', conversion_bid_price: 12 }],
  },
  {
    rule: 'bid_type required under CBO',
    source: 'SDK-OLD bid_type',
    refused: ['CBO', { bid_type: undefined }],
    message: /^bid_type: Missing data for required field/,
    accepted: ['CBO', { bid_type: 'BID_TYPE_NO_BID' }],
  },
  {
    rule: "under CBO every ad group uses the first one's goal, bid type and event",
    source: 'SDK-OLD bid_type / optimization_goal',
    setup: ['CBO', { adgroup_name: 'First' }],
    refused: ['CBO', { bid_type: 'BID_TYPE_CUSTOM', bid_price: 1 }],
    message: /^bid_type: In a campaign with budget optimization every ad group must use the same bid_type/,
    accepted: ['CBO', {}],
  },
  {
    rule: 'BID_TYPE_CUSTOM with OCPM needs conversion_bid_price',
    source: 'SDK-OLD conversion_bid_price',
    refused: ['WEB_CONVERSIONS', { bid_type: 'BID_TYPE_CUSTOM', bid_price: 3 }],
    message: /^conversion_bid_price: Missing data for required field/,
    accepted: ['WEB_CONVERSIONS', { bid_type: 'BID_TYPE_CUSTOM', conversion_bid_price: 3 }],
  },
  {
    rule: 'BID_TYPE_CUSTOM with CPC/CPM/CPV needs bid_price',
    source: 'SDK-OLD bid_price',
    refused: ['TRAFFIC', { bid_type: 'BID_TYPE_CUSTOM' }],
    message: /^bid_price: Missing data for required field/,
    accepted: ['TRAFFIC', { bid_type: 'BID_TYPE_CUSTOM', bid_price: 0.5 }],
  },
  {
    rule: 'bids are lower than the budget',
    source: 'TT-UPD bid_price',
    refused: ['TRAFFIC', { bid_type: 'BID_TYPE_CUSTOM', bid_price: 50 }],
    message: /^bid_price: The bid \(50\) must be lower than the ad group budget \(50\)/,
    accepted: ['TRAFFIC', { bid_type: 'BID_TYPE_CUSTOM', bid_price: 49.99 }],
  },
  {
    rule: 'bid_display_mode is CPV only (E3)',
    source: 'SDK-OLD bid_display_mode; TT-UPD',
    refused: ['TRAFFIC', { bid_display_mode: 'CPC' }],
    message: /^bid_display_mode: Must be one of: CPV\./,
    accepted: ['TRAFFIC', {}],
  },
  {
    rule: 'bid_display_mode CPMV is deprecated (E3)',
    source: 'TT-UPD bid_display_mode',
    refused: ['VIDEO_VIEWS', { bid_display_mode: 'CPMV' }],
    message: /^bid_display_mode: CPMV is deprecated in v1\.3\. Use CPV/,
    accepted: ['VIDEO_VIEWS', { bid_display_mode: 'CPV' }],
  },
  {
    rule: 'VIDEO_VIEWS with BID_TYPE_CUSTOM needs bid_display_mode CPV',
    source: 'SDK-OLD bid_display_mode',
    refused: ['VIDEO_VIEWS', { bid_type: 'BID_TYPE_CUSTOM', bid_price: 0.05 }],
    message: /^bid_display_mode: bid_display_mode must be CPV for VIDEO_VIEWS with BID_TYPE_CUSTOM/,
    accepted: ['VIDEO_VIEWS', { bid_type: 'BID_TYPE_CUSTOM', bid_price: 0.05, bid_display_mode: 'CPV' }],
  },
  {
    rule: 'fast pacing needs a manual bid',
    source: 'peer (GT; Opus Growth)',
    peer: true,
    refused: ['TRAFFIC', { pacing: 'PACING_MODE_FAST' }],
    message: /^pacing: PACING_MODE_FAST is not supported with BID_TYPE_NO_BID/,
    accepted: ['TRAFFIC', { pacing: 'PACING_MODE_FAST', bid_type: 'BID_TYPE_CUSTOM', bid_price: 1 }],
  },
  {
    rule: 'deep_bid_type VO_MIN is deprecated',
    source: 'SDK-OLD deep_bid_type (Enumeration - Deep-level Bidding Strategy)',
    refused: ['APP_PROMOTION', { deep_bid_type: 'VO_MIN' }],
    message: /^deep_bid_type: VO_MIN is deprecated/,
    accepted: ['APP_PROMOTION', { deep_bid_type: 'DEFAULT' }],
  },
  {
    rule: 'retention deep bid types do not exist',
    source: 'SDK-OLD deep_bid_type',
    refused: ['APP_PROMOTION', { deep_bid_type: 'VO_MIN_DAY1_RETENTION' }],
    message: /^deep_bid_type: Must be one of: DEFAULT, MIN, PACING, AEO, VO_MIN_ROAS, VO_HIGHEST_VALUE/,
    accepted: ['APP_PROMOTION', { deep_bid_type: 'AEO' }],
  },
  {
    rule: 'deep_bid_type only for APP_PROMOTION or goal VALUE',
    source: 'SDK-OLD deep_bid_type',
    refused: ['WEB_CONVERSIONS', { deep_bid_type: 'VO_HIGHEST_VALUE' }],
    message: /^deep_bid_type: deep_bid_type is only supported for APP_PROMOTION or optimization_goal VALUE/,
    accepted: ['WEB_CONVERSIONS', { optimization_goal: 'VALUE', deep_bid_type: 'VO_HIGHEST_VALUE' }],
  },
  {
    rule: 'web VALUE takes VO_MIN_ROAS or VO_HIGHEST_VALUE',
    source: 'SDK-OLD deep_bid_type',
    refused: ['WEB_CONVERSIONS', { optimization_goal: 'VALUE', deep_bid_type: 'DEFAULT' }],
    message:
      /^deep_bid_type: deep_bid_type DEFAULT is only supported for APP_PROMOTION; VALUE optimisation takes VO_MIN_ROAS or VO_HIGHEST_VALUE/,
    accepted: ['WEB_CONVERSIONS', { optimization_goal: 'VALUE', deep_bid_type: 'VO_MIN_ROAS', roas_bid: 2 }],
  },
  {
    rule: 'VALUE under CBO needs deep_bid_type (VO_HIGHEST_VALUE needs no ROAS)',
    source: 'SDK-OLD deep_bid_type',
    refused: ['EU_CBO', { optimization_goal: 'VALUE' }],
    message:
      /^deep_bid_type: Missing data for required field. It is required for VALUE optimization under budget optimization/,
    accepted: ['EU_CBO', { optimization_goal: 'VALUE', deep_bid_type: 'VO_HIGHEST_VALUE' }],
  },
  {
    rule: 'VO_MIN_ROAS needs roas_bid',
    source: 'SDK-OLD roas_bid',
    refused: ['WEB_CONVERSIONS', { optimization_goal: 'VALUE', deep_bid_type: 'VO_MIN_ROAS' }],
    message: /^roas_bid: Missing data for required field/,
    accepted: [
      'WEB_CONVERSIONS',
      { optimization_goal: 'VALUE', deep_bid_type: 'VO_MIN_ROAS', roas_bid: 0.01 },
    ],
  },
  {
    rule: 'roas_bid in [0.01, 1000], goal VALUE only',
    source: 'SDK-OLD roas_bid',
    refused: [
      'WEB_CONVERSIONS',
      { optimization_goal: 'VALUE', deep_bid_type: 'VO_MIN_ROAS', roas_bid: 1000.01 },
    ],
    message: /^roas_bid: Must be between 0\.01 and 1000/,
    accepted: [
      'WEB_CONVERSIONS',
      { optimization_goal: 'VALUE', deep_bid_type: 'VO_MIN_ROAS', roas_bid: 1000 },
    ],
  },
  {
    rule: 'roas_bid only with goal VALUE',
    source: 'SDK-OLD roas_bid',
    refused: ['WEB_CONVERSIONS', { roas_bid: 2 }],
    message: /^roas_bid: roas_bid is only supported with optimization_goal VALUE/,
    accepted: ['WEB_CONVERSIONS', { optimization_goal: 'VALUE', roas_bid: 2 }],
  },
  {
    rule: 'secondary_optimization_event only with INSTALL or VALUE, and with deep_bid_type',
    source: 'SDK-OLD secondary_optimization_event',
    refused: [
      'APP_PROMOTION',
      { secondary_optimization_event: 'NEXT_DAY_OPEN', placements: ['PLACEMENT_PANGLE'] },
    ],
    message:
      /^deep_bid_type: Missing data for required field. It is required with secondary_optimization_event/,
    accepted: [
      'APP_PROMOTION',
      {
        secondary_optimization_event: 'NEXT_DAY_OPEN',
        deep_bid_type: 'MIN',
        placements: ['PLACEMENT_PANGLE'],
      },
    ],
  },
  {
    rule: 'secondary_optimization_event needs goal INSTALL or VALUE',
    source: 'SDK-OLD secondary_optimization_event',
    refused: [
      'APP_PROMOTION',
      { optimization_goal: 'CLICK', billing_event: 'CPC', secondary_optimization_event: 'PURCHASE' },
    ],
    message:
      /^secondary_optimization_event: secondary_optimization_event is only supported with optimization_goal INSTALL or VALUE/,
    accepted: ['APP_PROMOTION', { optimization_goal: 'CLICK', billing_event: 'CPC' }],
  },
  {
    rule: 'INSTALL with a secondary event is not for TikTok-only or automatic placement',
    source: 'peer (BB, 2024-11-30)',
    peer: true,
    refused: ['APP_PROMOTION', { secondary_optimization_event: 'NEXT_DAY_OPEN', deep_bid_type: 'MIN' }],
    message: /^secondary_optimization_event: INSTALL with a secondary_optimization_event is not available/,
    accepted: [
      'APP_PROMOTION',
      {
        secondary_optimization_event: 'NEXT_DAY_OPEN',
        deep_bid_type: 'MIN',
        placements: ['PLACEMENT_PANGLE'],
      },
    ],
  },
  {
    rule: 'next_day_retention in (0, 1]',
    source: 'SDK-OLD next_day_retention',
    refused: ['APP_PROMOTION', { next_day_retention: 1.5 }],
    message: /^next_day_retention: Must be greater than 0 and at most 1/,
    accepted: ['APP_PROMOTION', RETENTION],
  },
  {
    rule: 'next_day_retention only on Pangle with NEXT_DAY_OPEN',
    source: 'SDK-OLD next_day_retention',
    refused: ['APP_PROMOTION', { ...RETENTION, placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'] }],
    message:
      /^next_day_retention: next_day_retention is only valid with placements \[PLACEMENT_PANGLE\] and secondary_optimization_event NEXT_DAY_OPEN/,
    accepted: ['APP_PROMOTION', RETENTION],
  },
  {
    rule: 'next_day_retention with conversion_bid_price and deep_cpa_bid',
    source:
      'SDK-OLD next_day_retention ("pass in conversion_bid_price, deep_cpa_bid, and next_day_retention at the same time")',
    refused: ['APP_PROMOTION', { ...RETENTION, deep_cpa_bid: undefined }],
    message:
      /^next_day_retention: next_day_retention needs conversion_bid_price \(with BID_TYPE_CUSTOM\) and deep_cpa_bid/,
    accepted: ['APP_PROMOTION', { ...RETENTION, conversion_bid_price: 1, next_day_retention: 0.25 }],
  },
  {
    rule: 'next_day_retention = conversion_bid_price / deep_cpa_bid',
    source: 'SDK-OLD next_day_retention (formula)',
    refused: ['APP_PROMOTION', { ...RETENTION, next_day_retention: 0.8 }],
    message:
      /^next_day_retention: next_day_retention must equal conversion_bid_price \/ deep_cpa_bid \(2 \/ 4\); got 0\.8/,
    accepted: ['APP_PROMOTION', RETENTION],
  },
  {
    rule: 'deep_cpa_bid above 0',
    source: 'SDK-OLD deep_cpa_bid',
    refused: ['APP_PROMOTION', { deep_cpa_bid: 0 }],
    message: /^deep_cpa_bid: Must be greater than 0/,
    accepted: ['APP_PROMOTION', { deep_cpa_bid: 4 }],
  },
];

const TRACKING: Case[] = [
  {
    rule: 'pixel_id is the numeric id, not the pixel code',
    source: 'SDK-OLD pixel_id (from /pixel/list/)',
    refused: ['WEB_CONVERSIONS', { pixel_id: PIXEL_CODES.US }],
    message: /^pixel_id: Not a valid integer/,
    accepted: ['WEB_CONVERSIONS', { pixel_id: PIXEL_IDS.US }],
  },
  {
    rule: 'pixel_id only for WEB_CONVERSIONS, PRODUCT_SALES and lead generation',
    source: 'SDK-OLD pixel_id',
    refused: ['TRAFFIC', { pixel_id: PIXEL_IDS.US, optimization_event: 'SHOPPING' }],
    message: /^pixel_id: PIXEL_ID_NOT_ALLOWED_FOR_OBJECTIVE/,
    accepted: ['PRODUCT_SALES', { pixel_id: PIXEL_IDS.US, optimization_event: 'SHOPPING' }],
  },
  {
    rule: 'no pixel with TIKTOK_NATIVE_PAGE',
    source: 'SDK-OLD promotion_website_type',
    refused: ['WEB_CONVERSIONS', { promotion_website_type: 'TIKTOK_NATIVE_PAGE' }],
    message: /^pixel_id: pixel_id is not allowed with promotion_website_type TIKTOK_NATIVE_PAGE/,
    accepted: ['WEB_CONVERSIONS', { promotion_website_type: 'UNSET' }],
  },
  {
    rule: "the pixel must be the advertiser's",
    source: 'SDK-OLD pixel_id',
    refused: ['WEB_CONVERSIONS', { pixel_id: PIXEL_IDS.EU }],
    message: /^pixel_id: Pixel 7212345678901234601 does not exist under advertiser/,
    accepted: ['WEB_CONVERSIONS', { pixel_id: PIXEL_IDS.US_SMALL }],
  },
  {
    rule: 'a pixel needs optimization_event',
    source: 'SDK-OLD optimization_event ("Required ... when pixel_id is specified")',
    refused: ['WEB_CONVERSIONS', { optimization_event: undefined }],
    message: /^optimization_event: Missing data for required field/,
    accepted: ['WEB_CONVERSIONS', { optimization_event: 'ON_WEB_CART' }],
  },
  {
    rule: 'WEB_CONVERSIONS CONVERT needs a pixel (or a custom conversion)',
    source: 'SDK-OLD pixel_id / custom_conversion_id',
    refused: ['WEB_CONVERSIONS', { pixel_id: undefined, optimization_event: undefined }],
    message: /^pixel_id: Missing data for required field. WEB_CONVERSIONS ad groups need a pixel_id/,
    accepted: [
      'WEB_CONVERSIONS',
      { pixel_id: undefined, optimization_event: undefined, custom_conversion_id: '88001' },
    ],
  },
  {
    rule: 'click and view attribution windows are accepted at create, together (E-#18)',
    source: 'SDK-HEAD adgroup_create_body.py click_/view_attribution_window; TT-UPD',
    refused: ['WEB_CONVERSIONS', { click_attribution_window: 'SEVEN_DAYS' }],
    message:
      /^view_attribution_window: click_attribution_window and view_attribution_window must be set together/,
    accepted: [
      'WEB_CONVERSIONS',
      { click_attribution_window: 'TWENTY_EIGHT_DAYS', view_attribution_window: 'ONE_DAY' },
    ],
  },
];

const COMPLIANCE: Case[] = [
  {
    rule: 'is_hfss only when targeting the UK, Australia, New Zealand or the EU',
    source: 'TT-UPD is_hfss',
    refused: ['TRAFFIC', { is_hfss: true }],
    message:
      /^is_hfss: is_hfss can only be true when the targeted locations include the UK, Australia, New Zealand or an EU country/,
    accepted: ['TRAFFIC', { is_hfss: true, location_ids: [REGION_IDS.US, REGION_IDS.GERMANY] }],
  },
  {
    rule: 'UK + HFSS needs is_lhf_compliance from 2026',
    source: 'TT-UPD is_lhf_compliance',
    refused: ['UK_TRAFFIC', { is_hfss: true, budget: 20 }],
    message: /^is_lhf_compliance: is_lhf_compliance must be true when targeting the UK with is_hfss true/,
    accepted: ['UK_TRAFFIC', { is_hfss: true, is_lhf_compliance: true, budget: 20 }],
  },
  {
    rule: 'creative_material_mode DYNAMIC is retired',
    source: 'TT-UPD creative_material_mode',
    refused: ['TRAFFIC', { creative_material_mode: 'DYNAMIC' }],
    message: /^creative_material_mode: DYNAMIC is retired/,
    accepted: ['TRAFFIC', { creative_material_mode: 'SMART_CREATIVE' }],
  },
  {
    rule: 'search keywords need a keyword and a known match type',
    source: 'SDK-HEAD python_sdk/docs/AdgroupcreateSearchKeywords.md',
    refused: ['TRAFFIC', { search_keywords: [{ keyword: 'shoes', match_type: 'EXACT' }] }],
    message: /^search_keywords\.0\.match_type: Must be one of: PHRASE_WORD, PRECISE_WORD, BROAD_WORD/,
    accepted: ['TRAFFIC', { search_keywords: [{ keyword: 'shoes', match_type: 'PRECISE_WORD' }] }],
  },
];

const GROUPS: Record<string, Case[]> = {
  identity: IDENTITY,
  placement: PLACEMENT,
  'location and demographics': LOCATION_AND_DEMOGRAPHICS,
  '13-17': TEENS,
  'interests and audiences': INTERESTS_AND_AUDIENCES,
  'shopping retargeting': SHOPPING_RETARGETING,
  devices: DEVICES,
  'brand safety': BRAND_SAFETY,
  budget: BUDGET,
  schedule: SCHEDULE,
  goals: GOALS,
  'lead generation': LEAD_GENERATION,
  bidding: BIDDING,
  tracking: TRACKING,
  compliance: COMPLIANCE,
};

let strict: TestEmulator;
let lenient: TestEmulator;

beforeAll(async () => {
  strict = await startTestEmulator({ now: () => NOW, seed: conformanceSeed() });
  lenient = await startTestEmulator({ now: () => NOW, seed: conformanceSeed(), peerRules: false });
  strict.api.token = CONFORMANCE_TOKEN;
  lenient.api.token = CONFORMANCE_TOKEN;
});
afterAll(async () => {
  await strict.emulator.close();
  await lenient.emulator.close();
});
afterEach(() => {
  strict.emulator.reset();
  lenient.emulator.reset();
});

function post(t: TestEmulator, [kind, overrides]: Body) {
  return t.api.post('/adgroup/create/', conformanceBody(kind, NOW, overrides));
}

for (const [group, cases] of Object.entries(GROUPS)) {
  describe(`conformance: ${group}`, () => {
    it.each(cases.map((c) => [`${c.rule} [${c.source}]`, c] as const))('%s', async (_name, c) => {
      if (c.setup) expect((await post(strict, c.setup)).json).toMatchObject({ code: 0 });
      const refused = await post(strict, c.refused);
      expect(refused.json.message).toMatch(c.message);
      expect(refused.json).toMatchObject({ code: c.code ?? 40002, data: {} });
      const accepted = await post(strict, c.accepted);
      expect(accepted.json.message).toBe('OK');
      expect(accepted.json.code).toBe(0);
      if (c.peer) {
        // The peer switch: without peer rules TikTok's documented rules alone accept this body.
        const relaxed = await post(lenient, c.refused);
        expect(relaxed.json.message).toBe('OK');
      }
    });
  });
}

describe('conformance: behaviour without a refusal', () => {
  it('covers every TikTok currency of TT-CURRENCY (56)', () => {
    expect(CURRENCIES).toHaveLength(56);
    expect(new Set(CURRENCIES).size).toBe(56);
  });

  it('under CBO the ad group budget, budget mode and pacing are ignored [SDK-OLD budget]', async () => {
    const response = await post(strict, [
      'CBO',
      { budget_mode: 'BUDGET_MODE_DAY', budget: 1, pacing: 'PACING_MODE_FAST' },
    ]);
    expect(response.json.data).toMatchObject({
      budget_mode: 'BUDGET_MODE_INFINITE',
      budget: 0,
      pacing: 'PACING_MODE_SMOOTH',
    });
  });

  it('TRAFFIC_LANDING_PAGE_VIEW sets optimization_event LANDING_PAGE_VIEW [peer: BB]', async () => {
    const response = await post(strict, [
      'TRAFFIC',
      { optimization_goal: 'TRAFFIC_LANDING_PAGE_VIEW', billing_event: 'OCPM' },
    ]);
    expect(response.json.data.optimization_event).toBe('LANDING_PAGE_VIEW');
  });

  it('SCHEDULE_FROM_NOW runs ten years and drops a sent end time [TT-UPD schedule_type]', async () => {
    const response = await post(strict, ['TRAFFIC', { schedule_end_time: at(3) }]);
    expect(response.json.data.schedule_end_time).toBe('2036-06-01 12:00:00');
  });

  it('saves the attribution windows sent at create [SDK-HEAD; TT-UPD]', async () => {
    const response = await post(strict, [
      'WEB_CONVERSIONS',
      { click_attribution_window: 'FOURTEEN_DAYS', view_attribution_window: 'OFF' },
    ]);
    expect(response.json.data).toMatchObject({
      click_attribution_window: 'FOURTEEN_DAYS',
      view_attribution_window: 'OFF',
    });
  });

  it('the allowlisted advertiser is the only one with every allowlist', () => {
    expect(
      strict.emulator.seed.advertisers.find((a) => a.advertiser_id === ALLOWLISTED_ADVERTISER)?.allowlist,
    ).toContain('SEARCH_FEED');
    expect(
      strict.emulator.seed.advertisers.find((a) => a.advertiser_id === ADVERTISER_IDS.EU)?.allowlist,
    ).toEqual([]);
  });
});
