/** The breakdowns explain_tiktok_anomaly reads for the period and for the baseline. */
import { type Contribution, decompose, type MetricDefinition } from '../../../domain/reporting/anomaly.js';
import { baseMetricNames, type Totals } from '../../../domain/reporting/metrics.js';
import type { Period } from '../../../domain/reporting/period.js';
import { keyed } from '../../../domain/reporting/rows.js';
import type { DataLevel, ReportType } from '../../../tiktok/reports.js';
import { type ReportScope, report } from '../reporting/data.js';

interface Breakdown {
  name: string;
  reportType: ReportType;
  dataLevel: DataLevel;
  dimension: string;
  label?: string;
}

export const BREAKDOWNS: Breakdown[] = [
  {
    name: 'campaign',
    reportType: 'BASIC',
    dataLevel: 'AUCTION_CAMPAIGN',
    dimension: 'campaign_id',
    label: 'campaign_name',
  },
  {
    name: 'ad_group',
    reportType: 'BASIC',
    dataLevel: 'AUCTION_ADGROUP',
    dimension: 'adgroup_id',
    label: 'adgroup_name',
  },
  { name: 'ad', reportType: 'BASIC', dataLevel: 'AUCTION_AD', dimension: 'ad_id', label: 'ad_name' },
  { name: 'age', reportType: 'AUDIENCE', dataLevel: 'AUCTION_ADVERTISER', dimension: 'age' },
  { name: 'gender', reportType: 'AUDIENCE', dataLevel: 'AUCTION_ADVERTISER', dimension: 'gender' },
  { name: 'country', reportType: 'AUDIENCE', dataLevel: 'AUCTION_ADVERTISER', dimension: 'country_code' },
];

type Side = { totals: Totals; days: number };

async function side(scope: ReportScope, b: Breakdown, range: { start: string; end: string; days: number }) {
  const r = await report(scope, {
    reportType: b.reportType,
    dataLevel: b.dataLevel,
    dimensions: [b.dimension],
    metrics: [...baseMetricNames(b.reportType), ...(b.label ? [b.label] : [])],
    startDate: range.start,
    endDate: range.end,
  });
  return keyed(r.rows).map((row) => ({
    key: row.dimensions[b.dimension] ?? '',
    label: b.label ? row.attributes[b.label] : undefined,
    side: { totals: row.totals, days: range.days },
  }));
}

export interface BreakdownResult {
  name: string;
  contributions: (Contribution & { label: string | null })[];
}

/** Each breakdown's contributions, biggest first; audience ones are skipped for ROAS (no value per segment). */
export async function explainBy(
  scope: ReportScope,
  def: MetricDefinition,
  metric: string,
  period: Period,
  baseline: Period,
  totals: { before: Side; after: Side },
): Promise<BreakdownResult[]> {
  const usable = BREAKDOWNS.filter((b) => !(metric === 'roas' && b.reportType === 'AUDIENCE'));
  return Promise.all(
    usable.map(async (b) => {
      const [before, after] = await Promise.all([side(scope, b, baseline), side(scope, b, period)]);
      const segments = new Map<string, { before?: Side; after?: Side }>();
      const labels = new Map<string, string>();
      for (const x of before) segments.set(x.key, { ...segments.get(x.key), before: x.side });
      for (const x of after) segments.set(x.key, { ...segments.get(x.key), after: x.side });
      for (const x of [...before, ...after]) if (x.label) labels.set(x.key, x.label);
      const contributions = decompose(def, segments, totals.before, totals.after).map((c) => ({
        ...c,
        label: labels.get(c.segment) ?? null,
      }));
      return { name: b.name, contributions };
    }),
  );
}
