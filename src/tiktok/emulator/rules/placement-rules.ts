/**
 * Placement type, placements and subplacements: SDK-OLD placements ("Required when placement_type is
 * PLACEMENT_TYPE_NORMAL", TOPBUZZ/HELO deprecated), TT-UPD tiktok_subplacements. The two answer
 * details below come from the reference notes (§1.2) and are not re-verified.
 */
import { paramError } from '../envelope.js';
import {
  ALLOWLIST,
  DEPRECATED_PLACEMENTS,
  PLACEMENT_TYPES,
  PLACEMENTS,
  SUBPLACEMENT_OBJECTIVES,
  TIKTOK_LITE_CUTOFF,
  TIKTOK_SUBPLACEMENTS,
} from './catalog.js';
import { isTikTokOnly, type RuleContext, requireAllowlist, usesPlacement } from './context.js';

/** Peer-observed (GT): these objectives refuse automatic placement. */
const NO_AUTOMATIC_PLACEMENT = new Set(['REACH', 'ENGAGEMENT', 'LEAD_GENERATION']);

function automaticPlacements(ctx: RuleContext): string[] {
  if (ctx.peerRules && NO_AUTOMATIC_PLACEMENT.has(ctx.objective)) {
    throw paramError(
      'placement_type',
      `PLACEMENT_TYPE_AUTOMATIC is not supported for objective ${ctx.objective}.`,
    );
  }
  // §1.2: with automatic placement the answer lists the placements actually used.
  const gabAllowed = ctx.advertiser.allowlist.includes(ALLOWLIST.GLOBAL_APP_BUNDLE);
  return ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE', ...(gabAllowed ? ['PLACEMENT_GLOBAL_APP_BUNDLE'] : [])];
}

function manualPlacements(ctx: RuleContext, requested: string[] | undefined): string[] {
  if (!requested || requested.length === 0)
    throw paramError('placements', 'Missing data for required field.');
  // §1.2: Global App Bundle is dropped silently without the allowlist.
  const gabAllowed = ctx.advertiser.allowlist.includes(ALLOWLIST.GLOBAL_APP_BUNDLE);
  const placements = [...new Set(requested)].filter((p) => gabAllowed || p !== 'PLACEMENT_GLOBAL_APP_BUNDLE');
  if (placements.length === 0) {
    throw paramError(
      'placements',
      'PLACEMENT_GLOBAL_APP_BUNDLE is not available to this advertiser; choose another placement.',
    );
  }
  return placements;
}

export function checkPlacements(ctx: RuleContext): void {
  const { r } = ctx;
  ctx.placementType = r.enumValue('placement_type', PLACEMENT_TYPES) ?? 'PLACEMENT_TYPE_NORMAL';
  ctx.computed.placement_type = ctx.placementType;

  const requested = r.enumList('placements', PLACEMENTS, (item, field) => {
    if (DEPRECATED_PLACEMENTS.has(item)) throw paramError(field, `${item} is deprecated.`);
  });
  ctx.placements =
    ctx.placementType === 'PLACEMENT_TYPE_AUTOMATIC'
      ? automaticPlacements(ctx)
      : manualPlacements(ctx, requested);
  ctx.computed.placements = ctx.placements;
  if (ctx.objective === 'PRODUCT_SALES' && !isTikTokOnly(ctx)) {
    throw paramError('placements', 'PRODUCT_SALES supports PLACEMENT_TIKTOK only.');
  }

  checkSubplacements(ctx);

  r.boolean('search_result_enabled');
  r.boolean('comment_disabled');
  r.boolean('video_download_disabled');
  r.boolean('share_disabled');

  const blocked = r.stringList('blocked_pangle_app_ids');
  const included = r.idList('included_pangle_audience_package_ids');
  const excluded = r.idList('excluded_pangle_audience_package_ids');
  for (const [field, value] of [
    ['blocked_pangle_app_ids', blocked],
    ['included_pangle_audience_package_ids', included],
    ['excluded_pangle_audience_package_ids', excluded],
  ] as const) {
    if (value && value.length > 0 && !usesPlacement(ctx, 'PLACEMENT_PANGLE')) {
      throw paramError(field, `${field} only applies with PLACEMENT_PANGLE.`);
    }
  }
  if (included?.length && excluded?.length) {
    throw paramError(
      'excluded_pangle_audience_package_ids',
      'Use either included_pangle_audience_package_ids or excluded_pangle_audience_package_ids, not both.',
    );
  }
}

/** TT-UPD tiktok_subplacements. */
function checkSubplacements(ctx: RuleContext): void {
  const subplacements = ctx.r.enumList('tiktok_subplacements', TIKTOK_SUBPLACEMENTS);
  if (!subplacements || subplacements.length === 0) return;
  if (!SUBPLACEMENT_OBJECTIVES.has(ctx.objective) || !isTikTokOnly(ctx)) {
    throw paramError(
      'tiktok_subplacements',
      'tiktok_subplacements is only supported for REACH, VIDEO_VIEWS and ENGAGEMENT with placements exactly [PLACEMENT_TIKTOK].',
    );
  }
  if (!subplacements.includes('IN_FEED'))
    throw paramError('tiktok_subplacements', 'tiktok_subplacements must include IN_FEED.');
  if (subplacements.includes('TIKTOK_LITE') && ctx.now.getTime() >= TIKTOK_LITE_CUTOFF) {
    throw paramError('tiktok_subplacements', 'TIKTOK_LITE can no longer be selected for new ad groups.');
  }
  if (subplacements.includes('SEARCH_FEED')) {
    requireAllowlist(ctx, ALLOWLIST.SEARCH_FEED, 'tiktok_subplacements', 'SEARCH_FEED');
  }
}
