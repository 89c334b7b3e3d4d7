/** Every ad's daily rows and its fatigue assessment (domain/reporting/fatigue.ts), for the tools that need it. */
import { assessFatigue, type FatigueResult } from '../../../domain/reporting/fatigue.js';
import { baseMetricNames, derive, type Totals } from '../../../domain/reporting/metrics.js';
import type { Period } from '../../../domain/reporting/period.js';
import { dayOf, groupBy, keyed } from '../../../domain/reporting/rows.js';
import { type ReportScope, report } from './data.js';

export interface AdFatigue {
  ad_id: string;
  ad_name: string | null;
  adgroup_id: string | null;
  spend: number;
  result: FatigueResult;
  daily: { day: string; totals: Totals }[];
}

export async function adsFatigue(
  scope: ReportScope,
  period: Period,
  frequencyThreshold: number,
): Promise<AdFatigue[]> {
  const r = await report(scope, {
    reportType: 'BASIC',
    dataLevel: 'AUCTION_AD',
    dimensions: ['ad_id', 'stat_time_day'],
    metrics: [...baseMetricNames('BASIC'), 'ad_name', 'adgroup_id'],
    startDate: period.start,
    endDate: period.end,
  });
  return [...groupBy(keyed(r.rows), 'ad_id')]
    .map(([adId, rows]) => {
      const daily = rows
        .map((row) => ({ day: dayOf(row), totals: row.totals }))
        .sort((a, b) => (a.day < b.day ? -1 : 1));
      return {
        ad_id: adId,
        ad_name: rows[0]?.attributes.ad_name ?? null,
        adgroup_id: rows[0]?.attributes.adgroup_id ?? null,
        spend: Math.round(rows.reduce((s, x) => s + (x.totals.spend ?? 0), 0) * 100) / 100,
        result: assessFatigue(daily, frequencyThreshold),
        daily,
      };
    })
    .sort((a, b) => (b.result.score ?? -1) - (a.result.score ?? -1) || b.spend - a.spend);
}

/** Daily hook rate points of some ads, for a chart. */
export function hookPoints(ads: AdFatigue[]) {
  return ads.flatMap((a) =>
    a.daily.map((d) => ({ date: d.day, series: a.ad_name ?? a.ad_id, value: derive(d.totals).hook_rate })),
  );
}
