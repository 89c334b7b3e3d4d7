/**
 * `get_tiktok_campaign_performance`: spend, delivery, conversions, value and video metrics per
 * campaign over a period, the account's totals and a daily chart, with recommendations that name
 * their rule (off with `raw_data` or `include_recommendations: false`).
 */
import { z } from 'zod';
import type { ToolDefinition } from '../../../core/tool.js';
import { baseMetricNames, metricsRecord, sumTotals, type Totals } from '../../../domain/reporting/metrics.js';
import { dayOf, keyed } from '../../../domain/reporting/rows.js';
import type { ToolServices } from '../../services.js';
import { advertiserIdField } from '../advertiser-field.js';
import { markdownTable } from '../markdown.js';
import { periodArgs, periodFields, rawDataField } from '../reporting/args.js';
import { lineChart } from '../reporting/chart.js';
import { periodOf, report, reportScope } from '../reporting/data.js';
import { formulaNote, PERFORMANCE_HEADERS, performanceCells, rawBlock } from '../reporting/format.js';
import { periodLine, scopeFacts } from '../reporting/intro.js';
import { campaignRecommendations } from './recommendations.js';

const schema = z.strictObject({
  advertiser_id: advertiserIdField(),
  ...periodFields('7, 14, 30, 60 or 90 are usual; up to 730'),
  include_recommendations: z
    .boolean()
    .default(true)
    .describe('Include optimisation recommendations (each names its rule).'),
  raw_data: rawDataField(),
});

export interface CampaignRow {
  campaign_id: string;
  campaign_name: string | null;
  objective_type: string | null;
  metrics: Record<string, number | null>;
  totals: Totals;
}

export const getTikTokCampaignPerformance: ToolDefinition<typeof schema, ToolServices> = {
  name: 'get_tiktok_campaign_performance',
  category: 'TikTok Ads Read',
  summary: 'Get TikTok campaign performance metrics including TikTok-specific video and engagement data',
  description: [
    'Per campaign over a period: spend, impressions, clicks, CTR, CPC, CPM, conversions, cost per conversion, ROAS,',
    'hook rate, completion rate, likes, comments, shares; the account totals (with reach) and a daily chart of spend',
    "and conversions. Amounts are in the advertiser's currency, days in its timezone. The period is `lookback_days`",
    'complete days ending yesterday, or `start_date`/`end_date`; long periods are read from TikTok in pieces.',
    'Recommendations each state their rule and numbers; `raw_data: true` returns only the metrics as JSON.',
    'Derived metrics: see docs/reporting.md. Read-only; counts as one tool call; answers are cached for 5 minutes.',
  ].join('\n'),
  readOnly: true,
  billable: true,
  schema,
  example: { lookback_days: 30 },

  async run(args, ctx) {
    const scope = await reportScope(ctx, args.advertiser_id);
    const period = periodOf(scope, periodArgs(args));
    const dates = { startDate: period.start, endDate: period.end };
    const [byCampaign, account, daily] = await Promise.all([
      report(scope, {
        reportType: 'BASIC',
        dataLevel: 'AUCTION_CAMPAIGN',
        dimensions: ['campaign_id'],
        metrics: [...baseMetricNames('BASIC'), 'campaign_name', 'objective_type'],
        ...dates,
      }),
      report(scope, {
        reportType: 'BASIC',
        dataLevel: 'AUCTION_ADVERTISER',
        dimensions: ['advertiser_id'],
        metrics: baseMetricNames('BASIC'),
        ...dates,
      }),
      report(scope, {
        reportType: 'BASIC',
        dataLevel: 'AUCTION_ADVERTISER',
        dimensions: ['stat_time_day'],
        metrics: baseMetricNames('BASIC'),
        ...dates,
      }),
    ]);
    const campaigns: CampaignRow[] = keyed(byCampaign.rows)
      .map((r) => ({
        campaign_id: r.dimensions.campaign_id ?? '',
        campaign_name: r.attributes.campaign_name ?? null,
        objective_type: r.attributes.objective_type ?? null,
        metrics: metricsRecord(r.totals),
        totals: r.totals,
      }))
      .sort((a, b) => (b.totals.spend ?? 0) - (a.totals.spend ?? 0));
    const accountTotals = keyed(account.rows)[0]?.totals ?? sumTotals(campaigns.map((c) => c.totals));
    const days = keyed(daily.rows)
      .map((r) => ({ day: dayOf(r), metrics: metricsRecord(r.totals) }))
      .sort((a, b) => (a.day < b.day ? -1 : 1));
    const raw = {
      ...scopeFacts(scope, period),
      account: metricsRecord(accountTotals),
      campaigns: campaigns.map(({ totals: _t, ...c }) => c),
      daily: days,
    };
    if (args.raw_data) return { text: rawBlock(raw), structured: raw };

    const recommendations = args.include_recommendations
      ? campaignRecommendations(campaigns, accountTotals, scope.currency)
      : [];
    const chart = await lineChart(
      'Daily spend and conversions',
      `Amount (${scope.currency}) / count`,
      days.flatMap((d) => [
        { date: d.day, series: `Spend (${scope.currency})`, value: d.metrics.spend ?? null },
        { date: d.day, series: 'Conversions', value: d.metrics.conversions ?? null },
      ]),
      ',.0f',
    );
    const table =
      campaigns.length === 0
        ? 'No campaign delivered in this period (TikTok reports only campaigns with impressions).'
        : markdownTable(
            ['Campaign', 'campaign_id', ...PERFORMANCE_HEADERS],
            campaigns.map((c) => [
              c.campaign_name,
              c.campaign_id,
              ...performanceCells(c.totals, scope.currency),
            ]),
          );
    const text = [
      periodLine(scope, period),
      ...period.notes,
      `**Account:** ${markdownTable(PERFORMANCE_HEADERS, [performanceCells(accountTotals, scope.currency)])}`,
      table,
      recommendations.length > 0
        ? `**Recommendations**\n${recommendations.map((r) => `- ${r.text}`).join('\n')}`
        : '',
      formulaNote(['ctr', 'roas', 'hook_rate', 'completion_rate', 'engagement_rate']),
      'The daily chart is in `data.structured.charts`.',
    ].filter(Boolean);
    return { text: text.join('\n\n'), structured: { ...raw, recommendations, charts: [chart] } };
  },
};
