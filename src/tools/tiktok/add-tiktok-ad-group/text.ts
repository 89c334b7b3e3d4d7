/**
 * The result text (`data.text`): what a careful colleague would write after creating the ad group,
 * read from the body that was (or would be) sent, so it says what TikTok was actually asked for.
 */
import { BoundedMemo } from '../../../bounded-memo.js';
import { DEFAULT_AGE_GROUPS } from '../../../domain/adgroup/defaults.js';
import {
  COUNTRY_NAMES,
  DEVICE_PRICE_TIERS,
  type OptimizationGoal,
  objectiveLabel,
} from '../../../domain/adgroup/enums.js';
import { type AdGroupFacts, type AdGroupRequest, effectiveObjective } from '../../../domain/adgroup/index.js';
import { formatMoney } from '../../../domain/currency.js';
import { parseUtc } from '../../../domain/time.js';
import { type AddTikTokAdGroupArgs, DAYPARTING_LENGTH } from './schema.js';

export interface AdGroupTextInput extends AdGroupRequest {
  /** TikTok's ID of the new ad group; undefined for a dry run. */
  adgroupId?: string | undefined;
  /** Whether a tool is in the registry: a next step names only tools that exist. */
  hasTool: (name: string) => boolean;
  args: AddTikTokAdGroupArgs;
  facts: AdGroupFacts;
  dryRun: boolean;
}

const GOAL_WORDS: Record<OptimizationGoal, string> = {
  CLICK: 'clicks',
  TRAFFIC_LANDING_PAGE_VIEW: 'landing-page views',
  CONVERT: 'conversions',
  VALUE: 'conversion value',
  AUTOMATIC_VALUE_OPTIMIZATION: 'conversion value (automatic)',
  REACH: 'reach',
  ENGAGED_VIEW: 'engaged video views',
  ENGAGED_VIEW_FIFTEEN: 'engaged 15-second video views',
  VIDEO_VIEW: 'video views',
  INSTALL: 'app installs',
  IN_APP_EVENT: 'in-app events',
  LEAD_GENERATION: 'leads',
  CONVERSATION: 'conversations',
};

const AGE_WORDS: Record<string, string> = {
  AGE_13_17: '13-17',
  AGE_18_24: '18-24',
  AGE_25_34: '25-34',
  AGE_35_44: '35-44',
  AGE_45_54: '45-54',
  AGE_55_100: '55+',
};

const INCOME_WORDS: Record<string, string> = {
  TOP5: 'top 5%',
  TOP10: 'top 10%',
  TOP10_25: 'top 10-25%',
  TOP25_50: 'top 25-50%',
};

const PLACEMENT_WORDS: Record<string, string> = {
  PLACEMENT_TIKTOK: 'TikTok',
  PLACEMENT_PANGLE: 'Pangle (audience network)',
  PLACEMENT_GLOBAL_APP_BUNDLE: 'Global App Bundle',
};

/** The tool that adds ads to an ad group; named as the next step only once it is registered. */
const ADD_AD_TOOL = 'add_tiktok_ad';

/** ` = value` for a default; nothing for a field deliberately not sent (null). */
function shownValue(value: unknown): string {
  if (value === null) return '';
  if (Array.isArray(value)) return ` = ${value.join(', ')}`;
  if (typeof value === 'object') return ` = ${JSON.stringify(value)}`;
  return ` = ${String(value)}`;
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const ONE = '1'.charCodeAt(0);

/** Markdown-safe user text (names are data, never markup). */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (char) => `\\${char}`);
}

function code(text: unknown): string {
  return `\`${String(text)}\``;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function count(n: number, noun: string): string {
  if (n === 1) return `${n} ${noun}`;
  return `${n} ${/[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`}`;
}

/** `day`, `2 days`: for "every day", "in the last 2 days". */
function days(n: number): string {
  return n === 1 ? 'day' : `${n} days`;
}

/** `00:00` ... `23:30`, and `24:00` for the end of the last slot. */
const SLOT_TIMES = Array.from(
  { length: 49 },
  (_, slot) => `${String(Math.floor(slot / 2)).padStart(2, '0')}:${slot % 2 === 0 ? '00' : '30'}`,
);

/**
 * A 336-character dayparting mask in words, e.g. "Mon-Fri 09:00-17:00; Sat, Sun: off".
 */
export function describeDayparting(mask: string): string {
  if (mask.length !== DAYPARTING_LENGTH) return 'an invalid mask';
  if (!mask.includes('0')) return 'all day, every day';
  const perDay = DAYS.map((_, day) => dayRanges(mask, day * 48));
  const groups: Array<{ from: number; to: number; text: string }> = [];
  perDay.forEach((text, day) => {
    const last = groups[groups.length - 1];
    if (last && last.text === text && last.to === day - 1) last.to = day;
    else groups.push({ from: day, to: day, text });
  });
  return groups.map(({ from, to, text }) => `${dayLabel(from, to)}: ${text}`).join('; ');
}

/**
 * One day's 48 slots (from `first` in the mask) as time ranges: `09:00-17:00, 20:00-22:00`, or
 * `off`. Read in place: slicing the mask per day made dayparting a sixth of this text's time.
 */
function dayRanges(mask: string, first: number): string {
  const ranges: string[] = [];
  let startSlot = -1;
  for (let slot = 0; slot <= 48; slot++) {
    const on = slot < 48 && mask.charCodeAt(first + slot) === ONE;
    if (on && startSlot < 0) startSlot = slot;
    if (on || startSlot < 0) continue;
    ranges.push(`${SLOT_TIMES[startSlot]}-${SLOT_TIMES[slot]}`);
    startSlot = -1;
  }
  return ranges.length === 0 ? 'off' : ranges.join(', ');
}

/** `Mon`, `Sat, Sun`, `Mon-Fri`. */
function dayLabel(from: number, to: number): string {
  if (from === to) return DAYS[from] ?? '';
  return to === from + 1 ? `${DAYS[from]}, ${DAYS[to]}` : `${DAYS[from]}-${DAYS[to]}`;
}

/** One formatter per timezone: building one costs far more than using it. */
const localTimeFormats = new Map<string, Intl.DateTimeFormat>();

function localTimeFormat(timezone: string): Intl.DateTimeFormat {
  let format = localTimeFormats.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    localTimeFormats.set(timezone, format);
  }
  return format;
}

/**
 * Times in words by timezone and text: formatting a date showed at 0.8 % of a call in the
 * profile, and the calls of one campaign or one client's retries name the same schedule times.
 * Bounded, emptied when full (the texts are the format's length: the schema checked them).
 */
const spokenTimes = new BoundedMemo<string, string>(1000);

/** `2026-05-03 10:00:00 UTC (2026-05-03 12:00 in Europe/Paris)` */
function when(utc: string, timezone: string): string {
  return spokenTimes.get(`${timezone}\n${utc}`, () => spokenTime(utc, timezone));
}

function spokenTime(utc: string, timezone: string): string {
  const date = parseUtc(utc);
  if (!date) return `${utc} UTC`;
  try {
    const local = localTimeFormat(timezone).format(date).replace(',', '');
    return timezone === 'UTC' || timezone === 'Etc/UTC'
      ? `${utc} UTC`
      : `${utc} UTC (${local} in ${timezone})`;
  } catch {
    return `${utc} UTC`;
  }
}

function bidUnit(billing: string): string {
  return billing === 'CPC'
    ? 'click'
    : billing === 'CPM'
      ? '1,000 impressions'
      : billing === 'CPV'
        ? 'view'
        : 'result';
}

function targetingLines(body: Record<string, unknown>): string[] {
  const lines = demographicLines(body);
  lines.push(`Devices: ${deviceWords(body).join('; ')}`);
  if (body.spending_power === 'HIGH') lines.push('Spending power: high spenders only');
  const income = strings(body.household_income);
  if (income.length > 0)
    lines.push(`Household income (US): ${income.map((i) => INCOME_WORDS[i] ?? i).join(', ')}`);
  const interests = counted(body, [
    ['interest_category_ids', 'interest category'],
    ['interest_keyword_ids', 'interest keyword'],
    ['purchase_intention_keyword_ids', 'purchase-intent keyword'],
    ['contextual_tag_ids', 'contextual tag'],
  ]);
  lines.push(`Interests: ${interests.length > 0 ? interests.join(', ') : 'none (broad)'}`);
  const audiences: string[] = [];
  const included = strings(body.audience_ids);
  if (included.length > 0) audiences.push(`includes ${included.map(code).join(', ')}`);
  const excluded = strings(body.excluded_audience_ids);
  if (excluded.length > 0) audiences.push(`excludes ${excluded.map(code).join(', ')}`);
  if (audiences.length > 0) lines.push(`Audiences: ${audiences.join('; ')}`);
  lines.push(...placementLines(body));
  return lines;
}

function demographicLines(body: Record<string, unknown>): string[] {
  const locations = strings(body.location_ids);
  const ages = strings(body.age_groups);
  const defaultAges =
    ages.length === DEFAULT_AGE_GROUPS.length && DEFAULT_AGE_GROUPS.every((age) => ages.includes(age));
  const gender =
    body.gender === 'GENDER_MALE' ? 'men' : body.gender === 'GENDER_FEMALE' ? 'women' : 'everyone';
  const lines = [
    `Locations: ${locations.map((id) => (COUNTRY_NAMES[id] ? `${COUNTRY_NAMES[id]} (${id})` : `location ${id}`)).join(', ')}`,
    `Ages: ${defaultAges ? '18 and over' : ages.map((age) => AGE_WORDS[age] ?? age).join(', ')}`,
    `Gender: ${gender}`,
  ];
  const languages = strings(body.languages);
  if (languages.length > 0) lines.push(`Languages: ${languages.join(', ')}`);
  return lines;
}

function deviceWords(body: Record<string, unknown>): string[] {
  const systems = strings(body.operating_systems);
  const devices = [
    systems.length === 1 ? `${systems[0] === 'IOS' ? 'iOS' : 'Android'} only` : 'Android and iOS',
  ];
  const range = Array.isArray(body.device_price_ranges) ? (body.device_price_ranges as number[]) : undefined;
  if (range) {
    const [low = 0, high = 0] = range;
    const tiers = DEVICE_PRICE_TIERS.filter((tier) => tier.low >= low && tier.high <= high);
    devices.push(`phones ${tiers.map((tier) => tier.label).join(', ')}`);
  }
  const networks = strings(body.network_types);
  devices.push(...counted(body, [['device_model_ids', 'device model']]));
  if (networks.length > 0) devices.push(`networks ${networks.join(', ')}`);
  devices.push(...counted(body, [['carrier_ids', 'carrier']]));
  return devices;
}

/** `2 interest categories`, for each listed field that is not empty. */
function counted(body: Record<string, unknown>, fields: Array<[string, string]>): string[] {
  return fields
    .map(([field, noun]) => [strings(body[field]).length, noun] as const)
    .filter(([n]) => n > 0)
    .map(([n, noun]) => count(n, noun));
}

function placementLines(body: Record<string, unknown>): string[] {
  const placements = strings(body.placements).map((p) => PLACEMENT_WORDS[p] ?? p);
  const lines = [
    body.placement_type === 'PLACEMENT_TYPE_AUTOMATIC'
      ? 'Placements: automatic (TikTok picks where to deliver)'
      : `Placements: ${placements.join(', ')}`,
  ];
  const blocked = strings(body.blocked_pangle_app_ids);
  if (blocked.length > 0) lines.push(`Blocked Pangle apps: ${blocked.length}`);
  if (body.brand_safety_type && body.brand_safety_type !== 'NO_BRAND_SAFETY') {
    const partner = body.brand_safety_partner ? ` (${body.brand_safety_partner})` : '';
    lines.push(`Brand safety: ${body.brand_safety_type}${partner}`);
  }
  return lines;
}

function optimisationLines(body: Record<string, unknown>, currency: string): string[] {
  const goal = String(body.optimization_goal);
  const billing = String(body.billing_event);
  const lines = [
    `Optimises for ${GOAL_WORDS[goal as OptimizationGoal] ?? goal} (${goal}), billed ${billing}, with ${bidWords(body, currency)}.`,
  ];
  if (body.deep_bid_type) {
    const extra = [
      body.roas_bid !== undefined ? `minimum ROAS ${body.roas_bid}` : '',
      body.deep_cpa_bid !== undefined
        ? `deep-event bid ${formatMoney(body.deep_cpa_bid as number, currency)}`
        : '',
    ].filter(Boolean);
    lines.push(`Deep bidding: ${body.deep_bid_type}${extra.length > 0 ? ` (${extra.join(', ')})` : ''}.`);
  }
  lines.push(...trackingLines(body));
  if (body.frequency !== undefined) {
    lines.push(
      `Frequency cap: at most ${count(body.frequency as number, 'impression')} per person every ${days(body.frequency_schedule as number)}.`,
    );
  }
  return lines;
}

function bidWords(body: Record<string, unknown>, currency: string): string {
  if (body.bid_type !== 'BID_TYPE_CUSTOM') return 'automatic bidding (BID_TYPE_NO_BID)';
  const amount = (body.conversion_bid_price ?? body.bid_price) as number | undefined;
  return body.conversion_bid_price !== undefined
    ? `a target cost of ${formatMoney(amount ?? 0, currency)} per result (BID_TYPE_CUSTOM)`
    : `a manual bid of ${formatMoney(amount ?? 0, currency)} per ${bidUnit(String(body.billing_event))} (BID_TYPE_CUSTOM)`;
}

function trackingLines(body: Record<string, unknown>): string[] {
  const lines: string[] = [];
  if (body.pixel_id) {
    lines.push(
      `Tracks pixel ${code(body.pixel_id)}, optimising on ${body.optimization_event ?? 'its event'}.`,
    );
  } else if (body.optimization_event) {
    lines.push(`Optimisation event: ${body.optimization_event}.`);
  }
  if (body.secondary_optimization_event) lines.push(`Secondary event: ${body.secondary_optimization_event}.`);
  if (body.next_day_retention !== undefined)
    lines.push(`Target next-day retention: ${body.next_day_retention}.`);
  if (body.custom_conversion_id) lines.push(`Custom conversion: ${code(body.custom_conversion_id)}.`);
  if (body.click_attribution_window) {
    lines.push(
      `Attribution windows: click ${body.click_attribution_window}, view ${body.view_attribution_window ?? 'OFF'}.`,
    );
  }
  return lines;
}

/** The app, the engagement switches and the food-advertising flags, when set. */
function otherLines(body: Record<string, unknown>): string[] {
  const lines: string[] = [];
  if (body.app_id) {
    lines.push(`Promotes app ${code(body.app_id)}${body.promotion_type ? ` (${body.promotion_type})` : ''}`);
  }
  if (body.comment_disabled === true) lines.push('Comments on the ads are turned off');
  if (body.video_download_disabled === true) lines.push('Downloading the ad videos is turned off');
  if (body.is_hfss === true) {
    lines.push(
      `Promotes a food high in fat, salt or sugar (is_hfss)${body.is_lhf_compliance === true ? ', with the confirmation that the ads follow the UK rules for less healthy food (is_lhf_compliance)' : ''}`,
    );
  }
  return lines;
}

export function renderAdGroupText(input: AdGroupTextInput): string {
  const { body } = input;
  const out: string[] = [...headerLines(input), '', '**Budget**', budgetLine(input), ''];
  out.push('**Schedule**', ...scheduleLines(input), '');
  out.push('**Targeting**', ...targetingLines(body).map((line) => `- ${line}`), '');
  out.push(
    '**Optimisation, billing and bid**',
    optimisationLines(body, input.facts.advertiser.currency).join(' '),
  );
  const other = otherLines(body);
  if (other.length > 0) out.push('', '**Other settings**', ...other.map((line) => `- ${line}`));
  if (input.defaultsApplied.length > 0) {
    out.push('', '**Defaults applied**');
    for (const applied of input.defaultsApplied) {
      out.push(`- ${code(applied.field)}${shownValue(applied.value)}: ${applied.reason}.`);
    }
  }
  if (input.warnings.length > 0)
    out.push('', '**Warnings**', ...input.warnings.map((warning) => `- ${warning}`));
  out.push('', '**Next step**', ...nextStepLines(input));
  return out.join('\n');
}

function headerLines(input: AdGroupTextInput): string[] {
  const { adgroupId, args, facts, body, dryRun } = input;
  const { campaign, advertiser } = facts;
  const objective = effectiveObjective(args, facts);
  const name = `"${escapeMarkdown(args.adgroup_name)}"`;
  const campaignText = `${campaign.campaign_name ? `**${escapeMarkdown(campaign.campaign_name)}** ` : ''}(${code(campaign.campaign_id)}, objective ${objectiveLabel(objective)})`;
  const advertiserText = `${advertiser.name ? `**${escapeMarkdown(advertiser.name)}** ` : ''}(${code(advertiser.advertiser_id)})`;
  const paused = body.operation_status === 'DISABLE';
  if (dryRun) {
    return [
      `## Dry run: ad group ${name} was not created`,
      '',
      `Nothing was created and nothing was billed. This is the ad group that would be created in campaign ${campaignText} for advertiser ${advertiserText}, ${paused ? 'paused (operation_status DISABLE)' : 'active (operation_status ENABLE)'}.`,
    ];
  }
  return [
    `## Ad group ${name} created`,
    '',
    `Ad group ${name} (ID ${code(adgroupId ?? 'unknown')}) was created in campaign ${campaignText} for advertiser ${advertiserText}. ${paused ? 'It was created **paused** (operation_status DISABLE): enable it when you are ready.' : 'It is enabled: it delivers from its start time once it has an approved ad.'}`,
  ];
}

function budgetLine({ args, facts, body, cbo }: AdGroupTextInput): string {
  const currency = facts.advertiser.currency;
  if (cbo) {
    const campaignBudget =
      facts.campaign.budget === undefined
        ? ''
        : ` (${formatMoney(facts.campaign.budget, currency)} on the campaign)`;
    return `Set by the campaign${campaignBudget}: it uses campaign budget optimisation (CBO), so the ad group's budget (${formatMoney(args.budget, currency)}), budget mode and pacing were not sent to TikTok.`;
  }
  const amount = formatMoney(body.budget as number, currency);
  const lifetime = body.budget_mode === 'BUDGET_MODE_TOTAL';
  const mode = lifetime ? `${amount} in total over the schedule` : `${amount} per day`;
  const pacing =
    body.pacing === 'PACING_MODE_FAST'
      ? 'spent as fast as possible'
      : `spread evenly ${lifetime ? 'across it' : 'through the day'}`;
  return `${mode}, ${pacing}.`;
}

function scheduleLines({ facts, body }: AdGroupTextInput): string[] {
  const timezone = facts.advertiser.timezone;
  const start = when(String(body.schedule_start_time), timezone);
  const lines = [
    body.schedule_end_time
      ? `From ${start} to ${when(String(body.schedule_end_time), timezone)}.`
      : `From ${start}, with no end date (it runs until paused).`,
  ];
  if (typeof body.dayparting === 'string') {
    lines.push(
      body.dayparting.includes('0')
        ? `Delivers only in these half-hours (dayparting): ${describeDayparting(body.dayparting)}.`
        : 'Dayparting: every half-hour of every day is on, so delivery is not restricted by time of day.',
    );
  }
  return lines;
}

/** The next step names a tool only when it is registered (`add_tiktok_ad` comes with a later issue). */
function nextStepLines({ adgroupId, body, dryRun, hasTool }: AdGroupTextInput): string[] {
  const addAds = hasTool(ADD_AD_TOOL);
  if (dryRun) {
    return [
      `To create it, call \`add_tiktok_ad_group\` again with the same arguments and without \`dry_run\` (with an \`Idempotency-Key\`, so a retry never creates it twice).${addAds ? ` Then add ads to it with \`${ADD_AD_TOOL}\`.` : ''}`,
      '',
      'Body that would be sent to TikTok (`POST /open_api/v1.3/adgroup/create/`; a `request_id` is added when it is sent):',
      '',
      '```json',
      JSON.stringify(body, null, 2),
      '```',
    ];
  }
  const id = code(adgroupId ?? 'unknown');
  return [
    addAds
      ? `Add ads to it with \`${ADD_AD_TOOL}\` (adgroup_id ${id}): an ad group delivers nothing until it has an approved ad.`
      : `Give it an ad (adgroup_id ${id}): an ad group delivers nothing until it has an approved ad.`,
  ];
}
