/**
 * The emulator's performance history: for every ad and day, one cell per audience segment
 * (country × age × gender) with whole-number counts and money in minor units. Every report is a
 * sum of these cells, so totals at any level and along any breakdown add up exactly, as TikTok's
 * do. A cell is a pure function of the ids, the day and the segment: the same query always gives
 * the same numbers, and a test can recompute any report from `adDayCells`.
 */
import {
  type CountryEffect,
  CURRENCY_SCALE,
  type DeliveryProfile,
  MINOR_UNITS,
  profileOf,
} from './profiles.js';
import { jitter, unit } from './random.js';

/** TikTok's audience age buckets and genders (report dimensions `age`, `gender`). */
export const AGES = ['AGE_18_24', 'AGE_25_34', 'AGE_35_44', 'AGE_45_54', 'AGE_55_100'] as const;
export const AGE_SHARES = [0.3, 0.32, 0.2, 0.11, 0.07] as const;
export const GENDERS = ['FEMALE', 'MALE'] as const;
export const GENDER_SHARES = [0.55, 0.45] as const;

/** The additive counts of one cell (money in minor units of the advertiser's currency). */
export interface Counts {
  impressions: number;
  reach: number;
  clicks: number;
  spend: number;
  conversions: number;
  value: number;
  plays: number;
  watched2s: number;
  watched6s: number;
  p25: number;
  p50: number;
  p75: number;
  p100: number;
  likes: number;
  comments: number;
  shares: number;
  follows: number;
}

export interface Cell extends Counts {
  day: string;
  country: string;
  age: string;
  gender: string;
}

/** What the history needs to know about an ad. */
export interface HistoryAd {
  adId: string;
  format: string;
  objective: string | undefined;
  currency: string;
  /** Country codes of the ad group's locations. */
  countries: string[];
}

export const COUNT_FIELDS: readonly (keyof Counts)[] = [
  'impressions',
  'reach',
  'clicks',
  'spend',
  'conversions',
  'value',
  'plays',
  'watched2s',
  'watched6s',
  'p25',
  'p50',
  'p75',
  'p100',
  'likes',
  'comments',
  'shares',
  'follows',
];

export function zeroCounts(): Counts {
  return Object.fromEntries(COUNT_FIELDS.map((f) => [f, 0])) as unknown as Counts;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function weekdayFactor(day: string): number {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6 ? 1.12 : 1;
}

/** Multipliers of the planted patterns on one day. */
function patternsOn(profile: DeliveryProfile, day: string) {
  const f = { creative: 1, ctr: 1, cpm: 1, frequency: 1 };
  if (profile.fatigueFrom && day >= profile.fatigueFrom) {
    const d = daysBetween(profile.fatigueFrom, day);
    f.creative = Math.max(0.35, 1 - 0.018 * d);
    f.ctr = Math.max(0.55, 1 - 0.009 * d);
    f.frequency = Math.min(3.2, 1 + 0.045 * d);
  }
  if (profile.anomaly && profile.anomaly.day === day) {
    f.cpm = profile.anomaly.cpm;
    f.ctr = profile.anomaly.ctr;
  }
  return f;
}

function countryShares(profile: DeliveryProfile, countries: string[]) {
  const effects: Record<string, CountryEffect> =
    profile.countries ?? Object.fromEntries(countries.map((c) => [c, { share: 1 }]));
  const entries = Object.entries(effects);
  const total = entries.reduce((sum, [, e]) => sum + e.share, 0);
  return entries.map(([country, e]) => ({ country, ...e, share: e.share / total }));
}

/**
 * A count rounded up or down at random, fixed by the key: unbiased, so that many small cells
 * (a few clicks each) still add up to what their rates say instead of rounding to nothing.
 */
function whole(key: string, value: number): number {
  return Math.floor(value + unit(key));
}

// Cells are pure functions of their inputs; reports re-read the same days page after page.
const MEMO = new Map<string, Cell[]>();
const MEMO_LIMIT = 20_000;

/** The cells of one ad on one day. */
export function adDayCells(ad: HistoryAd, day: string): Cell[] {
  const key = JSON.stringify([ad.adId, ad.format, ad.objective, ad.currency, ad.countries, day]);
  const known = MEMO.get(key);
  if (known) return known;
  const cells = computeCells(ad, day);
  if (MEMO.size >= MEMO_LIMIT) MEMO.delete(MEMO.keys().next().value as string);
  MEMO.set(key, cells);
  return cells;
}

function computeCells(ad: HistoryAd, day: string): Cell[] {
  const profile = profileOf(ad.adId, ad.format, ad.objective);
  const minor = MINOR_UNITS[ad.currency] ?? 100;
  const scale = CURRENCY_SCALE[ad.currency] ?? 1;
  const pattern = patternsOn(profile, day);
  const dayVolume = profile.impressions * weekdayFactor(day) * jitter(`${ad.adId}|${day}|volume`, 0.08);
  const cells: Cell[] = [];
  for (const c of countryShares(profile, ad.countries.length > 0 ? ad.countries : ['US'])) {
    AGES.forEach((age, a) => {
      GENDERS.forEach((gender, g) => {
        const key = `${ad.adId}|${day}|${c.country}|${age}|${gender}`;
        const impressions = whole(
          `${key}|r1`,
          dayVolume *
            c.share *
            (AGE_SHARES[a] as number) *
            (GENDER_SHARES[g] as number) *
            jitter(`${key}|i`, 0.1),
        );
        const ctr = profile.ctr * (c.ctr ?? 1) * pattern.ctr * jitter(`${key}|c`, 0.12);
        const clicks = whole(`${key}|r2`, impressions * ctr);
        const cpm = profile.cpm * scale * (c.cpm ?? 1) * pattern.cpm * jitter(`${key}|m`, 0.06);
        const conversions = whole(`${key}|r3`, clicks * profile.cvr * (c.cvr ?? 1) * jitter(`${key}|v`, 0.2));
        const plays = whole(`${key}|r4`, impressions * profile.playRate);
        const hook = profile.hook * pattern.creative * jitter(`${key}|h`, 0.05);
        const completion = profile.completion * pattern.creative * jitter(`${key}|p`, 0.05);
        const engaged = impressions * profile.engagement * pattern.creative * jitter(`${key}|e`, 0.1);
        cells.push({
          day,
          country: c.country,
          age,
          gender,
          impressions,
          reach: whole(`${key}|r5`, impressions / (profile.frequency * pattern.frequency)),
          clicks,
          spend: whole(`${key}|r6`, (impressions * cpm * minor) / 1000),
          conversions,
          value: whole(`${key}|r7`, conversions * profile.aov * scale * minor * jitter(`${key}|a`, 0.15)),
          plays,
          watched2s: whole(`${key}|r8`, plays * hook),
          watched6s: whole(`${key}|r9`, plays * hook * 0.62),
          p25: whole(`${key}|r10`, plays * hook * 0.7),
          p50: whole(`${key}|r11`, plays * (hook * 0.7 + completion) * 0.5),
          p75: whole(`${key}|r12`, plays * completion * 1.6),
          p100: whole(`${key}|r13`, plays * completion),
          likes: whole(`${key}|r14`, engaged * 0.72),
          comments: whole(`${key}|r15`, engaged * 0.1),
          shares: whole(`${key}|r16`, engaged * 0.18),
          follows: whole(`${key}|r17`, impressions * 0.0006),
        });
      });
    });
  }
  return cells;
}

/** Adds a cell's counts into a running total. */
export function addCounts(into: Counts, cell: Counts): void {
  for (const field of COUNT_FIELDS) into[field] += cell[field];
}
