/**
 * `explain_tiktok_anomaly`: a metric over a period (≤ 30 days) against the days just before it,
 * whether the move is unusual, and which campaigns, ad groups, ads, ages, genders and countries
 * moved it, in parts that add up to the change (domain/reporting/anomaly.ts).
 */
import { z } from 'zod';
import type { ToolDefinition } from '../../../core/tool.js';
import { ANOMALY_METRICS, metricValue, unusualness, Z_UNUSUAL } from '../../../domain/reporting/anomaly.js';
import { baseMetricNames, sumTotals } from '../../../domain/reporting/metrics.js';
import { addDays, daysBetween, type Period, resolvePeriod } from '../../../domain/reporting/period.js';
import { dayOf, keyed } from '../../../domain/reporting/rows.js';
import { AppError } from '../../../errors.js';
import type { ToolServices } from '../../services.js';
import { advertiserIdField } from '../advertiser-field.js';
import { markdownTable } from '../markdown.js';
import { dateField, rawDataField } from '../reporting/args.js';
import { lineChart } from '../reporting/chart.js';
import { type ReportScope, report, reportScope } from '../reporting/data.js';
import { rawBlock } from '../reporting/format.js';
import { periodLine, scopeFacts } from '../reporting/intro.js';
import { explainBy } from './breakdowns.js';

const METRICS = Object.keys(ANOMALY_METRICS) as [string, ...string[]];
export const MAX_ANOMALY_DAYS = 30;
export const BASELINE_DAYS = 28;

const schema = z.strictObject({
  period_start: dateField('period_start', 'First day of the period to explain'),
  period_end: dateField(
    'period_end',
    `Last day of the period to explain (at most ${MAX_ANOMALY_DAYS} days after period_start)`,
  ),
  advertiser_id: advertiserIdField(),
  metric: z
    .enum(METRICS, { error: `metric must be one of: ${METRICS.join(', ')}.` })
    .default('ctr')
    .describe(`Metric: ${METRICS.join(', ')}.`),
  raw_data: rawDataField(),
});

function baselineOf(scope: ReportScope, period: Period): Period {
  const end = addDays(period.start, -1);
  let start = addDays(end, -(BASELINE_DAYS - 1));
  if (scope.firstDay && start < scope.firstDay) start = scope.firstDay;
  if (end < start || daysBetween(start, end) + 1 < 7) {
    throw new AppError(
      'invalid_arguments',
      `There are fewer than 7 days of history before ${period.start} to compare with; choose a later period.`,
    );
  }
  return { start, end, days: daysBetween(start, end) + 1, notes: [] };
}

function show(metric: string, value: number | null): string {
  if (value === null) return 'no data';
  if (['ctr', 'conversion_rate', 'hook_rate', 'video_completion_rate', 'engagement_rate'].includes(metric))
    return `${(value * 100).toFixed(2)}%`;
  return value.toFixed(metric === 'conversions' ? 1 : 2);
}

export const explainTikTokAnomaly: ToolDefinition<typeof schema, ToolServices> = {
  name: 'explain_tiktok_anomaly',
  category: 'TikTok Ads Read',
  summary: 'Explain why a TikTok metric changed during a specific period',
  description: [
    `Compares a metric over a period (at most ${MAX_ANOMALY_DAYS} days) with the ${BASELINE_DAYS} days before it and says whether the move is unusual`,
    `(|z| ≥ ${Z_UNUSUAL} against the baseline's daily values). Then splits the change by campaign, ad group, ad, age, gender and`,
    "country: for a rate such as CTR each segment's part is its weight × rate now minus before, split into a rate effect",
    '(the segment itself changed) and a mix effect (its share of delivery changed); the parts add up to the change.',
    'Conversions are compared per day. ROAS is not split by audience (no purchase value per segment). Includes a daily chart.',
    'Read-only; one tool call; cached 5 minutes.',
  ].join('\n'),
  readOnly: true,
  billable: true,
  schema,
  example: { period_start: '2026-03-10', period_end: '2026-03-10', metric: 'ctr' },
  rules: (a) =>
    a.period_start &&
    a.period_end &&
    a.period_end >= a.period_start &&
    daysBetween(a.period_start, a.period_end) + 1 > MAX_ANOMALY_DAYS
      ? [
          {
            path: 'period_end',
            code: 'period_too_long',
            message: `The period can be at most ${MAX_ANOMALY_DAYS} days; it is ${daysBetween(a.period_start, a.period_end) + 1}.`,
          },
        ]
      : [],

  async run(args, ctx) {
    const scope = await reportScope(ctx, args.advertiser_id);
    const period = resolvePeriod(
      { start_date: args.period_start, end_date: args.period_end },
      scope.today,
      scope.firstDay,
    );
    const baseline = baselineOf(scope, period);
    const def = ANOMALY_METRICS[args.metric] as (typeof ANOMALY_METRICS)[string];
    const daily = await report(scope, {
      reportType: 'BASIC',
      dataLevel: 'AUCTION_ADVERTISER',
      dimensions: ['stat_time_day'],
      metrics: baseMetricNames('BASIC'),
      startDate: baseline.start,
      endDate: period.end,
    });
    const days = keyed(daily.rows)
      .map((r) => ({ day: dayOf(r), totals: r.totals }))
      .sort((a, b) => (a.day < b.day ? -1 : 1));
    const inPeriod = days.filter((d) => d.day >= period.start);
    const inBaseline = days.filter((d) => d.day < period.start);
    const before = { totals: sumTotals(inBaseline.map((d) => d.totals)), days: baseline.days };
    const after = { totals: sumTotals(inPeriod.map((d) => d.totals)), days: period.days };
    const valueBefore = metricValue(def, before.totals, before.days);
    const valueAfter = metricValue(def, after.totals, after.days);
    const unusual = unusualness(
      inBaseline.map((d) => metricValue(def, d.totals, 1)),
      valueAfter,
    );
    const breakdowns = await explainBy(scope, def, args.metric, period, baseline, { before, after });
    const change = valueAfter !== null && valueBefore !== null ? valueAfter - valueBefore : null;
    const raw = {
      ...scopeFacts(scope, period),
      metric: args.metric,
      baseline: { start: baseline.start, end: baseline.end, days: baseline.days, value: valueBefore },
      value: valueAfter,
      change,
      change_percent: change !== null && valueBefore ? change / valueBefore : null,
      ...unusual,
      breakdowns: breakdowns.map((b) => ({ name: b.name, contributions: b.contributions })),
      daily: days.map((d) => ({ day: d.day, value: metricValue(def, d.totals, 1) })),
    };
    if (args.raw_data) return { text: rawBlock(raw), structured: raw };
    const chart = await lineChart(
      `Daily ${args.metric}`,
      args.metric,
      days.map((d) => ({
        date: d.day,
        series: d.day >= period.start ? 'period' : 'baseline',
        value: metricValue(def, d.totals, 1),
      })),
      '.4~f',
    );
    const lines = [
      periodLine(scope, period),
      `**${args.metric}: ${show(args.metric, valueAfter)}** against ${show(args.metric, valueBefore)} over the ${baseline.days} days before (${baseline.start} to ${baseline.end})${raw.change_percent !== null ? `: ${raw.change_percent >= 0 ? '+' : ''}${(raw.change_percent * 100).toFixed(1)}%` : ''}.`,
      unusual.z === null
        ? 'Not enough daily data to judge how unusual this is.'
        : unusual.unusual
          ? `**Unusual:** ${unusual.z.toFixed(1)} standard deviations from the baseline's daily values (threshold ${Z_UNUSUAL}).`
          : `**Within normal variation:** ${unusual.z.toFixed(1)} standard deviations from the baseline's daily values (under ${Z_UNUSUAL}); nothing stands out.`,
      ...breakdowns.map(
        (b) =>
          `**By ${b.name.replace('_', ' ')}** (parts add up to the change of ${show(args.metric, change)}):\n\n${markdownTable(
            ['Segment', 'Before', 'Now', 'Part of change', 'Rate effect', 'Mix effect'],
            b.contributions
              .slice(0, 5)
              .map((c) => [
                c.label ? `${c.label} (${c.segment})` : c.segment,
                show(args.metric, c.before),
                show(args.metric, c.after),
                show(args.metric, c.contribution),
                show(args.metric, c.rate_effect),
                show(args.metric, c.mix_effect),
              ]),
          )}`,
      ),
      'Placements are not broken down: the report by placement is not read. The chart is in `data.structured.charts`.',
    ];
    return { text: lines.join('\n\n'), structured: { ...raw, charts: [chart] } };
  },
};
