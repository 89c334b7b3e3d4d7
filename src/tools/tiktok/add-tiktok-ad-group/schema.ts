/**
 * The input schema of `add_tiktok_ad_group`: every field of the seed page (its name, type and
 * description, verbatim) plus `dry_run`, `app_id` and `operation_status` from the rules file.
 *
 * Everything that can be checked on one field alone is checked here, so a problem is reported at
 * its path; rules across fields are in rules.ts. Each message names the field and says how to fix
 * it. Issues this file raises itself carry a stable code in `params.code` (see issues.ts).
 *
 * No defaults are applied by the schema: `objective` must stay "omitted" when it is omitted (it is
 * then the campaign's), and every default is applied and recorded with its reason by mapping.ts.
 */
import { z } from 'zod';
import { closestMatch, normalizeToken } from '../../../core/suggest.js';
import {
  AGE_GROUPS,
  AUDIENCE_TYPES,
  BID_DISPLAY_MODES,
  BID_TYPES,
  BILLING_EVENTS,
  BRAND_SAFETY_PARTNERS,
  BRAND_SAFETY_TYPES,
  BUDGET_MODES,
  COMMON_OPTIMIZATION_EVENTS,
  CREATIVE_MATERIAL_MODES,
  CUSTOM_ACTION_CODES,
  DEEP_BID_TYPES,
  GENDERS,
  HOUSEHOLD_INCOMES,
  NETWORK_TYPES,
  OBJECTIVES,
  ON_OFF,
  OPERATING_SYSTEMS,
  OPERATION_STATUSES,
  OPTIMIZATION_GOALS,
  PACING_MODES,
  PLACEMENT_TYPES,
  PLACEMENTS,
  PROMOTION_TYPES,
  SCHEDULE_TYPES,
  SPENDING_POWERS,
  STATISTIC_TYPES,
} from '../../../domain/adgroup/enums.js';
import type { AdGroupSettings } from '../../../domain/adgroup/settings.js';
import { show } from '../../../domain/words.js';
import {
  amount,
  booleanField,
  enumField,
  enumList,
  idList,
  idString,
  integerInRange,
  timeField,
  typeError,
  typeName,
} from '../fields/index.js';
import { DESCRIPTIONS } from './descriptions.js';

/** 48 half-hour slots x 7 days, Monday first. */
export const DAYPARTING_LENGTH = 336;

function daypartingField() {
  const field = 'dayparting';
  return z
    .string({ error: typeError({ field }, `a string of ${DAYPARTING_LENGTH} characters 0 and 1`) })
    .superRefine((value, ctx) => {
      const fail = (code: string, message: string) =>
        ctx.addIssue({ code: 'custom', input: value, message, params: { code } });
      const binary = /^[01]*$/.test(value);
      if (!binary) {
        const bad = value.match(/[^01]/)?.[0] ?? '';
        fail(
          'invalid_format',
          `dayparting may contain only the characters 0 and 1 (1 = deliver in that half-hour); found ${show(bad)}.`,
        );
        return;
      }
      if (value.length === 168) {
        fail(
          'invalid_length',
          'dayparting has 168 characters, which looks like hourly slots (24 x 7). TikTok needs 336 half-hour slots (48 x 7, Monday 00:00 first): write each hour twice, e.g. "11" for an hour you want.',
        );
        return;
      }
      if (value.length === 96) {
        fail(
          'invalid_length',
          "dayparting has 96 characters: that is the other hourly format the tool page warns about, not TikTok's. Send 336 characters: 48 half-hour slots for each day, Monday 00:00 first, Sunday 23:30 last.",
        );
        return;
      }
      if (value.length !== DAYPARTING_LENGTH) {
        fail(
          'invalid_length',
          `dayparting must be exactly 336 characters (48 half-hour slots x 7 days, Monday 00:00 first); got ${value.length}.`,
        );
        return;
      }
      if (!value.includes('1')) {
        fail(
          'ambiguous_value',
          'dayparting is all zeros, which TikTok reads as "deliver all the time", not "never". To deliver all the time, omit dayparting; to pause delivery, create the ad group with operation_status DISABLE.',
        );
      }
    });
}

function adgroupNameField() {
  const field = 'adgroup_name';
  return z
    .string({ error: typeError({ field }, 'the name of the new ad group, 1 to 512 characters', true) })
    .superRefine((value, ctx) => {
      const fail = (code: string, message: string) =>
        ctx.addIssue({ code: 'custom', input: value, message, params: { code } });
      const length = [...value].length;
      if (value.trim() === '') fail('required', 'adgroup_name must not be empty: give the ad group a name.');
      if (length > 512)
        fail('too_long', `adgroup_name may have at most 512 characters; it has ${length}. Shorten it.`);
      const emoji = value.match(/\p{Extended_Pictographic}/u)?.[0];
      if (emoji !== undefined) {
        fail(
          'invalid_value',
          `adgroup_name must not contain emoji (TikTok refuses them): remove ${show(emoji)}.`,
        );
      }
    });
}

/** An event name such as ON_WEB_ORDER: upper-case letters, digits and underscores. */
function eventField(field: string) {
  return z
    .string({ error: typeError({ field }, 'an event name such as ON_WEB_ORDER') })
    .superRefine((value, ctx) => {
      if (/^[A-Z][A-Z0-9_]*$/.test(value)) return;
      const close = closestMatch(value, COMMON_OPTIMIZATION_EVENTS) ?? normalizeToken(value);
      const suggestion = /^[A-Z][A-Z0-9_]*$/.test(close) ? ` Did you mean \`${close}\`?` : '';
      ctx.addIssue({
        code: 'custom',
        input: value,
        message: `${field} must be a TikTok event name in upper case, such as ON_WEB_ORDER; got ${show(value)}.${suggestion}`,
        params: { code: 'invalid_format' },
      });
    });
}

/**
 * A deprecated interest keyword: numeric keyword IDs are accepted (and moved to
 * `interest_keyword_ids` with a warning); words are refused, since TikTok does not resolve them.
 */
function interestKeywordItem() {
  const field = 'interest_keywords';
  return z.preprocess(
    (value, ctx) => {
      if (typeof value === 'number') {
        if (Number.isSafeInteger(value) && value >= 0) return String(value);
        ctx.addIssue({
          code: 'custom',
          input: value,
          message: `each interest_keywords value must be a keyword ID sent as a string; ${value} is not exact as a JSON number. Send IDs as strings.`,
          params: { code: 'id_not_string' },
        });
      }
      return value;
    },
    z
      .string({ error: typeError({ field, item: true }, 'a numeric interest keyword ID') })
      .superRefine((value, ctx) => {
        if (/^[0-9]+$/.test(value)) return;
        ctx.addIssue({
          code: 'custom',
          input: value,
          message: `interest_keywords is deprecated and TikTok does not resolve words: ${show(value)} is not a keyword ID. Find its ID with search_tiktok_targeting (targeting_type 'interest_keywords') and pass it in interest_keyword_ids.`,
          params: { code: 'unresolved_keyword' },
        });
      }),
  );
}

/** Advice when a custom-action category is an engagement action TikTok has no code for. */
function customActionHint(input: string): string {
  const engagement = /VIDEO|VIEW|WATCH|LIKE|COMMENT|SHARE|FOLLOW|ENGAGE|PROFILE|CLICK/i.test(input);
  return engagement
    ? `TikTok's custom actions are shopping events only; to reach people who watched or engaged with your videos, create an engagement custom audience and pass its ID in audience_ids.`
    : 'TikTok takes only these shopping events as custom actions.';
}

function customActionsField(field: 'included_custom_actions' | 'excluded_custom_actions') {
  const item = z.strictObject(
    {
      action_categories: enumList(`${field}.action_categories`, CUSTOM_ACTION_CODES, {
        min: 1,
        emptyHint: 'name at least one action, e.g. ["ADD_TO_CART"].',
        hint: customActionHint,
      }),
      days: z
        .number({
          error: typeError({ field: `${field}.days` }, 'a whole number of days (the look-back window)', true),
        })
        .int({ error: `${field}.days must be a whole number of days.` })
        .min(1, { error: `${field}.days must be at least 1.` }),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `each ${field} entry takes only action_categories and days, e.g. {"action_categories": ["ADD_TO_CART"], "days": 30}; remove ${issue.keys.join(', ')}.`
          : `each ${field} entry must be an object like {"action_categories": ["ADD_TO_CART"], "days": 30}; got ${typeName(issue.input)}.`,
    },
  );
  return z.array(item, { error: typeError({ field }, 'a list of {action_categories, days} objects') });
}

/** The page's age brackets as numbers: AGE_25_34 → 25-34 (AGE_55_100 is "55 and over"). */
const AGE_BRACKETS = AGE_GROUPS.map((group) => {
  const [, low, high] = group.split('_');
  return { group, low: Number(low), high: Number(high) };
});

/**
 * An age range that is not one bracket (`18-34`, `AGE_65_100`, `25+`): the closest spelling would
 * name one wrong bracket, so say which whole brackets cover it.
 */
function ageAdvice(input: string): string | undefined {
  const match = /^(?:AGE[\s_-]*)?(\d{1,3})\s*(?:(?:-|_|–|to)\s*(\d{1,3})|\+|[\s_-]*PLUS)$/i.exec(
    input.trim(),
  );
  if (!match) return undefined;
  const from = Number(match[1]);
  const to = match[2] === undefined ? 100 : Number(match[2]);
  if (to < from) return undefined;
  const cover = AGE_BRACKETS.filter((bracket) => bracket.high >= from && bracket.low <= to);
  const first = cover[0];
  const last = cover[cover.length - 1];
  if (!first || !last) return undefined;
  const groups = cover.map((bracket) => bracket.group);
  const exact = first.low === from && (last.high === to || (last.high === 100 && to >= 100));
  if (exact && cover.length === 1) return `Did you mean \`${first.group}\`?`;
  if (exact && from === 18 && last.high === 100) {
    return 'For every age from 18, omit age_groups (that is the default).';
  }
  const list = `[${groups.map((group) => `"${group}"`).join(', ')}]`;
  return exact
    ? `TikTok targets whole age brackets: for ${from}-${to}, list ${list}.`
    : `TikTok targets whole age brackets only (${AGE_GROUPS.join(', ')}); the closest cover for ${from}-${to} is ${list}.`;
}

/** Objective names given as goals: the closest spelling (VIDEO_VIEW, CONVERSATION) would be wrong. */
function goalAdvice(input: string): string | undefined {
  const token = normalizeToken(input);
  if (token === 'VIDEO_VIEWS' || token === 'VIDEO_VIEWS_GOAL') {
    return 'VIDEO_VIEWS is an objective, not a goal: for video views use ENGAGED_VIEW (or ENGAGED_VIEW_FIFTEEN), or omit optimization_goal.';
  }
  if (token === 'CONVERSIONS' || token === 'CONVERSION' || token === 'WEB_CONVERSIONS') {
    return 'For conversions use CONVERT (or VALUE to optimise for purchase value), or omit optimization_goal on a CONVERSIONS campaign.';
  }
  if (token === 'LEADS' || token === 'LEAD') {
    return 'For leads use LEAD_GENERATION, or omit optimization_goal on a LEAD_GENERATION campaign.';
  }
  if (token === 'APP_INSTALL' || token === 'APP_INSTALLS') {
    return 'For app installs use INSTALL.';
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The schema
// ---------------------------------------------------------------------------------------------

const d = DESCRIPTIONS;

// The required fields first, then the page's order.
export const addTikTokAdGroupSchema = z.strictObject({
  campaign_id: idString('campaign_id', { required: true }).describe(d.campaign_id),
  adgroup_name: adgroupNameField().describe(d.adgroup_name),
  budget: amount('budget', { required: true }).describe(d.budget),
  bid_type: enumField('bid_type', BID_TYPES).optional().describe(d.bid_type),
  bid_price: amount('bid_price').optional().describe(d.bid_price),
  conversion_bid_price: amount('conversion_bid_price').optional().describe(d.conversion_bid_price),
  bid_display_mode: enumField('bid_display_mode', BID_DISPLAY_MODES).optional().describe(d.bid_display_mode),
  deep_bid_type: enumField('deep_bid_type', DEEP_BID_TYPES).optional().describe(d.deep_bid_type),
  deep_cpa_bid: amount('deep_cpa_bid').optional().describe(d.deep_cpa_bid),
  roas_bid: z
    .number({ error: typeError({ field: 'roas_bid' }, 'a number such as 1.5 (= 150% return on ad spend)') })
    .min(0.01, { error: (issue) => `roas_bid must be from 0.01 to 1000; got ${show(issue.input)}.` })
    .max(1000, { error: (issue) => `roas_bid must be from 0.01 to 1000; got ${show(issue.input)}.` })
    .optional()
    .describe(d.roas_bid),
  skip_learning_phase: booleanField('skip_learning_phase').optional().describe(d.skip_learning_phase),
  schedule_type: enumField('schedule_type', SCHEDULE_TYPES).optional().describe(d.schedule_type),
  dayparting: daypartingField().optional().describe(d.dayparting),
  frequency: integerInRange('frequency', 1, 1000, 'impressions').optional().describe(d.frequency),
  frequency_schedule: integerInRange('frequency_schedule', 1, 30, 'days')
    .optional()
    .describe(d.frequency_schedule),
  location_ids: idList('location_ids', {
    min: 1,
    max: 3000,
    emptyHint: "omit location_ids to target the US (['6252001']).",
  })
    .optional()
    .describe(d.location_ids),
  age_groups: enumList('age_groups', AGE_GROUPS, {
    advise: ageAdvice,
    min: 1,
    emptyHint: 'omit age_groups to target every age from 18.',
  })
    .optional()
    .describe(d.age_groups),
  gender: enumField('gender', GENDERS).optional().describe(d.gender),
  languages: z
    .array(
      z
        .string({
          error: typeError({ field: 'languages', item: true }, "an ISO-639 language code such as 'en'"),
        })
        .regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?$/, {
          error: (issue) =>
            `each languages value must be an ISO-639 language code such as 'en' or 'es'; got ${show(issue.input)}.`,
        }),
      { error: typeError({ field: 'languages' }, "a list of language codes such as ['en']") },
    )
    .optional()
    .describe(d.languages),
  operating_systems: enumList('operating_systems', OPERATING_SYSTEMS)
    .optional()
    .describe(d.operating_systems),
  device_model_ids: idList('device_model_ids').optional().describe(d.device_model_ids),
  device_price_ranges: z
    .array(
      z
        .number({
          error: typeError({ field: 'device_price_ranges', item: true }, 'a price tier from 0 to 4'),
        })
        .int({
          error: (issue) =>
            `each device_price_ranges value must be a tier from 0 to 4; got ${show(issue.input)}.`,
        })
        .min(0, {
          error: (issue) =>
            `each device_price_ranges value must be a tier from 0 to 4; got ${show(issue.input)}.`,
        })
        .max(4, {
          error: (issue) =>
            `each device_price_ranges value must be a tier from 0 to 4 (0 = under USD 200 ... 4 = over USD 800), not a price; got ${show(issue.input)}.`,
        }),
      {
        error: typeError({ field: 'device_price_ranges' }, 'a list of price tiers from 0 to 4, e.g. [3, 4]'),
      },
    )
    .optional()
    .describe(d.device_price_ranges),
  network_types: enumList('network_types', NETWORK_TYPES).optional().describe(d.network_types),
  carrier_ids: idList('carrier_ids').optional().describe(d.carrier_ids),
  spending_power: enumField('spending_power', SPENDING_POWERS).optional().describe(d.spending_power),
  household_income: enumList('household_income', HOUSEHOLD_INCOMES).optional().describe(d.household_income),
  contextual_tag_ids: idList('contextual_tag_ids').optional().describe(d.contextual_tag_ids),
  audience_ids: idList('audience_ids').optional().describe(d.audience_ids),
  excluded_audience_ids: idList('excluded_audience_ids').optional().describe(d.excluded_audience_ids),
  audience_rule: z
    .record(z.string(), z.unknown(), {
      error: typeError(
        { field: 'audience_rule' },
        "an object such as {'audience_op': 'union', 'audience_ids': ['x'], 'lookalike_audience_ids': ['y']}",
      ),
    })
    .optional()
    .describe(d.audience_rule),
  audience_type: enumField('audience_type', AUDIENCE_TYPES).optional().describe(d.audience_type),
  included_custom_actions: customActionsField('included_custom_actions')
    .optional()
    .describe(d.included_custom_actions),
  excluded_custom_actions: customActionsField('excluded_custom_actions')
    .optional()
    .describe(d.excluded_custom_actions),
  interest_category_ids: idList('interest_category_ids').optional().describe(d.interest_category_ids),
  interest_keyword_ids: idList('interest_keyword_ids').optional().describe(d.interest_keyword_ids),
  interest_keywords: z
    .array(interestKeywordItem(), {
      error: typeError(
        { field: 'interest_keywords' },
        'a list of numeric keyword IDs (use interest_keyword_ids instead)',
      ),
    })
    .optional()
    .describe(d.interest_keywords),
  purchase_intention_keyword_ids: idList('purchase_intention_keyword_ids')
    .optional()
    .describe(d.purchase_intention_keyword_ids),
  placement_type: enumField('placement_type', PLACEMENT_TYPES).optional().describe(d.placement_type),
  placements: enumList('placements', PLACEMENTS, {
    min: 1,
    emptyHint: "omit placements to place on TikTok only (['PLACEMENT_TIKTOK']).",
  })
    .optional()
    .describe(d.placements),
  blocked_pangle_app_ids: z
    .array(
      z
        .string({
          error: typeError({ field: 'blocked_pangle_app_ids', item: true }, 'an app ID (its package ID)'),
        })
        .min(1, { error: 'each blocked_pangle_app_ids value must be a non-empty app ID.' }),
      { error: typeError({ field: 'blocked_pangle_app_ids' }, 'a list of app IDs') },
    )
    .optional()
    .describe(d.blocked_pangle_app_ids),
  included_pangle_audience_package_ids: idList('included_pangle_audience_package_ids')
    .optional()
    .describe(d.included_pangle_audience_package_ids),
  excluded_pangle_audience_package_ids: idList('excluded_pangle_audience_package_ids')
    .optional()
    .describe(d.excluded_pangle_audience_package_ids),
  brand_safety_partner: enumField('brand_safety_partner', BRAND_SAFETY_PARTNERS)
    .optional()
    .describe(d.brand_safety_partner),
  brand_safety_type: enumField('brand_safety_type', BRAND_SAFETY_TYPES)
    .optional()
    .describe(d.brand_safety_type),
  pixel_id: idString('pixel_id', {
    hint: "That looks like the Pixel Code; pixel_id is the numeric Pixel ID, e.g. '1776777769': list_tiktok_pixels shows both.",
  })
    .optional()
    .describe(d.pixel_id),
  optimization_event: eventField('optimization_event').optional().describe(d.optimization_event),
  secondary_optimization_event: eventField('secondary_optimization_event')
    .optional()
    .describe(d.secondary_optimization_event),
  next_day_retention: z
    .number({
      error: typeError({ field: 'next_day_retention' }, 'a ratio greater than 0 and at most 1, e.g. 0.35'),
    })
    .gt(0, {
      error: (issue) => `next_day_retention must be greater than 0 and at most 1; got ${show(issue.input)}.`,
    })
    .lte(1, {
      error: (issue) =>
        `next_day_retention must be greater than 0 and at most 1 (a ratio, not a percentage); got ${show(issue.input)}.`,
    })
    .optional()
    .describe(d.next_day_retention),
  conversion_id: idString('conversion_id').optional().describe(d.conversion_id),
  auto_targeting_enabled: enumField('auto_targeting_enabled', ON_OFF)
    .optional()
    .describe(d.auto_targeting_enabled),
  targeting_expansion: z
    .looseObject(
      {
        expansion_type_ids: z
          .array(z.string({ error: 'each targeting_expansion.expansion_type_ids value must be a string.' }), {
            error: 'targeting_expansion.expansion_type_ids must be a list of strings.',
          })
          .optional(),
        expand_age: booleanField('targeting_expansion.expand_age').optional(),
        expand_gender: booleanField('targeting_expansion.expand_gender').optional(),
      },
      {
        error: typeError(
          { field: 'targeting_expansion' },
          "an object such as {'expansion_type_ids': [...], 'expand_age': true, 'expand_gender': true}",
        ),
      },
    )
    .optional()
    .describe(d.targeting_expansion),
  pacing: enumField('pacing', PACING_MODES).optional().describe(d.pacing),
  creative_material_mode: enumField('creative_material_mode', CREATIVE_MATERIAL_MODES)
    .optional()
    .describe(d.creative_material_mode),
  video_download_disabled: booleanField('video_download_disabled')
    .optional()
    .describe(d.video_download_disabled),
  comment_disabled: booleanField('comment_disabled').optional().describe(d.comment_disabled),
  is_hfss: booleanField('is_hfss').optional().describe(d.is_hfss),
  statistic_type: enumField('statistic_type', STATISTIC_TYPES).optional().describe(d.statistic_type),
  billing_event: enumField('billing_event', BILLING_EVENTS).optional().describe(d.billing_event),
  optimization_goal: enumField('optimization_goal', OPTIMIZATION_GOALS, {
    advise: goalAdvice,
    suggest: OPTIMIZATION_GOALS.filter((goal) => goal !== 'VIDEO_VIEW'),
  })
    .optional()
    .describe(d.optimization_goal),
  promotion_type: enumField('promotion_type', PROMOTION_TYPES).optional().describe(d.promotion_type),
  budget_mode: enumField('budget_mode', BUDGET_MODES)
    .optional()
    .meta({ default: 'BUDGET_MODE_DAY' })
    .describe(d.budget_mode),
  // No `default` here: omitted means "the campaign's objective" (see the tool's doc).
  objective: enumField('objective', OBJECTIVES).optional().describe(d.objective),
  schedule_start_time: timeField('schedule_start_time').optional().describe(d.schedule_start_time),
  schedule_end_time: timeField('schedule_end_time').optional().describe(d.schedule_end_time),
  advertiser_id: idString('advertiser_id').optional().describe(d.advertiser_id),
  dry_run: booleanField('dry_run').optional().meta({ default: false }).describe(d.dry_run),
  app_id: idString('app_id').optional().describe(d.app_id),
  operation_status: enumField('operation_status', OPERATION_STATUSES)
    .optional()
    .meta({ default: 'ENABLE' })
    .describe(d.operation_status),
});

/** The arguments after the schema (IDs are strings; nothing defaulted). */
export type AddTikTokAdGroupArgs = z.output<typeof addTikTokAdGroupSchema>;
/** The arguments as a caller may send them (IDs may be safe-integer numbers). */
export type AddTikTokAdGroupInput = z.input<typeof addTikTokAdGroupSchema>;

/** Every argument name: the required ones, then the page's order. */
export const ARGUMENT_NAMES = Object.keys(addTikTokAdGroupSchema.shape) as Array<keyof AddTikTokAdGroupArgs>;

/** `isDryRun` for the tool definition. */
export function isAddTikTokAdGroupDryRun(args: Pick<AddTikTokAdGroupArgs, 'dry_run'>): boolean {
  return args.dry_run === true;
}

/** The arguments are an ad group's settings in the shared domain's terms (a compile-time check). */
export const argumentsAreSettings = (args: AddTikTokAdGroupArgs): AdGroupSettings => args;
