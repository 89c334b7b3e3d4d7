/**
 * Name, status, unknown fields, promotion type and the promoted app. Sources (keys in catalog.ts):
 * SDK-OLD adgroup_name ("Character limit is 512 and cannot contain emoji"), request_id, promotion_type,
 * app_id and operating_systems ("Only one value is allowed"); the per-objective table in catalog.ts.
 */
import { paramError } from '../envelope.js';
import {
  KNOWN_FIELDS,
  OPERATING_SYSTEMS,
  OPERATION_STATUSES,
  PROMOTION_TARGET_TYPES,
  PROMOTION_TYPE_OPTIONAL,
  PROMOTION_TYPES,
  PROMOTION_TYPES_BY_OBJECTIVE,
  PROMOTION_WEBSITE_TYPES,
} from './catalog.js';
import type { RuleContext } from './context.js';

const EMOJI = /\p{Extended_Pictographic}/u;
const MAX_NAME = 512;
const APP_PROMOTION_TYPES = new Set(['APP_ANDROID', 'APP_IOS']);
const APP_OPERATING_SYSTEM: Readonly<Record<string, string>> = { APP_ANDROID: 'ANDROID', APP_IOS: 'IOS' };

export function checkUnknownFields(ctx: RuleContext, mode: 'reject' | 'ignore'): void {
  for (const field of Object.keys(ctx.r.body)) {
    if (KNOWN_FIELDS.has(field)) continue;
    // TikTok would drop it silently; refusing by default is what lets the emulator catch a
    // gateway that sends a seed-page name (objective, conversion_id, ...) instead of TikTok's.
    if (mode === 'reject') throw paramError(field, 'Unknown field.');
    ctx.ignored.push(field);
  }
}

export function checkNameAndStatus(ctx: RuleContext): void {
  const { r } = ctx;
  const name = r.string('adgroup_name', true) ?? '';
  if (name.trim().length === 0) throw paramError('adgroup_name', 'Length must be between 1 and 512.');
  if ([...name].length > MAX_NAME) throw paramError('adgroup_name', 'Length must be between 1 and 512.');
  if (EMOJI.test(name)) throw paramError('adgroup_name', 'The ad group name cannot contain emoji.');
  // SDK-OLD request_id: "Request ID with which you can create ad groups with duplicate names", so without one names are unique
  // within the campaign.
  if (!ctx.hasRequestId) {
    const clash = ctx.store
      .adgroupsOfCampaign(ctx.campaign.campaign_id)
      .some((a) => a.adgroupId !== ctx.selfAdgroupId && a.saved.adgroup_name === name);
    if (clash)
      throw paramError('adgroup_name', `An ad group named "${name}" already exists in this campaign.`);
  }
  ctx.computed.operation_status = r.enumValue('operation_status', OPERATION_STATUSES) ?? 'ENABLE';
}

export function checkPromotion(ctx: RuleContext): void {
  const { r, objective } = ctx;
  const promotionType = r.enumValue(
    'promotion_type',
    PROMOTION_TYPES,
    !PROMOTION_TYPE_OPTIONAL.has(objective),
  );
  const allowed = PROMOTION_TYPES_BY_OBJECTIVE[objective];
  if (promotionType !== undefined && !allowed.includes(promotionType)) {
    throw paramError(
      'promotion_type',
      `promotion_type ${promotionType} is not supported for objective ${objective}. Supported: ${allowed.join(', ')}.`,
    );
  }
  ctx.promotionType = promotionType;

  const targetType = r.enumValue('promotion_target_type', PROMOTION_TARGET_TYPES);
  if (targetType !== undefined && promotionType !== 'LEAD_GENERATION') {
    throw paramError(
      'promotion_target_type',
      'promotion_target_type is only supported when promotion_type is LEAD_GENERATION.',
    );
  }
  r.enumValue('promotion_website_type', PROMOTION_WEBSITE_TYPES);
  checkApp(ctx);
  checkOperatingSystems(ctx);
}

/** SDK-OLD app_id: the advertiser's app, required for APP_PROMOTION, on the promotion type's platform. */
function checkApp(ctx: RuleContext): void {
  const appId = ctx.r.id('app_id', ctx.objective === 'APP_PROMOTION');
  if (appId === undefined) return;
  const app = ctx.store.app(appId);
  if (!app || app.advertiser_id !== ctx.advertiser.advertiser_id) {
    throw paramError(
      'app_id',
      `App ${appId} does not exist under advertiser ${ctx.advertiser.advertiser_id}.`,
    );
  }
  const expected = app.platform === 'ANDROID' ? 'APP_ANDROID' : 'APP_IOS';
  const promotionType = ctx.promotionType ?? '';
  if (APP_PROMOTION_TYPES.has(promotionType) && promotionType !== expected) {
    throw paramError(
      'promotion_type',
      `App ${appId} is an ${app.platform} app; use promotion_type ${expected}.`,
    );
  }
}

/** SDK-OLD operating_systems: required for app promotion, one value, matching the promotion type. */
function checkOperatingSystems(ctx: RuleContext): void {
  const promotionType = ctx.promotionType ?? '';
  const systems = ctx.r.enumList('operating_systems', OPERATING_SYSTEMS);
  if (systems && new Set(systems).size !== systems.length) {
    throw paramError('operating_systems', 'Duplicate operating systems.');
  }
  if (ctx.objective !== 'APP_PROMOTION' && !APP_PROMOTION_TYPES.has(promotionType)) return;
  if (!systems || systems.length === 0)
    throw paramError('operating_systems', 'Missing data for required field.');
  if (systems.length !== 1) {
    throw paramError('operating_systems', 'Only one operating system can be targeted when promoting an app.');
  }
  const expected = APP_OPERATING_SYSTEM[promotionType];
  if (expected && systems[0] !== expected) {
    throw paramError(
      'operating_systems',
      `promotion_type ${promotionType} targets ${expected}, not ${systems[0]}.`,
    );
  }
}
