/**
 * Budget and schedule. Sources: TikTok's "Budget" doc (id 1739381246298114: the budget-mode
 * combinations, the lifetime minimum), "Budget verification ratio and value range for each
 * currency" (id 1737585839634433, in `src/domain/currency.ts`), TikTok's SDK `AdgroupCreateBody`
 * (`schedule_*`, `frequency`, `deep_bid_type` under CBO) and TikTok's "Update an ad group" doc
 * (TT-UPD: "start time cannot be later than 2028-01-01 00:00:00", end "not later than 2038-01-01").
 */
import {
  type DailyBudgetRange,
  dailyBudgetRange,
  formatMoney,
  hasCurrencyPrecision,
  lifetimeBudgetMinimum,
} from '../../currency.js';
import { formatUtc, parseUtc } from '../../time.js';
import { show } from '../../words.js';
import type { FactRule, FactRuleContext, Rule } from './context.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const TWELVE_HOURS_MS = 12 * 60 * 60 * 1000;
const LATEST_START = '2028-01-01 00:00:00';
const LATEST_END = '2038-01-01 00:00:00';
/** ENGAGED_VIEW_FIFTEEN runs on a start-end schedule of at most 30 days (BB `enum/optimization_goal.go`). */
const ENGAGED_VIEW_FIFTEEN_MAX_DAYS = 30;

const endTimeNeeded: Rule = ({ args, s, add }) => {
  const hasEnd = args.schedule_end_time !== undefined;
  if (s.budgetMode === 'BUDGET_MODE_TOTAL' && !hasEnd) {
    add(
      'schedule_end_time',
      'required_with',
      'schedule_end_time is required with budget_mode BUDGET_MODE_TOTAL (a lifetime budget needs an end): set it, written YYYY-MM-DD HH:MM:SS in UTC, or use budget_mode BUDGET_MODE_DAY.',
    );
  } else if (args.schedule_type === 'SCHEDULE_START_END' && !hasEnd) {
    add(
      'schedule_end_time',
      'required_with',
      'schedule_end_time is required with schedule_type SCHEDULE_START_END: set it (YYYY-MM-DD HH:MM:SS, UTC), or omit schedule_type to run with no end.',
    );
  } else if (s.goal === 'ENGAGED_VIEW_FIFTEEN' && !hasEnd) {
    add(
      'schedule_end_time',
      'required_with',
      `schedule_end_time is required with optimization goal ENGAGED_VIEW_FIFTEEN, which TikTok runs on a start-end schedule of at most ${ENGAGED_VIEW_FIFTEEN_MAX_DAYS} days: set it (YYYY-MM-DD HH:MM:SS, UTC).`,
    );
  }
};

const scheduleType: Rule = ({ args, s, add }) => {
  if (args.schedule_type !== 'SCHEDULE_FROM_NOW') return;
  if (args.schedule_end_time !== undefined) {
    add(
      'schedule_type',
      'not_allowed_with',
      'schedule_type SCHEDULE_FROM_NOW runs with no end date, but schedule_end_time is set: omit schedule_type (it becomes SCHEDULE_START_END) or remove schedule_end_time.',
    );
  } else if (s.budgetMode === 'BUDGET_MODE_TOTAL') {
    add(
      'schedule_type',
      'not_allowed_with',
      'schedule_type SCHEDULE_FROM_NOW cannot carry a lifetime budget: TikTok requires SCHEDULE_START_END with BUDGET_MODE_TOTAL. Omit schedule_type and set schedule_end_time.',
    );
  }
};

const endAfterStart: Rule = ({ args, add }) => {
  const start = args.schedule_start_time ? parseUtc(args.schedule_start_time) : undefined;
  const end = args.schedule_end_time ? parseUtc(args.schedule_end_time) : undefined;
  if (!start || !end || end.getTime() > start.getTime()) return;
  add(
    'schedule_end_time',
    'end_before_start',
    `schedule_end_time ${args.schedule_end_time} must be after schedule_start_time ${args.schedule_start_time}: set a later end time.`,
  );
};

const latestTimes: Rule = ({ args, add }) => {
  const limits = [
    ['schedule_start_time', LATEST_START],
    ['schedule_end_time', LATEST_END],
  ] as const;
  for (const [field, latest] of limits) {
    const value = args[field];
    const time = value ? parseUtc(value) : undefined;
    if (!time || time.getTime() <= (parseUtc(latest)?.getTime() ?? 0)) continue;
    add(
      field,
      'too_far_ahead',
      `${field} ${show(value)} is later than TikTok accepts (${latest} UTC at the latest): set an earlier time.`,
    );
  }
};

const frequencyCap: Rule = ({ args, objective, label, add }) => {
  if (!objective || objective === 'REACH') return;
  for (const field of ['frequency', 'frequency_schedule'] as const) {
    if (args[field] === undefined) continue;
    add(
      field,
      'not_allowed_for_objective',
      `${field} is only for REACH ad groups; this one is ${label}. Remove ${field}.`,
    );
  }
};

export const BUDGET_SCHEDULE_RULES: readonly Rule[] = [
  endTimeNeeded,
  scheduleType,
  endAfterStart,
  latestTimes,
  frequencyCap,
];

// ---------------------------------------------------------------------------------------------
// Rules that need the campaign, the advertiser's currency or the clock
// ---------------------------------------------------------------------------------------------

/** The schedule's start (given, else now) and end, and its length in whole days (at least 1). */
function scheduleSpan(ctx: FactRuleContext): {
  start: Date;
  end: Date | undefined;
  days: number | undefined;
} {
  const { args, facts } = ctx;
  const start = (args.schedule_start_time ? parseUtc(args.schedule_start_time) : undefined) ?? facts.now;
  const end = args.schedule_end_time ? parseUtc(args.schedule_end_time) : undefined;
  const days =
    end && end > start ? Math.max(1, Math.ceil((end.getTime() - start.getTime()) / DAY_MS)) : undefined;
  return { start, end, days };
}

function range(ctx: FactRuleContext): DailyBudgetRange | undefined {
  return dailyBudgetRange(ctx.facts.advertiser.currency, 'adgroup');
}

/** Precision first, as TikTok's budget verification does (doc 1739381246298114). */
const budgetPrecision: FactRule = (ctx) => {
  const { args, facts, add } = ctx;
  const r = range(ctx);
  if (facts.campaign.budget_optimize_on || args.budget === undefined || !r) return;
  if (hasCurrencyPrecision(args.budget, r)) return;
  const unit =
    r.decimals === 0 ? `whole ${r.currency}, without decimals` : `${r.currency} with at most 2 decimals`;
  add(
    'budget',
    'invalid_precision',
    `budget must be in ${unit} (TikTok's precision for ${r.currency}); got ${r.currency} ${args.budget}. Use e.g. ${formatMoney(args.budget, r.currency)}.`,
  );
};

const budgetRange: FactRule = (ctx) => {
  const { args, facts, s, add } = ctx;
  const r = range(ctx);
  if (facts.campaign.budget_optimize_on || args.budget === undefined || !r) return;
  const lifetime = s.budgetMode === 'BUDGET_MODE_TOTAL';
  const days = lifetime ? scheduleSpan(ctx).days : 1;
  if (days === undefined) return;
  const min = lifetimeBudgetMinimum(r, days);
  const max = r.maxExclusive * days;
  if (args.budget < min) {
    const got = formatMoney(args.budget, r.currency);
    const what = lifetime
      ? `a lifetime budget of at least ${formatMoney(min, r.currency)}: TikTok's minimum of ${formatMoney(r.min, r.currency)} per day times the ${days} days scheduled`
      : `at least ${formatMoney(min, r.currency)} per day, TikTok's minimum daily ad-group budget in ${r.currency}`;
    const fix = lifetime
      ? `Raise budget to ${min} or more, or shorten the schedule.`
      : `Raise budget to ${min} or more.`;
    add('budget', 'below_minimum', `budget must be ${what}; got ${got}. ${fix}`);
  } else if (args.budget >= max) {
    const got = formatMoney(args.budget, r.currency);
    add(
      'budget',
      'above_maximum',
      `budget must be less than ${formatMoney(max, r.currency)}${lifetime ? ` over ${days} days` : ' per day'}, TikTok's maximum in ${r.currency}; got ${got}. Lower budget.`,
    );
  }
};

/** "When the campaign budget_mode is BUDGET_MODE_DAY, the ad group's must be daily" (doc 1739381246298114). */
const budgetModeCombination: FactRule = ({ facts, s, wording, add }) => {
  if (facts.campaign.budget_optimize_on || facts.campaign.budget_mode !== 'BUDGET_MODE_DAY') return;
  if (s.budgetMode !== 'BUDGET_MODE_TOTAL') return;
  add(
    'budget_mode',
    'conflicts_with_campaign',
    `budget_mode BUDGET_MODE_TOTAL for ${wording.adGroup} conflicts with campaign ${facts.campaign.campaign_id}, which has a daily budget: TikTok takes only daily ad-group budgets in a daily-budget campaign. Use budget_mode BUDGET_MODE_DAY.`,
  );
};

/** Bids below the budget that applies (SDK `bid_price`, `conversion_bid_price`), and finite. */
const bidsBelowBudget: FactRule = ({ args, facts, add }) => {
  const { campaign, advertiser } = facts;
  const r = dailyBudgetRange(advertiser.currency, 'adgroup');
  const ceiling = campaign.budget_optimize_on ? campaign.budget : args.budget;
  const bounded = ceiling !== undefined && ceiling > 0;
  const limit = bounded ? ceiling : r?.maxExclusive;
  if (limit === undefined) return;
  const name = bounded
    ? campaign.budget_optimize_on
      ? "the campaign's budget"
      : 'budget'
    : `TikTok's maximum budget in ${advertiser.currency}`;
  for (const field of ['bid_price', 'conversion_bid_price'] as const) {
    const bid = args[field];
    if (bid === undefined || bid < limit) continue;
    add(
      field,
      'not_allowed_with',
      `${field} (${formatMoney(bid, advertiser.currency)}) must be lower than ${name} (${formatMoney(limit, advertiser.currency)}): lower the bid${bounded && !campaign.budget_optimize_on ? ' or raise the budget' : ''}.`,
    );
  }
};

/** "deep_bid_type: required when CBO is enabled and optimization_goal is VALUE" (SDK `deep_bid_type`). */
const valueUnderCbo: FactRule = ({ args, facts, s, add }) => {
  if (
    !facts.campaign.budget_optimize_on ||
    s.goal !== 'VALUE' ||
    args.deep_bid_type ||
    args.roas_bid !== undefined
  )
    return;
  add(
    'deep_bid_type',
    'required_with',
    'deep_bid_type is required for VALUE optimisation in a campaign with budget optimisation (CBO): set deep_bid_type VO_HIGHEST_VALUE (the most value for the budget), or VO_MIN_ROAS with roas_bid (a minimum return).',
  );
};

const startNotTooEarly: FactRule = ({ args, facts, add }) => {
  const start = args.schedule_start_time ? parseUtc(args.schedule_start_time) : undefined;
  const earliest = new Date(facts.now.getTime() - TWELVE_HOURS_MS);
  if (!start || start.getTime() >= earliest.getTime()) return;
  add(
    'schedule_start_time',
    'in_the_past',
    `schedule_start_time ${show(args.schedule_start_time)} is more than 12 hours in the past (schedule times are UTC, and it is now ${formatUtc(facts.now)} UTC): use ${formatUtc(earliest)} or later, or omit it to start now.`,
  );
};

const endInTheFuture: FactRule = (ctx) => {
  const { args, facts, add } = ctx;
  const start = args.schedule_start_time ? parseUtc(args.schedule_start_time) : undefined;
  const end = args.schedule_end_time ? parseUtc(args.schedule_end_time) : undefined;
  if (!end || end.getTime() > facts.now.getTime() || (start && end.getTime() <= start.getTime())) return;
  add(
    'schedule_end_time',
    'in_the_past',
    `schedule_end_time ${show(args.schedule_end_time)} is not in the future (schedule times are UTC, and it is now ${formatUtc(facts.now)} UTC): set a later end time.`,
  );
};

const engagedViewFifteenLength: FactRule = (ctx) => {
  if (ctx.s.goal !== 'ENGAGED_VIEW_FIFTEEN') return;
  const { days } = scheduleSpan(ctx);
  if (days === undefined || days <= ENGAGED_VIEW_FIFTEEN_MAX_DAYS) return;
  ctx.add(
    'schedule_end_time',
    'not_allowed_with',
    `optimization goal ENGAGED_VIEW_FIFTEEN runs for at most ${ENGAGED_VIEW_FIFTEEN_MAX_DAYS} days, and this schedule has ${days}: set an earlier schedule_end_time.`,
  );
};

export const BUDGET_SCHEDULE_FACT_RULES: readonly FactRule[] = [
  budgetPrecision,
  budgetRange,
  budgetModeCombination,
  bidsBelowBudget,
  valueUnderCbo,
  startNotTooEarly,
  endInTheFuture,
  engagedViewFifteenLength,
];
