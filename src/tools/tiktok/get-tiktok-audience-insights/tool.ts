/**
 * `get_tiktok_audience_insights`: performance by age, gender and age × gender (TikTok's AUDIENCE
 * report), segments ranked by cost per conversion (or CTR without conversions), and saturation:
 * segments whose CTR falls while their CPM rises over the period (domain/reporting/segments.ts).
 */
import { z } from 'zod';
import type { ToolDefinition } from '../../../core/tool.js';
import { baseMetricNames, derive, metricsRecord, type Totals } from '../../../domain/reporting/metrics.js';
import { dayOf, groupBy, keyed } from '../../../domain/reporting/rows.js';
import { type Saturation, SEGMENTS, saturation } from '../../../domain/reporting/segments.js';
import type { ToolServices } from '../../services.js';
import { advertiserIdField } from '../advertiser-field.js';
import { markdownTable } from '../markdown.js';
import { periodArgs, periodFields, rawDataField } from '../reporting/args.js';
import { periodOf, type ReportScope, report, reportScope } from '../reporting/data.js';
import { count, money, percent, rawBlock } from '../reporting/format.js';
import { periodLine, scopeFacts } from '../reporting/intro.js';

const BREAKDOWNS = { age: ['age'], gender: ['gender'], age_gender: ['age', 'gender'] } as const;
type Breakdown = keyof typeof BREAKDOWNS;

const schema = z.strictObject({
  advertiser_id: advertiserIdField(),
  ...periodFields('up to 730'),
  breakdown_type: z
    .enum(['age', 'gender', 'age_gender', 'all'], {
      error: 'breakdown_type must be one of: age, gender, age_gender, all.',
    })
    .default('all')
    .describe('Breakdown: age, gender, age_gender, or all.'),
  include_saturation: z
    .boolean()
    .default(true)
    .describe('Include the saturation trend per age × gender segment.'),
  raw_data: rawDataField(),
});

interface SegmentRow {
  segment: string;
  totals: Totals;
  metrics: Record<string, number | null>;
}

function segmentName(dims: Record<string, string>, keys: readonly string[]): string {
  return keys.map((k) => dims[k] ?? '-').join(' × ');
}

async function breakdown(
  scope: ReportScope,
  keys: readonly string[],
  start: string,
  end: string,
): Promise<SegmentRow[]> {
  const r = await report(scope, {
    reportType: 'AUDIENCE',
    dataLevel: 'AUCTION_ADVERTISER',
    dimensions: [...keys],
    metrics: baseMetricNames('AUDIENCE'),
    startDate: start,
    endDate: end,
  });
  return keyed(r.rows).map((row) => ({
    segment: segmentName(row.dimensions, keys),
    totals: row.totals,
    metrics: metricsRecord(row.totals),
  }));
}

/** Cheapest conversions first; without conversions, best CTR first. */
function ranked(rows: SegmentRow[]): { by: 'cost_per_conversion' | 'ctr'; rows: SegmentRow[] } {
  const converts = rows.some((r) => (r.totals.conversions ?? 0) > 0);
  const key = (r: SegmentRow) =>
    converts
      ? (derive(r.totals).cost_per_conversion ?? Number.POSITIVE_INFINITY)
      : -(derive(r.totals).ctr ?? 0);
  return { by: converts ? 'cost_per_conversion' : 'ctr', rows: [...rows].sort((a, b) => key(a) - key(b)) };
}

async function saturationOf(scope: ReportScope, start: string, end: string): Promise<Saturation[]> {
  const r = await report(scope, {
    reportType: 'AUDIENCE',
    dataLevel: 'AUCTION_ADVERTISER',
    dimensions: ['age', 'gender', 'stat_time_day'],
    metrics: baseMetricNames('AUDIENCE'),
    startDate: start,
    endDate: end,
  });
  const rows = keyed(r.rows).map((row) => ({
    ...row,
    dimensions: { ...row.dimensions, segment: `${row.dimensions.age} × ${row.dimensions.gender}` },
  }));
  return [...groupBy(rows, 'segment')].map(([segment, list]) =>
    saturation(
      segment,
      list.map((x) => ({ day: dayOf(x), totals: x.totals })),
    ),
  );
}

function table(rows: SegmentRow[], currency: string): string {
  return markdownTable(
    ['Segment', 'Spend', 'Impr.', 'CTR', 'CPM', 'Conv.', 'Cost/conv.', 'Hook', 'Engagement'],
    rows.map((r) => {
      const d = derive(r.totals);
      return [
        r.segment,
        money(r.totals.spend, currency),
        count(r.totals.impressions),
        percent(d.ctr),
        money(d.cpm, currency),
        count(r.totals.conversions),
        money(d.cost_per_conversion, currency),
        percent(d.hook_rate, 1),
        percent(d.engagement_rate),
      ];
    }),
  );
}

export const getTikTokAudienceInsights: ToolDefinition<typeof schema, ToolServices> = {
  name: 'get_tiktok_audience_insights',
  category: 'TikTok Ads Read',
  summary: 'Analyze TikTok audience segment performance by age, gender, and combined demographics',
  description: [
    "Performance by age bracket (AGE_18_24 ... AGE_55_100), gender and age × gender from TikTok's audience report:",
    'spend, impressions, CTR, CPM, conversions, cost per conversion, hook rate, engagement. Segments are ranked by cost',
    "per conversion (by CTR when nothing converted). TikTok's audience report has no purchase value or reach per",
    `segment, so no ROAS or frequency is given. Saturation: a segment whose CTR fell ${SEGMENTS.SATURATION_CTR_DROP * 100}% or more from the`,
    `first half of the period to the second while its CPM rose ${SEGMENTS.SATURATION_CPM_RISE * 100}% or more. Read-only; one tool call; cached 5 minutes.`,
  ].join('\n'),
  readOnly: true,
  billable: true,
  schema,
  example: { breakdown_type: 'all', lookback_days: 30 },

  async run(args, ctx) {
    const scope = await reportScope(ctx, args.advertiser_id);
    const period = periodOf(scope, periodArgs(args));
    const wanted: Breakdown[] =
      args.breakdown_type === 'all' ? ['age', 'gender', 'age_gender'] : [args.breakdown_type];
    const results = await Promise.all(
      wanted.map((b) => breakdown(scope, BREAKDOWNS[b], period.start, period.end)),
    );
    const breakdowns = Object.fromEntries(wanted.map((b, i) => [b, ranked(results[i] as SegmentRow[])]));
    const sat = args.include_saturation ? await saturationOf(scope, period.start, period.end) : [];
    const raw = {
      ...scopeFacts(scope, period),
      breakdowns: Object.fromEntries(
        Object.entries(breakdowns).map(([b, r]) => [b, r.rows.map(({ totals: _t, ...row }) => row)]),
      ),
      ...(args.include_saturation ? { saturation: sat } : {}),
    };
    if (args.raw_data) return { text: rawBlock(raw), structured: raw };
    const saturating = sat.filter((s) => s.saturating);
    const lines = [periodLine(scope, period), ...period.notes];
    for (const [name, r] of Object.entries(breakdowns)) {
      lines.push(
        `**By ${name.replace('_', ' × ')}** (ranked by ${r.by === 'ctr' ? 'CTR: nothing converted' : 'cost per conversion'})`,
      );
      lines.push(r.rows.length > 0 ? table(r.rows, scope.currency) : 'No delivery in this period.');
    }
    if (args.include_saturation) {
      lines.push(
        saturating.length > 0
          ? `**Saturating segments:** ${saturating.map((s) => `${s.key} (CTR ${percent(s.ctr_change, 0)}, CPM +${percent(s.cpm_change, 0)})`).join('; ')}. Broaden targeting or refresh creative for them.`
          : `**Saturation:** no segment's CTR fell ${SEGMENTS.SATURATION_CTR_DROP * 100}% while its CPM rose ${SEGMENTS.SATURATION_CPM_RISE * 100}% (second half of the period against the first).`,
      );
    }
    lines.push(
      "TikTok's audience report gives no purchase value or reach per segment: ROAS and frequency are not shown.",
    );
    return {
      text: lines.join('\n\n'),
      structured: { ...raw, method: { ranking: 'cost per conversion, else CTR', saturation: SEGMENTS } },
    };
  },
};
