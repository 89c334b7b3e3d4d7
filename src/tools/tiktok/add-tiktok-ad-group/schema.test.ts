import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DESCRIPTIONS, SEED_FIELDS, type SeedField } from './descriptions.js';
import { addTikTokAdGroupSchema, isAddTikTokAdGroupDryRun } from './schema.js';
import { BASE, checkArguments } from './test-support/fixtures.js';

/** The type column of the seed page. */
const SEED_TYPES: Record<SeedField, 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object'> = {
  bid_type: 'string',
  bid_price: 'number',
  conversion_bid_price: 'number',
  bid_display_mode: 'string',
  deep_bid_type: 'string',
  deep_cpa_bid: 'number',
  roas_bid: 'number',
  skip_learning_phase: 'boolean',
  schedule_type: 'string',
  dayparting: 'string',
  frequency: 'integer',
  frequency_schedule: 'integer',
  location_ids: 'array',
  age_groups: 'array',
  gender: 'string',
  languages: 'array',
  operating_systems: 'array',
  device_model_ids: 'array',
  device_price_ranges: 'array',
  network_types: 'array',
  carrier_ids: 'array',
  spending_power: 'string',
  household_income: 'array',
  contextual_tag_ids: 'array',
  audience_ids: 'array',
  excluded_audience_ids: 'array',
  audience_rule: 'object',
  audience_type: 'string',
  included_custom_actions: 'array',
  excluded_custom_actions: 'array',
  interest_category_ids: 'array',
  interest_keyword_ids: 'array',
  interest_keywords: 'array',
  purchase_intention_keyword_ids: 'array',
  placement_type: 'string',
  placements: 'array',
  blocked_pangle_app_ids: 'array',
  included_pangle_audience_package_ids: 'array',
  excluded_pangle_audience_package_ids: 'array',
  brand_safety_partner: 'string',
  brand_safety_type: 'string',
  pixel_id: 'string',
  optimization_event: 'string',
  secondary_optimization_event: 'string',
  next_day_retention: 'number',
  conversion_id: 'string',
  auto_targeting_enabled: 'string',
  targeting_expansion: 'object',
  pacing: 'string',
  creative_material_mode: 'string',
  video_download_disabled: 'boolean',
  comment_disabled: 'boolean',
  is_hfss: 'boolean',
  statistic_type: 'string',
  billing_event: 'string',
  optimization_goal: 'string',
  promotion_type: 'string',
  campaign_id: 'string',
  adgroup_name: 'string',
  budget: 'number',
  budget_mode: 'string',
  objective: 'string',
  schedule_start_time: 'string',
  schedule_end_time: 'string',
  advertiser_id: 'string',
};

const jsonSchema = z.toJSONSchema(addTikTokAdGroupSchema, { io: 'input' }) as {
  properties: Record<string, { type?: string; description?: string; default?: unknown; enum?: string[] }>;
  required: string[];
  additionalProperties: boolean;
};

function issuesOf(extra: Record<string, unknown>, base: Record<string, unknown> = BASE) {
  return checkArguments({ ...base, ...extra }).issues;
}

describe('the seed page is the contract', () => {
  it('has all 65 fields of the page, plus dry_run, app_id and operation_status: the required ones first, then the page order', () => {
    expect(SEED_FIELDS).toHaveLength(65);
    const required = ['campaign_id', 'adgroup_name', 'budget'];
    expect(Object.keys(addTikTokAdGroupSchema.shape)).toEqual([
      ...required,
      ...SEED_FIELDS.filter((field) => !required.includes(field)),
      'dry_run',
      'app_id',
      'operation_status',
    ]);
  });

  it("describes the fields in adgate's own words: no other product, no internal notes, adgate's look-ups, UTC times", () => {
    for (const [field, text] of Object.entries(DESCRIPTIONS)) {
      expect(text, field).not.toMatch(/Adspirer|live-verified|\d{4}-\d{2}-\d{2} \(|Ads Manager → Targeting/);
    }
    for (const field of ['schedule_start_time', 'schedule_end_time'] as const)
      expect(DESCRIPTIONS[field]).toContain('UTC');
    expect(DESCRIPTIONS.pixel_id).toContain('list_tiktok_pixels');
    expect(DESCRIPTIONS.device_model_ids).toContain('search_tiktok_targeting');
    expect(DESCRIPTIONS.carrier_ids).toContain('search_tiktok_targeting');
  });

  it.each(SEED_FIELDS.map((field) => [field]))('%s: its description and the page type', (field) => {
    const property = jsonSchema.properties[field];
    expect(property?.description).toBe(DESCRIPTIONS[field]);
    const type = SEED_TYPES[field];
    expect(property?.type).toBe(type);
  });

  it('requires exactly campaign_id, adgroup_name and budget, and refuses unknown fields', () => {
    expect(jsonSchema.required.sort()).toEqual(['adgroup_name', 'budget', 'campaign_id']);
    expect(jsonSchema.additionalProperties).toBe(false);
  });

  it('shows the page default of budget_mode, but none for objective (omitted means "the campaign\'s")', () => {
    expect(jsonSchema.properties.budget_mode?.default).toBe('BUDGET_MODE_DAY');
    expect(jsonSchema.properties.objective).not.toHaveProperty('default');
    expect(jsonSchema.properties.objective?.enum).toEqual([
      'TRAFFIC',
      'CONVERSIONS',
      'LEAD_GENERATION',
      'REACH',
      'VIDEO_VIEWS',
      'APP_PROMOTION',
    ]);
  });

  it('applies no default while parsing, so an omitted objective stays omitted', () => {
    const args = addTikTokAdGroupSchema.parse(BASE);
    expect(args).toEqual(BASE);
    expect('objective' in args).toBe(false);
  });

  it('describes the three extra arguments', () => {
    for (const field of ['dry_run', 'app_id', 'operation_status']) {
      expect(jsonSchema.properties[field]?.description).toBe(
        DESCRIPTIONS[field as keyof typeof DESCRIPTIONS],
      );
    }
    expect(jsonSchema.properties.operation_status?.enum).toEqual(['ENABLE', 'DISABLE']);
  });

  it('isDryRun reads dry_run', () => {
    expect(isAddTikTokAdGroupDryRun({ dry_run: true })).toBe(true);
    expect(isAddTikTokAdGroupDryRun({ dry_run: false })).toBe(false);
    expect(isAddTikTokAdGroupDryRun({})).toBe(false);
  });
});

describe('IDs are strings of digits', () => {
  it.each([
    ['a string of digits', '1790000000000001', '1790000000000001'],
    ['a safe integer', 1790000000000001, '1790000000000001'],
    ['zero', 0, '0'],
  ])('accepts %s', (_what, value, expected) => {
    expect(addTikTokAdGroupSchema.parse({ ...BASE, campaign_id: value }).campaign_id).toBe(expected);
  });

  it('converts numbers inside lists', () => {
    const args = addTikTokAdGroupSchema.parse({
      ...BASE,
      location_ids: [6252001, '2635167'],
      audience_ids: [42],
    });
    expect(args.location_ids).toEqual(['6252001', '2635167']);
    expect(args.audience_ids).toEqual(['42']);
  });

  it.each([
    ['a number above 2^53', 2 ** 60, 'id_not_string', 'Send IDs as strings'],
    ['a fraction', 12.5, 'id_not_string', 'Send IDs as strings'],
    ['a negative number', -5, 'id_not_string', 'Send IDs as strings'],
    ['letters', 'abc', 'invalid_format', 'string of digits'],
    ['an empty string', '', 'invalid_format', 'string of digits'],
    ['a boolean', true, 'invalid_type', 'string of digits'],
    ['null', null, 'invalid_type', 'string of digits'],
  ])('refuses %s', (_what, value, code, text) => {
    const issues = issuesOf({ campaign_id: value });
    expect(issues).toContainEqual({ path: 'campaign_id', code, message: expect.stringContaining(text) });
    expect(issues.find((issue) => issue.path === 'campaign_id')?.message).toContain('campaign_id');
  });

  it('refuses a lost-precision ID inside a list at its index', () => {
    expect(issuesOf({ audience_ids: ['1', 2 ** 55] })).toContainEqual({
      path: 'audience_ids.1',
      code: 'id_not_string',
      message: expect.stringContaining('Send IDs as strings'),
    });
  });
});

describe('enum near misses get "did you mean"', () => {
  it.each([
    ['gender', 'GENDER_MALES', 'GENDER_MALE'],
    ['gender', 'female', 'GENDER_FEMALE'],
    ['bid_type', 'CUSTOM', 'BID_TYPE_CUSTOM'],
    ['budget_mode', 'BUDGET_MODE_DAILY', 'BUDGET_MODE_DAY'],
    ['objective', 'CONVERSION', 'CONVERSIONS'],
    ['pacing', 'SMOOTH', 'PACING_MODE_SMOOTH'],
    ['placement_type', 'AUTOMATIC', 'PLACEMENT_TYPE_AUTOMATIC'],
    ['optimization_goal', 'ENGAGED_VIEWS', 'ENGAGED_VIEW'],
    ['billing_event', 'oCPM', 'OCPM'],
    ['statistic_type', '1D_VIEW + 7D_CLICK', '1D_VIEW_7D_CLICK'],
    ['promotion_type', 'APP_IPHONE', undefined],
  ])('%s %s', (field, value, suggestion) => {
    const issue = issuesOf({ [field]: value }).find((i) => i.path === field);
    expect(issue?.code).toBe('invalid_enum_value');
    expect(issue?.message).toContain(`${field} must be one of`);
    if (suggestion) expect(issue?.message).toContain(`Did you mean \`${suggestion}\`?`);
    else expect(issue?.message).not.toContain('Did you mean');
  });

  it.each([
    ['age_groups', ['AGE_18_24', '25-34'], 'age_groups.1', 'AGE_25_34'],
    ['placements', ['TIKTOK'], 'placements.0', 'PLACEMENT_TIKTOK'],
    ['network_types', ['wifi'], 'network_types.0', 'WIFI'],
    ['household_income', ['TOP_5'], 'household_income.0', 'TOP_5_PERCENT'],
  ])('%s items', (field, value, path, suggestion) => {
    expect(issuesOf({ [field]: value })).toContainEqual({
      path,
      code: 'invalid_enum_value',
      message: expect.stringContaining(`Did you mean \`${suggestion}\`?`),
    });
  });
});

describe('no "did you mean" that points at the wrong value', () => {
  it.each([
    ['optimization_goal', 'VIDEO_VIEWS', 'use ENGAGED_VIEW'],
    ['optimization_goal', 'CONVERSIONS', 'use CONVERT'],
    ['optimization_goal', 'LEADS', 'use LEAD_GENERATION'],
  ])('%s %s', (field, value, advice) => {
    const issue = issuesOf({ [field]: value }).find((i) => i.path === field);
    expect(issue?.code).toBe('invalid_enum_value');
    expect(issue?.message).toContain(advice);
    expect(issue?.message).not.toContain('Did you mean');
  });

  it('never suggests the deprecated goal VIDEO_VIEW', () => {
    for (const value of ['VIDEO_VIEWS', 'VIDEOVIEW', 'VIDEO_VIEWED']) {
      const issue = issuesOf({ optimization_goal: value }).find((i) => i.path === 'optimization_goal');
      expect(issue?.message, value).toMatch(/must be one of/);
      expect(issue?.message, value).not.toContain('`VIDEO_VIEW`');
    }
  });

  it.each([
    ['18-34', 'for 18-34, list ["AGE_18_24", "AGE_25_34"]'],
    ['AGE_25_54', 'list ["AGE_25_34", "AGE_35_44", "AGE_45_54"]'],
    ['AGE_65_100', 'the closest cover for 65-100 is ["AGE_55_100"]'],
    ['AGE_18_100', 'omit age_groups'],
    ['18+', 'omit age_groups'],
  ])('an age range that is not one bracket: %s', (value, advice) => {
    const issue = issuesOf({ age_groups: [value] }).find((i) => i.path === 'age_groups.0');
    expect(issue?.code).toBe('invalid_enum_value');
    expect(issue?.message).toContain(advice);
    expect(issue?.message).not.toContain('Did you mean');
  });
});

describe('per-field checks', () => {
  const long = 'x'.repeat(513);
  // biome-ignore format: one row per line reads as a table
  const rows: Array<[string, Record<string, unknown>, string, string, string]> = [
    // [what, arguments, path, code, text the message contains]
    ['campaign_id missing', { campaign_id: undefined }, 'campaign_id', 'required', 'campaign_id is required'],
    ['adgroup_name missing', { adgroup_name: undefined }, 'adgroup_name', 'required', 'adgroup_name is required'],
    ['adgroup_name blank', { adgroup_name: '  ' }, 'adgroup_name', 'required', 'give the ad group a name'],
    ['adgroup_name too long', { adgroup_name: long }, 'adgroup_name', 'too_long', 'at most 512 characters'],
    ['adgroup_name with emoji', { adgroup_name: 'Sale 🚀' }, 'adgroup_name', 'invalid_value', 'remove "🚀"'],
    ['budget missing', { budget: undefined }, 'budget', 'required', 'budget is required'],
    ['budget zero', { budget: 0 }, 'budget', 'too_small', 'greater than 0'],
    ['budget as text', { budget: '50' }, 'budget', 'invalid_type', 'a number'],
    ['bid_price negative', { bid_price: -1 }, 'bid_price', 'too_small', 'greater than 0'],
    ['start time not a time', { schedule_start_time: 'tomorrow' }, 'schedule_start_time', 'invalid_format', 'YYYY-MM-DD HH:MM:SS'],
    ['start time 30 February', { schedule_start_time: '2026-02-30 10:00:00' }, 'schedule_start_time', 'invalid_format', 'not a real date'],
    ['end time at 24:00', { schedule_end_time: '2026-06-01 24:00:00' }, 'schedule_end_time', 'invalid_format', 'not a real date'],
    ['ISO time with Z', { schedule_start_time: '2026-05-04T08:00:00+02:00' }, 'schedule_start_time', 'invalid_format', 'Did you mean "2026-05-04 06:00:00"'],
    ['dayparting hourly (168)', { dayparting: '1'.repeat(168) }, 'dayparting', 'invalid_length', 'each hour twice'],
    ['dayparting 96 characters', { dayparting: '1'.repeat(96) }, 'dayparting', 'invalid_length', 'other hourly format'],
    ['dayparting wrong length', { dayparting: '1'.repeat(300) }, 'dayparting', 'invalid_length', 'exactly 336'],
    ['dayparting all zeros', { dayparting: '0'.repeat(336) }, 'dayparting', 'ambiguous_value', 'omit dayparting'],
    ['dayparting not binary', { dayparting: `2${ '1'.repeat(335) }` }, 'dayparting', 'invalid_format', 'only the characters 0 and 1'],
    ['frequency 0', { frequency: 0 }, 'frequency', 'too_small', 'from 1 to 1000'],
    ['frequency 2.5', { frequency: 2.5 }, 'frequency', 'invalid_type', 'whole number'],
    ['frequency 1001', { frequency: 1001 }, 'frequency', 'too_big', 'from 1 to 1000'],
    ['frequency_schedule 0', { frequency_schedule: 0 }, 'frequency_schedule', 'too_small', 'from 1 to 30'],
    ['frequency_schedule 31', { frequency_schedule: 31 }, 'frequency_schedule', 'too_big', 'from 1 to 30'],
    ['next_day_retention 0', { next_day_retention: 0 }, 'next_day_retention', 'too_small', 'greater than 0'],
    ['next_day_retention 35 (%)', { next_day_retention: 35 }, 'next_day_retention', 'too_big', 'not a percentage'],
    ['roas_bid too high', { roas_bid: 5000 }, 'roas_bid', 'too_big', 'from 0.01 to 1000'],
    ['device price tier 5', { device_price_ranges: [5] }, 'device_price_ranges.0', 'too_big', 'tier from 0 to 4'],
    ['device price as a price', { device_price_ranges: [800] }, 'device_price_ranges.0', 'too_big', 'not a price'],
    ['location_ids empty', { location_ids: [] }, 'location_ids', 'too_small', 'omit location_ids to target the US'],
    ['age_groups empty', { age_groups: [] }, 'age_groups', 'too_small', 'omit age_groups'],
    ['placements empty', { placements: [] }, 'placements', 'too_small', 'omit placements'],
    ['languages as names', { languages: ['English'] }, 'languages.0', 'invalid_format', "such as 'en'"],
    ['pixel code for pixel_id', { pixel_id: 'D7JNKABC12' }, 'pixel_id', 'invalid_format', 'list_tiktok_pixels shows both'],
    ['interest_keywords words', { interest_keywords: ['running shoes'] }, 'interest_keywords.0', 'unresolved_keyword', "search_tiktok_targeting (targeting_type 'interest_keywords')"],
    ['optimization_event lower case', { optimization_event: 'on_web_order' }, 'optimization_event', 'invalid_format', 'Did you mean `ON_WEB_ORDER`?'],
    ['custom action for video views', { included_custom_actions: [{ action_categories: ['VIDEO_VIEW'], days: 30 }] }, 'included_custom_actions.0.action_categories.0', 'invalid_enum_value', 'engagement custom audience'],
    ['custom action near miss', { excluded_custom_actions: [{ action_categories: ['PURCHASES'], days: 7 }] }, 'excluded_custom_actions.0.action_categories.0', 'invalid_enum_value', 'Did you mean `PURCHASE`?'],
    ["custom action in TikTok's shape", { included_custom_actions: [{ code: 'PURCHASE', days: 7 }] }, 'included_custom_actions.0.code', 'unknown_field', 'takes only action_categories and days'],
    ['custom action days 0', { included_custom_actions: [{ action_categories: ['PURCHASE'], days: 0 }] }, 'included_custom_actions.0.days', 'too_small', 'at least 1'],
    ['audience_rule not an object', { audience_rule: 'union' }, 'audience_rule', 'invalid_type', 'an object'],
    ['targeting_expansion not an object', { targeting_expansion: true }, 'targeting_expansion', 'invalid_type', 'an object'],
    ['comment_disabled as text', { comment_disabled: 'yes' }, 'comment_disabled', 'invalid_type', 'true or false'],
    ['unknown field', { intrest_keyword_ids: ['1'] }, 'intrest_keyword_ids', 'unknown_field', 'Did you mean `interest_keyword_ids`?'],
  ];

  it.each(rows)('%s', (_what, extra, path, code, text) => {
    const input: Record<string, unknown> = { ...BASE, ...extra };
    for (const key of Object.keys(input)) if (input[key] === undefined) delete input[key];
    const issues = checkArguments(input).issues;
    expect(issues).toContainEqual({ path, code, message: expect.stringContaining(text) });
    const root = path.split('.')[0] ?? path;
    if (code !== 'unknown_field')
      expect(issues.find((issue) => issue.path === path)?.message).toContain(root);
  });

  it('accepts the limits themselves', () => {
    expect(
      issuesOf({
        adgroup_name: 'x'.repeat(512),
        frequency: 1000,
        frequency_schedule: 30,
        roas_bid: 0.01,
        device_price_ranges: [0, 1, 2, 3, 4],
      }),
    ).toEqual([]);
    expect(issuesOf({ frequency: 1, frequency_schedule: 1, roas_bid: 1000 })).toEqual([]);
    // Its companions are the rules' business; the field itself takes 1.
    expect(addTikTokAdGroupSchema.shape.next_day_retention.safeParse(1).success).toBe(true);
  });

  it("accepts TikTok's EXPANDED_INVENTORY brand-safety tier", () => {
    expect(issuesOf({ brand_safety_type: 'EXPANDED_INVENTORY' })).toEqual([]);
  });

  it('accepts the numeric Pixel ID and numeric interest keywords', () => {
    expect(
      issuesOf({ objective: 'CONVERSIONS', pixel_id: 1776777769, optimization_event: 'ON_WEB_ORDER' }),
    ).toEqual([]);
    expect(
      addTikTokAdGroupSchema.parse({ ...BASE, interest_keywords: [123, '456'] }).interest_keywords,
    ).toEqual(['123', '456']);
  });
});
