/** Demographics, devices, interests, keywords and audiences (SDK `AdgroupCreateBody` targeting fields). */
import { audienceRuleIds } from '../audience-rule.js';
import {
  DEFAULT_AGE_GROUPS,
  DEFAULT_GENDER,
  DEFAULT_LOCATION_IDS,
  devicePriceRange,
  unique,
} from '../defaults.js';
import {
  COUNTRY_NAMES,
  TIKTOK_HOUSEHOLD_INCOME,
  TIKTOK_HOUSEHOLD_INCOMES,
  US_LOCATION_ID,
} from '../enums.js';
import { type BodyBuilder, listed } from './builder.js';

export function buildDemographics(b: BodyBuilder): void {
  const { args, s } = b;
  b.put(
    'location_ids',
    args.location_ids
      ? unique(args.location_ids)
      : b.applied('location_ids', [...DEFAULT_LOCATION_IDS], 'the United States (6252001)'),
  );
  b.put(
    'age_groups',
    args.age_groups
      ? unique(args.age_groups)
      : b.applied(
          'age_groups',
          [...DEFAULT_AGE_GROUPS],
          'every age from 18 (people under 18 are included only when asked for)',
        ),
  );
  if (s.ageGroups.includes('AGE_13_17') && s.locationIds.some((id) => COUNTRY_NAMES[id] === undefined)) {
    b.warn(
      'AGE_13_17 with a location this tool cannot place: in the US, Latin America, the EEA, the UK, Switzerland and Canada, TikTok allows only broad targeting (age, language, location, device) with people under 18.',
    );
  }
  b.put('gender', args.gender ?? b.applied('gender', DEFAULT_GENDER, 'every gender'));
  b.put('languages', listed(args.languages));
  b.put('device_model_ids', listed(args.device_model_ids));
  b.put(
    'device_price_ranges',
    args.device_price_ranges ? devicePriceRange(args.device_price_ranges) : undefined,
  );
  b.put('network_types', listed(args.network_types));
  b.put('carrier_ids', listed(args.carrier_ids));
  b.put('spending_power', args.spending_power);
  buildHouseholdIncome(b);
}

/** The page's cumulative brackets become every TikTok band they cover, richest first. */
function buildHouseholdIncome(b: BodyBuilder): void {
  const brackets = listed(b.args.household_income);
  if (!brackets) return;
  const bands = new Set(brackets.flatMap((bracket) => TIKTOK_HOUSEHOLD_INCOME[bracket]));
  const sent = TIKTOK_HOUSEHOLD_INCOMES.filter((band) => bands.has(band));
  b.put(
    'household_income',
    b.applied(
      'household_income',
      sent,
      `TikTok's household-income values are bands (top 5%, 5-10%, 10-25%, 25-50% of US ZIP codes): ${brackets.join(', ')} is every band it covers`,
    ),
  );
  b.warn(
    b.s.locationIds.includes(US_LOCATION_ID)
      ? 'household_income is allowlist-only on TikTok: if the advertiser is not on the allowlist, TikTok refuses it.'
      : 'household_income targets US households only: make sure every location in location_ids is in the US (TikTok refuses it elsewhere). It is also allowlist-only on TikTok.',
  );
}

export function buildInterests(b: BodyBuilder): void {
  const { args, objective, s } = b;
  b.put('interest_category_ids', listed(args.interest_category_ids));
  b.put('interest_keyword_ids', s.interestKeywordIds.length > 0 ? s.interestKeywordIds : undefined);
  if (args.interest_keywords && args.interest_keywords.length > 0) {
    b.warn(
      `interest_keywords is deprecated: its IDs (${unique(args.interest_keywords).join(', ')}) were sent as interest_keyword_ids. Use interest_keyword_ids next time.`,
    );
  }
  b.put('purchase_intention_keyword_ids', listed(args.purchase_intention_keyword_ids));
  b.put('contextual_tag_ids', listed(args.contextual_tag_ids));
  if (args.contextual_tag_ids?.length) {
    const notes = ['contextual_tag_ids is allowlist-only on TikTok'];
    if (objective !== 'REACH' && objective !== 'VIDEO_VIEWS')
      notes.push(`documented for REACH and VIDEO_VIEWS only, not ${objective}`);
    b.warn(`${notes.join(', ')}; TikTok may refuse it.`);
  }
}

export function buildAudiences(b: BodyBuilder): void {
  const { args } = b;
  const fromRule = audienceRuleIds(args.audience_rule);
  if (fromRule) {
    b.applied(
      'audience_rule',
      fromRule,
      "a union of audiences, sent as TikTok's audience_ids (TikTok's audience_rule has another shape; audience_ids targets people in any of the audiences)",
    );
  }
  b.put('audience_ids', listed([...(args.audience_ids ?? []), ...(fromRule ?? [])]));
  b.put('excluded_audience_ids', listed(args.excluded_audience_ids));
  if (args.audience_type) {
    b.warn(
      `audience_type ${args.audience_type} was not sent: TikTok's field of that name is for app-retargeting ad groups only. The audiences in audience_ids are targeted exactly as listed, whatever their type.`,
    );
  }
  buildRetiredSwitches(b);
}

/** TikTok no longer lets these be turned on (since June 2024, TT-UPD): nothing is sent. */
function buildRetiredSwitches(b: BodyBuilder): void {
  const { args } = b;
  if (args.auto_targeting_enabled === 'ON') {
    b.warn(
      'auto_targeting_enabled ON was not sent: TikTok no longer lets auto-targeting be turned on (since June 2024). The ad group targets exactly what you set; nothing is broadened.',
    );
  }
  const expansion = args.targeting_expansion as Record<string, unknown> | undefined;
  const on =
    expansion !== undefined &&
    (expansion.expand_age === true ||
      expansion.expand_gender === true ||
      ((expansion.expansion_type_ids as unknown[] | undefined)?.length ?? 0) > 0 ||
      expansion.expansion_enabled === true);
  if (on) {
    b.warn(
      'targeting_expansion was not sent: TikTok no longer lets targeting expansion be turned on (since June 2024). The ad group targets exactly what you set; nothing is broadened.',
    );
  }
}
