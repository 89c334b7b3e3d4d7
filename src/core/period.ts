/**
 * Quota periods. A period runs from the organisation's billing anchor day to the same day next
 * month; in a month without that day (the 31st in February) the last day of the month stands in.
 * All dates are UTC calendar dates, `YYYY-MM-DD`.
 */

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** The anchor date in a given month (month index may run past 0-11; Date.UTC normalises it). */
function anchorIn(year: number, monthIndex: number, anchorDay: number): Date {
  const first = new Date(Date.UTC(year, monthIndex, 1));
  const y = first.getUTCFullYear();
  const m = first.getUTCMonth();
  return new Date(Date.UTC(y, m, Math.min(anchorDay, daysInMonth(y, m))));
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export interface Period {
  /** First day of the period. */
  start: string;
  /** First day of the next period: the day the counter starts again at 0. */
  end: string;
}

export function periodAt(now: Date, anchorDay: number): Period {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const today = Date.UTC(year, month, now.getUTCDate());
  const thisMonth = anchorIn(year, month, anchorDay);
  const startMonth = today >= thisMonth.getTime() ? month : month - 1;
  const start = anchorIn(year, startMonth, anchorDay);
  const end = anchorIn(year, startMonth + 1, anchorDay);
  return { start: isoDate(start), end: isoDate(end) };
}
