/**
 * The structured audience settings: audience_rule (SDK-HEAD python_sdk/docs/AdgroupcreateAudienceRule*.md),
 * custom actions for Video Shopping Ads retargeting (SDK-OLD shopping_ads_retargeting_type,
 * AdgroupcreateIncludedCustomActions.md; TT-UPD included_custom_actions), and the targeting TikTok
 * excludes for 13-17 in the US (TT-HELP-U18; TikTok doc 1737172488964097 code 40065).
 */
import { CODES, paramError, TikTokError } from '../envelope.js';
import type { JsonValue } from '../json.js';
import {
  CUSTOM_ACTION_CODES,
  CUSTOM_ACTION_DAYS,
  PRODUCT_SOURCES,
  SHOPPING_ADS_TYPES,
  SHOPPING_RETARGETING_TYPES,
} from './catalog.js';
import type { RuleContext } from './context.js';

type JsonObject = Record<string, JsonValue>;

function asObject(field: string, value: JsonValue | undefined, keys: readonly string[]): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw paramError(field, 'Not a valid mapping type.');
  }
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) throw paramError(`${field}.${key}`, 'Unknown field.');
  }
  return value;
}

function asString(field: string, value: JsonValue | undefined, required = false): void {
  if (value === undefined) {
    if (required) throw paramError(field, 'Missing data for required field.');
    return;
  }
  if (typeof value !== 'string') throw paramError(field, 'Not a valid string.');
}

function asList(field: string, value: JsonValue | undefined): JsonValue[] {
  if (value === undefined) throw paramError(field, 'Missing data for required field.');
  if (!Array.isArray(value)) throw paramError(field, 'Not a valid list.');
  if (value.length === 0) throw paramError(field, 'Shorter than minimum length 1.');
  return value;
}

/**
 * TikTok's shape: {inclusions, exclusions}, each {operator, rules[{event_sources[{id, type}],
 * retention, filter{operator, filters[{field, operator, value}]}}]}. Any other key (such as
 * `audience_op` or `audience_ids`) is refused, and a side that is present must have rules.
 */
export function checkAudienceRule(rule: JsonObject): void {
  asObject('audience_rule', rule, ['inclusions', 'exclusions']);
  if (rule.inclusions === undefined && rule.exclusions === undefined) {
    throw paramError(
      'audience_rule.inclusions',
      'Missing data for required field. Set inclusions or exclusions.',
    );
  }
  for (const side of ['inclusions', 'exclusions'] as const) {
    if (rule[side] === undefined) continue;
    const group = asObject(`audience_rule.${side}`, rule[side], ['operator', 'rules']);
    asString(`audience_rule.${side}.operator`, group.operator);
    asList(`audience_rule.${side}.rules`, group.rules).forEach((item, index) => {
      checkRule(`audience_rule.${side}.rules.${index}`, item);
    });
  }
}

function checkRule(field: string, value: JsonValue): void {
  const rule = asObject(field, value, ['event_sources', 'retention', 'filter']);
  asList(`${field}.event_sources`, rule.event_sources).forEach((source, index) => {
    const item = asObject(`${field}.event_sources.${index}`, source, ['id', 'type']);
    asString(`${field}.event_sources.${index}.id`, item.id, true);
    asString(`${field}.event_sources.${index}.type`, item.type, true);
  });
  asString(`${field}.retention`, rule.retention);
  if (rule.filter === undefined) return;
  const filter = asObject(`${field}.filter`, rule.filter, ['operator', 'filters']);
  asString(`${field}.filter.operator`, filter.operator);
  asList(`${field}.filter.filters`, filter.filters).forEach((item, index) => {
    const entry = asObject(`${field}.filter.filters.${index}`, item, ['field', 'operator', 'value']);
    for (const key of ['field', 'operator', 'value'] as const) {
      asString(`${field}.filter.filters.${index}.${key}`, entry[key], true);
    }
  });
}

/**
 * Custom actions exist only for Video Shopping Ads retargeting with a custom combination:
 * shopping_ads_retargeting_type LAB3 on PRODUCT_SALES with shopping_ads_type VIDEO and
 * product_source CATALOG; each action is {code, days} with days in [1, 180].
 */
export function checkCustomActions(ctx: RuleContext): void {
  const { r } = ctx;
  r.enumValue('shopping_ads_type', SHOPPING_ADS_TYPES);
  r.enumValue('product_source', PRODUCT_SOURCES);
  const retargeting = r.enumValue('shopping_ads_retargeting_type', SHOPPING_RETARGETING_TYPES);
  const days = r.integer('shopping_ads_retargeting_actions_days');
  if (retargeting !== undefined && ctx.objective !== 'PRODUCT_SALES') {
    throw paramError(
      'shopping_ads_retargeting_type',
      'shopping_ads_retargeting_type is only supported for the PRODUCT_SALES objective.',
    );
  }
  if ((retargeting === 'LAB1' || retargeting === 'LAB2') && days === undefined) {
    throw paramError(
      'shopping_ads_retargeting_actions_days',
      `Missing data for required field. It is required when shopping_ads_retargeting_type is ${retargeting}.`,
    );
  }
  checkCustomActionLists(ctx, retargeting);
}

function checkCustomActionLists(ctx: RuleContext, retargeting: string | undefined): void {
  const { r } = ctx;
  const included = r.list('included_custom_actions');
  const excluded = r.list('excluded_custom_actions');
  const any = (included?.length ?? 0) + (excluded?.length ?? 0) > 0;
  if (any && retargeting !== 'LAB3') {
    throw paramError(
      included?.length ? 'included_custom_actions' : 'excluded_custom_actions',
      'Custom actions are only for Video Shopping Ads retargeting: they need objective PRODUCT_SALES and shopping_ads_retargeting_type LAB3. To reach people who watched or engaged with videos, use actions.',
    );
  }
  if (retargeting !== 'LAB3') return;
  if (!included || included.length === 0) {
    throw paramError(
      'included_custom_actions',
      'Missing data for required field. It is required when shopping_ads_retargeting_type is LAB3.',
    );
  }
  if (r.body.shopping_ads_type !== 'VIDEO' || r.body.product_source !== 'CATALOG') {
    throw paramError(
      'shopping_ads_retargeting_type',
      'LAB3 retargeting needs shopping_ads_type VIDEO and product_source CATALOG.',
    );
  }
  for (const [field, list] of [
    ['included_custom_actions', included],
    ['excluded_custom_actions', excluded ?? []],
  ] as const) {
    list.forEach((item, index) => {
      checkCustomAction(`${field}.${index}`, item);
    });
    r.out[field] = list;
  }
}

function checkCustomAction(field: string, value: JsonValue): void {
  const action = asObject(field, value, ['code', 'days']);
  asString(`${field}.code`, action.code, true);
  if (!(CUSTOM_ACTION_CODES as readonly JsonValue[]).includes(action.code as JsonValue)) {
    throw paramError(`${field}.code`, `Must be one of: ${CUSTOM_ACTION_CODES.join(', ')}.`);
  }
  const days = action.days;
  if (typeof days !== 'number' || !Number.isInteger(days))
    throw paramError(`${field}.days`, 'Not a valid integer.');
  if (days < CUSTOM_ACTION_DAYS.min || days > CUSTOM_ACTION_DAYS.max) {
    throw paramError(
      `${field}.days`,
      `Must be greater than or equal to ${CUSTOM_ACTION_DAYS.min} and less than or equal to ${CUSTOM_ACTION_DAYS.max}.`,
    );
  }
}

/** Non-empty list fields and set options TikTok does not offer with 13-17 in the US (TT-HELP-U18). */
function teenExclusions(ctx: RuleContext): string[] {
  const { body } = ctx.r;
  const nonEmpty = (field: string) => Array.isArray(body[field]) && (body[field] as JsonValue[]).length > 0;
  const found: string[] = [];
  if (body.gender !== undefined && body.gender !== 'GENDER_UNLIMITED') found.push('gender');
  if (body.spending_power === 'HIGH') found.push('spending_power');
  for (const field of [
    'household_income',
    'audience_ids',
    'excluded_audience_ids',
    'interest_category_ids',
    'interest_keyword_ids',
    'purchase_intention_keyword_ids',
    'actions',
    'zipcode_ids',
  ]) {
    if (nonEmpty(field)) found.push(field);
  }
  if (body.audience_rule !== undefined) found.push('audience_rule');
  return found;
}

/**
 * TT-HELP-U18: with 13-17 in a US audience, gender, spending power, household income, audiences
 * and interests & behaviours are unavailable, and so are zip codes, Lead Generation and Sales -
 * TikTok Shop. TikTok answers 40065. Elsewhere 13-17 is not refused outright.
 */
export function checkTeenTargeting(ctx: RuleContext): void {
  const ages = ctx.r.out.age_groups as string[] | undefined;
  if (!ages?.includes('AGE_13_17') || !ctx.countries.has('US')) return;
  const objectiveExcluded =
    ctx.objective === 'LEAD_GENERATION' ||
    (ctx.objective === 'PRODUCT_SALES' &&
      (ctx.r.body.product_source === 'STORE' ||
        ctx.r.body.product_source === 'SHOWCASE' ||
        ctx.promotionType === 'TIKTOK_SHOP'));
  const fields = teenExclusions(ctx);
  if (!objectiveExcluded && fields.length === 0) return;
  const what = objectiveExcluded ? `objective ${ctx.objective}` : fields.join(', ');
  throw new TikTokError(
    CODES.AGE_RESTRICTED_US,
    `age_groups: The targeting options are not supported for targeting the age group 13-17 in the US (${what}). Remove AGE_13_17 or use broad targeting (age, language, location other than zip codes, device, search keywords).`,
  );
}
