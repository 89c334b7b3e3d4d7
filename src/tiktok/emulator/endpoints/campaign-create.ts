/**
 * POST /campaign/create/ (SDK `python_sdk/docs/CampaignCreateBody.md`: advertiser_id, campaign_name
 * and objective_type required; operation_status default ENABLE; budget_optimize_on default False;
 * `request_id`; the rest optional). Enumerations from reference tiktok-tool-family.md §4.1 and
 * §4.11 (objective types current and deprecated, budget modes, app promotion types).
 *
 * Like /adgroup/create/, a create carrying a `request_id` already seen for the advertiser answers
 * the campaign the first one made, before any validation ("if you retry with the same request ID
 * only one request succeeds", §4.1).
 *
 * A campaign budget lies in the currency's campaign range, [50, 10,000,000) x its verification
 * ratio (TT-CURRENCY, TikTok's doc 1737585839634433); the minimum applies to daily budgets.
 */
import { CODES, paramError, TikTokError } from '../envelope.js';
import type { JsonValue } from '../json.js';
import { checkCampaignBudgetRange, formatTime } from '../rules/budget-rules.js';
import { SCOPE_IDS, type SeedCampaign } from '../seed.js';
import { readRequestId } from './adgroup.js';
import type { EndpointContext, EndpointDef } from './types.js';

const OBJECTIVES = [
  'APP_PROMOTION',
  'WEB_CONVERSIONS',
  'REACH',
  'TRAFFIC',
  'VIDEO_VIEWS',
  'ENGAGEMENT',
  'LEAD_GENERATION',
  'PRODUCT_SALES',
];
/** Deprecated since 2023-10-27 (§4.11): refused for new campaigns. */
const DEPRECATED_OBJECTIVES = ['CONVERSIONS', 'APP_INSTALL', 'CATALOG_SALES', 'SHOP_PURCHASES'];
const BUDGET_MODES = [
  'BUDGET_MODE_INFINITE',
  'BUDGET_MODE_DAY',
  'BUDGET_MODE_TOTAL',
  'BUDGET_MODE_DYNAMIC_DAILY_BUDGET',
];
const APP_PROMOTION_TYPES = ['APP_INSTALL', 'APP_RETARGETING', 'APP_PREREGISTRATION'];
const KNOWN_FIELDS = new Set([
  'advertiser_id',
  'campaign_name',
  'objective_type',
  'budget_mode',
  'budget',
  'budget_optimize_on',
  'operation_status',
  'request_id',
  'app_promotion_type',
  'app_id',
  'campaign_type',
  'special_industries',
  'optimization_goal',
  'bid_type',
  'deep_bid_type',
  'roas_bid',
  'po_number',
]);
const EMOJI = /\p{Extended_Pictographic}/u;

function oneOf(field: string, value: JsonValue | undefined, allowed: string[]): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw paramError(field, `Must be one of: ${allowed.join(', ')}.`);
  }
  return value;
}

function readName(value: JsonValue | undefined): string {
  if (value === undefined || value === '')
    throw paramError('campaign_name', 'Missing data for required field.');
  if (typeof value !== 'string') throw paramError('campaign_name', 'Not a valid string.');
  if (value.length > 512) throw paramError('campaign_name', 'Length must be between 1 and 512.');
  if (EMOJI.test(value)) throw paramError('campaign_name', 'The campaign name cannot contain emoji.');
  return value;
}

function readObjective(value: JsonValue | undefined): SeedCampaign['objective_type'] {
  if (value === undefined) throw paramError('objective_type', 'Missing data for required field.');
  if (typeof value === 'string' && DEPRECATED_OBJECTIVES.includes(value)) {
    throw paramError('objective_type', `${value} is deprecated; use one of: ${OBJECTIVES.join(', ')}.`);
  }
  return oneOf('objective_type', value, OBJECTIVES) as SeedCampaign['objective_type'];
}

function readBudget(body: Record<string, JsonValue>, cbo: boolean): { mode: string; budget: number } {
  const mode = oneOf('budget_mode', body.budget_mode, BUDGET_MODES);
  if (mode === undefined) throw paramError('budget_mode', 'Missing data for required field.');
  if (mode === 'BUDGET_MODE_INFINITE') {
    if (cbo)
      throw paramError('budget_mode', 'With budget_optimize_on, budget_mode cannot be BUDGET_MODE_INFINITE.');
    return { mode, budget: 0 };
  }
  const budget = body.budget;
  if (budget === undefined) throw paramError('budget', 'Missing data for required field.');
  if (typeof budget !== 'number' || !(budget > 0)) throw paramError('budget', 'Must be greater than 0.');
  return { mode, budget };
}

/** TT-CURRENCY: a campaign budget within the currency's campaign range (daily modes: the minimum too). */
function checkCampaignBudget(ctx: EndpointContext, mode: string, budget: number): void {
  if (mode === 'BUDGET_MODE_INFINITE') return;
  const { currency } = ctx.advertiser('advertiser_id', ctx.body.advertiser_id);
  checkCampaignBudgetRange(currency, mode, budget);
}

function checkFields(ctx: EndpointContext): void {
  for (const [field, value] of Object.entries(ctx.body)) {
    if (!KNOWN_FIELDS.has(field) && ctx.settings.unknownFields === 'reject') {
      throw paramError(field, 'Unknown field.');
    }
    if (value === null) throw paramError(field, 'Field may not be null.');
  }
}

function buildCampaign(ctx: EndpointContext, campaignId: string): SeedCampaign {
  const { body } = ctx;
  checkFields(ctx);
  const name = readName(body.campaign_name);
  const objective = readObjective(body.objective_type);
  if (body.budget_optimize_on !== undefined && typeof body.budget_optimize_on !== 'boolean') {
    throw paramError('budget_optimize_on', 'Not a valid boolean.');
  }
  const cbo = body.budget_optimize_on === true;
  const { mode, budget } = readBudget(body, cbo);
  checkCampaignBudget(ctx, mode, budget);
  const status = oneOf('operation_status', body.operation_status, ['ENABLE', 'DISABLE']) ?? 'ENABLE';
  const appType = oneOf('app_promotion_type', body.app_promotion_type, APP_PROMOTION_TYPES);
  if (objective === 'APP_PROMOTION' && appType === undefined) {
    throw paramError('app_promotion_type', 'Missing data for required field.');
  }
  const now = formatTime(ctx.now.getTime());
  return {
    campaign_id: campaignId,
    advertiser_id: String(body.advertiser_id),
    campaign_name: name,
    objective_type: objective,
    campaign_type: body.campaign_type === 'IOS14_CAMPAIGN' ? 'IOS14_CAMPAIGN' : 'REGULAR_CAMPAIGN',
    ...(appType ? { app_promotion_type: appType as 'APP_INSTALL' | 'APP_RETARGETING' } : {}),
    budget_mode: mode as SeedCampaign['budget_mode'],
    budget,
    budget_optimize_on: cbo,
    operation_status: status as 'ENABLE' | 'DISABLE',
    secondary_status: status === 'ENABLE' ? 'CAMPAIGN_STATUS_ENABLE' : 'CAMPAIGN_STATUS_DISABLE',
    special_industries: [],
    is_smart_performance_campaign: false,
    create_time: now,
    modify_time: now,
  };
}

export const campaignCreate: EndpointDef = {
  method: 'POST',
  path: '/campaign/create/',
  scope: SCOPE_IDS.ADS_MANAGEMENT,
  handle(ctx) {
    const { store } = ctx;
    const advertiser = ctx.advertiser('advertiser_id', ctx.body.advertiser_id);
    const requestId = readRequestId(ctx.body.request_id);
    const dedupKey = requestId === undefined ? undefined : `${advertiser.advertiser_id}:${requestId}`;
    const earlier = dedupKey === undefined ? undefined : store.creative.campaignRequestIds.get(dedupKey);
    if (earlier !== undefined) {
      const campaign = store.campaign(earlier);
      if (!campaign) throw new TikTokError(CODES.SYSTEM_ERROR, 'System error (emulator bug: lost campaign).');
      store.creative.dedupHits++;
      return { ...campaign };
    }
    const campaign = buildCampaign(ctx, store.creative.nextId('18'));
    store.seed.campaigns.push(campaign);
    store.creative.campaignBodies.set(campaign.campaign_id, { ...ctx.body });
    if (dedupKey !== undefined) store.creative.campaignRequestIds.set(dedupKey, campaign.campaign_id);
    return { ...campaign };
  },
};
