/**
 * Name, status, unknown fields, promotion type and the promoted app (reference §1.3, §1.4
 * "Identity" and "Promotion and objective linkage", §4.1 per objective).
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
  // §1.4 request_id: "It also allows duplicate ad group names", so without one names are unique
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
  if (promotionType !== undefined) {
    const allowed = PROMOTION_TYPES_BY_OBJECTIVE[objective];
    if (!allowed.includes(promotionType)) {
      throw paramError(
        'promotion_type',
        `promotion_type ${promotionType} is not supported for objective ${objective}. Supported: ${allowed.join(', ')}.`,
      );
    }
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

  const isApp =
    objective === 'APP_PROMOTION' || (promotionType !== undefined && APP_PROMOTION_TYPES.has(promotionType));
  const appId = r.id('app_id', objective === 'APP_PROMOTION');
  if (appId !== undefined) {
    const app = ctx.store.app(appId);
    if (!app || app.advertiser_id !== ctx.advertiser.advertiser_id) {
      throw paramError(
        'app_id',
        `App ${appId} does not exist under advertiser ${ctx.advertiser.advertiser_id}.`,
      );
    }
    const expected = app.platform === 'ANDROID' ? 'APP_ANDROID' : 'APP_IOS';
    if (promotionType !== undefined && APP_PROMOTION_TYPES.has(promotionType) && promotionType !== expected) {
      throw paramError(
        'promotion_type',
        `App ${appId} is an ${app.platform} app; use promotion_type ${expected}.`,
      );
    }
  }

  const systems = r.enumList('operating_systems', OPERATING_SYSTEMS);
  if (systems && new Set(systems).size !== systems.length) {
    throw paramError('operating_systems', 'Duplicate operating systems.');
  }
  if (isApp) {
    // §1.4 operating_systems: required for app promotion, and only one value.
    if (!systems || systems.length === 0)
      throw paramError('operating_systems', 'Missing data for required field.');
    if (systems.length !== 1) {
      throw paramError(
        'operating_systems',
        'Only one operating system can be targeted when promoting an app.',
      );
    }
    const expected =
      promotionType === 'APP_IOS' ? 'IOS' : promotionType === 'APP_ANDROID' ? 'ANDROID' : undefined;
    if (expected && systems[0] !== expected) {
      throw paramError(
        'operating_systems',
        `promotion_type ${promotionType} targets ${expected}, not ${systems[0]}.`,
      );
    }
  }
}
