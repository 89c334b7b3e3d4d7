/**
 * Comparing audience segments (countries, ages, genders) with each other and over time.
 *
 * Under-delivery (countries within one campaign, same ads and objective): a country is flagged
 * when its cost per result is at least COST_RATIO (1.5) times that of the campaign's other
 * countries together, and it carries at least MIN_SHARE (5%) of the campaign's spend, so that a
 * country with a handful of impressions is not judged on noise. The result is the conversion when
 * the campaign has any, else the click.
 *
 * Saturation (one segment over the period): the second half against the first, from summed counts;
 * flagged when CTR fell by at least SATURATION_CTR_DROP (20%) while CPM rose by at least
 * SATURATION_CPM_RISE (10%): the same people, shown the ads more often, respond less and cost more.
 */
import { derive, sumTotals, type Totals } from './metrics.js';

export const SEGMENTS = {
  COST_RATIO: 1.5,
  MIN_SHARE: 0.05,
  SATURATION_CTR_DROP: 0.2,
  SATURATION_CPM_RISE: 0.1,
  MIN_DAYS: 6,
} as const;

export interface Segment {
  key: string;
  totals: Totals;
}

export interface UnderDelivery {
  key: string;
  result: 'conversion' | 'click';
  cost_per_result: number | null;
  others_cost_per_result: number | null;
  ratio: number | null;
  spend_share: number;
}

function costPer(t: Totals, result: 'conversion' | 'click'): number | null {
  const n = result === 'conversion' ? t.conversions : t.clicks;
  return n && t.spend !== null ? t.spend / n : null;
}

/** Every segment compared with the others; `flagged` marks the under-delivering ones. */
export function compareSegments(segments: Segment[]): (UnderDelivery & { flagged: boolean })[] {
  const all = sumTotals(segments.map((s) => s.totals));
  const result = (all.conversions ?? 0) > 0 ? 'conversion' : 'click';
  const spend = all.spend ?? 0;
  return segments.map((s) => {
    const others = sumTotals(segments.filter((o) => o !== s).map((o) => o.totals));
    const own = costPer(s.totals, result);
    const rest = costPer(others, result);
    const share = spend > 0 ? (s.totals.spend ?? 0) / spend : 0;
    // No result at all, after spending what a result costs elsewhere: infinitely dearer.
    const ratio =
      rest === null
        ? null
        : own === null
          ? (s.totals.spend ?? 0) >= rest
            ? Number.POSITIVE_INFINITY
            : null
          : own / rest;
    const flagged =
      segments.length > 1 && share >= SEGMENTS.MIN_SHARE && ratio !== null && ratio >= SEGMENTS.COST_RATIO;
    return {
      key: s.key,
      result,
      cost_per_result: own,
      others_cost_per_result: rest,
      ratio,
      spend_share: share,
      flagged,
    };
  });
}

export interface Saturation {
  key: string;
  ctr_change: number | null;
  cpm_change: number | null;
  saturating: boolean;
  days: number;
}

function change(before: number | null, after: number | null): number | null {
  return before === null || after === null || before === 0 ? null : (after - before) / before;
}

/** One segment's daily totals, second half against the first. */
export function saturation(key: string, daily: { day: string; totals: Totals }[]): Saturation {
  const days = [...daily].sort((a, b) => (a.day < b.day ? -1 : 1));
  if (days.length < SEGMENTS.MIN_DAYS)
    return { key, ctr_change: null, cpm_change: null, saturating: false, days: days.length };
  const half = Math.floor(days.length / 2);
  const early = derive(sumTotals(days.slice(0, half).map((d) => d.totals)));
  const late = derive(sumTotals(days.slice(-half).map((d) => d.totals)));
  const ctr = change(early.ctr, late.ctr);
  const cpm = change(early.cpm, late.cpm);
  const saturating =
    ctr !== null &&
    cpm !== null &&
    ctr <= -SEGMENTS.SATURATION_CTR_DROP &&
    cpm >= SEGMENTS.SATURATION_CPM_RISE;
  return { key, ctr_change: ctr, cpm_change: cpm, saturating, days: days.length };
}
