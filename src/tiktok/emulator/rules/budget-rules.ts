/**
 * Budget, pacing, schedule, dayparting and frequency (reference §1.4 "Budget and schedule", §4.1
 * "Constraints under CBO", §4.2). Schedule times are UTC+0.
 */
import { paramError } from '../envelope.js';
import {
  BUDGET_MODES,
  DAILY_BUDGET_MINIMUM,
  DAYPARTING,
  FROM_NOW_YEARS,
  PACINGS,
  SCHEDULE_TYPES,
  START_TIME_GRACE_MS,
  TIME_FORMAT,
} from './catalog.js';
import { ignore, type RuleContext } from './context.js';

const DAILY_MODES = new Set(['BUDGET_MODE_DAY', 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET']);

export function checkBudget(ctx: RuleContext): void {
  const { r } = ctx;
  if (ctx.cbo) {
    // §1.4: under CBO the ad group's budget, budget mode and pacing are ignored; pacing is SMOOTH.
    for (const field of ['budget', 'budget_mode', 'pacing']) ignore(ctx, field);
    ctx.computed.budget_mode = 'BUDGET_MODE_INFINITE';
    ctx.computed.budget = 0;
    ctx.computed.pacing = 'PACING_MODE_SMOOTH';
    return;
  }
  const mode = r.enumValue('budget_mode', BUDGET_MODES, true) as string;
  const budget = r.number('budget', true) as number;
  if (budget <= 0) throw paramError('budget', 'The budget must be greater than 0.');
  if (DAILY_MODES.has(mode)) {
    const currency = ctx.advertiser.currency;
    const minimum = DAILY_BUDGET_MINIMUM[currency];
    if (minimum !== undefined && budget < minimum) {
      throw paramError(
        'budget',
        `The daily budget must be at least ${minimum} ${currency}; ${budget} ${currency} is too low.`,
      );
    }
  }
  ctx.budget = budget;
  ctx.budgetMode = mode;
  r.enumValue('pacing', PACINGS, true);
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
  if (ctx.budgetMode === 'BUDGET_MODE_TOTAL' && type !== 'SCHEDULE_START_END') {
    throw paramError(
      'schedule_type',
      'BUDGET_MODE_TOTAL requires schedule_type SCHEDULE_START_END and a schedule_end_time.',
    );
  }
  if (type === 'SCHEDULE_START_END') {
    const endText = r.string('schedule_end_time', true) as string;
    const end = parseTime('schedule_end_time', endText);
    if (end <= start)
      throw paramError('schedule_end_time', 'The end time must be later than the start time.');
  } else {
    // §1.4: SCHEDULE_FROM_NOW runs for ten years; an end time sent with it is not used.
    ignore(ctx, 'schedule_end_time');
    const end = new Date(start);
    end.setUTCFullYear(end.getUTCFullYear() + FROM_NOW_YEARS);
    ctx.computed.schedule_end_time = formatTime(end.getTime());
  }

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
  const { r } = ctx;
  const frequency = r.integer('frequency');
  const schedule = r.integer('frequency_schedule');
  if (ctx.objective !== 'REACH') {
    if (frequency !== undefined)
      throw paramError('frequency', 'frequency is only supported for the REACH objective.');
    if (schedule !== undefined) {
      throw paramError('frequency_schedule', 'frequency_schedule is only supported for the REACH objective.');
    }
    return;
  }
  if ((frequency === undefined) !== (schedule === undefined)) {
    throw paramError(
      frequency === undefined ? 'frequency' : 'frequency_schedule',
      'frequency and frequency_schedule must be set together.',
    );
  }
  if (frequency === undefined || schedule === undefined) {
    // Peer-observed (GT, ADSP): REACH refuses an ad group without a frequency cap.
    if (ctx.peerRules)
      throw paramError(
        'frequency',
        'Missing data for required field. REACH ad groups need frequency and frequency_schedule.',
      );
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
