/**
 * TikTok's time format for schedules: `YYYY-MM-DD HH:MM:SS`, read as UTC+0 ("Schedule start time
 * (UTC+0)", TikTok's `/adgroup/create/` and `/adgroup/update/` docs, SDK `AdgroupCreateBody`).
 */

import { BoundedMemo } from '../bounded-memo.js';

export const TIME_FORMAT = 'YYYY-MM-DD HH:MM:SS';
export const TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** `2026-05-03 14:00:00` for a Date, in UTC (TikTok reads schedule times as UTC). */
export function formatUtc(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * Parsed times by text: one call's rules, defaults and answer read the same two schedule times
 * some twenty times, which the benchmark's profile put at 1.5 % of a call. Kept as epoch numbers
 * (a Date is mutable, so each caller gets its own); bounded, emptied when full. Only texts of the
 * format's length are kept: the texts are a client's, and a thousand megabyte-long ones would
 * otherwise stay in memory.
 */
const parsed = new BoundedMemo<string, number | undefined>(1000);

/** For tests: the characters of text the cache holds (at most its 1,000 entries times the format's length). */
export function parsedTextHeld(): number {
  let characters = 0;
  for (const text of parsed.keys()) characters += text.length;
  return characters;
}

/** The instant a valid `YYYY-MM-DD HH:MM:SS` (UTC) names, or undefined. */
export function parseUtc(value: string): Date | undefined {
  // Every text of the format has its length: any other is not a time, and is not kept.
  if (value.length !== TIME_FORMAT.length) return undefined;
  const time = parsed.get(value, (text) => parseUtcUncached(text)?.getTime());
  return time === undefined ? undefined : new Date(time);
}

function parseUtcUncached(value: string): Date | undefined {
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
