/** Placements and brand safety (SDK `placement_type`, `placements`, `brand_safety_type`). */
import { DEFAULT_PLACEMENT_TYPE, DEFAULT_PLACEMENTS, unique } from '../defaults.js';
import { ALLOWLISTED_BRAND_SAFETY_OBJECTIVES } from '../enums.js';
import { type BodyBuilder, listed } from './builder.js';

export function buildPlacements(b: BodyBuilder): void {
  const { args, objective, s } = b;
  // Placements are always sent, even with automatic placement (TikTok then reports what it used).
  const placementType =
    args.placement_type ??
    b.applied('placement_type', DEFAULT_PLACEMENT_TYPE, 'manual placement, on the placements listed');
  b.put('placement_type', placementType);
  b.put(
    'placements',
    args.placements
      ? unique(args.placements)
      : b.applied(
          'placements',
          [...DEFAULT_PLACEMENTS],
          placementType === 'PLACEMENT_TYPE_AUTOMATIC'
            ? 'TikTok requires placements even with automatic placement (it then picks the placements itself)'
            : 'TikTok in-feed only, the placement every objective supports',
        ),
  );
  if (
    placementType === 'PLACEMENT_TYPE_AUTOMATIC' &&
    (objective === 'REACH' || objective === 'LEAD_GENERATION')
  ) {
    b.warn(
      `Automatic placement on a ${objective} ad group is reported (by peers, not by TikTok's docs) to be refused; if TikTok refuses it, use placement_type PLACEMENT_TYPE_NORMAL.`,
    );
  }
  if (s.placements.includes('PLACEMENT_GLOBAL_APP_BUNDLE')) {
    b.warn(
      'PLACEMENT_GLOBAL_APP_BUNDLE is allowlist-only: TikTok silently drops it when the advertiser is not on the allowlist.',
    );
  }
  b.put('blocked_pangle_app_ids', listed(args.blocked_pangle_app_ids));
  b.put('included_pangle_audience_package_ids', listed(args.included_pangle_audience_package_ids));
  b.put('excluded_pangle_audience_package_ids', listed(args.excluded_pangle_audience_package_ids));
}

export function buildBrandSafety(b: BodyBuilder): void {
  const { args, objective } = b;
  const type = args.brand_safety_type;
  if (type === 'FULL_INVENTORY') {
    b.put(
      'brand_safety_type',
      b.applied(
        'brand_safety_type',
        'NO_BRAND_SAFETY',
        'FULL_INVENTORY means no filter, which is TikTok\'s NO_BRAND_SAFETY ("full inventory"); TikTok has no FULL_INVENTORY value',
      ),
    );
  } else b.put('brand_safety_type', type);
  b.put('brand_safety_partner', args.brand_safety_partner);
  const filtering = type !== undefined && type !== 'NO_BRAND_SAFETY' && type !== 'FULL_INVENTORY';
  if (filtering && ALLOWLISTED_BRAND_SAFETY_OBJECTIVES.includes(objective)) {
    b.warn(
      `brand_safety_type ${type} on a ${objective} ad group is allowlist-only on TikTok (pre-bid brand safety for performance objectives): if the advertiser is not on the allowlist, TikTok refuses it.`,
    );
  }
}
