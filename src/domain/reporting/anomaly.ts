/**
 * Why a metric moved: the period against a baseline (the days just before it), the move split
 * by segment (campaign, ad group, ad, age, gender, country) so that the parts add up to the whole.
 *
 * A rate metric is numerator / denominator (CTR = clicks / impressions). With segment weights
 * w_i (share of the denominator) and rates r_i, the metric is Σ w_i r_i, so the change is exactly
 * Σ (w'_i r'_i − w_i r_i). Each segment's part splits into a rate effect, mean(w) · Δr, and a mix
 * effect, mean(r) · Δw, which add up to it (midpoint decomposition). A count metric (conversions)
 * is compared per day, so periods of different lengths compare; its parts are each segment's
 * change in daily count. Whether the move is unusual is judged against the baseline's own days:
 * |z| ≥ Z_UNUSUAL (3) standard deviations of the baseline's daily values (simple-statistics).
 */
import { mean, standardDeviation } from 'simple-statistics';
import type { BaseField, Totals } from './metrics.js';

export const Z_UNUSUAL = 3;

export interface MetricDefinition {
  numerator: BaseField | 'engagements';
  denominator?: BaseField;
  factor?: number;
  /** Higher is better (ROAS, CTR) or worse (CPC, CPM). */
  higherIsBetter: boolean;
}

export const ANOMALY_METRICS: Readonly<Record<string, MetricDefinition>> = {
  roas: { numerator: 'value', denominator: 'spend', higherIsBetter: true },
  ctr: { numerator: 'clicks', denominator: 'impressions', higherIsBetter: true },
  cpc: { numerator: 'spend', denominator: 'clicks', higherIsBetter: false },
  cpm: { numerator: 'spend', denominator: 'impressions', factor: 1000, higherIsBetter: false },
  conversions: { numerator: 'conversions', higherIsBetter: true },
  conversion_rate: { numerator: 'conversions', denominator: 'clicks', higherIsBetter: true },
  hook_rate: { numerator: 'watched2s', denominator: 'plays', higherIsBetter: true },
  video_completion_rate: { numerator: 'p100', denominator: 'plays', higherIsBetter: true },
  engagement_rate: { numerator: 'engagements', denominator: 'impressions', higherIsBetter: true },
};

function field(t: Totals, name: BaseField | 'engagements'): number | null {
  if (name !== 'engagements') return t[name];
  if (t.likes === null || t.comments === null || t.shares === null) return null;
  return t.likes + t.comments + t.shares;
}

/** The metric's value for totals over `days` days (counts per day), null without data. */
export function metricValue(def: MetricDefinition, t: Totals, days: number): number | null {
  const top = field(t, def.numerator);
  if (top === null) return null;
  if (!def.denominator) return top / days;
  const bottom = t[def.denominator];
  if (bottom === null || bottom === 0) return null;
  return (top / bottom) * (def.factor ?? 1);
}

export interface Contribution {
  segment: string;
  before: number | null;
  after: number | null;
  /** This segment's part of the total change (they add up to it). */
  contribution: number;
  rate_effect: number;
  mix_effect: number;
}

interface Side {
  totals: Totals;
  days: number;
}

/** Each segment's part of the change between the baseline and the period. */
export function decompose(
  def: MetricDefinition,
  segments: Map<string, { before?: Side; after?: Side }>,
  totalBefore: Side,
  totalAfter: Side,
): Contribution[] {
  const out: Contribution[] = [];
  const weightOf = (side: Side | undefined, total: Side) => {
    if (!def.denominator) return 1;
    const all = total.totals[def.denominator] ?? 0;
    return side && all > 0 ? (side.totals[def.denominator] ?? 0) / all : 0;
  };
  for (const [segment, { before, after }] of segments) {
    const rb = before ? metricValue(def, before.totals, totalBefore.days) : null;
    const ra = after ? metricValue(def, after.totals, totalAfter.days) : null;
    const wb = weightOf(before, totalBefore);
    const wa = weightOf(after, totalAfter);
    const b = rb ?? 0;
    const a = ra ?? 0;
    const contribution = wa * a - wb * b;
    const rateEffect = ((wa + wb) / 2) * (a - b);
    out.push({
      segment,
      before: rb,
      after: ra,
      contribution,
      rate_effect: rateEffect,
      mix_effect: contribution - rateEffect,
    });
  }
  return out.sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution));
}

export interface Unusualness {
  baseline_mean: number | null;
  baseline_sd: number | null;
  z: number | null;
  unusual: boolean;
}

/** How far the period's value sits from the baseline's daily values. */
export function unusualness(baselineDaily: (number | null)[], value: number | null): Unusualness {
  const values = baselineDaily.filter((v): v is number => v !== null);
  if (values.length < 3 || value === null)
    return { baseline_mean: null, baseline_sd: null, z: null, unusual: false };
  const m = mean(values);
  const sd = standardDeviation(values);
  const z = sd > 0 ? (value - m) / sd : null;
  return { baseline_mean: m, baseline_sd: sd, z, unusual: z !== null && Math.abs(z) >= Z_UNUSUAL };
}
