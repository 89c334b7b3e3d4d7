/**
 * Placements and brand safety. Sources: TikTok's SDK `AdgroupCreateBody` ("SDK":
 * `brand_safety_type` "valid only when placements is PLACEMENT_TIKTOK", `spending_power` "your
 * placements field must contain PLACEMENT_TIKTOK", `household_income` "only applicable the TikTok
 * Placement"), TikTok's "Update an ad group" doc (TT-UPD).
 */
import { list } from '../../words.js';
import type { EffectiveSettings } from '../defaults.js';
import { has, type Rule } from './context.js';

const PANGLE_ONLY_FIELDS = [
  'blocked_pangle_app_ids',
  'included_pangle_audience_package_ids',
  'excluded_pangle_audience_package_ids',
] as const;

/** Brand-safety types that filter TikTok's inventory (TikTok placement only). */
const FILTERING = new Set(['EXPANDED_INVENTORY', 'STANDARD_INVENTORY', 'LIMITED_INVENTORY', 'THIRD_PARTY']);

function tiktokOnly(s: EffectiveSettings): boolean {
  return (
    s.placementType === 'PLACEMENT_TYPE_NORMAL' &&
    s.placements.length === 1 &&
    s.placements[0] === 'PLACEMENT_TIKTOK'
  );
}

/** Automatic placement, or a manual list that includes TikTok. */
function includesTikTok(s: EffectiveSettings): boolean {
  return s.placementType === 'PLACEMENT_TYPE_AUTOMATIC' || s.placements.includes('PLACEMENT_TIKTOK');
}

function placementWords(s: EffectiveSettings): string {
  return s.placementType === 'PLACEMENT_TYPE_AUTOMATIC'
    ? 'automatic placement'
    : `placements ${list(s.placements)}`;
}

const brandSafetyPartner: Rule = ({ args, add }) => {
  const type = args.brand_safety_type;
  if (type === 'THIRD_PARTY' && !args.brand_safety_partner) {
    add(
      'brand_safety_partner',
      'required_with',
      'brand_safety_partner is required with brand_safety_type THIRD_PARTY: choose IAS or OPEN_SLATE.',
    );
  }
  if (args.brand_safety_partner && type !== 'THIRD_PARTY') {
    add(
      'brand_safety_partner',
      'not_allowed_with',
      `brand_safety_partner only applies with brand_safety_type THIRD_PARTY${type ? `, not ${type}` : ''}: set brand_safety_type to THIRD_PARTY, or remove brand_safety_partner.`,
    );
  }
};

const brandSafetyPlacement: Rule = ({ args, s, add }) => {
  const type = args.brand_safety_type;
  if (!type || !FILTERING.has(type)) return;
  if (s.placementType === 'PLACEMENT_TYPE_AUTOMATIC') {
    add(
      'placement_type',
      'not_allowed_with',
      `brand_safety_type ${type} applies to TikTok placement only, and automatic placement may deliver elsewhere: set placement_type to PLACEMENT_TYPE_NORMAL with placements ['PLACEMENT_TIKTOK'], or use brand_safety_type NO_BRAND_SAFETY.`,
    );
  }
  if (!(s.placements.length === 1 && s.placements[0] === 'PLACEMENT_TIKTOK')) {
    add(
      'placements',
      'not_allowed_with',
      `brand_safety_type ${type} needs placements exactly ['PLACEMENT_TIKTOK']; placements is ${list(s.placements)}. Remove the other placements, or use brand_safety_type NO_BRAND_SAFETY.`,
    );
  }
};

const pangleOnlyFields: Rule = ({ args, s, add }) => {
  // With automatic placement TikTok may deliver on Pangle, so Pangle settings are accepted.
  const pangle = s.placementType === 'PLACEMENT_TYPE_AUTOMATIC' || s.placements.includes('PLACEMENT_PANGLE');
  if (pangle) return;
  for (const field of PANGLE_ONLY_FIELDS) {
    if (!has(args[field])) continue;
    add(
      field,
      'not_allowed_with',
      `${field} only applies to the Pangle network, and placements is ${list(s.placements)}: add PLACEMENT_PANGLE to placements, or remove ${field}.`,
    );
  }
};

/** Spending power works with automatic placement or any placement list that includes TikTok (SDK, TT-UPD). */
const spendingPower: Rule = ({ args, s, add }) => {
  if (args.spending_power !== 'HIGH' || includesTikTok(s)) return;
  add(
    'spending_power',
    'not_allowed_with',
    `spending_power applies to TikTok placement, and this ad group uses ${placementWords(s)}: add PLACEMENT_TIKTOK to placements, or remove spending_power.`,
  );
};

const householdIncomePlacement: Rule = ({ args, s, add }) => {
  if (!has(args.household_income) || tiktokOnly(s)) return;
  add(
    'household_income',
    'not_allowed_with',
    `household_income applies to TikTok placement only, and this ad group uses ${placementWords(s)}: set placement_type PLACEMENT_TYPE_NORMAL with placements ['PLACEMENT_TIKTOK'], or remove household_income.`,
  );
};

export const PLACEMENT_RULES: readonly Rule[] = [
  brandSafetyPartner,
  brandSafetyPlacement,
  pangleOnlyFields,
  spendingPower,
  householdIncomePlacement,
];
