/**
 * The rules of `add_tiktok_ad_group` across fields (rules file, "Rules"). Each issue names its
 * field (`path`), has a stable snake_case `code` and a message that says how to fix it. Every
 * problem is reported at once.
 *
 * - `addTikTokAdGroupRules(args)`: the rules that need no I/O. Rules that depend on the objective
 *   run only when `objective` was given.
 * - `validateWithFacts(args, facts)`: the rules that need the campaign, the advertiser or the
 *   clock, and, when `objective` was omitted, the objective rules for the campaign's objective.
 *   It never repeats an issue `addTikTokAdGroupRules` reports, so the two lists can be joined.
 *
 * Rules TikTok documents only through peers ("peer", "unconfirmed") are warnings in mapping.ts.
 */
import type { ArgumentIssue } from '../../../errors.js';
import { DAILY_BUDGET_FLOOR, formatMoney } from './currency.js';
import { type EffectiveSettings, effectiveSettings, isContiguous, OS_FOR_PROMOTION } from './defaults.js';
import {
  COUNTRY_NAMES,
  DEFAULT_GOAL,
  GOALS_FOR_OBJECTIVE,
  OBJECTIVES,
  type Objective,
  objectiveFromTikTok,
  objectiveLabel,
  TEEN_RESTRICTED_COUNTRIES,
  US_LOCATION_ID,
} from './enums.js';
import { type AddTikTokAdGroupArgs, formatUtc, parseUtc, show } from './schema.js';
import type { AdGroupFacts } from './types.js';

type Args = Partial<AddTikTokAdGroupArgs>;

/** Issue codes used by the rules (schema codes are listed in issues.ts). */
export type RuleCode =
  | 'required_with'
  | 'not_allowed_with'
  | 'not_allowed_for_objective'
  | 'incompatible_value'
  | 'invalid_value'
  | 'deprecated_value'
  | 'conflicting_ids'
  | 'not_contiguous'
  | 'end_before_start'
  | 'in_the_past'
  | 'below_minimum'
  | 'conflicts_with_campaign'
  | 'unsupported_objective';

class Issues {
  readonly list: ArgumentIssue[] = [];
  add(path: string, code: RuleCode, message: string): void {
    this.list.push({ path, code, message });
  }
}

const PANGLE_ONLY_FIELDS = [
  'blocked_pangle_app_ids',
  'included_pangle_audience_package_ids',
  'excluded_pangle_audience_package_ids',
] as const;

const BID_UNIT: Record<string, string> = { CPC: 'click', CPM: '1,000 impressions', CPV: 'view' };

/** Placement exactly ['PLACEMENT_TIKTOK'], manual. */
function tiktokOnly(s: EffectiveSettings): boolean {
  return (
    s.placementType === 'PLACEMENT_TYPE_NORMAL' &&
    s.placements.length === 1 &&
    s.placements[0] === 'PLACEMENT_TIKTOK'
  );
}

/** Manual placement that includes something other than TikTok. */
function offTikTok(s: EffectiveSettings): boolean {
  return s.placementType === 'PLACEMENT_TYPE_NORMAL' && s.placements.some((p) => p !== 'PLACEMENT_TIKTOK');
}

function list(values: readonly string[]): string {
  return `[${values.map((value) => `'${value}'`).join(', ')}]`;
}

/**
 * Every rule that needs no I/O, for a known or unknown objective. Objective-dependent rules are
 * skipped when `objective` is undefined; rules on the goal or billing use the given values or the
 * objective's defaults.
 */
function rulesFor(args: Args, objective: Objective | undefined): ArgumentIssue[] {
  const issues = new Issues();
  const s = effectiveSettings(args, objective);
  const label = objective ? objectiveLabel(objective) : '';
  const goalSource = s.goalGiven ? '' : ` (the default goal for ${objective})`;
  const billingSource = args.billing_event ? '' : ` (the billing event of goal ${s.goal})`;

  // Deprecated values.
  if (args.optimization_goal === 'VIDEO_VIEW') {
    issues.add(
      'optimization_goal',
      'deprecated_value',
      'optimization_goal VIDEO_VIEW is deprecated by TikTok: use ENGAGED_VIEW (or ENGAGED_VIEW_FIFTEEN), or omit optimization_goal for VIDEO_VIEWS ad groups.',
    );
  }
  if (args.creative_material_mode === 'DYNAMIC') {
    issues.add(
      'creative_material_mode',
      'deprecated_value',
      'creative_material_mode DYNAMIC is retired by TikTok: omit creative_material_mode (it is CUSTOM, one creative per ad) and add each creative as its own ad.',
    );
  }

  // Goal and billing event.
  if (
    objective &&
    args.optimization_goal &&
    args.optimization_goal !== 'VIDEO_VIEW' &&
    !GOALS_FOR_OBJECTIVE[objective].includes(args.optimization_goal)
  ) {
    issues.add(
      'optimization_goal',
      'not_allowed_for_objective',
      `optimization_goal ${args.optimization_goal} does not fit a ${label} ad group: use ${GOALS_FOR_OBJECTIVE[objective].join(' or ')}, or omit optimization_goal (the default is ${DEFAULT_GOAL[objective]}).`,
    );
  }
  if (
    args.billing_event &&
    s.fittingBilling &&
    args.billing_event !== s.fittingBilling &&
    s.goal !== 'VIDEO_VIEW'
  ) {
    issues.add(
      'billing_event',
      'incompatible_value',
      `billing_event ${args.billing_event} does not fit optimization goal ${s.goal}${goalSource}, which TikTok bills ${s.fittingBilling}: use billing_event ${s.fittingBilling}, or omit billing_event.`,
    );
  }

  // Bids.
  if (s.bidType === 'BID_TYPE_NO_BID') {
    for (const field of ['bid_price', 'conversion_bid_price'] as const) {
      if (args[field] === undefined) continue;
      issues.add(
        field,
        'not_allowed_with',
        `${field} has no effect with bid_type BID_TYPE_NO_BID${args.bid_type ? '' : ' (the default: automatic bidding)'}, and TikTok would ignore it silently: set bid_type to BID_TYPE_CUSTOM to bid manually, or remove ${field}.`,
      );
    }
  }
  if (s.bidType === 'BID_TYPE_CUSTOM' && s.billing) {
    if (s.billing === 'OCPM') {
      if (args.conversion_bid_price === undefined) {
        issues.add(
          'conversion_bid_price',
          'required_with',
          `conversion_bid_price is required with bid_type BID_TYPE_CUSTOM when billing is OCPM${billingSource}: set your target cost per result (e.g. per conversion) in the account currency.`,
        );
      }
      if (args.bid_price !== undefined) {
        issues.add(
          'bid_price',
          'not_allowed_with',
          `bid_price is the bid for CPC, CPM or CPV billing, but this ad group is billed OCPM${billingSource}: put your target cost per result in conversion_bid_price instead.`,
        );
      }
    } else {
      if (args.bid_price === undefined) {
        issues.add(
          'bid_price',
          'required_with',
          `bid_price is required with bid_type BID_TYPE_CUSTOM when billing is ${s.billing}${billingSource}: set what you bid per ${BID_UNIT[s.billing]}, in the account currency.`,
        );
      }
      if (args.conversion_bid_price !== undefined) {
        issues.add(
          'conversion_bid_price',
          'not_allowed_with',
          `conversion_bid_price is the bid for OCPM billing, but this ad group is billed ${s.billing}${billingSource}: put your bid in bid_price instead.`,
        );
      }
    }
  }
  if (
    objective === 'VIDEO_VIEWS' &&
    s.bidType === 'BID_TYPE_CUSTOM' &&
    args.bid_display_mode &&
    args.bid_display_mode !== 'CPV'
  ) {
    issues.add(
      'bid_display_mode',
      'incompatible_value',
      `bid_display_mode must be CPV for a VIDEO_VIEWS ad group with bid_type BID_TYPE_CUSTOM (TikTok requires it); got ${args.bid_display_mode}. Set CPV or omit bid_display_mode.`,
    );
  }

  // Deep-event and value bidding.
  if (args.deep_bid_type && objective && objective !== 'APP_PROMOTION') {
    const valueHint =
      objective === 'CONVERSIONS'
        ? ' For value bidding here, set optimization_goal VALUE and roas_bid instead.'
        : '';
    issues.add(
      'deep_bid_type',
      'not_allowed_for_objective',
      `deep_bid_type is only for APP_PROMOTION ad groups; this one is ${label}. Remove deep_bid_type.${valueHint}`,
    );
  }
  if (args.deep_bid_type === 'VO_MIN_ROAS' && args.roas_bid === undefined) {
    issues.add(
      'roas_bid',
      'required_with',
      'roas_bid is required with deep_bid_type VO_MIN_ROAS: set the minimum return on ad spend, e.g. 1.5 for 150%.',
    );
  }
  if (args.deep_cpa_bid !== undefined && !args.deep_bid_type) {
    issues.add(
      'deep_bid_type',
      'required_with',
      'deep_bid_type is required when deep_cpa_bid is set: choose VO_MIN_ROAS, VO_MIN_DAY1_RETENTION or VO_MIN_DAY7_RETENTION, or remove deep_cpa_bid.',
    );
  }
  if (args.roas_bid !== undefined && s.goal && s.goal !== 'VALUE') {
    issues.add(
      'roas_bid',
      'not_allowed_with',
      `roas_bid only works with value optimisation, but the optimization goal is ${s.goal}${goalSource}: set optimization_goal to VALUE, or remove roas_bid.`,
    );
  }
  if (args.secondary_optimization_event && s.goal && s.goal !== 'INSTALL' && s.goal !== 'VALUE') {
    issues.add(
      'secondary_optimization_event',
      'not_allowed_with',
      `secondary_optimization_event only works with optimization goal INSTALL or VALUE; the goal is ${s.goal}${goalSource}. Remove secondary_optimization_event, or set optimization_goal to INSTALL or VALUE.`,
    );
  }

  if (args.secondary_optimization_event && !args.deep_bid_type && args.roas_bid === undefined) {
    if (objective === 'CONVERSIONS') {
      issues.add(
        'roas_bid',
        'required_with',
        'roas_bid is required with secondary_optimization_event on a CONVERSIONS ad group, because TikTok needs a deep bid type with a secondary event: set roas_bid (the gateway then sends deep_bid_type VO_MIN_ROAS), or remove secondary_optimization_event.',
      );
    } else {
      issues.add(
        'deep_bid_type',
        'required_with',
        'deep_bid_type is required with secondary_optimization_event (TikTok needs both): set deep_bid_type, e.g. VO_MIN_ROAS with roas_bid, or remove secondary_optimization_event.',
      );
    }
  }
  if (args.secondary_optimization_event && s.goal === 'INSTALL' && !offTikTok(s)) {
    issues.add(
      'secondary_optimization_event',
      'not_allowed_with',
      'with optimization goal INSTALL, TikTok accepts a secondary_optimization_event only on Pangle or Global App Bundle placement (since 2024-11-30): add PLACEMENT_PANGLE to placements (placement_type PLACEMENT_TYPE_NORMAL), or remove secondary_optimization_event.',
    );
  }

  // Schedule.
  const hasEnd = args.schedule_end_time !== undefined;
  if (s.budgetMode === 'BUDGET_MODE_TOTAL' && !hasEnd) {
    issues.add(
      'schedule_end_time',
      'required_with',
      'schedule_end_time is required with budget_mode BUDGET_MODE_TOTAL (a lifetime budget needs an end): set it, written YYYY-MM-DD HH:MM:SS in UTC, or use budget_mode BUDGET_MODE_DAY.',
    );
  } else if (args.schedule_type === 'SCHEDULE_START_END' && !hasEnd) {
    issues.add(
      'schedule_end_time',
      'required_with',
      'schedule_end_time is required with schedule_type SCHEDULE_START_END: set it (YYYY-MM-DD HH:MM:SS, UTC), or omit schedule_type to run with no end.',
    );
  }
  if (args.schedule_type === 'SCHEDULE_FROM_NOW' && hasEnd) {
    issues.add(
      'schedule_type',
      'not_allowed_with',
      'schedule_type SCHEDULE_FROM_NOW runs with no end date, but schedule_end_time is set: omit schedule_type (it becomes SCHEDULE_START_END) or remove schedule_end_time.',
    );
  } else if (args.schedule_type === 'SCHEDULE_FROM_NOW' && s.budgetMode === 'BUDGET_MODE_TOTAL') {
    issues.add(
      'schedule_type',
      'not_allowed_with',
      'schedule_type SCHEDULE_FROM_NOW cannot carry a lifetime budget: TikTok requires SCHEDULE_START_END with BUDGET_MODE_TOTAL. Omit schedule_type and set schedule_end_time.',
    );
  }
  const start = args.schedule_start_time ? parseUtc(args.schedule_start_time) : undefined;
  const end = args.schedule_end_time ? parseUtc(args.schedule_end_time) : undefined;
  if (start && end && end.getTime() <= start.getTime()) {
    issues.add(
      'schedule_end_time',
      'end_before_start',
      `schedule_end_time ${args.schedule_end_time} must be after schedule_start_time ${args.schedule_start_time}: set a later end time.`,
    );
  }

  // Frequency cap: REACH only.
  if (objective && objective !== 'REACH') {
    for (const field of ['frequency', 'frequency_schedule'] as const) {
      if (args[field] === undefined) continue;
      issues.add(
        field,
        'not_allowed_for_objective',
        `${field} is only for REACH ad groups; this one is ${label}. Remove ${field}.`,
      );
    }
  }

  // Pixel and conversion event.
  if (args.pixel_id && objective && objective !== 'CONVERSIONS') {
    issues.add(
      'pixel_id',
      'not_allowed_for_objective',
      `pixel_id on the ad group is only for CONVERSIONS; this one is ${label}, and TikTok refuses it (PIXEL_ID_NOT_ALLOWED_FOR_OBJECTIVE). Remove pixel_id and set the pixel on each ad (tracking_pixel_id) instead.`,
    );
  }
  const needsPixel = objective === 'CONVERSIONS' && !args.pixel_id && !args.conversion_id;
  if (needsPixel) {
    issues.add(
      'pixel_id',
      'required_with',
      'pixel_id is required for a CONVERSIONS ad group, since TikTok optimises on an event of your pixel: pass the numeric Pixel ID (TikTok Ads Manager → Assets → Events → your pixel), or a custom conversion in conversion_id.',
    );
  }
  if (!args.optimization_event && (args.pixel_id || needsPixel)) {
    const why = args.pixel_id ? 'when pixel_id is set' : 'for a CONVERSIONS ad group';
    issues.add(
      'optimization_event',
      'required_with',
      `optimization_event is required ${why}: name the pixel event to optimise for, e.g. ON_WEB_ORDER (purchase) or ON_WEB_REGISTER.`,
    );
  }

  // Keywords and audiences.
  if (s.interestKeywordIds.length > 0 && (args.purchase_intention_keyword_ids?.length ?? 0) > 0) {
    issues.add(
      'purchase_intention_keyword_ids',
      'not_allowed_with',
      'purchase_intention_keyword_ids cannot be combined with interest keywords (interest_keyword_ids or interest_keywords): TikTok refuses the mix. Keep one of the two.',
    );
  }
  if (
    (args.purchase_intention_keyword_ids?.length ?? 0) > 0 &&
    (objective === 'REACH' || objective === 'VIDEO_VIEWS')
  ) {
    issues.add(
      'purchase_intention_keyword_ids',
      'not_allowed_for_objective',
      `purchase_intention_keyword_ids is not available for ${label} ad groups (TikTok takes it for TRAFFIC, CONVERSIONS, LEAD_GENERATION and APP_PROMOTION): use interest_keyword_ids, or remove it.`,
    );
  }
  if ((args.contextual_tag_ids?.length ?? 0) > 0) {
    if (objective && objective !== 'REACH' && objective !== 'VIDEO_VIEWS') {
      issues.add(
        'contextual_tag_ids',
        'not_allowed_for_objective',
        `contextual_tag_ids is only for REACH and VIDEO_VIEWS ad groups; this one is ${label}. Remove contextual_tag_ids.`,
      );
    }
    if (args.brand_safety_type === 'THIRD_PARTY') {
      issues.add(
        'contextual_tag_ids',
        'not_allowed_with',
        'contextual_tag_ids cannot be combined with brand_safety_type THIRD_PARTY: remove one of them.',
      );
    }
  }
  const included = new Set(args.audience_ids ?? []);
  (args.excluded_audience_ids ?? []).forEach((id, index) => {
    if (!included.has(id)) return;
    issues.add(
      `excluded_audience_ids.${index}`,
      'conflicting_ids',
      `audience ${id} is in both audience_ids and excluded_audience_ids: remove it from one of them.`,
    );
  });
  if (args.audience_rule && (args.audience_ids?.length ?? 0) > 0) {
    issues.add(
      'audience_rule',
      'not_allowed_with',
      'audience_rule replaces audience_ids: send one or the other (put the audience IDs inside audience_rule, or drop audience_rule).',
    );
  }
  if (args.audience_rule && objective && objective !== 'TRAFFIC' && objective !== 'APP_PROMOTION') {
    issues.add(
      'audience_rule',
      'not_allowed_for_objective',
      `audience_rule is only for TRAFFIC and APP_PROMOTION ad groups; this one is ${label}. Use audience_ids and excluded_audience_ids instead.`,
    );
  }
  if (
    (args.included_pangle_audience_package_ids?.length ?? 0) > 0 &&
    (args.excluded_pangle_audience_package_ids?.length ?? 0) > 0
  ) {
    issues.add(
      'excluded_pangle_audience_package_ids',
      'not_allowed_with',
      'included_pangle_audience_package_ids and excluded_pangle_audience_package_ids cannot both be set (TikTok takes one list): keep one.',
    );
  }

  // Brand safety and placements.
  const type = args.brand_safety_type;
  if (type === 'THIRD_PARTY' && !args.brand_safety_partner) {
    issues.add(
      'brand_safety_partner',
      'required_with',
      'brand_safety_partner is required with brand_safety_type THIRD_PARTY: choose IAS or OPEN_SLATE.',
    );
  }
  if (args.brand_safety_partner && type !== 'THIRD_PARTY') {
    issues.add(
      'brand_safety_partner',
      'not_allowed_with',
      `brand_safety_partner only applies with brand_safety_type THIRD_PARTY${type ? `, not ${type}` : ''}: set brand_safety_type to THIRD_PARTY, or remove brand_safety_partner.`,
    );
  }
  if (type === 'STANDARD_INVENTORY' || type === 'LIMITED_INVENTORY' || type === 'THIRD_PARTY') {
    if (s.placementType === 'PLACEMENT_TYPE_AUTOMATIC') {
      issues.add(
        'placement_type',
        'not_allowed_with',
        `brand_safety_type ${type} applies to TikTok placement only, and automatic placement may deliver elsewhere: set placement_type to PLACEMENT_TYPE_NORMAL with placements ['PLACEMENT_TIKTOK'], or use brand_safety_type NO_BRAND_SAFETY.`,
      );
    }
    if (s.placements.length !== 1 || s.placements[0] !== 'PLACEMENT_TIKTOK') {
      issues.add(
        'placements',
        'not_allowed_with',
        `brand_safety_type ${type} needs placements exactly ['PLACEMENT_TIKTOK']; placements is ${list(s.placements)}. Remove the other placements, or use brand_safety_type NO_BRAND_SAFETY.`,
      );
    }
  }
  // With automatic placement TikTok may deliver on Pangle, so Pangle settings are accepted.
  const pangle = s.placementType === 'PLACEMENT_TYPE_AUTOMATIC' || s.placements.includes('PLACEMENT_PANGLE');
  if (type === 'FULL_INVENTORY' && !pangle) {
    issues.add(
      'placements',
      'required_with',
      `brand_safety_type FULL_INVENTORY is for the Pangle network: add PLACEMENT_PANGLE to placements (now ${list(s.placements)}), or choose another brand_safety_type.`,
    );
  }
  for (const field of PANGLE_ONLY_FIELDS) {
    if ((args[field]?.length ?? 0) === 0 || pangle) continue;
    issues.add(
      field,
      'not_allowed_with',
      `${field} only applies to the Pangle network, and placements is ${list(s.placements)}: add PLACEMENT_PANGLE to placements, or remove ${field}.`,
    );
  }

  for (const field of ['spending_power', 'household_income'] as const) {
    const value = args[field];
    const used = field === 'spending_power' ? value === 'HIGH' : (args.household_income?.length ?? 0) > 0;
    if (!used || tiktokOnly(s)) continue;
    issues.add(
      field,
      'not_allowed_with',
      `${field} applies to TikTok placement only, and this ad group uses ${s.placementType === 'PLACEMENT_TYPE_AUTOMATIC' ? 'automatic placement' : `placements ${list(s.placements)}`}: set placement_type PLACEMENT_TYPE_NORMAL with placements ['PLACEMENT_TIKTOK'], or remove ${field}.`,
    );
  }

  // Devices.
  const tiers = args.device_price_ranges ?? [];
  if (tiers.length > 0 && !isContiguous(tiers)) {
    issues.add(
      'device_price_ranges',
      'not_contiguous',
      `device_price_ranges must be one run of neighbouring tiers, because TikTok takes a single price range; ${JSON.stringify(tiers)} has a gap. Use e.g. [1, 2, 3], or one tier.`,
    );
  }
  if (tiers.length > 0 && (args.device_model_ids?.length ?? 0) > 0) {
    issues.add(
      'device_price_ranges',
      'not_allowed_with',
      'device_price_ranges cannot be combined with device_model_ids (TikTok refuses the mix): target either phone models or price tiers.',
    );
  }

  // App promotion, promotion type and operating systems.
  const systems = s.operatingSystems;
  if (objective === 'APP_PROMOTION') {
    if (!args.app_id) {
      issues.add(
        'app_id',
        'required_with',
        'app_id is required for an APP_PROMOTION ad group: pass the TikTok app ID of the app you promote (TikTok Ads Manager → Assets → Apps).',
      );
    }
    if (systems.length === 0) {
      issues.add(
        'operating_systems',
        'required_with',
        'operating_systems is required for an APP_PROMOTION ad group, with exactly one value: ["ANDROID"] or ["IOS"].',
      );
    } else if (systems.length > 1) {
      issues.add(
        'operating_systems',
        'invalid_value',
        'operating_systems must have exactly one value for an APP_PROMOTION ad group (TikTok promotes one platform per ad group): create one ad group with ["ANDROID"] and another with ["IOS"].',
      );
    }
    if (args.promotion_type === 'WEBSITE') {
      issues.add(
        'promotion_type',
        'not_allowed_for_objective',
        'promotion_type WEBSITE does not fit an APP_PROMOTION ad group: use APP_ANDROID or APP_IOS, or omit promotion_type (it then follows operating_systems).',
      );
    }
  }
  if (
    (objective === 'CONVERSIONS' || objective === 'LEAD_GENERATION') &&
    args.promotion_type?.startsWith('APP_')
  ) {
    issues.add(
      'promotion_type',
      'not_allowed_for_objective',
      `promotion_type ${args.promotion_type} does not fit a ${label} ad group, which promotes a website: use WEBSITE or omit promotion_type (to promote an app, use an APP_PROMOTION campaign).`,
    );
  }
  const promotedSystem = args.promotion_type ? OS_FOR_PROMOTION[args.promotion_type] : undefined;
  if (promotedSystem && systems.length === 1 && systems[0] !== promotedSystem) {
    issues.add(
      'promotion_type',
      'incompatible_value',
      `promotion_type ${args.promotion_type} promotes an ${promotedSystem === 'IOS' ? 'iOS' : 'Android'} app, but operating_systems is ${list(systems)}: make them agree, or omit promotion_type (it then follows operating_systems).`,
    );
  }
  if (promotedSystem && systems.length > 1 && objective !== 'APP_PROMOTION') {
    issues.add(
      'operating_systems',
      'invalid_value',
      `operating_systems must have one value when promotion_type is ${args.promotion_type}: set ["${promotedSystem}"], or omit operating_systems (it then follows promotion_type).`,
    );
  }

  // Ages and locations.
  const targetsUs = s.locationIds.includes(US_LOCATION_ID);
  if (s.ageGroups.includes('AGE_13_17') && targetsUs) {
    issues.add(
      'age_groups',
      'not_allowed_with',
      s.locationsGiven
        ? 'age_groups includes AGE_13_17, which TikTok refuses when the US (6252001) is targeted (code 40065): remove AGE_13_17, or the US from location_ids.'
        : 'age_groups includes AGE_13_17, which TikTok refuses when the US is targeted (code 40065), and location_ids defaults to the US: remove AGE_13_17, or set location_ids to non-US locations.',
    );
  }
  if (s.ageGroups.includes('AGE_13_17')) {
    const restricted = s.locationIds.filter((id) => TEEN_RESTRICTED_COUNTRIES.includes(id));
    if (restricted.length > 0) {
      issues.add(
        'age_groups',
        'not_allowed_with',
        `age_groups includes AGE_13_17, which TikTok does not allow in ${restricted.map((id) => `${COUNTRY_NAMES[id] ?? id} (${id})`).join(', ')}: remove AGE_13_17, or those locations.`,
      );
    }
  }
  if ((args.household_income?.length ?? 0) > 0 && targetsUs && s.locationIds.length > 1) {
    const others = s.locationIds.filter((id) => id !== US_LOCATION_ID);
    issues.add(
      'household_income',
      'not_allowed_with',
      `household_income targets US households only, but location_ids also lists ${others.join(', ')}: target only the US, or remove household_income.`,
    );
  } else if ((args.household_income?.length ?? 0) > 0 && !targetsUs) {
    // Country IDs this tool knows are certainly not in the US; other IDs may be US states or cities
    // (mapping.ts warns about those).
    const foreign = s.locationIds.filter((id) => id !== US_LOCATION_ID && COUNTRY_NAMES[id] !== undefined);
    if (foreign.length > 0) {
      issues.add(
        'household_income',
        'not_allowed_with',
        `household_income targets US households only, but location_ids lists ${foreign.map((id) => `${COUNTRY_NAMES[id]} (${id})`).join(', ')}, outside the US: target US locations only, or remove household_income.`,
      );
    }
  }

  return issues.list;
}

/** The rules that need no I/O (`ToolDefinition.rules`). Call it with the fields that passed the schema. */
export function addTikTokAdGroupRules(args: Partial<AddTikTokAdGroupArgs>): ArgumentIssue[] {
  return rulesFor(args, args.objective);
}

function issueKey(issue: ArgumentIssue): string {
  return `${issue.path}\u0000${issue.code}\u0000${issue.message}`;
}

const TWELVE_HOURS_MS = 12 * 60 * 60 * 1000;

/**
 * The rules that need the campaign, the advertiser or the clock. Safe to call with the fields that
 * passed the schema; never repeats an issue of `addTikTokAdGroupRules`.
 */
export function validateWithFacts(args: Partial<AddTikTokAdGroupArgs>, facts: AdGroupFacts): ArgumentIssue[] {
  const issues = new Issues();
  const { campaign, advertiser, now } = facts;
  const campaignObjective = objectiveFromTikTok(campaign.objective_type);

  // The campaign's objective is the truth.
  if (campaignObjective === undefined) {
    issues.add(
      'campaign_id',
      'unsupported_objective',
      `campaign ${campaign.campaign_id} has the TikTok objective ${campaign.objective_type}, which this tool does not create ad groups for: use a campaign whose objective is ${OBJECTIVES.map((o) => objectiveLabel(o)).join(', ')}.`,
    );
  } else if (args.objective !== undefined && args.objective !== campaignObjective) {
    issues.add(
      'objective',
      'conflicts_with_campaign',
      `objective ${args.objective} conflicts with campaign ${campaign.campaign_id}, whose objective is ${objectiveLabel(campaignObjective)}: an ad group takes its campaign's objective. Omit objective (it is then taken from the campaign), or use a ${args.objective} campaign.`,
    );
  }

  const extra: ArgumentIssue[] = [];
  if (campaignObjective !== undefined && args.objective === undefined) {
    const already = new Set(rulesFor(args, undefined).map(issueKey));
    for (const issue of rulesFor(args, campaignObjective)) {
      if (!already.has(issueKey(issue))) extra.push(issue);
    }
  }

  // The currency's daily floor (not under CBO: the ad group budget is not sent then).
  const budgetMode = args.budget_mode ?? 'BUDGET_MODE_DAY';
  const floor = DAILY_BUDGET_FLOOR[advertiser.currency];
  if (
    !campaign.budget_optimize_on &&
    args.budget !== undefined &&
    budgetMode === 'BUDGET_MODE_DAY' &&
    floor !== undefined &&
    args.budget < floor
  ) {
    issues.add(
      'budget',
      'below_minimum',
      `budget must be at least ${formatMoney(floor, advertiser.currency)} per day, TikTok's minimum daily budget for this account's currency; got ${formatMoney(args.budget, advertiser.currency)}. Raise budget to ${floor} or more.`,
    );
  }

  // Bids must stay below the budget that applies (reference 1.4 bid_price, conversion_bid_price).
  const ceiling = campaign.budget_optimize_on ? campaign.budget : args.budget;
  const ceilingName = campaign.budget_optimize_on ? `the campaign's budget` : 'budget';
  if (ceiling !== undefined && ceiling > 0) {
    for (const field of ['bid_price', 'conversion_bid_price'] as const) {
      const bid = args[field];
      if (bid === undefined || bid < ceiling) continue;
      issues.add(
        field,
        'not_allowed_with',
        `${field} (${formatMoney(bid, advertiser.currency)}) must be lower than ${ceilingName} (${formatMoney(ceiling, advertiser.currency)}): lower the bid${campaign.budget_optimize_on ? '' : ' or raise the budget'}.`,
      );
    }
  }

  // Under CBO, value optimisation needs a deep bid type (reference 1.4 deep_bid_type).
  const objective = args.objective ?? campaignObjective;
  const goal = args.optimization_goal ?? (objective ? DEFAULT_GOAL[objective] : undefined);
  if (campaign.budget_optimize_on && goal === 'VALUE' && !args.deep_bid_type && args.roas_bid === undefined) {
    issues.add(
      objective === 'APP_PROMOTION' ? 'deep_bid_type' : 'roas_bid',
      'required_with',
      objective === 'APP_PROMOTION'
        ? 'deep_bid_type is required for VALUE optimisation in a campaign with budget optimisation (CBO): set deep_bid_type VO_MIN_ROAS with roas_bid.'
        : 'roas_bid is required for VALUE optimisation in a campaign with budget optimisation (CBO), since TikTok needs a deep bid type there: set roas_bid (the gateway then sends deep_bid_type VO_MIN_ROAS).',
    );
  }

  // Times: TikTok takes a start at most 12 hours in the past, and an end in the future.
  const start = args.schedule_start_time ? parseUtc(args.schedule_start_time) : undefined;
  const end = args.schedule_end_time ? parseUtc(args.schedule_end_time) : undefined;
  const earliest = new Date(now.getTime() - TWELVE_HOURS_MS);
  if (start && start.getTime() < earliest.getTime()) {
    issues.add(
      'schedule_start_time',
      'in_the_past',
      `schedule_start_time ${show(args.schedule_start_time)} is more than 12 hours in the past (schedule times are UTC, and it is now ${formatUtc(now)} UTC): use ${formatUtc(earliest)} or later, or omit it to start now.`,
    );
  }
  if (end && end.getTime() <= now.getTime() && !(start && end.getTime() <= start.getTime())) {
    issues.add(
      'schedule_end_time',
      'in_the_past',
      `schedule_end_time ${show(args.schedule_end_time)} is not in the future (schedule times are UTC, and it is now ${formatUtc(now)} UTC): set a later end time.`,
    );
  }

  return [...issues.list, ...extra];
}
