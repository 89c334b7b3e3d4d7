/**
 * Budget, pacing, schedule, dayparting and frequency. Schedule times are UTC+0.
 * Sources (see catalog.ts for the keys): TT-CURRENCY (range and precision per currency), TT-BUDGET
 * (lifetime minimum, budget mode combinations), SDK-OLD (budget_mode, schedule_*), TT-UPD (schedule
 * upper bounds, dayparting, frequency).
 */
import { paramError } from '../envelope.js';
import {
  AD_GROUP_BUDGET_BASE,
  BUDGET_MODES,
  CAMPAIGN_BUDGET_BASE,
  CURRENCY_RATIOS,
  DAYPARTING,
  DYNAMIC_DAILY_BUDGET_OBJECTIVES,
  FROM_NOW_YEARS,
  LATEST_END,
  LATEST_START,
  PACINGS,
  SCHEDULE_TYPES,
  START_TIME_GRACE_MS,
  TIME_FORMAT,
  WHOLE_UNIT_CURRENCIES,
} from './catalog.js';
import { ignore, type RuleContext } from './context.js';

const DAILY_MODES = new Set(['BUDGET_MODE_DAY', 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET']);
const DAY_MS = 86_400_000;

export function checkBudget(ctx: RuleContext): void {
  const { r } = ctx;
  if (ctx.cbo) {
    // SDK-OLD budget / budget_mode: under CBO the ad group's budget, budget mode and pacing are
    // ignored; pacing is SMOOTH.
    for (const field of ['budget', 'budget_mode', 'pacing']) ignore(ctx, field);
    ctx.computed.budget_mode = 'BUDGET_MODE_INFINITE';
    ctx.computed.budget = 0;
    ctx.computed.pacing = 'PACING_MODE_SMOOTH';
    return;
  }
  const mode = r.enumValue('budget_mode', BUDGET_MODES, true) as string;
  if (mode === 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET' && !DYNAMIC_DAILY_BUDGET_OBJECTIVES.has(ctx.objective)) {
    throw paramError(
      'budget_mode',
      `BUDGET_MODE_DYNAMIC_DAILY_BUDGET is not supported for objective ${ctx.objective}.`,
    );
  }
  // TT-BUDGET "Budget mode combinations": a daily-budget campaign takes daily ad group budgets only.
  if (ctx.campaign.budget_mode === 'BUDGET_MODE_DAY' && mode === 'BUDGET_MODE_TOTAL') {
    throw paramError(
      'budget_mode',
      'The campaign has a daily budget (BUDGET_MODE_DAY), so the ad group budget must be daily too: use BUDGET_MODE_DAY or BUDGET_MODE_DYNAMIC_DAILY_BUDGET.',
    );
  }
  const budget = r.number('budget', true) as number;
  checkBudgetAmount(ctx, budget, DAILY_MODES.has(mode));
  ctx.budget = budget;
  ctx.budgetMode = mode;
  r.enumValue('pacing', PACINGS, true);
}

/** The currency's ad group range (TT-CURRENCY), or undefined for a currency TikTok does not list. */
export function budgetRange(ctx: RuleContext): { min: number; max: number; currency: string } | undefined {
  const currency = ctx.advertiser.currency;
  const ratio = CURRENCY_RATIOS[currency];
  if (ratio === undefined) return undefined;
  const source = ctx.r.body.product_source;
  const base =
    source === 'STORE' || source === 'SHOWCASE'
      ? AD_GROUP_BUDGET_BASE.minStoreOrShowcase
      : AD_GROUP_BUDGET_BASE.min;
  return { min: base * ratio, max: AD_GROUP_BUDGET_BASE.maxExclusive * ratio, currency };
}

function checkBudgetAmount(ctx: RuleContext, budget: number, daily: boolean): void {
  if (budget <= 0) throw paramError('budget', 'The budget must be greater than 0.');
  const currency = ctx.advertiser.currency;
  // TT-BUDGET: budget verification checks the currency's precision first.
  const cents = WHOLE_UNIT_CURRENCIES.has(currency) ? 1 : 100;
  if (Math.abs(Math.round(budget * cents) - budget * cents) > 1e-6) {
    throw paramError(
      'budget',
      cents === 1
        ? `${currency} budgets must be whole numbers; got ${budget}.`
        : `${currency} budgets take at most two decimal places; got ${budget}.`,
    );
  }
  const range = budgetRange(ctx);
  if (!range) return;
  if (daily && budget >= range.max) {
    throw paramError('budget', `The daily budget must be less than ${range.max} ${currency}; got ${budget}.`);
  }
  if (daily && budget < range.min) {
    throw paramError(
      'budget',
      `The daily budget must be at least ${range.min} ${currency}; ${budget} ${currency} is too low.`,
    );
  }
}

/** TT-BUDGET / TT-HELP-BUDGET: a lifetime budget's minimum is the daily minimum x scheduled days. */
function checkLifetimeBudget(ctx: RuleContext, start: number, end: number): void {
  if (ctx.budgetMode !== 'BUDGET_MODE_TOTAL' || ctx.budget === undefined) return;
  const range = budgetRange(ctx);
  if (!range) return;
  const days = Math.max(1, Math.ceil((end - start) / DAY_MS));
  const minimum = range.min * days;
  if (ctx.budget < minimum) {
    throw paramError(
      'budget',
      `The lifetime budget must be at least ${minimum} ${range.currency} (${range.min} ${range.currency} x ${days} scheduled days); ${ctx.budget} ${range.currency} is too low.`,
    );
  }
}

export function checkSchedule(ctx: RuleContext): void {
  const { r } = ctx;
  const type = r.enumValue('schedule_type', SCHEDULE_TYPES, true);
  const startText = r.string('schedule_start_time', true) as string;
  const start = parseTime('schedule_start_time', startText);
  if (start < ctx.now.getTime() - START_TIME_GRACE_MS) {
    throw paramError(
      'schedule_start_time',
      `The start time ${startText} is more than 12 hours in the past. Schedule times are in UTC+0.`,
    );
  }
  if (start > LATEST_START.ms) {
    throw paramError('schedule_start_time', `The start time cannot be later than ${LATEST_START.text}.`);
  }
  if (ctx.budgetMode === 'BUDGET_MODE_TOTAL' && type !== 'SCHEDULE_START_END') {
    throw paramError(
      'schedule_type',
      'BUDGET_MODE_TOTAL requires schedule_type SCHEDULE_START_END and a schedule_end_time.',
    );
  }
  let end: number;
  if (type === 'SCHEDULE_START_END') {
    const endText = r.string('schedule_end_time', true) as string;
    end = parseTime('schedule_end_time', endText);
    if (end <= start)
      throw paramError('schedule_end_time', 'The end time must be later than the start time.');
    if (end > LATEST_END.ms) {
      throw paramError('schedule_end_time', `The end time cannot be later than ${LATEST_END.text}.`);
    }
  } else {
    // TT-UPD: SCHEDULE_FROM_NOW runs for ten years; an end time sent with it is not used.
    ignore(ctx, 'schedule_end_time');
    const until = new Date(start);
    until.setUTCFullYear(until.getUTCFullYear() + FROM_NOW_YEARS);
    end = until.getTime();
    ctx.computed.schedule_end_time = formatTime(end);
  }
  ctx.schedule = { type: type as string, start, end };
  checkLifetimeBudget(ctx, start, end);

  if (r.has('dayparting')) {
    const value = r.body.dayparting;
    if (typeof value !== 'string') throw paramError('dayparting', 'Not a valid string.');
    if (!DAYPARTING.test(value)) {
      throw paramError(
        'dayparting',
        `dayparting must be 336 characters of 0 and 1 (48 half-hour slots x 7 days, Monday first); got ${value.length} characters.`,
      );
    }
    r.string('dayparting');
  }
}

export function checkFrequency(ctx: RuleContext): void {
  const frequency = ctx.r.integer('frequency');
  const schedule = ctx.r.integer('frequency_schedule');
  if (ctx.objective === 'REACH') {
    checkFrequencyCap(ctx, frequency, schedule);
    return;
  }
  // SDK-OLD frequency: "only available for REACH ads".
  if (frequency !== undefined)
    throw paramError('frequency', 'frequency is only supported for the REACH objective.');
  if (schedule !== undefined) {
    throw paramError('frequency_schedule', 'frequency_schedule is only supported for the REACH objective.');
  }
}

function checkFrequencyCap(ctx: RuleContext, frequency?: number, schedule?: number): void {
  if ((frequency === undefined) !== (schedule === undefined)) {
    throw paramError(
      frequency === undefined ? 'frequency' : 'frequency_schedule',
      'frequency and frequency_schedule must be set together.',
    );
  }
  if (frequency === undefined || schedule === undefined) {
    // PEER (GT, ADSP): REACH refuses an ad group without a frequency cap.
    if (ctx.peerRules) {
      throw paramError(
        'frequency',
        'Missing data for required field. REACH ad groups need frequency and frequency_schedule.',
      );
    }
    return;
  }
  if (frequency < 1 || frequency > 1000) throw paramError('frequency', 'Must be between 1 and 1000.');
  if (schedule < 1 || schedule > 30)
    throw paramError('frequency_schedule', 'Must be between 1 and 30 (days).');
}

/** "YYYY-MM-DD HH:MM:SS" (UTC+0) to epoch ms; refuses impossible dates such as 2026-02-30. */
export function parseTime(field: string, text: string): number {
  const match = TIME_FORMAT.exec(text);
  if (!match) throw paramError(field, 'Time format should be YYYY-MM-DD HH:MM:SS.');
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(ms);
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    throw paramError(field, `${text} is not a valid date and time.`);
  }
  return ms;
}

export function formatTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * TT-CURRENCY: a campaign budget lies in the currency's campaign range, [50, 10,000,000) x its
 * ratio; the minimum binds daily modes only. Campaign create and campaign update both check it.
 */
export function checkCampaignBudgetRange(currency: string, mode: string, budget: number): void {
  const factor = CURRENCY_RATIOS[currency];
  if (factor === undefined) return;
  const min = CAMPAIGN_BUDGET_BASE.min * factor;
  const max = CAMPAIGN_BUDGET_BASE.maxExclusive * factor;
  if (budget >= max) throw paramError('budget', `The campaign budget must be less than ${max} ${currency}.`);
  if (mode !== 'BUDGET_MODE_TOTAL' && budget < min) {
    throw paramError(
      'budget',
      `The campaign daily budget must be at least ${min} ${currency}; ${budget} is too low.`,
    );
  }
}
