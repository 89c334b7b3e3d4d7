/**
 * Brand safety (reference §1.4 "Brand safety"; the Pangle-only FULL_INVENTORY comes from the
 * gateway's spec, which lists it among the seed page's values).
 */
import { paramError } from '../envelope.js';
import { ALLOWLIST, BRAND_SAFETY_PARTNERS, BRAND_SAFETY_TYPES } from './catalog.js';
import { isTikTokOnly, type RuleContext, requireAllowlist, usesPlacement } from './context.js';

export function checkBrandSafety(ctx: RuleContext): void {
  const { r } = ctx;
  const type = r.enumValue('brand_safety_type', BRAND_SAFETY_TYPES);
  const partner = r.enumValue('brand_safety_partner', BRAND_SAFETY_PARTNERS);

  if (type === 'FULL_INVENTORY') {
    if (!usesPlacement(ctx, 'PLACEMENT_PANGLE')) {
      throw paramError(
        'brand_safety_type',
        'FULL_INVENTORY is the Pangle inventory filter and needs PLACEMENT_PANGLE.',
      );
    }
  } else if (type !== undefined && type !== 'NO_BRAND_SAFETY' && !isTikTokOnly(ctx)) {
    throw paramError(
      'brand_safety_type',
      `brand_safety_type ${type} requires placements exactly [PLACEMENT_TIKTOK].`,
    );
  }
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
