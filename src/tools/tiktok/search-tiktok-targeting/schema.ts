/**
 * The arguments of `search_tiktok_targeting`: the hosted product's (reference: hosted-tool-api.md
 * §2.2), with its defaults. Arguments that do not apply to the chosen `targeting_type` are not
 * refused (the hosted example sends them all) but named in the answer as ignored.
 */
import { z } from 'zod';
import type { ArgumentIssue } from '../../../errors.js';
import { advertiserIdField } from '../advertiser-field.js';
import { enumField } from '../fields/index.js';

export const TARGETING_TYPES = [
  'interest_categories',
  'interest_keywords',
  'regions',
  'languages',
  'action_categories',
  'carriers',
  'device_models',
] as const;
export type TargetingType = (typeof TARGETING_TYPES)[number];

/**
 * The languages TikTok names regions, interest and action categories in (SDK `ToolApi.md`
 * `tool_interest_category` and `yml_files/tool_action_category.yml` `language`).
 */
export const CATEGORY_LANGUAGES = [
  'en',
  'zh',
  'ja',
  'de',
  'es',
  'fr',
  'id',
  'it',
  'ko',
  'ru',
  'th',
  'tr',
  'vi',
  'ar',
  'pt',
  'ms',
] as const;

/**
 * The languages of `/tool/interest_keyword/recommend/` (SDK `ToolApi.md`
 * `tool_interest_keyword_recommend` `language`): Hindi instead of Portuguese.
 */
export const KEYWORD_LANGUAGES = [
  'fr',
  'id',
  'it',
  'ja',
  'ms',
  'ar',
  'vi',
  'en',
  'ru',
  'es',
  'th',
  'tr',
  'hi',
  'zh',
  'de',
  'ko',
] as const;

/** Every language some look-up takes; which one applies is checked per targeting type. */
export const RESULT_LANGUAGES = [...CATEGORY_LANGUAGES, 'hi'] as const;

export const LEVEL_RANGES = ['ALL', 'TO_COUNTRY', 'TO_PROVINCE', 'TO_CITY', 'TO_DISTRICT'] as const;

/** TikTok's objective types, plus add_tiktok_ad_group's CONVERSIONS (TikTok: WEB_CONVERSIONS). */
export const OBJECTIVE_TYPES = [
  'TRAFFIC',
  'CONVERSIONS',
  'WEB_CONVERSIONS',
  'LEAD_GENERATION',
  'REACH',
  'VIDEO_VIEWS',
  'APP_PROMOTION',
  'ENGAGEMENT',
  'PRODUCT_SALES',
] as const;

export const PLACEMENTS = ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE', 'PLACEMENT_GLOBAL_APP_BUNDLE'] as const;

export const DEFAULTS = {
  audience_type: 'GENERAL_INTEREST',
  mode: 'FUZZ_MATCH',
  limit: 50,
  language: 'en',
  level_range: 'TO_COUNTRY',
  objective_type: 'TRAFFIC',
  placements: ['PLACEMENT_TIKTOK'],
} as const;

export const searchTikTokTargetingSchema = z.strictObject({
  targeting_type: enumField('targeting_type', TARGETING_TYPES).describe(
    "What to search. 'regions': countries, provinces and cities, ids for add_tiktok_ad_group's `location_ids`. " +
      "'interest_categories': TikTok's interest taxonomy, for `interest_category_ids`. 'interest_keywords': keywords " +
      'related to `keyword`, for `interest_keyword_ids` (or `purchase_intention_keyword_ids` with audience_type ' +
      "PURCHASE_INTENTION). 'languages': language codes for `languages`. 'action_categories': behaviour categories " +
      "(TikTok's `actions` targeting). 'carriers': mobile carriers, for `carrier_ids`. 'device_models': phone models, " +
      'for `device_model_ids`.',
  ),
  keyword: z
    .string({ error: 'keyword must be a string, e.g. "running".' })
    .trim()
    .min(1, { error: 'keyword must not be empty.' })
    .max(100, { error: 'keyword must be at most 100 characters.' })
    .optional()
    .describe(
      "Seed keyword for interest_keywords search. Required when targeting_type='interest_keywords'. For the other " +
        "types it filters the results by name (e.g. 'united' finds United States and United Kingdom).",
    ),
  audience_type: enumField('audience_type', ['GENERAL_INTEREST', 'PURCHASE_INTENTION'])
    .optional()
    .meta({ default: DEFAULTS.audience_type })
    .describe(
      "Audience type for interest_keywords: 'GENERAL_INTEREST' (default; ids for interest_keyword_ids) or " +
        "'PURCHASE_INTENTION' (ids for purchase_intention_keyword_ids).",
    ),
  mode: enumField('mode', ['FUZZ_MATCH', 'SEMANTIC_RECOMMEND'])
    .optional()
    .meta({ default: DEFAULTS.mode })
    .describe("Search mode for interest_keywords: 'FUZZ_MATCH' (default) or 'SEMANTIC_RECOMMEND'."),
  limit: z
    .number({ error: 'limit must be a whole number from 1 to 50.' })
    .int({ error: 'limit must be a whole number from 1 to 50.' })
    .min(1, { error: 'limit must be from 1 to 50.' })
    .max(50, { error: 'limit must be from 1 to 50.' })
    .optional()
    .meta({ default: DEFAULTS.limit })
    .describe('Max results for interest_keywords (1-50). Default: 50.'),
  language: enumField('language', RESULT_LANGUAGES)
    .optional()
    .meta({ default: DEFAULTS.language })
    .describe(
      "Language for result names (regions, interest categories, action categories, interest keywords). Default: 'en'. " +
        `Regions and categories: ${CATEGORY_LANGUAGES.join(', ')}. Interest keywords: ${KEYWORD_LANGUAGES.join(', ')}.`,
    ),
  level_range: enumField('level_range', LEVEL_RANGES)
    .optional()
    .meta({ default: DEFAULTS.level_range })
    .describe(
      "Region detail level: 'ALL', 'TO_COUNTRY', 'TO_PROVINCE', 'TO_CITY', 'TO_DISTRICT'. Default: TO_COUNTRY.",
    ),
  objective_type: enumField('objective_type', OBJECTIVE_TYPES)
    .optional()
    .meta({ default: DEFAULTS.objective_type })
    .describe(
      "Campaign objective for regions lookup (TikTok's list depends on it). Default: TRAFFIC. CONVERSIONS means " +
        "TikTok's WEB_CONVERSIONS.",
    ),
  operating_system: enumField('operating_system', ['ANDROID', 'IOS'])
    .optional()
    .describe("OS filter for regions and device_models: 'ANDROID' or 'IOS'. Optional."),
  placements: z
    .array(enumField('placements', PLACEMENTS, { item: true }), {
      error: "placements must be a list such as ['PLACEMENT_TIKTOK'].",
    })
    .min(1, { error: "placements must not be empty; leave it out for ['PLACEMENT_TIKTOK']." })
    .optional()
    .meta({ default: DEFAULTS.placements })
    .describe(
      "Placements filter for regions and interest categories: ['PLACEMENT_TIKTOK'], ['PLACEMENT_PANGLE'], etc. " +
        'Default: TikTok only.',
    ),
  advertiser_id: advertiserIdField(),
});

export type SearchTikTokTargetingArgs = z.output<typeof searchTikTokTargetingSchema>;
export type OptionalArgument = Exclude<keyof SearchTikTokTargetingArgs, 'targeting_type' | 'advertiser_id'>;

export function searchTikTokTargetingRules(args: Partial<SearchTikTokTargetingArgs>): ArgumentIssue[] {
  const issues: ArgumentIssue[] = [];
  if (args.targeting_type === 'interest_keywords' && args.keyword === undefined) {
    issues.push({
      path: 'keyword',
      code: 'required',
      message:
        "keyword is required when targeting_type is 'interest_keywords': the seed keyword to find related " +
        "interest keywords for, e.g. 'running'.",
    });
  }
  const language = args.language;
  if (language === undefined || args.targeting_type === undefined) return issues;
  const keywords = args.targeting_type === 'interest_keywords';
  const allowed: readonly string[] = keywords ? KEYWORD_LANGUAGES : CATEGORY_LANGUAGES;
  if (!allowed.includes(language)) {
    issues.push({
      path: 'language',
      code: 'not_allowed_with',
      message: `language '${language}' is not one TikTok takes for ${keywords ? 'interest keywords' : args.targeting_type}: use one of ${allowed.join(', ')}.`,
    });
  }
  return issues;
}
