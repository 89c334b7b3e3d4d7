/**
 * Who sees the ads: locations, demographics, interests, audiences, devices. Sources (keys in
 * catalog.ts): SDK-OLD and TT-UPD field descriptions (location_ids, age_groups, gender,
 * spending_power, household_income, interest_*, purchase_intention_keyword_ids, actions,
 * audience_ids, contextual_tag_ids, device_*), TT-HELP-U18 (13-17).
 */
import { paramError } from '../envelope.js';
import type { JsonValue } from '../json.js';
import type { SeedAudience } from '../seed.js';
import { checkAudienceRule, checkCustomActions } from './audience-rules.js';
import { toId } from './body-reader.js';
import {
  ACTION_PERIODS,
  ACTION_SCENES,
  AGE_GROUPS,
  ALLOWLIST,
  AUDIENCE_RULE_OBJECTIVES,
  CONTEXTUAL_TAG_OBJECTIVES,
  DEVICE_PRICE_MAX,
  GENDERS,
  HOUSEHOLD_INCOMES,
  IOS14_TARGETING,
  MAX_LOCATIONS,
  MIN_AUDIENCE_SIZE,
  NETWORK_TYPES,
  PURCHASE_INTENTION_OBJECTIVES,
  SPENDING_POWERS,
  VIDEO_ACTIONS_BY_SCENE,
} from './catalog.js';
import { isTikTokOnly, type RuleContext, requireAllowlist, usesPlacement } from './context.js';

export function checkLocations(ctx: RuleContext): void {
  const { r, store } = ctx;
  const locations = r.idList('location_ids') ?? [];
  const zipcodes = r.idList('zipcode_ids') ?? [];
  if (locations.length === 0 && zipcodes.length === 0) {
    throw paramError('location_ids', 'Missing data for required field. Set location_ids or zipcode_ids.');
  }
  if (locations.length + zipcodes.length > MAX_LOCATIONS) {
    throw paramError('location_ids', `At most ${MAX_LOCATIONS} locations and zip codes in total.`);
  }
  const unknown = locations.filter((id) => store.region(id) === undefined);
  if (unknown.length > 0) throw paramError('location_ids', `Invalid location id(s): ${unknown.join(', ')}.`);
  checkNoOverlap(ctx, locations);
  if (zipcodes.length > 0) checkZipcodes(ctx);
  ctx.countries = new Set(locations.map((id) => store.regionCountry(id)?.region_code ?? '?'));
  if (zipcodes.length > 0) ctx.countries.add('US');
}

/** TT-UPD location_ids: "overlapping targeted locations are not supported". */
function checkNoOverlap(ctx: RuleContext, locations: string[]): void {
  const { store } = ctx;
  for (const id of locations) {
    const ancestor = store.regionAncestors(id).find((a) => locations.includes(a.location_id));
    if (ancestor) {
      const name = store.region(id)?.name ?? id;
      throw paramError(
        'location_ids',
        `Locations overlap: ${name} (${id}) is inside ${ancestor.name} (${ancestor.location_id}).`,
      );
    }
  }
  if (new Set(locations).size !== locations.length)
    throw paramError('location_ids', 'Duplicate location ids.');
}

function checkZipcodes(ctx: RuleContext): void {
  if (!usesPlacement(ctx, 'PLACEMENT_TIKTOK'))
    throw paramError('zipcode_ids', 'zipcode_ids requires PLACEMENT_TIKTOK.');
  if (ctx.campaign.special_industries.length > 0) {
    throw paramError('zipcode_ids', 'zipcode_ids is not supported for special industries.');
  }
}

export function checkDemographics(ctx: RuleContext): void {
  const { r } = ctx;
  // TT-HELP-U18 / TT-UPD age_groups: 13-17 is allowed (with broad targeting); the targeting that
  // TikTok excludes for it is checked by checkTeenTargeting once everything has been read.
  r.enumList('age_groups', AGE_GROUPS);
  if (ctx.r.has('gender') && typeof r.body.gender !== 'string') {
    throw paramError('gender', 'Not a valid string. gender is a single value, not a list.');
  }
  r.enumValue('gender', GENDERS);
  r.stringList('languages');
  checkSpendingPower(ctx);
  checkHouseholdIncome(ctx);
}

function checkSpendingPower(ctx: RuleContext): void {
  if (ctx.r.enumValue('spending_power', SPENDING_POWERS) !== 'HIGH') return;
  // SDK-OLD / TT-UPD spending_power: "Your placements field must contain PLACEMENT_TIKTOK";
  // automatic placement includes TikTok (Pangle simply ignores it).
  if (!usesPlacement(ctx, 'PLACEMENT_TIKTOK'))
    throw paramError(
      'spending_power',
      'spending_power HIGH needs automatic placement or placements that include PLACEMENT_TIKTOK.',
    );
  if (ctx.campaign.special_industries.length > 0)
    throw paramError('spending_power', 'spending_power is not supported for special industries.');
}

/** SDK-OLD household_income: allowlist-only, TikTok placement in the US, no special industries. */
function checkHouseholdIncome(ctx: RuleContext): void {
  const income = ctx.r.enumList('household_income', HOUSEHOLD_INCOMES);
  if (!income || income.length === 0) return;
  requireAllowlist(ctx, ALLOWLIST.HOUSEHOLD_INCOME, 'household_income', 'Household income targeting');
  if (ctx.countries.size !== 1 || !ctx.countries.has('US')) {
    throw paramError(
      'household_income',
      'Household income targeting is only available when every location is in the United States.',
    );
  }
  if (!isTikTokOnly(ctx))
    throw paramError('household_income', 'household_income requires placements exactly [PLACEMENT_TIKTOK].');
  if (ctx.campaign.special_industries.length > 0)
    throw paramError('household_income', 'household_income is not supported for special industries.');
}

export function checkInterestsAndAudiences(ctx: RuleContext): void {
  const { r } = ctx;
  checkInterests(ctx);
  checkActions(ctx, r.list('actions'));
  checkAudiences(ctx);
  const audienceRule = r.object('audience_rule');
  if (audienceRule) {
    if (!AUDIENCE_RULE_OBJECTIVES.has(ctx.objective)) {
      throw paramError('audience_rule', 'audience_rule is only supported for TRAFFIC and APP_PROMOTION.');
    }
    checkAudienceRule(audienceRule);
  }
  checkCustomActions(ctx);
  r.id('saved_audience_id');
  r.boolean('smart_audience_enabled');
  r.boolean('smart_interest_behavior_enabled');
  checkRetiredTargeting(ctx);
  checkContextualTags(ctx);
}

/** SDK-OLD interest_category_ids, interest_keyword_ids, purchase_intention_keyword_ids. */
function checkInterests(ctx: RuleContext): void {
  const { r, store } = ctx;
  const categories = r.idList('interest_category_ids');
  const knownCategories = new Set(store.seed.interestCategories.map((c) => c.interest_category_id));
  const unknownCategories = (categories ?? []).filter((id) => !knownCategories.has(id));
  if (unknownCategories.length > 0) {
    throw paramError(
      'interest_category_ids',
      `Invalid interest category id(s): ${unknownCategories.join(', ')}.`,
    );
  }
  const keywords = r.idList('interest_keyword_ids');
  const intentions = r.idList('purchase_intention_keyword_ids');
  if (!intentions || intentions.length === 0) return;
  if (keywords && keywords.length > 0) {
    throw paramError(
      'purchase_intention_keyword_ids',
      'purchase_intention_keyword_ids cannot be used together with interest_keyword_ids (keyword conflict).',
    );
  }
  if (!PURCHASE_INTENTION_OBJECTIVES.has(ctx.objective)) {
    throw paramError(
      'purchase_intention_keyword_ids',
      `Purchase intention targeting is not supported for objective ${ctx.objective}.`,
    );
  }
  if (!usesPlacement(ctx, 'PLACEMENT_TIKTOK') && !usesPlacement(ctx, 'PLACEMENT_PANGLE')) {
    throw paramError(
      'purchase_intention_keyword_ids',
      'Purchase intention targeting needs PLACEMENT_TIKTOK or PLACEMENT_PANGLE.',
    );
  }
}

/** SDK-OLD audience_ids / excluded_audience_ids; TT-ERR 40002 (audiences under 1,000 people). */
function checkAudiences(ctx: RuleContext): void {
  const included = ctx.r.idList('audience_ids') ?? [];
  const excluded = ctx.r.idList('excluded_audience_ids') ?? [];
  const both = included.filter((id) => excluded.includes(id));
  if (both.length > 0) {
    throw paramError(
      'excluded_audience_ids',
      `Audience(s) ${both.join(', ')} cannot be both included and excluded.`,
    );
  }
  for (const id of excluded) findAudience(ctx, 'excluded_audience_ids', id);
  for (const id of included) {
    const audience = findAudience(ctx, 'audience_ids', id);
    if (!audience.is_valid || audience.cover_num === 0) {
      throw paramError(
        'audience_ids',
        `Audience ${id} is not ready: it is still processing or its size is 0.`,
      );
    }
    if (audience.cover_num < MIN_AUDIENCE_SIZE) {
      throw paramError(
        'audience_ids',
        `Audience ${id} has ${audience.cover_num} people; at least ${MIN_AUDIENCE_SIZE} are needed.`,
      );
    }
  }
}

function findAudience(ctx: RuleContext, field: string, id: string): SeedAudience {
  const audience = ctx.store.audience(id);
  if (!audience || audience.advertiser_id !== ctx.advertiser.advertiser_id) {
    throw paramError(
      field,
      `Audience ${id} does not exist under advertiser ${ctx.advertiser.advertiser_id}.`,
    );
  }
  return audience;
}

/** TT-UPD: automatic targeting and targeting expansion cannot be turned on since June 2024. */
function checkRetiredTargeting(ctx: RuleContext): void {
  const { r } = ctx;
  if (r.boolean('auto_targeting_enabled') === true) {
    throw paramError(
      'auto_targeting_enabled',
      'auto_targeting_enabled is deprecated and can no longer be enabled. Use smart_audience_enabled or smart_interest_behavior_enabled.',
    );
  }
  const expansion = r.object('targeting_expansion');
  if (expansion && expansion.expansion_enabled === true) {
    throw paramError(
      'targeting_expansion',
      'targeting_expansion is deprecated and can no longer be enabled. Use smart_audience_enabled or smart_interest_behavior_enabled.',
    );
  }
}

/** SDK-OLD contextual_tag_ids: allowlist-only, REACH and VIDEO_VIEWS, not with THIRD_PARTY. */
function checkContextualTags(ctx: RuleContext): void {
  const tags = ctx.r.idList('contextual_tag_ids');
  if (!tags || tags.length === 0) return;
  requireAllowlist(ctx, ALLOWLIST.CONTEXTUAL_TAGS, 'contextual_tag_ids', 'Contextual targeting');
  if (!CONTEXTUAL_TAG_OBJECTIVES.has(ctx.objective)) {
    throw paramError('contextual_tag_ids', 'contextual_tag_ids is only supported for REACH and VIDEO_VIEWS.');
  }
  if (ctx.r.body.brand_safety_type === 'THIRD_PARTY') {
    throw paramError(
      'contextual_tag_ids',
      'contextual_tag_ids cannot be used with brand_safety_type THIRD_PARTY.',
    );
  }
}

function checkActions(ctx: RuleContext, actions: JsonValue[] | undefined): void {
  if (!actions || actions.length === 0) return;
  if (!isTikTokOnly(ctx))
    throw paramError(
      'actions',
      'Behaviour targeting (actions) requires placements exactly [PLACEMENT_TIKTOK].',
    );
  actions.forEach((action, index) => {
    checkAction(`actions.${index}`, action);
  });
  ctx.r.out.actions = actions;
}

/** SDK-OLD AdgroupcreateActions: action_scene, action_period, video_user_actions, action_category_ids. */
function checkAction(field: string, action: JsonValue): void {
  if (typeof action !== 'object' || action === null || Array.isArray(action)) {
    throw paramError(field, 'Not a valid mapping type.');
  }
  const scene = action.action_scene;
  if (typeof scene !== 'string' || !(ACTION_SCENES as readonly string[]).includes(scene)) {
    throw paramError(`${field}.action_scene`, `Must be one of: ${ACTION_SCENES.join(', ')}.`);
  }
  if (typeof action.action_period !== 'number' || !ACTION_PERIODS.includes(action.action_period)) {
    throw paramError(`${field}.action_period`, `Must be one of: ${ACTION_PERIODS.join(', ')}.`);
  }
  const allowed = VIDEO_ACTIONS_BY_SCENE[scene as (typeof ACTION_SCENES)[number]];
  const userActions = action.video_user_actions;
  if (!Array.isArray(userActions) || userActions.length === 0) {
    throw paramError(`${field}.video_user_actions`, 'Missing data for required field.');
  }
  userActions.forEach((item, i) => {
    if (typeof item !== 'string' || !allowed.includes(item)) {
      throw paramError(`${field}.video_user_actions.${i}`, `Must be one of: ${allowed.join(', ')}.`);
    }
  });
  const categories = action.action_category_ids;
  if (categories === undefined) return;
  if (!Array.isArray(categories)) throw paramError(`${field}.action_category_ids`, 'Not a valid list.');
  categories.forEach((id, i) => {
    toId(`${field}.action_category_ids.${i}`, id);
  });
}

export function checkDevices(ctx: RuleContext): void {
  const { r } = ctx;
  r.string('min_android_version');
  r.string('min_ios_version');
  const ios14 = r.enumValue('ios14_targeting', IOS14_TARGETING);
  if (ios14 !== undefined && ios14 !== 'UNSET' && !r.has('min_ios_version')) {
    throw paramError('min_ios_version', 'min_ios_version is required when ios14_targeting is set.');
  }
  r.enumList('network_types', NETWORK_TYPES);
  const models = r.idList('device_model_ids');
  r.idList('carrier_ids');
  r.idList('isp_ids');

  const prices = r.list('device_price_ranges');
  if (prices !== undefined) {
    if (models && models.length > 0) {
      throw paramError(
        'device_price_ranges',
        'device_price_ranges cannot be used together with device_model_ids.',
      );
    }
    prices.forEach((price, index) => {
      if (typeof price !== 'number' || !Number.isInteger(price)) {
        throw paramError(`device_price_ranges.${index}`, 'Not a valid integer.');
      }
    });
    const [low, high] = prices as number[];
    if (prices.length !== 2 || low === undefined || high === undefined) {
      throw paramError('device_price_ranges', 'device_price_ranges is one range: [min, max].');
    }
    if (low % 50 !== 0 || high % 50 !== 0 || low < 0 || high > DEVICE_PRICE_MAX || low >= high) {
      throw paramError(
        'device_price_ranges',
        `Prices must be multiples of 50 between 0 and ${DEVICE_PRICE_MAX}, with min below max.`,
      );
    }
    // SDK-OLD device_price_ranges: TikTok adds 50 to the upper bound ([0, 250] is saved as [0, 300]); 10000 means "1000+".
    r.out.device_price_ranges = [low, high === DEVICE_PRICE_MAX ? high : high + 50];
  }
}
