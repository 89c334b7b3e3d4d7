/**
 * The emulator's deterministic world: one developer app, advertisers in four currencies (one with
 * an id above 2^53), tokens with different grants, a campaign per objective (CBO off) plus CBO
 * campaigns, and the look-up data (pixels, audiences, apps, regions, interests) that later
 * endpoints (/pixel/list/, /dmp/custom_audience/list/, /tool/region/, ...) will serve.
 *
 * Record fields use TikTok's wire names (snake_case) so that look-up endpoints can return them
 * as they are; the few camelCase fields are emulator knobs that never reach the wire.
 * The well-known ids are exported as constants so that tests name them instead of copying digits.
 */

import {
  ACTION_CATEGORIES,
  CARRIERS,
  DEVICE_MODELS,
  LANGUAGES,
  MORE_INTEREST_CATEGORIES,
  MORE_INTEREST_KEYWORDS,
  MORE_REGIONS,
  NO_TEEN_TARGETING,
} from './seed-catalogs.js';
import { createCreativeSeed, type SeedIdentity, type SeedMusic } from './seed-creative.js';
import { createDeliverySeed, type SeedAd, type SeedAdGroup } from './seed-delivery.js';
import { addPerformanceSeed } from './seed-performance.js';
import { createSavedAudienceSeed, type SeedSavedAudience } from './seed-saved-audiences.js';

/**
 * The seeded advertisers use these four; a custom seed may use any of TikTok's 56 currencies
 * (rules/catalog.ts CURRENCY_RATIOS).
 */
export type Currency = 'USD' | 'EUR' | 'GBP' | 'JPY' | (string & {});

export type ObjectiveType =
  | 'TRAFFIC'
  | 'WEB_CONVERSIONS'
  | 'LEAD_GENERATION'
  | 'REACH'
  | 'VIDEO_VIEWS'
  | 'APP_PROMOTION'
  | 'ENGAGEMENT'
  | 'PRODUCT_SALES';

export interface SeedApp {
  app_id: string;
  secret: string;
  app_name: string;
}

export interface SeedAdvertiser {
  advertiser_id: string;
  name: string;
  currency: Currency;
  timezone: string;
  display_timezone: string;
  country: string;
  status: 'STATUS_ENABLE' | 'STATUS_LIMIT' | 'STATUS_DISABLE';
  role: 'ROLE_ADVERTISER';
  company: string;
  balance: number;
  language: string;
  create_time: string;
  /** Ad group ids under this advertiser go out as unquoted JSON integers (they exceed 2^53). */
  unquotedIds: boolean;
  /** Features this advertiser is allowlisted for (e.g. 'PLACEMENT_GLOBAL_APP_BUNDLE', 'SEARCH_FEED'). */
  allowlist: string[];
}

export type TokenStatus = 'active' | 'revoked' | 'core_user_invalid';

export interface SeedToken {
  token: string;
  app_id: string;
  advertiser_ids: string[];
  status: TokenStatus;
  /** Numeric permission scope ids, as /oauth2/access_token/ returns them. */
  scope: number[];
}

export interface SeedCampaign {
  campaign_id: string;
  advertiser_id: string;
  campaign_name: string;
  objective_type: ObjectiveType;
  campaign_type: 'REGULAR_CAMPAIGN' | 'IOS14_CAMPAIGN';
  app_promotion_type?: 'APP_INSTALL' | 'APP_RETARGETING';
  budget_mode: 'BUDGET_MODE_INFINITE' | 'BUDGET_MODE_DAY' | 'BUDGET_MODE_TOTAL';
  budget: number;
  budget_optimize_on: boolean;
  operation_status: 'ENABLE' | 'DISABLE' | 'DELETE';
  secondary_status: string;
  special_industries: string[];
  is_smart_performance_campaign: boolean;
  create_time: string;
  modify_time: string;
}

export interface SeedPixelEvent {
  event_type: string;
  name: string;
  optimization_event: string;
  statistic_type: 'EVERY_TIME' | 'ONCE';
  /** Whether TikTok has deprecated the event (BB model/pixel/pixel.go `Event.deprecated`). */
  deprecated: boolean;
}

export interface SeedPixel {
  advertiser_id: string;
  /** Numeric; sent on the wire as an unquoted integer. */
  pixel_id: string;
  /** The alphanumeric code users often confuse with the id. */
  pixel_code: string;
  pixel_name: string;
  pixel_category: 'THIRD_PARTY' | 'MANUAL';
  events: SeedPixelEvent[];
}

export interface SeedAudience {
  advertiser_id: string;
  audience_id: string;
  name: string;
  audience_type: 'Customer File' | 'Lookalike' | 'Website Traffic' | 'Engagement';
  /**
   * NORMAL audiences serve any ad; REACH_FREQUENCY ones "can only be used for Reach & Frequency ads"
   * (BB model/dmp/customaudience/list.go `AudienceSubType`).
   */
  audience_sub_type: 'NORMAL' | 'REACH_FREQUENCY';
  cover_num: number;
  is_valid: boolean;
  is_expiring: boolean;
  shared: boolean;
  create_time: string;
}

export interface SeedMobileApp {
  advertiser_id: string;
  app_id: string;
  app_name: string;
  platform: 'ANDROID' | 'IOS';
  package_name: string;
}

export interface SeedRegion {
  location_id: string;
  name: string;
  parent_id: string | null;
  region_code: string;
  level: 'COUNTRY' | 'PROVINCE' | 'CITY';
  area_type: 'ADMIN';
  next_level_ids: string[];
  /**
   * TikTok's /tool/region/ flag (false in the US, LatAm, EEA, UK, CH, CA). The create rules do not
   * refuse 13-17 from it: TikTok limits 13-17 targeting rather than banning it (TT-HELP-U18).
   */
  support_below_18: boolean;
}

export interface SeedInterestCategory {
  interest_category_id: string;
  interest_category_name: string;
  level: number;
  sub_category_ids: string[];
  special_industries: string[];
  placements: string[];
}

export interface SeedInterestKeyword {
  keyword_id: string;
  keyword: string;
  language: string;
  audience_type: 'GENERAL_INTEREST' | 'PURCHASE_INTENTION';
  status: 'EFFECTIVE' | 'INEFFECTIVE';
}

export interface SeedLanguage {
  code: string;
  name: string;
}

/** Behaviour categories for ad group `actions[].action_category_ids` (reference §1.4). */
export interface SeedActionCategory {
  action_category_id: string;
  name: string;
  level: number;
  action_scene: 'VIDEO_RELATED' | 'CREATOR_RELATED';
  sub_category_ids: string[];
}

export interface SeedCarrier {
  carrier_id: string;
  name: string;
  /** ISO country the carrier serves; it must match the targeted locations. */
  country_code: string;
  /** Only carriers in use may be targeted (reference §1.4 device targeting). */
  in_use: boolean;
}

export interface SeedDeviceModel {
  device_model_id: string;
  device_model_name: string;
  brand: string;
  os_type: 'ANDROID' | 'IOS';
  /** Only active models may be targeted (reference §1.4 device targeting). */
  is_active: boolean;
}

export interface SeedData {
  app: SeedApp;
  advertisers: SeedAdvertiser[];
  tokens: SeedToken[];
  campaigns: SeedCampaign[];
  pixels: SeedPixel[];
  audiences: SeedAudience[];
  apps: SeedMobileApp[];
  regions: SeedRegion[];
  interestCategories: SeedInterestCategory[];
  interestKeywords: SeedInterestKeyword[];
  languages: SeedLanguage[];
  actionCategories: SeedActionCategory[];
  carriers: SeedCarrier[];
  deviceModels: SeedDeviceModel[];
  /** Ad groups that exist before any create (seed-delivery.ts). */
  adgroups: SeedAdGroup[];
  /** Ads that exist before any create (seed-delivery.ts). */
  ads: SeedAd[];
  /** Identities and carousel music (seed-creative.ts). */
  identities: SeedIdentity[];
  musics: SeedMusic[];
  /** Saved audiences (seed-saved-audiences.ts). */
  savedAudiences: SeedSavedAudience[];
}

// ---------------------------------------------------------------------------------------------
// Well-known ids

export const APP = { ID: '7300000000000000001', SECRET: 'emulator-app-secret' } as const;

export const ADVERTISER_IDS = {
  /** USD, America/Los_Angeles. */
  US: '6811000000000001',
  /** EUR, Europe/Berlin. */
  EU: '6811000000000002',
  /** GBP, Europe/London. */
  UK: '6811000000000003',
  /** JPY, Asia/Tokyo. */
  JP: '6811000000000004',
  /** USD, America/New_York; id above 2^53, and its ad group ids go out unquoted. */
  BIG: '7349123456789012345',
  /** USD, America/Chicago; hundreds of campaigns, audiences and pixels, so its lists page. */
  AGENCY: '6811000000000005',
} as const;

/** How many campaigns, custom audiences and pixels the agency advertiser has. */
export const AGENCY_SIZES = { CAMPAIGNS: 250, AUDIENCES: 230, PIXELS: 210 } as const;

/**
 * Permission scope ids as /oauth2/access_token/ returns them. Only ADS_MANAGEMENT is enforced
 * (on writes); the numbering is the emulator's own.
 */
export const SCOPE_IDS = {
  AD_ACCOUNT_MANAGEMENT: 1,
  ADS_MANAGEMENT: 2,
  AUDIENCE_MANAGEMENT: 3,
  REPORTING: 4,
  MEASUREMENT: 5,
} as const;

const ALL_SCOPES = Object.values(SCOPE_IDS);

export const TOKENS = {
  /** Authorised for ADVERTISER_IDS.US only. */
  SINGLE: 'emu-token-single-us',
  /** Authorised for US, EU, UK and JP ("several advertisers connected"). */
  MULTI: 'emu-token-multi',
  /** Authorised for the big-id advertiser only. */
  BIG: 'emu-token-bigid',
  /** Authorised for US, but its user is invalid: advertiser-scoped calls answer 40106. */
  CORE_USER_INVALID: 'emu-token-core-user-invalid',
  /** Authorised for US without the Ads Management scope: reads work, creates answer 40001. */
  READ_ONLY: 'emu-token-read-only-us',
  /** Authorised for ADVERTISER_IDS.AGENCY only. */
  AGENCY: 'emu-token-agency',
} as const;

export const CAMPAIGN_IDS = {
  US_TRAFFIC: '1800000000000101',
  US_WEB_CONVERSIONS: '1800000000000102',
  US_LEAD_GENERATION: '1800000000000103',
  US_REACH: '1800000000000104',
  US_VIDEO_VIEWS: '1800000000000105',
  US_APP_PROMOTION: '1800000000000106',
  /** TRAFFIC with CBO on (budget_optimize_on, BUDGET_MODE_DAY, 500 USD). */
  US_CBO: '1800000000000107',
  EU_TRAFFIC: '1800000000000201',
  EU_WEB_CONVERSIONS: '1800000000000202',
  /** WEB_CONVERSIONS with CBO on (BUDGET_MODE_DAY, 300 EUR). */
  EU_CBO: '1800000000000203',
  UK_TRAFFIC: '1800000000000301',
  UK_REACH: '1800000000000302',
  JP_TRAFFIC: '1800000000000401',
  JP_APP_PROMOTION: '1800000000000402',
  /** Under the big-id advertiser; ids above 2^53, always quoted strings. */
  BIG_TRAFFIC: '7349123456789100001',
  BIG_WEB_CONVERSIONS: '7349123456789100002',
} as const;

export const PIXEL_IDS = {
  /** Above 2^53. Events: SHOPPING, ON_WEB_CART, ON_WEB_REGISTER, FORM. */
  US: '7212345678901234567',
  /** Small id (fits a double). Events: SHOPPING, LANDING_PAGE_VIEW. */
  US_SMALL: '1776777769',
  EU: '7212345678901234601',
  UK: '7212345678901234701',
  JP: '7212345678901234801',
  BIG: '7212345678901234901',
} as const;

export const PIXEL_CODES = {
  US: 'CQ1USPIXEL0000000001',
  US_SMALL: 'CR2USPIXEL0000000002',
  EU: 'CQ1EUPIXEL0000000001',
  UK: 'CQ1UKPIXEL0000000001',
  JP: 'CQ1JPPIXEL0000000001',
  BIG: 'CQ1BIGPIXEL000000001',
} as const;

export const MOBILE_APP_IDS = {
  US_ANDROID: '7100000000000001',
  US_IOS: '7100000000000002',
  JP_ANDROID: '7100000000000004',
} as const;

export const AUDIENCE_IDS = {
  US_CUSTOMERS: '60001001',
  US_LOOKALIKE: '60001002',
  /** Still processing (size 0): targeting it is refused with 40002. */
  US_PROCESSING: '60001003',
  /** 420 people, under TikTok's 1,000 floor: refused with 40002. */
  US_TOO_SMALL: '60001004',
  EU_CUSTOMERS: '60002001',
  UK_CUSTOMERS: '60003001',
  JP_CUSTOMERS: '60004001',
  BIG_CUSTOMERS: '60005001',
} as const;

export const REGION_IDS = {
  US: '6252001',
  CALIFORNIA: '5332921',
  LOS_ANGELES: '5368361',
  NEW_YORK: '5128638',
  TEXAS: '4736286',
  CANADA: '6251999',
  UK: '2635167',
  ENGLAND: '6269131',
  GERMANY: '2921044',
  FRANCE: '3017382',
  SPAIN: '2510769',
  JAPAN: '1861060',
  TOKYO: '1850144',
  BRAZIL: '3469034',
} as const;

export const INTEREST_CATEGORY_IDS = {
  APPAREL: '10001',
  WOMENS_APPAREL: '1000101',
  BEAUTY: '10002',
  GAMES: '10003',
  TRAVEL: '10004',
  SPORTS: '10005',
} as const;

export const INTEREST_KEYWORD_IDS = {
  RUNNING_SHOES: '270001',
  YOGA: '270002',
  COFFEE: '270003',
  SNEAKERS: '270004',
} as const;

/** A keyword /tool/interest_keyword/recommend/ answers with status INEFFECTIVE. */
export const INEFFECTIVE_KEYWORD_ID = '270999';

export const PURCHASE_INTENTION_KEYWORD_IDS = {
  BUY_RUNNING_SHOES: '280001',
  BUY_LAPTOP: '280002',
} as const;

// ---------------------------------------------------------------------------------------------
// The default world

const CREATED = '2026-01-15 09:30:00';

/**
 * Features the US and big-id advertisers are allowlisted for; EU, UK and JP have none, so each
 * allowlist refusal (40118) can be reached too.
 */
export const US_ALLOWLIST = [
  'HOUSEHOLD_INCOME',
  'ENGAGED_VIEW_FIFTEEN',
  'THIRD_PARTY_BRAND_SAFETY',
  'CONTEXTUAL_TAGS',
  'FIRST_PARTY_BRAND_SAFETY',
] as const;

export function advertiser(
  id: string,
  name: string,
  currency: Currency,
  timezone: string,
  country: string,
  extra: Partial<SeedAdvertiser> = {},
): SeedAdvertiser {
  return {
    advertiser_id: id,
    name,
    currency,
    timezone,
    display_timezone: timezone,
    country,
    status: 'STATUS_ENABLE',
    role: 'ROLE_ADVERTISER',
    company: `${name} Ltd`,
    balance: 10_000,
    language: 'en',
    create_time: CREATED,
    unquotedIds: false,
    allowlist: [],
    ...extra,
  };
}

export function campaign(
  id: string,
  advertiserId: string,
  name: string,
  objective: ObjectiveType,
  cbo?: { budget: number },
): SeedCampaign {
  return {
    campaign_id: id,
    advertiser_id: advertiserId,
    campaign_name: name,
    objective_type: objective,
    campaign_type: 'REGULAR_CAMPAIGN',
    ...(objective === 'APP_PROMOTION' ? { app_promotion_type: 'APP_INSTALL' as const } : {}),
    budget_mode: cbo ? 'BUDGET_MODE_DAY' : 'BUDGET_MODE_INFINITE',
    budget: cbo ? cbo.budget : 0,
    budget_optimize_on: cbo !== undefined,
    operation_status: 'ENABLE',
    secondary_status: 'CAMPAIGN_STATUS_ENABLE',
    special_industries: [],
    is_smart_performance_campaign: false,
    create_time: CREATED,
    modify_time: CREATED,
  };
}

const WEB_EVENTS: SeedPixelEvent[] = (
  [
    {
      event_type: 'COMPLETE_PAYMENT',
      name: 'Complete Payment',
      optimization_event: 'SHOPPING',
      statistic_type: 'EVERY_TIME',
    },
    {
      event_type: 'ADD_TO_CART',
      name: 'Add to Cart',
      optimization_event: 'ON_WEB_CART',
      statistic_type: 'EVERY_TIME',
    },
    {
      event_type: 'COMPLETE_REGISTRATION',
      name: 'Complete Registration',
      optimization_event: 'ON_WEB_REGISTER',
      statistic_type: 'ONCE',
    },
    { event_type: 'SUBMIT_FORM', name: 'Submit Form', optimization_event: 'FORM', statistic_type: 'ONCE' },
  ] as const
).map((event): SeedPixelEvent => ({ ...event, deprecated: false }));

function pixel(advertiserId: string, id: string, code: string, name: string, events = WEB_EVENTS): SeedPixel {
  return {
    advertiser_id: advertiserId,
    pixel_id: id,
    pixel_code: code,
    pixel_name: name,
    pixel_category: 'THIRD_PARTY',
    events: events.map((event) => ({ ...event })),
  };
}

function audience(
  advertiserId: string,
  id: string,
  name: string,
  type: SeedAudience['audience_type'],
  coverNum: number,
  isValid = true,
): SeedAudience {
  return {
    advertiser_id: advertiserId,
    audience_id: id,
    name,
    audience_type: type,
    audience_sub_type: 'NORMAL',
    cover_num: coverNum,
    is_valid: isValid,
    is_expiring: false,
    shared: false,
    create_time: CREATED,
  };
}

function region(
  id: string,
  name: string,
  parent: string | null,
  code: string,
  level: SeedRegion['level'],
  supportBelow18: boolean,
  children: string[] = [],
): SeedRegion {
  return {
    location_id: id,
    name,
    parent_id: parent,
    region_code: code,
    level,
    area_type: 'ADMIN',
    next_level_ids: children,
    support_below_18: supportBelow18,
  };
}

/** A fresh, mutable copy of the default world (each emulator gets its own). */
export function createDefaultSeed(): SeedData {
  const A = ADVERTISER_IDS;
  const C = CAMPAIGN_IDS;
  const R = REGION_IDS;
  const allScopes = [...ALL_SCOPES];
  const seed: SeedData = {
    app: { app_id: APP.ID, secret: APP.SECRET, app_name: 'adgate emulator app' },
    advertisers: [
      advertiser(A.US, 'Acme US', 'USD', 'America/Los_Angeles', 'US', { allowlist: [...US_ALLOWLIST] }),
      advertiser(A.EU, 'Acme EU', 'EUR', 'Europe/Berlin', 'DE'),
      advertiser(A.UK, 'Acme UK', 'GBP', 'Europe/London', 'GB'),
      advertiser(A.JP, 'Acme Japan', 'JPY', 'Asia/Tokyo', 'JP', { language: 'ja' }),
      advertiser(A.BIG, 'Bigid Labs', 'USD', 'America/New_York', 'US', {
        unquotedIds: true,
        allowlist: [...US_ALLOWLIST],
      }),
    ],
    tokens: [
      { token: TOKENS.SINGLE, app_id: APP.ID, advertiser_ids: [A.US], status: 'active', scope: allScopes },
      {
        token: TOKENS.MULTI,
        app_id: APP.ID,
        advertiser_ids: [A.US, A.EU, A.UK, A.JP],
        status: 'active',
        scope: allScopes,
      },
      { token: TOKENS.BIG, app_id: APP.ID, advertiser_ids: [A.BIG], status: 'active', scope: allScopes },
      {
        token: TOKENS.CORE_USER_INVALID,
        app_id: APP.ID,
        advertiser_ids: [A.US],
        status: 'core_user_invalid',
        scope: allScopes,
      },
      {
        token: TOKENS.READ_ONLY,
        app_id: APP.ID,
        advertiser_ids: [A.US],
        status: 'active',
        scope: allScopes.filter((scope) => scope !== SCOPE_IDS.ADS_MANAGEMENT),
      },
    ],
    campaigns: [
      campaign(C.US_TRAFFIC, A.US, 'US Traffic', 'TRAFFIC'),
      campaign(C.US_WEB_CONVERSIONS, A.US, 'US Website Conversions', 'WEB_CONVERSIONS'),
      campaign(C.US_LEAD_GENERATION, A.US, 'US Lead Generation', 'LEAD_GENERATION'),
      campaign(C.US_REACH, A.US, 'US Reach', 'REACH'),
      campaign(C.US_VIDEO_VIEWS, A.US, 'US Video Views', 'VIDEO_VIEWS'),
      campaign(C.US_APP_PROMOTION, A.US, 'US App Promotion', 'APP_PROMOTION'),
      campaign(C.US_CBO, A.US, 'US Traffic (CBO)', 'TRAFFIC', { budget: 500 }),
      campaign(C.EU_TRAFFIC, A.EU, 'EU Traffic', 'TRAFFIC'),
      campaign(C.EU_WEB_CONVERSIONS, A.EU, 'EU Website Conversions', 'WEB_CONVERSIONS'),
      campaign(C.EU_CBO, A.EU, 'EU Website Conversions (CBO)', 'WEB_CONVERSIONS', { budget: 300 }),
      campaign(C.UK_TRAFFIC, A.UK, 'UK Traffic', 'TRAFFIC'),
      campaign(C.UK_REACH, A.UK, 'UK Reach', 'REACH'),
      campaign(C.JP_TRAFFIC, A.JP, 'JP Traffic', 'TRAFFIC'),
      campaign(C.JP_APP_PROMOTION, A.JP, 'JP App Promotion', 'APP_PROMOTION'),
      campaign(C.BIG_TRAFFIC, A.BIG, 'Bigid Traffic', 'TRAFFIC'),
      campaign(C.BIG_WEB_CONVERSIONS, A.BIG, 'Bigid Website Conversions', 'WEB_CONVERSIONS'),
    ],
    pixels: [
      pixel(A.US, PIXEL_IDS.US, PIXEL_CODES.US, 'Acme US store'),
      pixel(A.US, PIXEL_IDS.US_SMALL, PIXEL_CODES.US_SMALL, 'Acme US blog', [
        {
          event_type: 'COMPLETE_PAYMENT',
          name: 'Complete Payment',
          optimization_event: 'SHOPPING',
          statistic_type: 'EVERY_TIME',
          deprecated: false,
        },
        {
          event_type: 'PAGE_VIEW',
          name: 'Landing Page View',
          optimization_event: 'LANDING_PAGE_VIEW',
          statistic_type: 'EVERY_TIME',
          deprecated: false,
        },
        {
          event_type: 'VIEW_CONTENT',
          name: 'View Content (legacy)',
          optimization_event: 'ON_WEB_DETAIL',
          statistic_type: 'EVERY_TIME',
          deprecated: true,
        },
      ]),
      pixel(A.EU, PIXEL_IDS.EU, PIXEL_CODES.EU, 'Acme EU store'),
      pixel(A.UK, PIXEL_IDS.UK, PIXEL_CODES.UK, 'Acme UK store'),
      pixel(A.JP, PIXEL_IDS.JP, PIXEL_CODES.JP, 'Acme Japan store'),
      pixel(A.BIG, PIXEL_IDS.BIG, PIXEL_CODES.BIG, 'Bigid store'),
    ],
    audiences: [
      audience(A.US, AUDIENCE_IDS.US_CUSTOMERS, 'US customers', 'Customer File', 25_000),
      audience(A.US, AUDIENCE_IDS.US_LOOKALIKE, 'US customers lookalike 3%', 'Lookalike', 2_400_000),
      audience(A.US, AUDIENCE_IDS.US_PROCESSING, 'US newsletter (processing)', 'Customer File', 0, false),
      audience(A.US, AUDIENCE_IDS.US_TOO_SMALL, 'US VIP list', 'Customer File', 420),
      audience(A.EU, AUDIENCE_IDS.EU_CUSTOMERS, 'EU customers', 'Customer File', 18_000),
      audience(A.UK, AUDIENCE_IDS.UK_CUSTOMERS, 'UK site visitors', 'Website Traffic', 9_500),
      audience(A.JP, AUDIENCE_IDS.JP_CUSTOMERS, 'JP customers', 'Customer File', 12_000),
      audience(A.BIG, AUDIENCE_IDS.BIG_CUSTOMERS, 'Bigid customers', 'Customer File', 31_000),
    ],
    apps: [
      {
        advertiser_id: A.US,
        app_id: MOBILE_APP_IDS.US_ANDROID,
        app_name: 'Acme Shop',
        platform: 'ANDROID',
        package_name: 'com.acme.shop',
      },
      {
        advertiser_id: A.US,
        app_id: MOBILE_APP_IDS.US_IOS,
        app_name: 'Acme Shop',
        platform: 'IOS',
        package_name: 'id1234567890',
      },
      {
        advertiser_id: A.JP,
        app_id: MOBILE_APP_IDS.JP_ANDROID,
        app_name: 'Acme Shop JP',
        platform: 'ANDROID',
        package_name: 'jp.acme.shop',
      },
    ],
    regions: [
      region(R.US, 'United States', null, 'US', 'COUNTRY', false, [R.CALIFORNIA, R.NEW_YORK, R.TEXAS]),
      region(R.CALIFORNIA, 'California', R.US, 'US', 'PROVINCE', false, [R.LOS_ANGELES]),
      region(R.LOS_ANGELES, 'Los Angeles', R.CALIFORNIA, 'US', 'CITY', false),
      region(R.NEW_YORK, 'New York', R.US, 'US', 'PROVINCE', false),
      region(R.TEXAS, 'Texas', R.US, 'US', 'PROVINCE', false),
      region(R.CANADA, 'Canada', null, 'CA', 'COUNTRY', false),
      region(R.UK, 'United Kingdom', null, 'GB', 'COUNTRY', false, [R.ENGLAND]),
      region(R.ENGLAND, 'England', R.UK, 'GB', 'PROVINCE', false),
      region(R.GERMANY, 'Germany', null, 'DE', 'COUNTRY', false),
      region(R.FRANCE, 'France', null, 'FR', 'COUNTRY', false),
      region(R.SPAIN, 'Spain', null, 'ES', 'COUNTRY', false),
      region(R.JAPAN, 'Japan', null, 'JP', 'COUNTRY', true, [R.TOKYO]),
      region(R.TOKYO, 'Tokyo', R.JAPAN, 'JP', 'PROVINCE', true),
      region(R.BRAZIL, 'Brazil', null, 'BR', 'COUNTRY', false),
    ],
    interestCategories: [
      {
        interest_category_id: INTEREST_CATEGORY_IDS.APPAREL,
        interest_category_name: 'Apparel & Accessories',
        level: 1,
        sub_category_ids: [INTEREST_CATEGORY_IDS.WOMENS_APPAREL],
        special_industries: [],
        placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'],
      },
      {
        interest_category_id: INTEREST_CATEGORY_IDS.WOMENS_APPAREL,
        interest_category_name: "Women's Apparel",
        level: 2,
        sub_category_ids: [],
        special_industries: [],
        placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'],
      },
      ...(
        [
          [INTEREST_CATEGORY_IDS.BEAUTY, 'Beauty & Personal Care'],
          [INTEREST_CATEGORY_IDS.GAMES, 'Games'],
          [INTEREST_CATEGORY_IDS.TRAVEL, 'Travel'],
          [INTEREST_CATEGORY_IDS.SPORTS, 'Sports & Outdoors'],
        ] as const
      ).map(([id, name]) => ({
        interest_category_id: id,
        interest_category_name: name,
        level: 1,
        sub_category_ids: [],
        special_industries: [],
        placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'],
      })),
    ],
    interestKeywords: [
      ...(
        [
          [INTEREST_KEYWORD_IDS.RUNNING_SHOES, 'running shoes'],
          [INTEREST_KEYWORD_IDS.YOGA, 'yoga'],
          [INTEREST_KEYWORD_IDS.COFFEE, 'coffee'],
          [INTEREST_KEYWORD_IDS.SNEAKERS, 'sneakers'],
        ] as const
      ).map(([id, keyword]) => ({
        keyword_id: id,
        keyword,
        language: 'en',
        audience_type: 'GENERAL_INTEREST' as const,
        status: 'EFFECTIVE' as const,
      })),
      ...(
        [
          [PURCHASE_INTENTION_KEYWORD_IDS.BUY_RUNNING_SHOES, 'buy running shoes'],
          [PURCHASE_INTENTION_KEYWORD_IDS.BUY_LAPTOP, 'buy laptop'],
        ] as const
      ).map(([id, keyword]) => ({
        keyword_id: id,
        keyword,
        language: 'en',
        audience_type: 'PURCHASE_INTENTION' as const,
        status: 'EFFECTIVE' as const,
      })),
    ],
    languages: [],
    actionCategories: [],
    carriers: [],
    deviceModels: [],
    ...createDeliverySeed(),
    ...createCreativeSeed(),
    savedAudiences: createSavedAudienceSeed(),
  };
  addCatalogs(seed);
  addAgency(seed, allScopes);
  addPerformanceSeed(seed, allScopes);
  return seed;
}

/** The look-up catalogues of seed-catalogs.ts, with parents and children linked both ways. */
function addCatalogs(seed: SeedData): void {
  for (const [id, name, parent, code, level] of MORE_REGIONS) {
    seed.regions.push(region(id, name, parent, code, level, !NO_TEEN_TARGETING.has(code)));
  }
  for (const r of seed.regions) {
    const children = seed.regions.filter((c) => c.parent_id === r.location_id).map((c) => c.location_id);
    r.next_level_ids = [...new Set([...r.next_level_ids, ...children])];
  }
  for (const [id, name, parent] of MORE_INTEREST_CATEGORIES) {
    seed.interestCategories.push({
      interest_category_id: id,
      interest_category_name: name,
      level: parent === null ? 1 : 2,
      sub_category_ids: [],
      special_industries: [],
      placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE'],
    });
    const parentCategory = seed.interestCategories.find((c) => c.interest_category_id === parent);
    parentCategory?.sub_category_ids.push(id);
  }
  for (const [id, keyword, type] of MORE_INTEREST_KEYWORDS) {
    seed.interestKeywords.push({
      keyword_id: id,
      keyword,
      language: 'en',
      audience_type: type,
      status: 'EFFECTIVE',
    });
  }
  // Only EFFECTIVE keywords can be used in an ad group (BB interest_keyword_recommend.go), so one
  // retired keyword lets a client's `usable` flag be tested.
  seed.interestKeywords.push({
    keyword_id: INEFFECTIVE_KEYWORD_ID,
    keyword: 'fidget spinners',
    language: 'en',
    audience_type: 'GENERAL_INTEREST',
    status: 'INEFFECTIVE',
  });
  seed.languages = LANGUAGES.map((l) => ({ ...l }));
  seed.actionCategories = ACTION_CATEGORIES.map((c) => ({ ...c, sub_category_ids: [...c.sub_category_ids] }));
  seed.carriers = CARRIERS.map((c) => ({ ...c }));
  seed.deviceModels = DEVICE_MODELS.map((m) => ({ ...m }));
}

const AGENCY_OBJECTIVES: ObjectiveType[] = [
  'TRAFFIC',
  'WEB_CONVERSIONS',
  'REACH',
  'VIDEO_VIEWS',
  'LEAD_GENERATION',
];
const AGENCY_AUDIENCE_TYPES: SeedAudience['audience_type'][] = [
  'Customer File',
  'Lookalike',
  'Website Traffic',
  'Engagement',
];

/** An advertiser whose lists span several pages at any sensible page size (AGENCY_SIZES). */
function addAgency(seed: SeedData, scopes: number[]): void {
  const id = ADVERTISER_IDS.AGENCY;
  seed.advertisers.push(advertiser(id, 'Acme Agency', 'USD', 'America/Chicago', 'US'));
  seed.tokens.push({
    token: TOKENS.AGENCY,
    app_id: APP.ID,
    advertiser_ids: [id],
    status: 'active',
    scope: scopes,
  });
  const pad = (n: number) => String(n).padStart(3, '0');
  for (let n = 1; n <= AGENCY_SIZES.CAMPAIGNS; n++) {
    const objective = AGENCY_OBJECTIVES[n % AGENCY_OBJECTIVES.length] as ObjectiveType;
    const cbo = n % 10 === 0 ? { budget: 100 + n } : undefined;
    const row = campaign(String(1_800_000_000_500_000 + n), id, `Agency campaign ${pad(n)}`, objective, cbo);
    if (n % 7 === 0) row.operation_status = 'DISABLE';
    seed.campaigns.push(row);
  }
  for (let n = 1; n <= AGENCY_SIZES.AUDIENCES; n++) {
    const type = AGENCY_AUDIENCE_TYPES[n % AGENCY_AUDIENCE_TYPES.length] as SeedAudience['audience_type'];
    const row = audience(
      id,
      String(60_006_000 + n),
      `Agency audience ${pad(n)}`,
      type,
      1_000 * n,
      n % 13 !== 0,
    );
    row.is_expiring = n % 17 === 0;
    if (n % 19 === 0) row.audience_sub_type = 'REACH_FREQUENCY';
    seed.audiences.push(row);
  }
  for (let n = 1; n <= AGENCY_SIZES.PIXELS; n++) {
    seed.pixels.push(
      pixel(
        id,
        String(7_212_345_678_905_000_000n + BigInt(n)),
        `CQ1AGENCY${pad(n)}PIXEL00`,
        `Agency pixel ${pad(n)}`,
      ),
    );
  }
}
