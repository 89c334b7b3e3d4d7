/**
 * Creative fatigue, per ad, from its daily rows. Method: split the ad's days with delivery into
 * thirds and compare the last third with the first (each third's rates from its summed counts,
 * so busy days weigh more). Signals and weights (hook rate, the first two seconds, is the primary
 * signal):
 *   hook rate decline        35%   full score at a FULL_DECLINE (40%) drop
 *   completion rate decline  25%   full score at a 40% drop
 *   engagement rate decline  20%   full score at a 40% drop
 *   frequency                20%   full score when the late daily frequency reaches the threshold
 * A decline under NOISE_FLOOR (5%) scores nothing: day-to-day variation is that large.
 * Score ≥ 60 is fatigued (refresh now), ≥ 35 at risk, else healthy. An ad is only judged with at
 * least MIN_DAYS days of delivery and MIN_PLAYS video plays: fewer say nothing reliable.
 * The slope of the daily hook rate (least squares, simple-statistics) is reported as evidence.
 */
import { linearRegression } from 'simple-statistics';
import { derive, sumTotals, type Totals } from './metrics.js';

export const FATIGUE = {
  FULL_DECLINE: 0.4,
  NOISE_FLOOR: 0.05,
  FATIGUED: 60,
  AT_RISK: 35,
  MIN_DAYS: 9,
  MIN_PLAYS: 1000,
  DEFAULT_FREQUENCY_THRESHOLD: 3.5,
  WEIGHTS: { hook: 35, completion: 25, engagement: 20, frequency: 20 },
} as const;

export interface DailyTotals {
  day: string;
  totals: Totals;
}

export interface ThirdRates {
  hook_rate: number | null;
  completion_rate: number | null;
  engagement_rate: number | null;
  /** Impressions / daily reach summed over the days: the average daily frequency. */
  frequency: number | null;
}

export interface FatigueResult {
  status: 'fatigued' | 'at_risk' | 'healthy' | 'not_enough_data';
  score: number | null;
  early: ThirdRates | null;
  late: ThirdRates | null;
  declines: { hook_rate: number | null; completion_rate: number | null; engagement_rate: number | null };
  /** Daily hook-rate change per day, as a share of the early hook rate (least squares). */
  hook_slope_per_day: number | null;
  days: number;
  reason: string;
}

function rates(days: DailyTotals[]): ThirdRates {
  const t = sumTotals(days.map((d) => d.totals));
  const d = derive(t);
  const reach = days.reduce<number | null>(
    (s, x) => (s === null || x.totals.reach === null ? null : s + x.totals.reach),
    0,
  );
  return {
    hook_rate: d.hook_rate,
    completion_rate: d.completion_rate,
    engagement_rate: d.engagement_rate,
    frequency: reach ? (t.impressions ?? 0) / reach : null,
  };
}

function decline(early: number | null, late: number | null): number | null {
  if (early === null || late === null || early === 0) return null;
  return (early - late) / early;
}

function part(value: number | null): number {
  if (value === null || value < FATIGUE.NOISE_FLOOR) return 0;
  return Math.min(1, value / FATIGUE.FULL_DECLINE);
}

export function assessFatigue(daily: DailyTotals[], frequencyThreshold: number): FatigueResult {
  const days = daily.filter((d) => (d.totals.impressions ?? 0) > 0).sort((a, b) => (a.day < b.day ? -1 : 1));
  const plays = days.reduce((s, d) => s + (d.totals.plays ?? 0), 0);
  const empty = { hook_rate: null, completion_rate: null, engagement_rate: null };
  if (days.length < FATIGUE.MIN_DAYS || plays < FATIGUE.MIN_PLAYS) {
    const why =
      days.length < FATIGUE.MIN_DAYS
        ? `${days.length} days of delivery (needs ${FATIGUE.MIN_DAYS})`
        : `${plays} video plays (needs ${FATIGUE.MIN_PLAYS}; image ads have none)`;
    return {
      status: 'not_enough_data',
      score: null,
      early: null,
      late: null,
      declines: empty,
      hook_slope_per_day: null,
      days: days.length,
      reason: `Not judged: ${why}.`,
    };
  }
  const third = Math.floor(days.length / 3);
  const early = rates(days.slice(0, third));
  const late = rates(days.slice(-third));
  const declines = {
    hook_rate: decline(early.hook_rate, late.hook_rate),
    completion_rate: decline(early.completion_rate, late.completion_rate),
    engagement_rate: decline(early.engagement_rate, late.engagement_rate),
  };
  const freqPart =
    late.frequency === null ? 0 : Math.min(1, Math.max(0, (late.frequency - 1) / (frequencyThreshold - 1)));
  const freqRising =
    early.frequency !== null && late.frequency !== null && late.frequency > early.frequency * 1.1;
  const W = FATIGUE.WEIGHTS;
  let score =
    W.hook * part(declines.hook_rate) +
    W.completion * part(declines.completion_rate) +
    W.engagement * part(declines.engagement_rate) +
    W.frequency * (freqRising ? freqPart : 0);
  score = Math.round(score);
  const points = days
    .map((d, i) => [i, derive(d.totals).hook_rate] as const)
    .filter((p): p is readonly [number, number] => p[1] !== null);
  const slope =
    points.length >= 2 && early.hook_rate
      ? linearRegression(points.map(([x, y]) => [x, y])).m / early.hook_rate
      : null;
  const status = score >= FATIGUE.FATIGUED ? 'fatigued' : score >= FATIGUE.AT_RISK ? 'at_risk' : 'healthy';
  const reason =
    status === 'healthy'
      ? 'No decline beyond day-to-day variation.'
      : `Hook rate fell ${pct(declines.hook_rate)}, completion ${pct(declines.completion_rate)}, engagement ${pct(declines.engagement_rate)} while daily frequency went from ${num(early.frequency)} to ${num(late.frequency)}.`;
  return { status, score, early, late, declines, hook_slope_per_day: slope, days: days.length, reason };
}

function pct(v: number | null): string {
  return v === null ? 'n/a' : `${Math.round(v * 100)}%`;
}

function num(v: number | null): string {
  return v === null ? 'n/a' : v.toFixed(2);
}
