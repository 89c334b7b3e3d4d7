/**
 * The world the conformance suite runs in: the default seed plus what the default one lacks to
 * reach every rule (a non-CBO campaign with a daily budget, a PRODUCT_SALES campaign, a campaign
 * with a special industry, a VIDEO_VIEWS campaign of an advertiser without allowlists, an
 * advertiser allowlisted for everything, and one advertiser per TikTok currency), and the bodies
 * the cases start from.
 */
import type { JsonValue } from './json.js';
import { type SampleKind, sampleAdGroupBody } from './samples.js';
import {
  ADVERTISER_IDS,
  APP,
  CAMPAIGN_IDS,
  createDefaultSeed,
  PIXEL_IDS,
  REGION_IDS,
  type SeedCampaign,
  type SeedData,
} from './seed.js';

export const CONFORMANCE_TOKEN = 'emu-token-conformance';
export const ALLOWLISTED_ADVERTISER = '6819000000000001';

export const EXTRA_CAMPAIGNS = {
  /** TRAFFIC, CBO off, campaign budget BUDGET_MODE_DAY 100 USD. */
  US_DAILY: '1890000000000001',
  US_PRODUCT_SALES: '1890000000000002',
  /** TRAFFIC with special_industries HOUSING. */
  US_HOUSING: '1890000000000003',
  EU_VIDEO_VIEWS: '1890000000000004',
  ALLOW_REACH: '1890000000000005',
  ALLOW_TRAFFIC: '1890000000000006',
  ALLOW_LEAD: '1890000000000007',
} as const;

/**
 * The daily ad group minimum of each of TikTok's 56 currencies, transcribed from TT-CURRENCY's
 * "At the ad group level" table (20 x the verification ratio), independently of rules/catalog.ts.
 */
export const DAILY_FLOORS: Readonly<Record<number, string>> = {
  20: 'USD EUR GBP AUD CAD NZD SGD CHF ARS BRL ILS MYR PEN QAR RON SAR AED HUF',
  80: 'PLN',
  200: 'HKD ZAR DKK SEK NOK TRY MXN THB CNY BOB CZK EGP GTQ HNL MOP TWD NIO UAH UYU',
  1000: 'PHP',
  2000: 'JPY RUB DZD BDT ISK INR KES NGN PKR',
  20000: 'KRW CLP COP CRC',
  200000: 'IDR PYG VND',
  2000000: 'VEF',
};
/** TT-CURRENCY: currencies whose precision is 1 (whole units). */
export const WHOLE_UNITS = 'JPY KRW HUF CLP ISK IDR TWD PYG VND'.split(' ');

export const CURRENCIES = Object.values(DAILY_FLOORS).flatMap((codes) => codes.split(' '));

export function currencyAdvertiser(code: string): string {
  return `68191000000${String(CURRENCIES.indexOf(code)).padStart(5, '0')}`;
}
function currencyCampaign(code: string): string {
  return `18910000000${String(CURRENCIES.indexOf(code)).padStart(5, '0')}`;
}

export function conformanceSeed(): SeedData {
  const seed = createDefaultSeed();
  const template = seed.campaigns.find((c) => c.campaign_id === CAMPAIGN_IDS.US_TRAFFIC) as SeedCampaign;
  const us = seed.advertisers.find((a) => a.advertiser_id === ADVERTISER_IDS.US);
  const add = (
    id: string,
    advertiserId: string,
    objective: SeedCampaign['objective_type'],
    extra: Partial<SeedCampaign> = {},
  ) => {
    seed.campaigns.push({
      ...template,
      campaign_id: id,
      advertiser_id: advertiserId,
      campaign_name: `Conformance ${id}`,
      objective_type: objective,
      ...extra,
    });
  };
  const C = EXTRA_CAMPAIGNS;
  add(C.US_DAILY, ADVERTISER_IDS.US, 'TRAFFIC', { budget_mode: 'BUDGET_MODE_DAY', budget: 100 });
  add(C.US_PRODUCT_SALES, ADVERTISER_IDS.US, 'PRODUCT_SALES');
  add(C.US_HOUSING, ADVERTISER_IDS.US, 'TRAFFIC', { special_industries: ['HOUSING'] });
  add(C.EU_VIDEO_VIEWS, ADVERTISER_IDS.EU, 'VIDEO_VIEWS');
  if (us) {
    seed.advertisers.push({
      ...us,
      advertiser_id: ALLOWLISTED_ADVERTISER,
      name: 'Allowlisted',
      allowlist: [
        ...us.allowlist,
        'SEARCH_FEED',
        'PLACEMENT_GLOBAL_APP_BUNDLE',
        'CONVERSATION',
        'AUTOMATIC_VALUE_OPTIMIZATION',
      ],
    });
    for (const code of CURRENCIES) {
      seed.advertisers.push({
        ...us,
        advertiser_id: currencyAdvertiser(code),
        name: `Currency ${code}`,
        currency: code,
        allowlist: [],
      });
      add(currencyCampaign(code), currencyAdvertiser(code), 'TRAFFIC');
    }
  }
  add(C.ALLOW_REACH, ALLOWLISTED_ADVERTISER, 'REACH');
  add(C.ALLOW_TRAFFIC, ALLOWLISTED_ADVERTISER, 'TRAFFIC');
  add(C.ALLOW_LEAD, ALLOWLISTED_ADVERTISER, 'LEAD_GENERATION');
  seed.tokens.push({
    token: CONFORMANCE_TOKEN,
    app_id: APP.ID,
    advertiser_ids: seed.advertisers.map((a) => a.advertiser_id),
    status: 'active',
    scope: [1, 2, 3, 4, 5],
  });
  return seed;
}

export type Kind =
  | SampleKind
  | 'PRODUCT_SALES'
  | 'LAB3'
  | 'US_DAILY'
  | 'HOUSING'
  | 'EU_TRAFFIC'
  | 'EU_VIDEO_VIEWS'
  | 'EU_CBO'
  | 'UK_TRAFFIC'
  | 'UK_REACH'
  | 'ALLOW_REACH'
  | 'ALLOW_TRAFFIC'
  | 'LEAD_WEBSITE_PIXEL'
  | 'LEAD_WEBSITE'
  | 'LEAD_MESSAGING'
  | `CURRENCY_${string}`;

type Overrides = Record<string, JsonValue | undefined>;

const SHOPPING: Overrides = {
  campaign_id: EXTRA_CAMPAIGNS.US_PRODUCT_SALES,
  promotion_type: 'VIDEO_SHOPPING',
  shopping_ads_type: 'VIDEO',
  product_source: 'CATALOG',
};
const EU: Overrides = { advertiser_id: ADVERTISER_IDS.EU, location_ids: [REGION_IDS.GERMANY] };
const UK: Overrides = { advertiser_id: ADVERTISER_IDS.UK, location_ids: [REGION_IDS.UK] };
const ALLOW: Overrides = { advertiser_id: ALLOWLISTED_ADVERTISER };

/** [sample it starts from, what it changes]. */
const KINDS: Record<string, [SampleKind, Overrides]> = {
  PRODUCT_SALES: ['TRAFFIC', SHOPPING],
  LAB3: [
    'TRAFFIC',
    {
      ...SHOPPING,
      shopping_ads_retargeting_type: 'LAB3',
      included_custom_actions: [{ code: 'VIEW_PRODUCT', days: 30 }],
    },
  ],
  US_DAILY: ['TRAFFIC', { campaign_id: EXTRA_CAMPAIGNS.US_DAILY }],
  HOUSING: ['TRAFFIC', { campaign_id: EXTRA_CAMPAIGNS.US_HOUSING }],
  EU_TRAFFIC: ['TRAFFIC', { ...EU, campaign_id: CAMPAIGN_IDS.EU_TRAFFIC }],
  EU_VIDEO_VIEWS: ['VIDEO_VIEWS', { ...EU, campaign_id: EXTRA_CAMPAIGNS.EU_VIDEO_VIEWS }],
  EU_CBO: [
    'CBO',
    {
      ...EU,
      campaign_id: CAMPAIGN_IDS.EU_CBO,
      optimization_goal: 'CONVERT',
      billing_event: 'OCPM',
      pixel_id: PIXEL_IDS.EU,
      optimization_event: 'SHOPPING',
    },
  ],
  UK_TRAFFIC: ['TRAFFIC', { ...UK, campaign_id: CAMPAIGN_IDS.UK_TRAFFIC }],
  UK_REACH: ['REACH', { ...UK, campaign_id: CAMPAIGN_IDS.UK_REACH }],
  ALLOW_REACH: ['REACH', { ...ALLOW, campaign_id: EXTRA_CAMPAIGNS.ALLOW_REACH }],
  ALLOW_TRAFFIC: ['TRAFFIC', { ...ALLOW, campaign_id: EXTRA_CAMPAIGNS.ALLOW_TRAFFIC }],
  LEAD_WEBSITE_PIXEL: [
    'LEAD_GENERATION',
    {
      promotion_target_type: 'EXTERNAL_WEBSITE',
      optimization_goal: 'CONVERT',
      pixel_id: PIXEL_IDS.US,
      optimization_event: 'FORM',
    },
  ],
  LEAD_WEBSITE: [
    'LEAD_GENERATION',
    { promotion_target_type: 'EXTERNAL_WEBSITE', optimization_goal: 'CLICK', billing_event: 'CPC' },
  ],
  LEAD_MESSAGING: [
    'LEAD_GENERATION',
    {
      ...ALLOW,
      campaign_id: EXTRA_CAMPAIGNS.ALLOW_LEAD,
      promotion_type: 'LEAD_GEN_CLICK_TO_SOCIAL_MEDIA_APP_MESSAGE',
      promotion_target_type: undefined,
      optimization_goal: 'CONVERSATION',
      messaging_app_type: 'WHATSAPP',
    },
  ],
};

function kindOf(kind: Kind): [SampleKind, Overrides] {
  if (kind.startsWith('CURRENCY_')) {
    const code = kind.slice('CURRENCY_'.length);
    return ['TRAFFIC', { advertiser_id: currencyAdvertiser(code), campaign_id: currencyCampaign(code) }];
  }
  return KINDS[kind] ?? [kind as SampleKind, {}];
}

/** A body of `kind` with `overrides` applied (undefined removes a field). */
export function conformanceBody(kind: Kind, now: Date, overrides: Overrides = {}): Record<string, JsonValue> {
  const [sample, base] = kindOf(kind);
  return sampleAdGroupBody(sample, now, { ...base, ...overrides });
}
