/**
 * Brand safety (SDK-OLD and TT-UPD brand_safety_type, brand_safety_partner, category_exclusion_ids,
 * vertical_sensitivity_id). TikTok's enum has no FULL_INVENTORY: NO_BRAND_SAFETY is "full inventory".
 */
import { paramError } from '../envelope.js';
import {
  ALLOWLIST,
  ALLOWLISTED_BRAND_SAFETY_OBJECTIVES,
  BRAND_SAFETY_PARTNERS,
  BRAND_SAFETY_TYPES,
  FIRST_PARTY_BRAND_SAFETY,
} from './catalog.js';
import { isTikTokOnly, type RuleContext, requireAllowlist } from './context.js';

export function checkBrandSafety(ctx: RuleContext): void {
  const { r } = ctx;
  const type = r.enumValue('brand_safety_type', BRAND_SAFETY_TYPES);
  const partner = r.enumValue('brand_safety_partner', BRAND_SAFETY_PARTNERS);

  // SDK-OLD: "Valid only when placements is set as PLACEMENT_TIKTOK".
  if (type !== undefined && type !== 'NO_BRAND_SAFETY' && !isTikTokOnly(ctx)) {
    throw paramError(
      'brand_safety_type',
      `brand_safety_type ${type} requires placements exactly [PLACEMENT_TIKTOK].`,
    );
  }
  // SDK-OLD / TT-UPD: first-party pre-bid brand safety on these objectives is allowlist-only.
  if (
    type !== undefined &&
    FIRST_PARTY_BRAND_SAFETY.has(type) &&
    ALLOWLISTED_BRAND_SAFETY_OBJECTIVES.has(ctx.objective)
  ) {
    requireAllowlist(
      ctx,
      ALLOWLIST.FIRST_PARTY_BRAND_SAFETY,
      'brand_safety_type',
      `Pre-bid brand safety (${type}) for objective ${ctx.objective}`,
    );
  }
  checkPartner(ctx, type, partner);
  checkCategoryExclusions(ctx, type);
}

function checkPartner(ctx: RuleContext, type: string | undefined, partner: string | undefined): void {
  if (type === 'THIRD_PARTY') {
    requireAllowlist(
      ctx,
      ALLOWLIST.THIRD_PARTY_BRAND_SAFETY,
      'brand_safety_type',
      'Third-party brand safety',
    );
    if (partner === undefined) {
      throw paramError(
        'brand_safety_partner',
        'Missing data for required field. It is required when brand_safety_type is THIRD_PARTY.',
      );
    }
  } else if (partner !== undefined) {
    throw paramError(
      'brand_safety_partner',
      'brand_safety_partner is only supported when brand_safety_type is THIRD_PARTY.',
    );
  }
}

/** TT-UPD category_exclusion_ids / vertical_sensitivity_id: TikTok alone, STANDARD or LIMITED inventory. */
function checkCategoryExclusions(ctx: RuleContext, type: string | undefined): void {
  const { r } = ctx;
  const exclusions = r.idList('category_exclusion_ids');
  const vertical = r.id('vertical_sensitivity_id');
  if ((exclusions && exclusions.length > 0) || vertical !== undefined) {
    const field = exclusions?.length ? 'category_exclusion_ids' : 'vertical_sensitivity_id';
    if (!isTikTokOnly(ctx) || (type !== 'STANDARD_INVENTORY' && type !== 'LIMITED_INVENTORY')) {
      throw paramError(
        field,
        `${field} needs placements exactly [PLACEMENT_TIKTOK] and brand_safety_type STANDARD_INVENTORY or LIMITED_INVENTORY.`,
      );
    }
  }
}
