/**
 * Validates a /adgroup/create/ body the way TikTok would and builds the saved ad group.
 *
 * TikTok answers one problem at a time, so the first broken rule throws (40002 with the field
 * named, or 40065/40118 where TikTok uses those). The groups run in a fixed order because later
 * ones depend on what earlier ones derived (placements, targeted countries, goal, budget).
 */
import { paramError } from '../envelope.js';
import type { JsonValue } from '../json.js';
import type { SeedAdvertiser, SeedCampaign } from '../seed.js';
import type { EmulatorStore } from '../store.js';
import { BodyReader, toPlain } from './body-reader.js';
import { checkBrandSafety } from './brand-safety-rules.js';
import { checkBudget, checkFrequency, checkSchedule, formatTime } from './budget-rules.js';
import {
  CREATIVE_MATERIAL_MODES,
  KNOWN_FIELDS,
  LHF_COMPLIANCE_FROM,
  ON_OFF,
  SEARCH_MATCH_TYPES,
} from './catalog.js';
import type { RuleContext } from './context.js';
import { checkNameAndStatus, checkPromotion, checkUnknownFields } from './identity-rules.js';
import { checkBidding, checkGoalAndBilling, checkTracking } from './optimisation-rules.js';
import { checkPlacements } from './placement-rules.js';
import {
  checkDemographics,
  checkDevices,
  checkInterestsAndAudiences,
  checkLocations,
} from './targeting-rules.js';

export interface CreateInput {
  body: Record<string, JsonValue>;
  store: EmulatorStore;
  advertiser: SeedAdvertiser;
  campaign: SeedCampaign;
  now: Date;
  peerRules: boolean;
  unknownFields: 'reject' | 'ignore';
  hasRequestId: boolean;
  /** On /adgroup/update/: the ad group being changed. */
  selfAdgroupId?: string;
}

export interface CreateResult {
  /** The saved ad group without its id (the store assigns it). */
  record: Record<string, unknown>;
  ignoredFields: string[];
}

/** Fields the endpoint handles itself; they are not copied from the body into the record. */
const HANDLED_BY_ENDPOINT = new Set(['advertiser_id', 'campaign_id', 'request_id']);

export function validateAdGroupCreate(input: CreateInput): CreateResult {
  const ctx: RuleContext = {
    r: new BodyReader(input.body),
    selfAdgroupId: input.selfAdgroupId,
    store: input.store,
    advertiser: input.advertiser,
    campaign: input.campaign,
    objective: input.campaign.objective_type,
    cbo: input.campaign.budget_optimize_on,
    now: input.now,
    peerRules: input.peerRules,
    hasRequestId: input.hasRequestId,
    ignored: [],
    computed: {},
    placementType: 'PLACEMENT_TYPE_NORMAL',
    placements: [],
    countries: new Set(),
  };

  checkUnknownFields(ctx, input.unknownFields);
  checkNameAndStatus(ctx);
  checkPromotion(ctx);
  checkPlacements(ctx);
  checkLocations(ctx);
  checkDemographics(ctx);
  checkInterestsAndAudiences(ctx);
  checkDevices(ctx);
  checkBrandSafety(ctx);
  checkBudget(ctx);
  checkSchedule(ctx);
  checkFrequency(ctx);
  checkGoalAndBilling(ctx);
  checkBidding(ctx);
  checkTracking(ctx);
  checkCompliance(ctx);
  checkSearch(ctx);

  return { record: buildRecord(ctx), ignoredFields: ctx.ignored };
}

function checkCompliance(ctx: RuleContext): void {
  const { r } = ctx;
  const hfss = r.boolean('is_hfss');
  const lhf = r.boolean('is_lhf_compliance');
  if (hfss === true && ctx.countries.has('GB') && ctx.now.getTime() >= LHF_COMPLIANCE_FROM && lhf !== true) {
    throw paramError(
      'is_lhf_compliance',
      'is_lhf_compliance must be true when targeting the UK with is_hfss true.',
    );
  }
  if (r.has('creative_material_mode') && r.body.creative_material_mode === 'DYNAMIC') {
    throw paramError('creative_material_mode', 'DYNAMIC is retired. Use CUSTOM or SMART_CREATIVE.');
  }
  r.enumValue('creative_material_mode', CREATIVE_MATERIAL_MODES);
  r.enumValue('adgroup_app_profile_page_state', ON_OFF);
}

function checkSearch(ctx: RuleContext): void {
  const { r } = ctx;
  r.boolean('automated_keywords_enabled');
  const keywords = r.list('search_keywords');
  keywords?.forEach((keyword, index) => {
    const field = `search_keywords.${index}`;
    if (typeof keyword !== 'object' || keyword === null || Array.isArray(keyword)) {
      throw paramError(field, 'Not a valid mapping type.');
    }
    if (typeof keyword.keyword !== 'string' || keyword.keyword.length === 0) {
      throw paramError(`${field}.keyword`, 'Missing data for required field.');
    }
    if (
      keyword.match_type !== undefined &&
      !(SEARCH_MATCH_TYPES as readonly JsonValue[]).includes(keyword.match_type)
    ) {
      throw paramError(`${field}.match_type`, `Must be one of: ${SEARCH_MATCH_TYPES.join(', ')}.`);
    }
  });
}

/** Normalised body, plus known fields no rule read (copied as sent), plus what TikTok computes. */
function buildRecord(ctx: RuleContext): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(ctx.r.body)) {
    if (HANDLED_BY_ENDPOINT.has(field) || ctx.ignored.includes(field) || !KNOWN_FIELDS.has(field)) continue;
    record[field] = field in ctx.r.out ? ctx.r.out[field] : toPlain(value);
  }
  const now = formatTime(ctx.now.getTime());
  return {
    ...record,
    ...ctx.computed,
    secondary_status:
      ctx.computed.operation_status === 'DISABLE' ? 'ADGROUP_STATUS_DISABLE' : 'ADGROUP_STATUS_NOT_DELIVER',
    create_time: now,
    modify_time: now,
  };
}
