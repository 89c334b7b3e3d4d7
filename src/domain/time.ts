/**
 * TikTok's time format for schedules: `YYYY-MM-DD HH:MM:SS`, read as UTC+0 ("Schedule start time
 * (UTC+0)", TikTok's `/adgroup/create/` and `/adgroup/update/` docs, SDK `AdgroupCreateBody`).
 */

export const TIME_FORMAT = 'YYYY-MM-DD HH:MM:SS';
export const TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** `2026-05-03 14:00:00` for a Date, in UTC (TikTok reads schedule times as UTC). */
export function formatUtc(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

/** The instant a valid `YYYY-MM-DD HH:MM:SS` (UTC) names, or undefined. */
export function parseUtc(value: string): Date | undefined {
  const match = TIME_PATTERN.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const exact =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second;
  return exact ? date : undefined;
}
