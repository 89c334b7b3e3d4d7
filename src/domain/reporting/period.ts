/**
 * The period a report covers, in the advertiser's timezone. `lookback_days` counts complete days
 * ending yesterday (today is still being counted); explicit `start_date`/`end_date` override it.
 * Refused, with what to change: an end before the start, a day after today, a start before the
 * advertiser account existed (TikTok has no data from before), more than MAX_PERIOD_DAYS.
 * A lookback reaching back before the account is cut to the account's first day, and said so.
 */
import { AppError } from '../../errors.js';

export const MAX_PERIOD_DAYS = 730;

export interface PeriodArgs {
  start_date?: string | undefined;
  end_date?: string | undefined;
  lookback_days?: number | undefined;
}

export interface Period {
  start: string;
  end: string;
  days: number;
  /** What was adjusted and why, for the answer's text. */
  notes: string[];
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of an instant in a timezone, `YYYY-MM-DD`. */
export function dayIn(timezone: string, at: Date): string {
  let format = formats.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formats.set(timezone, format);
  }
  return format.format(at);
}

function refuse(message: string): AppError {
  return new AppError('invalid_arguments', message);
}

/**
 * @param today the advertiser's today
 * @param firstDay the day the advertiser account was created (undefined when TikTok did not say)
 */
export function resolvePeriod(
  args: PeriodArgs,
  today: string,
  firstDay: string | undefined,
  lookback = 30,
): Period {
  const notes: string[] = [];
  const days = args.lookback_days ?? lookback;
  let end = args.end_date ?? addDays(today, -1);
  let start = args.start_date ?? addDays(end, -(days - 1));
  if (args.start_date && !args.end_date && start > end) end = today;
  if (end < start) {
    throw refuse(
      `end_date ${end} is before start_date ${start}; give an end_date on or after the start_date.`,
    );
  }
  if (end > today) {
    throw refuse(
      `end_date ${end} is in the future (today is ${today} in the advertiser's timezone); give an end_date of ${today} or earlier.`,
    );
  }
  if (firstDay && start < firstDay) {
    if (args.start_date) {
      throw refuse(
        `start_date ${start} is before the advertiser account existed (created ${firstDay}); TikTok has no data from before. Give a start_date of ${firstDay} or later.`,
      );
    }
    notes.push(`The account was created on ${firstDay}, so the period starts then instead of ${start}.`);
    start = firstDay;
    if (end < start) end = start;
  }
  const span = daysBetween(start, end) + 1;
  if (span > MAX_PERIOD_DAYS) {
    throw refuse(
      `The period spans ${span} days; at most ${MAX_PERIOD_DAYS} can be reported at once. Shorten it.`,
    );
  }
  if (end === today) notes.push(`Today (${today}) is still in progress, so its numbers are incomplete.`);
  return { start, end, days: span, notes };
}
