/**
 * Targeting: audiences, interests and keywords, devices, demographics and the under-18 limits.
 * Sources: TikTok's SDK `AdgroupCreateBody` ("SDK"), TikTok's "Update an ad group" doc (TT-UPD),
 * TikTok Help Center "About TikTok advertising restrictions for people under the age of 18" (Jan
 * 2025, TT-HELP-U18).
 */

import { audienceRuleIds } from '../audience-rule.js';
import { isContiguous } from '../defaults.js';
import { COUNTRY_NAMES, TEEN_BROAD_ONLY_COUNTRIES, US_LOCATION_ID } from '../enums.js';
import { has, type Rule } from './context.js';

const keywordMix: Rule = ({ args, s, add }) => {
  if (s.interestKeywordIds.length === 0 || !has(args.purchase_intention_keyword_ids)) return;
  add(
    'purchase_intention_keyword_ids',
    'not_allowed_with',
    'purchase_intention_keyword_ids cannot be combined with interest keywords (interest_keyword_ids or interest_keywords): TikTok refuses the mix. Keep one of the two.',
  );
};

const purchaseIntention: Rule = ({ args, objective, label, add }) => {
  if (!has(args.purchase_intention_keyword_ids) || (objective !== 'REACH' && objective !== 'VIDEO_VIEWS'))
    return;
  add(
    'purchase_intention_keyword_ids',
    'not_allowed_for_objective',
    `purchase_intention_keyword_ids is not available for ${label} ad groups (TikTok takes it for TRAFFIC, CONVERSIONS, LEAD_GENERATION and APP_PROMOTION): use interest_keyword_ids, or remove it.`,
  );
};

const contextualTags: Rule = ({ args, objective, label, add }) => {
  if (!has(args.contextual_tag_ids)) return;
  if (objective && objective !== 'REACH' && objective !== 'VIDEO_VIEWS') {
    add(
      'contextual_tag_ids',
      'not_allowed_for_objective',
      `contextual_tag_ids is only for REACH and VIDEO_VIEWS ad groups; this one is ${label}. Remove contextual_tag_ids.`,
    );
  }
  if (args.brand_safety_type === 'THIRD_PARTY') {
    add(
      'contextual_tag_ids',
      'not_allowed_with',
      'contextual_tag_ids cannot be combined with brand_safety_type THIRD_PARTY: remove one of them.',
    );
  }
};

const audienceConflicts: Rule = ({ args, add }) => {
  const included = new Set([...(args.audience_ids ?? []), ...(audienceRuleIds(args.audience_rule) ?? [])]);
  (args.excluded_audience_ids ?? []).forEach((id, index) => {
    if (!included.has(id)) return;
    add(
      `excluded_audience_ids.${index}`,
      'conflicting_ids',
      `audience ${id} is both included (audience_ids or audience_rule) and in excluded_audience_ids: remove it from one of them.`,
    );
  });
};

/**
 * The page's `audience_rule` ({audience_op, audience_ids, lookalike_audience_ids}) is not TikTok's
 * (`{inclusions, exclusions}` over event sources, SDK `AdgroupcreateAudienceRule`). A union of
 * audiences is what TikTok's `audience_ids` targets, so it is sent there; anything else is refused.
 */
const audienceRule: Rule = ({ args, add }) => {
  if (args.audience_rule === undefined || audienceRuleIds(args.audience_rule) !== undefined) return;
  add(
    'audience_rule',
    'unsupported_value',
    "audience_rule must be a union of audiences, {'audience_op': 'union', 'audience_ids': [...], 'lookalike_audience_ids': [...]}, which is sent as TikTok's audience_ids: TikTok targets people in any of the audiences listed. To leave people out, put their audiences in excluded_audience_ids; list_tiktok_custom_audiences shows the IDs.",
  );
};

/**
 * TikTok's custom actions are Video Shopping Ads retargeting only (required with
 * `shopping_ads_retargeting_type: LAB3`, TT-UPD), not the page's engagement meaning, and this tool
 * makes no shopping ad groups.
 */
const customActions: Rule = ({ args, add }) => {
  for (const field of ['included_custom_actions', 'excluded_custom_actions'] as const) {
    if (!has(args[field])) continue;
    const to = field === 'included_custom_actions' ? 'audience_ids' : 'excluded_audience_ids';
    add(
      field,
      'unsupported_value',
      `${field} is TikTok's retargeting for video shopping ads, which this tool does not create. To reach (or leave out) people who viewed, added to cart or bought, or who watched or engaged with your videos, create an engagement or website custom audience and put its ID in ${to} (list_tiktok_custom_audiences shows them).`,
    );
  }
};

const pangleAudiencePackages: Rule = ({ args, add }) => {
  if (!has(args.included_pangle_audience_package_ids) || !has(args.excluded_pangle_audience_package_ids))
    return;
  add(
    'excluded_pangle_audience_package_ids',
    'not_allowed_with',
    'included_pangle_audience_package_ids and excluded_pangle_audience_package_ids cannot both be set (TikTok takes one list): keep one.',
  );
};

const devices: Rule = ({ args, add }) => {
  const tiers = args.device_price_ranges ?? [];
  if (tiers.length > 0 && !isContiguous(tiers)) {
    add(
      'device_price_ranges',
      'not_contiguous',
      `device_price_ranges must be one run of neighbouring tiers, because TikTok takes a single price range; ${JSON.stringify(tiers)} has a gap. Use e.g. [1, 2, 3], or one tier.`,
    );
  }
  if (tiers.length > 0 && has(args.device_model_ids)) {
    add(
      'device_price_ranges',
      'not_allowed_with',
      'device_price_ranges cannot be combined with device_model_ids (TikTok refuses the mix): target either phone models or price tiers.',
    );
  }
};

/** What TikTok takes away with people under 18 in the audience (TT-HELP-U18). */
function detailedTargeting(ctx: Parameters<Rule>[0]): string[] {
  const { args, s } = ctx;
  const used: Array<[boolean, string]> = [
    [args.gender !== undefined && args.gender !== 'GENDER_UNLIMITED', 'gender'],
    [args.spending_power === 'HIGH', 'spending_power'],
    [has(args.household_income), 'household_income'],
    [has(args.audience_ids) || args.audience_rule !== undefined, 'audience_ids'],
    [has(args.excluded_audience_ids), 'excluded_audience_ids'],
    [has(args.interest_category_ids), 'interest_category_ids'],
    [s.interestKeywordIds.length > 0, 'interest_keyword_ids'],
    [has(args.purchase_intention_keyword_ids), 'purchase_intention_keyword_ids'],
  ];
  return used.filter(([on]) => on).map(([, field]) => field);
}

/**
 * AGE_13_17 is allowed with broad targeting (age, language, location, device). Where TikTok limits
 * ads to minors (the US and Latin America; the EEA, the UK, Switzerland and Canada), gender,
 * spending power, household income, audiences and interests are unavailable, and so is Lead
 * Generation (TT-HELP-U18; TikTok code 40065 "targeting options are not supported for targeting
 * the age group 13-17").
 */
const teens: Rule = (ctx) => {
  const { s, objective, add } = ctx;
  if (!s.ageGroups.includes('AGE_13_17')) return;
  const limited = s.locationIds.filter((id) => TEEN_BROAD_ONLY_COUNTRIES.includes(id));
  if (limited.length === 0) return;
  const where = limited.map((id) => `${COUNTRY_NAMES[id] ?? id} (${id})`).join(', ');
  const byDefault = s.locationsGiven ? '' : ' (location_ids defaults to the US)';
  if (objective === 'LEAD_GENERATION') {
    add(
      'age_groups',
      'not_allowed_for_objective',
      `age_groups includes AGE_13_17, which TikTok does not allow for LEAD_GENERATION ad groups in ${where}${byDefault}: remove AGE_13_17, or those locations.`,
    );
  }
  const detailed = detailedTargeting(ctx);
  if (detailed.length === 0) return;
  add(
    'age_groups',
    'not_allowed_with',
    `age_groups includes AGE_13_17, and in ${where}${byDefault} TikTok allows only broad targeting with people under 18 (age, language, location, device): remove ${detailed.join(', ')}, or AGE_13_17.`,
  );
};

/** "It is only applicable the TikTok Placement in US" (SDK `household_income`). */
const householdIncomeLocations: Rule = ({ args, s, add }) => {
  if (!has(args.household_income)) return;
  const targetsUs = s.locationIds.includes(US_LOCATION_ID);
  if (targetsUs && s.locationIds.length > 1) {
    const others = s.locationIds.filter((id) => id !== US_LOCATION_ID);
    add(
      'household_income',
      'not_allowed_with',
      `household_income targets US households only, but location_ids also lists ${others.join(', ')}: target only the US, or remove household_income.`,
    );
    return;
  }
  // Country IDs this tool knows are certainly not in the US; others may be US states or cities.
  const foreign = s.locationIds.filter((id) => id !== US_LOCATION_ID && COUNTRY_NAMES[id] !== undefined);
  if (targetsUs || foreign.length === 0) return;
  add(
    'household_income',
    'not_allowed_with',
    `household_income targets US households only, but location_ids lists ${foreign.map((id) => `${COUNTRY_NAMES[id]} (${id})`).join(', ')}, outside the US: target US locations only, or remove household_income.`,
  );
};

export const TARGETING_RULES: readonly Rule[] = [
  keywordMix,
  purchaseIntention,
  contextualTags,
  audienceConflicts,
  audienceRule,
  customActions,
  pangleAudiencePackages,
  devices,
  teens,
  householdIncomeLocations,
];
