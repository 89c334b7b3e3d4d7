/**
 * The reporting metrics, defined once. Tools ask TikTok only for counts and money (they add up
 * across days, windows and entities) and derive every rate here, so a rate always matches the
 * totals shown beside it. A rate whose denominator is zero, or whose inputs TikTok did not give,
 * is null: "no data", never 0. The formulas are listed in FORMULAS and in docs/reporting.md.
 */

/** TikTok metric names requested for each base count (reference tiktok-tool-family.md §4.9). */
export const TIKTOK_METRIC = {
  spend: 'spend',
  impressions: 'impressions',
  clicks: 'clicks',
  reach: 'reach',
  conversions: 'conversion',
  value: 'total_complete_payment_rate',
  plays: 'video_play_actions',
  watched2s: 'video_watched_2s',
  watched6s: 'video_watched_6s',
  p100: 'video_views_p100',
  likes: 'likes',
  comments: 'comments',
  shares: 'shares',
  follows: 'follows',
} as const;

export type BaseField = keyof typeof TIKTOK_METRIC;
/** Base counts; null where TikTok had no value for the row. */
export type Totals = Record<BaseField, number | null>;

export const BASE_FIELDS = Object.keys(TIKTOK_METRIC) as BaseField[];

/** Not in audience reports (a peer's NOT_AUDIENCE_METRICS list; reference §4.9). */
const NOT_IN_AUDIENCE: BaseField[] = ['reach', 'value'];

/** The TikTok metric names to request for a report type. */
export function baseMetricNames(reportType: 'BASIC' | 'AUDIENCE'): string[] {
  return BASE_FIELDS.filter((f) => reportType === 'BASIC' || !NOT_IN_AUDIENCE.includes(f)).map(
    (f) => TIKTOK_METRIC[f],
  );
}

function parse(value: string | undefined): number | null {
  if (value === undefined || value === '' || value === '-') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** A report row's metrics as base totals. */
export function totalsOf(metrics: Record<string, string>): Totals {
  return Object.fromEntries(BASE_FIELDS.map((f) => [f, parse(metrics[TIKTOK_METRIC[f]])])) as Totals;
}

export function emptyTotals(): Totals {
  return Object.fromEntries(BASE_FIELDS.map((f) => [f, 0])) as Totals;
}

/**
 * Totals added up. Reach is added only within one row set that cannot overlap (the caller says so
 * with `reachAdds`); across entities or periods the same people may be counted twice, so it
 * becomes null.
 */
export function sumTotals(rows: Totals[], reachAdds = false): Totals {
  const out = emptyTotals();
  for (const field of BASE_FIELDS) {
    let sum: number | null = 0;
    for (const row of rows) {
      const v = row[field];
      sum = v === null || sum === null ? null : sum + v;
    }
    out[field] = sum === null ? null : Math.round(sum * 100) / 100;
  }
  if (!reachAdds && rows.length !== 1) out.reach = null;
  return out;
}

export interface Derived {
  ctr: number | null;
  cpc: number | null;
  cpm: number | null;
  conversion_rate: number | null;
  cost_per_conversion: number | null;
  roas: number | null;
  hook_rate: number | null;
  completion_rate: number | null;
  engagement_rate: number | null;
  frequency: number | null;
}

export const FORMULAS: Readonly<Record<keyof Derived, string>> = {
  ctr: 'clicks / impressions',
  cpc: 'spend / clicks',
  cpm: 'spend / impressions × 1000',
  conversion_rate: 'conversions / clicks',
  cost_per_conversion: 'spend / conversions',
  roas: 'purchase value (total_complete_payment_rate) / spend',
  hook_rate: 'video_watched_2s / video_play_actions',
  completion_rate: 'video_views_p100 / video_play_actions',
  engagement_rate: '(likes + comments + shares) / impressions',
  frequency: 'impressions / reach',
};

function ratio(top: number | null, bottom: number | null, times = 1): number | null {
  if (top === null || bottom === null || bottom === 0) return null;
  return (top / bottom) * times;
}

function sum(...values: (number | null)[]): number | null {
  return values.some((v) => v === null) ? null : values.reduce<number>((a, b) => a + (b as number), 0);
}

export function derive(t: Totals): Derived {
  return {
    ctr: ratio(t.clicks, t.impressions),
    cpc: ratio(t.spend, t.clicks),
    cpm: ratio(t.spend, t.impressions, 1000),
    conversion_rate: ratio(t.conversions, t.clicks),
    cost_per_conversion: ratio(t.spend, t.conversions),
    roas: ratio(t.value, t.spend),
    hook_rate: ratio(t.watched2s, t.plays),
    completion_rate: ratio(t.p100, t.plays),
    engagement_rate: ratio(sum(t.likes, t.comments, t.shares), t.impressions),
    frequency: ratio(t.impressions, t.reach),
  };
}

/** A rate rounded for `data.structured` (6 significant decimals; null stays null). */
export function round(value: number | null, digits = 4): number | null {
  return value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;
}

/** Totals and derived metrics, rounded, as tools return them. */
export function metricsRecord(t: Totals): Record<string, number | null> {
  const d = derive(t);
  return {
    ...t,
    ...Object.fromEntries(
      Object.entries(d).map(([k, v]) => [
        k,
        round(v, k === 'cpc' || k === 'cpm' || k === 'cost_per_conversion' ? 2 : 4),
      ]),
    ),
  };
}
