/**
 * Arguments + facts → TikTok's `/adgroup/create/` body. Applies every default (each recorded with
 * its reason), maps the page's names and values to TikTok's, leaves out what TikTok does not take
 * (saying so in `warnings`), and warns where TikTok's rule is known only from peers.
 *
 * Precondition: the arguments passed the schema, `addTikTokAdGroupRules` and `validateWithFacts`.
 * It never throws for a valid call; it throws only when the campaign's objective is unsupported
 * and none was given (which `validateWithFacts` refuses first).
 */
import {
  DAILY_BUDGET_FLOOR,
  formatMoney,
  LIFETIME_FLOOR_FACTOR,
  UNLISTED_CURRENCY_FLOOR,
} from './currency.js';
import {
  DEFAULT_AGE_GROUPS,
  DEFAULT_GENDER,
  DEFAULT_LOCATION_IDS,
  DEFAULT_OPERATION_STATUS,
  DEFAULT_PACING,
  DEFAULT_PLACEMENT_TYPE,
  DEFAULT_PLACEMENTS,
  DEFAULT_REACH_FREQUENCY,
  DEFAULT_REACH_FREQUENCY_SCHEDULE,
  devicePriceRange,
  effectiveSettings,
  NO_PROMOTION_TYPE,
  OS_FOR_PROMOTION,
  PROMOTION_FOR_OS,
} from './defaults.js';
import {
  ALLOWLISTED_GOALS,
  type Objective,
  objectiveFromTikTok,
  objectiveLabel,
  TIKTOK_DEEP_BID_TYPES,
  TIKTOK_HOUSEHOLD_INCOME,
  UK_LOCATION_ID,
  US_LOCATION_ID,
} from './enums.js';
import { type AddTikTokAdGroupArgs, formatUtc } from './schema.js';
import type { AdGroupFacts, AdGroupRequest, AppliedDefault } from './types.js';

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** The objective that applies: the campaign's (the truth), else the one given. */
export function effectiveObjective(
  args: Pick<AddTikTokAdGroupArgs, 'objective'>,
  facts: AdGroupFacts,
): Objective {
  const objective = objectiveFromTikTok(facts.campaign.objective_type) ?? args.objective;
  if (objective === undefined) {
    throw new Error(
      `campaign ${facts.campaign.campaign_id} has the unsupported objective ${facts.campaign.objective_type}; validateWithFacts refuses it`,
    );
  }
  return objective;
}

export function buildAdGroupRequest(args: AddTikTokAdGroupArgs, facts: AdGroupFacts): AdGroupRequest {
  const defaultsApplied: AppliedDefault[] = [];
  const warnings: string[] = [];
  const body: Record<string, unknown> = {};
  const put = (key: string, value: unknown) => {
    if (value !== undefined) body[key] = value;
  };
  const applied = <T>(field: string, value: T, reason: string): T => {
    defaultsApplied.push({ field, value, reason });
    return value;
  };
  const listed = <T>(values: readonly T[] | undefined): T[] | undefined =>
    values && values.length > 0 ? unique(values) : undefined;

  const { campaign, advertiser, now } = facts;
  const currency = advertiser.currency;
  const cbo = campaign.budget_optimize_on;
  const objective = effectiveObjective(args, facts);
  const s = effectiveSettings(args, objective);
  const goal = s.goal ?? 'CLICK';
  const billing = s.billing ?? 'CPC';

  if (args.objective === undefined) {
    applied(
      'objective',
      objective,
      `taken from campaign ${campaign.campaign_id}, whose objective is ${objectiveLabel(objective)}`,
    );
  }

  // Identity and status.
  put('advertiser_id', advertiser.advertiser_id);
  put('campaign_id', args.campaign_id);
  put('adgroup_name', args.adgroup_name);
  put(
    'operation_status',
    args.operation_status ??
      applied('operation_status', DEFAULT_OPERATION_STATUS, 'the ad group delivers once it has approved ads'),
  );

  // Promotion type and app.
  const systems = s.operatingSystems;
  let operatingSystems: string[] | undefined = systems.length === 1 ? systems : undefined;
  if (objective === 'APP_PROMOTION') {
    const system = systems[0];
    const promotion =
      args.promotion_type ??
      (system
        ? applied(
            'promotion_type',
            PROMOTION_FOR_OS[system],
            `follows operating_systems ['${system}'] of this app ad group`,
          )
        : undefined);
    put('promotion_type', promotion);
  } else if (objective === 'LEAD_GENERATION') {
    // TikTok has no WEBSITE promotion type for lead generation: its value is LEAD_GENERATION, with
    // promotion_target_type EXTERNAL_WEBSITE for leads collected on the advertiser's website.
    if (args.promotion_type === 'WEBSITE') {
      put('promotion_type', 'LEAD_GENERATION');
      put('promotion_target_type', 'EXTERNAL_WEBSITE');
      warnings.push(
        "promotion_type WEBSITE was sent as TikTok's promotion_type LEAD_GENERATION with promotion_target_type EXTERNAL_WEBSITE (leads collected on your website): TikTok has no WEBSITE promotion type for lead generation.",
      );
    } else {
      put(
        'promotion_type',
        applied(
          'promotion_type',
          'LEAD_GENERATION',
          "TikTok's promotion type for lead-generation ad groups (it has no WEBSITE promotion type for them)",
        ),
      );
    }
  } else if (args.promotion_type) {
    put('promotion_type', args.promotion_type);
  } else if (!NO_PROMOTION_TYPE.includes(objective)) {
    put(
      'promotion_type',
      applied(
        'promotion_type',
        'WEBSITE',
        `the promotion type of a ${objective} ad group that promotes a website`,
      ),
    );
  }
  const promoted = args.promotion_type ? OS_FOR_PROMOTION[args.promotion_type] : undefined;
  if (promoted && systems.length === 0) {
    operatingSystems = applied(
      'operating_systems',
      [promoted],
      `follows promotion_type ${args.promotion_type} (TikTok needs the one operating system of the promoted app)`,
    );
  }
  put('app_id', args.app_id);
  if (args.app_id === undefined && objective !== 'APP_PROMOTION' && promoted) {
    warnings.push(
      `promotion_type ${args.promotion_type} promotes an app, but no app_id was given; TikTok may ask for it (app_id).`,
    );
  }

  // Placements: always sent, even with automatic placement (TikTok then reports what it used).
  const placementType =
    args.placement_type ??
    applied('placement_type', DEFAULT_PLACEMENT_TYPE, 'manual placement, on the placements listed');
  put('placement_type', placementType);
  put(
    'placements',
    args.placements
      ? unique(args.placements)
      : applied(
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
    warnings.push(
      `Automatic placement on a ${objective} ad group is reported (by peers, not by TikTok's docs) to be refused; if TikTok refuses it, use placement_type PLACEMENT_TYPE_NORMAL.`,
    );
  }
  if (s.placements.includes('PLACEMENT_GLOBAL_APP_BUNDLE')) {
    warnings.push(
      'PLACEMENT_GLOBAL_APP_BUNDLE is allowlist-only: TikTok silently drops it when the advertiser is not on the allowlist.',
    );
  }
  put('blocked_pangle_app_ids', listed(args.blocked_pangle_app_ids));
  put('included_pangle_audience_package_ids', listed(args.included_pangle_audience_package_ids));
  put('excluded_pangle_audience_package_ids', listed(args.excluded_pangle_audience_package_ids));

  // Demographics.
  put(
    'location_ids',
    args.location_ids
      ? unique(args.location_ids)
      : applied('location_ids', [...DEFAULT_LOCATION_IDS], 'the United States (6252001), the page default'),
  );
  put(
    'age_groups',
    args.age_groups
      ? unique(args.age_groups)
      : applied(
          'age_groups',
          [...DEFAULT_AGE_GROUPS],
          'every age from 18 (AGE_13_17 is left out: TikTok restricts it)',
        ),
  );
  if (s.ageGroups.includes('AGE_13_17')) {
    warnings.push(
      'AGE_13_17 is restricted by TikTok in the US, Latin America, the EEA, the UK, Switzerland and Canada; if a location is in one of them, TikTok refuses or narrows it to 18+.',
    );
  }
  put('gender', args.gender ?? applied('gender', DEFAULT_GENDER, 'every gender'));
  put('languages', listed(args.languages));
  put('operating_systems', operatingSystems);
  put('device_model_ids', listed(args.device_model_ids));
  put(
    'device_price_ranges',
    args.device_price_ranges ? devicePriceRange(args.device_price_ranges) : undefined,
  );
  put('network_types', listed(args.network_types));
  put('carrier_ids', listed(args.carrier_ids));
  put('spending_power', args.spending_power);
  const income = listed(args.household_income);
  put(
    'household_income',
    income?.map((bracket) => TIKTOK_HOUSEHOLD_INCOME[bracket]),
  );
  if (income) {
    warnings.push(
      s.locationIds.includes(US_LOCATION_ID)
        ? 'household_income is allowlist-only on TikTok: if the advertiser is not on the allowlist, TikTok refuses it.'
        : 'household_income targets US households only: make sure every location in location_ids is in the US (TikTok refuses it elsewhere). It is also allowlist-only on TikTok.',
    );
  }

  // Interests, keywords and contextual tags.
  put('interest_category_ids', listed(args.interest_category_ids));
  put('interest_keyword_ids', s.interestKeywordIds.length > 0 ? s.interestKeywordIds : undefined);
  if (args.interest_keywords && args.interest_keywords.length > 0) {
    warnings.push(
      `interest_keywords is deprecated: its IDs (${unique(args.interest_keywords).join(', ')}) were sent as interest_keyword_ids. Use interest_keyword_ids next time.`,
    );
  }
  put('purchase_intention_keyword_ids', listed(args.purchase_intention_keyword_ids));
  if (args.purchase_intention_keyword_ids?.length && (objective === 'REACH' || objective === 'VIDEO_VIEWS')) {
    warnings.push(
      `purchase_intention_keyword_ids is documented (by a third-party SDK) for APP_PROMOTION, WEB_CONVERSIONS, LEAD_GENERATION and TRAFFIC only; TikTok may refuse it on ${objective}.`,
    );
  }
  put('contextual_tag_ids', listed(args.contextual_tag_ids));
  if (args.contextual_tag_ids?.length) {
    const notes = ['contextual_tag_ids is allowlist-only on TikTok'];
    if (objective !== 'REACH' && objective !== 'VIDEO_VIEWS')
      notes.push(`documented for REACH and VIDEO_VIEWS only, not ${objective}`);
    if (args.brand_safety_type === 'THIRD_PARTY')
      notes.push('and documented as not combinable with THIRD_PARTY brand safety');
    warnings.push(`${notes.join(', ')} (older TikTok docs); TikTok may refuse it.`);
  }

  // Audiences.
  put('audience_ids', listed(args.audience_ids));
  put('excluded_audience_ids', listed(args.excluded_audience_ids));
  if (args.audience_rule) {
    put('audience_rule', args.audience_rule);
    warnings.push('audience_rule was sent to TikTok unchanged: TikTok checks its shape.');
  }
  if (args.audience_type) {
    warnings.push(
      `audience_type ${args.audience_type} was not sent: TikTok's field of that name is for app-retargeting ad groups only. The audiences in audience_ids are targeted exactly as listed, whatever their type.`,
    );
  }
  for (const field of ['included_custom_actions', 'excluded_custom_actions'] as const) {
    const actions = args[field];
    if (!actions || actions.length === 0) continue;
    put(
      field,
      actions.flatMap((action) =>
        unique(action.action_categories).map((code) => ({ code, days: action.days })),
      ),
    );
  }
  if (args.included_custom_actions?.length || args.excluded_custom_actions?.length) {
    warnings.push(
      'Custom actions were sent as TikTok {code, days} entries; TikTok documents them for shopping-ads retargeting, so it may refuse them on other ad groups.',
    );
  }

  // Retired switches: TikTok no longer lets them be turned on.
  if (args.auto_targeting_enabled === 'ON') {
    warnings.push(
      'auto_targeting_enabled ON was not sent: TikTok no longer lets auto-targeting be turned on (since June 2024). The ad group targets exactly what you set; nothing is broadened.',
    );
  }
  const expansion = args.targeting_expansion;
  if (
    expansion &&
    (expansion.expand_age === true ||
      expansion.expand_gender === true ||
      (expansion.expansion_type_ids?.length ?? 0) > 0 ||
      (expansion as Record<string, unknown>).expansion_enabled === true)
  ) {
    warnings.push(
      'targeting_expansion was not sent: TikTok no longer lets targeting expansion be turned on (since June 2024). The ad group targets exactly what you set; nothing is broadened.',
    );
  }

  // Brand safety.
  put('brand_safety_type', args.brand_safety_type);
  put('brand_safety_partner', args.brand_safety_partner);
  if (args.brand_safety_type === 'FULL_INVENTORY') {
    warnings.push(
      "brand_safety_type FULL_INVENTORY (Pangle) is not in TikTok's current list of brand-safety types; if TikTok refuses it, use NO_BRAND_SAFETY on the Pangle placement.",
    );
  }

  // Budget (not under CBO: TikTok uses the campaign's budget and ignores these).
  const budgetMode = args.budget_mode ?? 'BUDGET_MODE_DAY';
  if (cbo) {
    warnings.push(
      `Campaign ${campaign.campaign_id} uses campaign budget optimisation (CBO): TikTok spends from the campaign's budget, so the ad group's budget (${formatMoney(args.budget, currency)}), budget_mode and pacing were not sent. Under CBO, bid_type and optimization_goal must match the campaign's other ad groups.`,
    );
  } else {
    put(
      'budget_mode',
      args.budget_mode ?? applied('budget_mode', budgetMode, 'a daily budget (the page default)'),
    );
    put('budget', args.budget);
    put('pacing', args.pacing ?? applied('pacing', DEFAULT_PACING, 'spreads the budget evenly over the day'));
    budgetWarnings(args, facts, budgetMode, warnings);
  }

  // Schedule, in UTC.
  const scheduleType =
    args.schedule_type ??
    (args.schedule_end_time
      ? applied('schedule_type', 'SCHEDULE_START_END', 'an end time was given')
      : applied(
          'schedule_type',
          'SCHEDULE_FROM_NOW',
          'no end time was given: the ad group runs until paused',
        ));
  put('schedule_type', scheduleType);
  put(
    'schedule_start_time',
    args.schedule_start_time ??
      applied('schedule_start_time', formatUtc(now), 'now, in UTC (TikTok reads schedule times as UTC)'),
  );
  put('schedule_end_time', args.schedule_end_time);
  if (args.dayparting !== undefined) {
    put('dayparting', args.dayparting);
    warnings.push(
      `Dayparting slots: TikTok's docs do not say in which timezone they are read; a peer reports the advertiser's timezone (${advertiser.timezone}), unlike the schedule times, which are UTC. Check the first day's delivery.`,
    );
  }

  // Frequency cap (REACH).
  if (objective === 'REACH') {
    put(
      'frequency',
      args.frequency ??
        applied('frequency', DEFAULT_REACH_FREQUENCY, 'TikTok requires a frequency cap on REACH ad groups'),
    );
    put(
      'frequency_schedule',
      args.frequency_schedule ??
        applied(
          'frequency_schedule',
          DEFAULT_REACH_FREQUENCY_SCHEDULE,
          'TikTok requires a frequency-cap window on REACH ad groups (days)',
        ),
    );
  }

  // Optimisation, billing, bid.
  put(
    'optimization_goal',
    args.optimization_goal ??
      applied('optimization_goal', goal, `the default goal for a ${objective} ad group`),
  );
  if (ALLOWLISTED_GOALS.includes(goal)) {
    warnings.push(
      `optimization_goal ${goal} is allowlist-only on TikTok: if the advertiser is not on the allowlist, TikTok refuses it.`,
    );
  }
  put(
    'billing_event',
    args.billing_event ??
      applied('billing_event', billing, `the billing event TikTok pairs with goal ${goal}`),
  );
  put('bid_type', args.bid_type ?? applied('bid_type', s.bidType, 'automatic bidding (maximum delivery)'));
  put(
    'bid_display_mode',
    args.bid_display_mode ?? applied('bid_display_mode', billing, `follows billing_event ${billing}`),
  );
  if (args.bid_display_mode && args.bid_display_mode !== billing) {
    warnings.push(
      `bid_display_mode ${args.bid_display_mode} differs from billing_event ${billing}: the bid is shown per ${args.bid_display_mode} while billing is ${billing}.`,
    );
  }
  put('bid_price', args.bid_price);
  put('conversion_bid_price', args.conversion_bid_price);
  const deepBidType =
    args.deep_bid_type ??
    (args.roas_bid !== undefined
      ? applied(
          'deep_bid_type',
          'VO_MIN_ROAS',
          'TikTok reads roas_bid only with the minimum-ROAS deep bid type',
        )
      : undefined);
  put('deep_bid_type', deepBidType);
  put('deep_cpa_bid', args.deep_cpa_bid);
  put('roas_bid', args.roas_bid);
  put('next_day_retention', args.next_day_retention);
  bidWarnings(args, s.bidType, billing, objective, warnings);

  // Conversion tracking.
  put('pixel_id', args.pixel_id);
  put('optimization_event', args.optimization_event);
  put('secondary_optimization_event', args.secondary_optimization_event);
  put('custom_conversion_id', args.conversion_id);
  if (args.optimization_event === 'COMPLETE_PAYMENT') {
    warnings.push(
      'optimization_event COMPLETE_PAYMENT is refused for some advertisers; if TikTok refuses it, its answer lists the accepted events (ON_WEB_ORDER is the usual purchase event).',
    );
  }
  if (
    args.optimization_event &&
    !args.pixel_id &&
    (objective === 'TRAFFIC' || objective === 'REACH' || objective === 'VIDEO_VIEWS')
  ) {
    warnings.push(
      `optimization_event ${args.optimization_event} was sent, but ${objective} ad groups do not optimise on an event; TikTok may ignore or refuse it.`,
    );
  }

  // Other settings.
  put('creative_material_mode', args.creative_material_mode);
  put('skip_learning_phase', args.skip_learning_phase);
  if (args.skip_learning_phase === true) {
    warnings.push(
      'skip_learning_phase was sent, but TikTok documents it as taking effect only for catalog-sales ad groups billed OCPM; expect the normal learning phase here.',
    );
  }
  put('video_download_disabled', args.video_download_disabled);
  put('comment_disabled', args.comment_disabled);
  put('is_hfss', args.is_hfss);
  if (args.is_hfss === true) {
    if (s.locationIds.includes(UK_LOCATION_ID)) {
      put(
        'is_lhf_compliance',
        applied(
          'is_lhf_compliance',
          true,
          'is_hfss is on and the UK is targeted: since 2026-01-01 TikTok requires this confirmation that the ads follow the UK rules for less healthy food',
        ),
      );
    } else {
      warnings.push(
        'is_hfss is on: if a location is in the UK (a region rather than the whole country), TikTok also requires is_lhf_compliance, which is sent only when location_ids names the UK (2635167).',
      );
    }
  }
  if (args.statistic_type) {
    warnings.push(
      `statistic_type ${args.statistic_type} was not sent: TikTok's field of that name counts app events (EVERYTIME/NONE), not reporting windows, and attribution windows cannot be changed after creation. Reports use the advertiser's attribution settings.`,
    );
  }

  return { body, defaultsApplied, warnings, cbo };
}

function budgetWarnings(
  args: AddTikTokAdGroupArgs,
  facts: AdGroupFacts,
  budgetMode: string,
  warnings: string[],
): void {
  const currency = facts.advertiser.currency;
  const floor = DAILY_BUDGET_FLOOR[currency];
  if (floor === undefined && budgetMode === 'BUDGET_MODE_DAY' && args.budget < UNLISTED_CURRENCY_FLOOR) {
    warnings.push(
      `TikTok's minimum daily budget for ${currency} is not known here (it is about ${UNLISTED_CURRENCY_FLOOR} for currencies not listed); if TikTok refuses ${formatMoney(args.budget, currency)}, raise the budget.`,
    );
  }
  const lifetimeFloor = (floor ?? UNLISTED_CURRENCY_FLOOR) * LIFETIME_FLOOR_FACTOR;
  if (budgetMode === 'BUDGET_MODE_TOTAL' && args.budget < lifetimeFloor) {
    warnings.push(
      `A lifetime budget of ${formatMoney(args.budget, currency)} may be under TikTok's minimum, which is roughly ${LIFETIME_FLOOR_FACTOR} times the daily minimum (about ${formatMoney(lifetimeFloor, currency)}).`,
    );
  }
  if (budgetMode === 'BUDGET_MODE_TOTAL' && facts.campaign.budget_mode === 'BUDGET_MODE_DAY') {
    warnings.push(
      'The campaign has a daily budget and this ad group a lifetime budget; a peer reports that TikTok wants daily ad groups in daily campaigns. If TikTok refuses it, use budget_mode BUDGET_MODE_DAY.',
    );
  }
  if (budgetMode === 'BUDGET_MODE_TOTAL' && (args.bid_type ?? 'BID_TYPE_NO_BID') === 'BID_TYPE_NO_BID') {
    warnings.push(
      'A peer reports that BID_TYPE_NO_BID works with daily budgets only (unconfirmed); if TikTok refuses the lifetime budget, use BUDGET_MODE_DAY or a custom bid.',
    );
  }
  if (args.pacing === 'PACING_MODE_FAST' && args.bid_type !== 'BID_TYPE_CUSTOM') {
    warnings.push(
      'Peers report that PACING_MODE_FAST needs a manual bid (bid_type BID_TYPE_CUSTOM); if TikTok refuses it, use PACING_MODE_SMOOTH.',
    );
  }
}

function bidWarnings(
  args: AddTikTokAdGroupArgs,
  bidType: string,
  billing: string,
  objective: Objective,
  warnings: string[],
): void {
  if (bidType === 'BID_TYPE_MAX_CONVERSION') {
    if (billing !== 'OCPM') {
      warnings.push(
        `BID_TYPE_MAX_CONVERSION is reported (by peers) to work with OCPM billing only; billing here is ${billing}.`,
      );
    }
    if (objective === 'LEAD_GENERATION') {
      warnings.push(
        'BID_TYPE_MAX_CONVERSION is reported (by peers) to be refused on LEAD_GENERATION ad groups.',
      );
    }
  }
  if (args.deep_bid_type && !TIKTOK_DEEP_BID_TYPES.includes(args.deep_bid_type)) {
    warnings.push(
      `deep_bid_type ${args.deep_bid_type} was sent as given, but it is not among TikTok's documented deep bid types (${TIKTOK_DEEP_BID_TYPES.join(', ')}); TikTok may refuse it.`,
    );
  }
  if (args.next_day_retention !== undefined) {
    const pangle = (args.placements ?? []).includes('PLACEMENT_PANGLE');
    if (!pangle || args.secondary_optimization_event !== 'NEXT_DAY_OPEN') {
      warnings.push(
        'TikTok documents next_day_retention for Pangle placement with secondary_optimization_event NEXT_DAY_OPEN only; TikTok may ignore or refuse it here.',
      );
    }
  }
}
