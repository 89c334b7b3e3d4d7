/**
 * POST /campaign/status/update/, /adgroup/status/update/ and /ad/status/update/: enable, disable
 * or delete up to 20 objects of one advertiser per call.
 *
 * Sources: the Business API SDK's bodies (`js_sdk/docs/CampaignStatusUpdateBody.md`,
 * `AdgroupStatusUpdateBody.md` with `allow_partial_success` default false, `AdStatusUpdateBody.md`
 * with `ad_ids` or `aco_ad_ids`), the 20-id cap of its status bodies (`yml_files/
 * smart_plus_ad_status_update.yml`, maxItems 20; reference tiktok-tool-family.md §4.3 gives 1-20
 * for all three), and the answers `{campaign_ids, status, campaign_list}`, `{adgroup_ids, status,
 * error_list}`, `{ad_ids, status}` (reference §4.3). A deleted object, or one under a deleted
 * parent, cannot be changed again; deleting cascades through `rules/hierarchy.ts`.
 *
 * Without partial success a call is all or nothing: one bad id refuses the whole call and nothing
 * changes. Setting the status an object already has is accepted (TikTok treats it as done).
 */
import { CODES, paramError, TikTokError } from '../envelope.js';
import type { JsonValue } from '../json.js';
import { formatTime } from '../rules/budget-rules.js';
import {
  adgroupStanding,
  adStanding,
  campaignStanding,
  OPERATION_STATUS_VALUES,
  type OperationStatus,
  ownSecondary,
  type Standing,
} from '../rules/hierarchy.js';
import { SCOPE_IDS } from '../seed.js';
import { readId } from './params.js';
import type { EndpointContext, EndpointDef } from './types.js';

export const MAX_STATUS_IDS = 20;

function readStatus(value: JsonValue | undefined): OperationStatus {
  if (value === undefined || value === null)
    throw paramError('operation_status', 'Missing data for required field.');
  if (typeof value !== 'string' || !(OPERATION_STATUS_VALUES as readonly string[]).includes(value)) {
    throw paramError('operation_status', `Must be one of: ${OPERATION_STATUS_VALUES.join(', ')}.`);
  }
  return value as OperationStatus;
}

function readIds(field: string, value: JsonValue | undefined): string[] {
  if (value === undefined || value === null) throw paramError(field, 'Missing data for required field.');
  if (!Array.isArray(value)) throw paramError(field, 'Not a valid list.');
  if (value.length < 1 || value.length > MAX_STATUS_IDS) {
    throw paramError(field, `Length must be between 1 and ${MAX_STATUS_IDS}.`);
  }
  return [...new Set(value.map((item, index) => readId(`${field}.${index}`, item)))];
}

interface Target {
  id: string;
  standing: Standing;
  apply(status: OperationStatus): void;
}

/** Why one id cannot take the change, or undefined when it can. */
function problemOf(
  kind: string,
  id: string,
  advertiserId: string,
  target: Target | undefined,
): string | undefined {
  if (!target) return `${kind} ${id} does not exist under advertiser ${advertiserId}.`;
  if (target.standing.own === 'DELETE')
    return `${kind} ${id} has been deleted; a deleted ${kind.toLowerCase()} cannot be modified.`;
  if (target.standing.deleted)
    return `${kind} ${id} belongs to a deleted campaign or ad group and cannot be modified.`;
  return undefined;
}

type TargetKind = 'Campaign' | 'Ad group' | 'Ad';

function campaignTarget(
  ctx: EndpointContext,
  id: string,
  advertiserId: string,
  at: string,
): Target | undefined {
  const c = ctx.store.campaign(id);
  if (!c || c.advertiser_id !== advertiserId) return undefined;
  return {
    id,
    standing: campaignStanding(c),
    apply: (s) => {
      c.operation_status = s;
      c.secondary_status = ownSecondary('CAMPAIGN', s);
      c.modify_time = at;
    },
  };
}

function adgroupTarget(
  ctx: EndpointContext,
  id: string,
  advertiserId: string,
  at: string,
): Target | undefined {
  const g = ctx.store.adgroups.get(id);
  if (!g || g.advertiserId !== advertiserId) return undefined;
  return {
    id,
    standing: adgroupStanding(ctx.store, g),
    apply: (s) => {
      g.saved.operation_status = s;
      g.saved.secondary_status = ownSecondary('ADGROUP', s);
      g.saved.modify_time = at;
    },
  };
}

function adTarget(ctx: EndpointContext, id: string, advertiserId: string, at: string): Target | undefined {
  const a = ctx.store.ads.get(id);
  if (!a || a.advertiser_id !== advertiserId) return undefined;
  return {
    id,
    standing: adStanding(ctx.store, a),
    apply: (s) => {
      a.operation_status = s;
      a.secondary_status = ownSecondary('AD', s);
      a.modify_time = at;
    },
  };
}

const TARGET_OF: Record<
  TargetKind,
  (ctx: EndpointContext, id: string, advertiserId: string, at: string) => Target | undefined
> = { Campaign: campaignTarget, 'Ad group': adgroupTarget, Ad: adTarget };

function findTargets(
  ctx: EndpointContext,
  kind: TargetKind,
  ids: string[],
  advertiserId: string,
): Map<string, Target | undefined> {
  const at = formatTime(ctx.now.getTime());
  const targetOf = TARGET_OF[kind];
  const out = new Map<string, Target | undefined>();
  for (const id of ids) out.set(id, targetOf(ctx, id, advertiserId, at));
  return out;
}

/** Applies the change to every id, or refuses the call on the first bad one. */
function applyAll(
  kind: 'Campaign' | 'Ad group' | 'Ad',
  ctx: EndpointContext,
  field: string,
  ids: string[],
  status: OperationStatus,
  advertiserId: string,
): void {
  const targets = findTargets(ctx, kind, ids, advertiserId);
  for (const [id, target] of targets) {
    const problem = problemOf(kind, id, advertiserId, target);
    if (problem) throw new TikTokError(target ? CODES.PARAM_ERROR : CODES.NOT_FOUND, `${field}: ${problem}`);
  }
  for (const target of targets.values()) target?.apply(status);
  ctx.store.recordUpdate({ path: STATUS_PATH[kind], ids, body: ctx.body, ignoredFields: [] });
}

const STATUS_PATH = {
  Campaign: '/campaign/status/update/',
  'Ad group': '/adgroup/status/update/',
  Ad: '/ad/status/update/',
} as const;

export const campaignStatusUpdate: EndpointDef = {
  method: 'POST',
  path: '/campaign/status/update/',
  scope: SCOPE_IDS.ADS_MANAGEMENT,
  handle(ctx) {
    const advertiser = ctx.advertiser('advertiser_id', ctx.body.advertiser_id);
    const ids = readIds('campaign_ids', ctx.body.campaign_ids);
    const status = readStatus(ctx.body.operation_status);
    applyAll('Campaign', ctx, 'campaign_ids', ids, status, advertiser.advertiser_id);
    return {
      campaign_ids: ids,
      status,
      campaign_list: ids.map((campaign_id) => ({ campaign_id, status })),
    };
  },
};

export const adgroupStatusUpdate: EndpointDef = {
  method: 'POST',
  path: '/adgroup/status/update/',
  scope: SCOPE_IDS.ADS_MANAGEMENT,
  handle(ctx) {
    const advertiser = ctx.advertiser('advertiser_id', ctx.body.advertiser_id);
    const ids = readIds('adgroup_ids', ctx.body.adgroup_ids);
    const status = readStatus(ctx.body.operation_status);
    const partial = ctx.body.allow_partial_success;
    if (partial !== undefined && typeof partial !== 'boolean') {
      throw paramError('allow_partial_success', 'Not a valid boolean.');
    }
    if (partial !== true) {
      applyAll('Ad group', ctx, 'adgroup_ids', ids, status, advertiser.advertiser_id);
      return { adgroup_ids: ids, status };
    }
    // With partial success the good ids change and each bad one is reported in error_list.
    const targets = findTargets(ctx, 'Ad group', ids, advertiser.advertiser_id);
    const done: string[] = [];
    const errors: { adgroup_id: string; error_message: string }[] = [];
    for (const [id, target] of targets) {
      const problem = problemOf('Ad group', id, advertiser.advertiser_id, target);
      if (problem || !target) errors.push({ adgroup_id: id, error_message: problem ?? '' });
      else {
        target.apply(status);
        done.push(id);
      }
    }
    if (done.length > 0)
      ctx.store.recordUpdate({
        path: '/adgroup/status/update/',
        ids: done,
        body: ctx.body,
        ignoredFields: [],
      });
    return { adgroup_ids: done, status, error_list: errors };
  },
};

export const adStatusUpdate: EndpointDef = {
  method: 'POST',
  path: '/ad/status/update/',
  scope: SCOPE_IDS.ADS_MANAGEMENT,
  handle(ctx) {
    const advertiser = ctx.advertiser('advertiser_id', ctx.body.advertiser_id);
    if (ctx.body.aco_ad_ids !== undefined) {
      // ACO (automated creative) ads are not emulated; TikTok takes ad_ids or aco_ad_ids.
      throw paramError('aco_ad_ids', 'Automated creative ads are not available for this advertiser.');
    }
    const ids = readIds('ad_ids', ctx.body.ad_ids);
    const status = readStatus(ctx.body.operation_status);
    applyAll('Ad', ctx, 'ad_ids', ids, status, advertiser.advertiser_id);
    return { ad_ids: ids, status };
  },
};
