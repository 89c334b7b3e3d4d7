/**
 * `analyze_tiktok_geo_performance`: performance by country (TikTok's AUDIENCE report with
 * `country_code`), for the account and within each campaign, and the countries that under-deliver:
 * compared with the other countries of the same campaign (same ads, same objective), by the rule
 * in domain/reporting/segments.ts.
 */
import { z } from 'zod';
import type { ToolDefinition } from '../../../core/tool.js';
import {
  baseMetricNames,
  derive,
  metricsRecord,
  sumTotals,
  type Totals,
} from '../../../domain/reporting/metrics.js';
import { groupBy, keyed } from '../../../domain/reporting/rows.js';
import { compareSegments, SEGMENTS } from '../../../domain/reporting/segments.js';
import type { ToolServices } from '../../services.js';
import { advertiserIdField } from '../advertiser-field.js';
import { markdownTable } from '../markdown.js';
import { periodArgs, periodFields, rawDataField } from '../reporting/args.js';
import { periodOf, report, reportScope } from '../reporting/data.js';
import { count, money, percent, rawBlock } from '../reporting/format.js';
import { periodLine, scopeFacts } from '../reporting/intro.js';

const schema = z.strictObject({
  advertiser_id: advertiserIdField(),
  ...periodFields('up to 730'),
  raw_data: rawDataField(),
});

function countryTable(rows: { country: string; totals: Totals }[], currency: string): string {
  return markdownTable(
    ['Country', 'Spend', 'Impr.', 'CTR', 'CPM', 'Conv.', 'Cost/conv.', 'Hook', 'Engagement'],
    rows.map(({ country, totals }) => {
      const d = derive(totals);
      return [
        country,
        money(totals.spend, currency),
        count(totals.impressions),
        percent(d.ctr),
        money(d.cpm, currency),
        count(totals.conversions),
        money(d.cost_per_conversion, currency),
        percent(d.hook_rate, 1),
        percent(d.engagement_rate),
      ];
    }),
  );
}

export const analyzeTikTokGeoPerformance: ToolDefinition<typeof schema, ToolServices> = {
  name: 'analyze_tiktok_geo_performance',
  category: 'TikTok Ads Read',
  summary: 'Analyze TikTok geographic/country-level performance',
  description: [
    'Spend, conversions, cost per conversion, CTR, CPM, hook rate and engagement per country, for the account and for',
    "each campaign, from TikTok's audience report by country. A country under-delivers when, within one campaign, its",
    `cost per result is at least ${SEGMENTS.COST_RATIO} × that of the campaign's other countries and it has at least ${SEGMENTS.MIN_SHARE * 100}% of the campaign's`,
    'spend (a result is a conversion, or a click where the campaign has none). Comparing within a campaign keeps the',
    'ads and objective equal. No ROAS: the audience report has no purchase value. Read-only; one tool call; cached 5 minutes.',
  ].join('\n'),
  readOnly: true,
  billable: true,
  schema,
  example: { lookback_days: 30 },

  async run(args, ctx) {
    const scope = await reportScope(ctx, args.advertiser_id);
    const period = periodOf(scope, periodArgs(args));
    const result = await report(scope, {
      reportType: 'AUDIENCE',
      dataLevel: 'AUCTION_CAMPAIGN',
      dimensions: ['campaign_id', 'country_code'],
      metrics: [...baseMetricNames('AUDIENCE'), 'campaign_name'],
      startDate: period.start,
      endDate: period.end,
    });
    const rows = keyed(result.rows);
    const countries = [...groupBy(rows, 'country_code')]
      .map(([country, list]) => ({ country, totals: sumTotals(list.map((r) => r.totals)) }))
      .sort((a, b) => (b.totals.spend ?? 0) - (a.totals.spend ?? 0));
    const campaigns = [...groupBy(rows, 'campaign_id')].map(([campaignId, list]) => {
      const compared = compareSegments(
        list.map((r) => ({ key: r.dimensions.country_code ?? '', totals: r.totals })),
      );
      return {
        campaign_id: campaignId,
        campaign_name: list[0]?.attributes.campaign_name ?? null,
        countries: list.map((r, i) => ({
          country: r.dimensions.country_code,
          metrics: metricsRecord(r.totals),
          comparison: compared[i],
        })),
      };
    });
    const flagged = campaigns.flatMap((c) =>
      c.countries
        .filter((x) => x.comparison?.flagged)
        .map((x) => ({ campaign_id: c.campaign_id, campaign_name: c.campaign_name, ...x })),
    );
    const raw = {
      ...scopeFacts(scope, period),
      countries: countries.map((c) => ({ country: c.country, metrics: metricsRecord(c.totals) })),
      campaigns,
    };
    if (args.raw_data) return { text: rawBlock(raw), structured: raw };

    const ranked = countries
      .filter((c) => (c.totals.conversions ?? 0) > 0)
      .sort(
        (a, b) => (derive(a.totals).cost_per_conversion ?? 0) - (derive(b.totals).cost_per_conversion ?? 0),
      );
    const lines = [
      periodLine(scope, period),
      ...period.notes,
      countries.length > 0 ? countryTable(countries, scope.currency) : 'No delivery in this period.',
      ranked.length > 1
        ? `**Cheapest conversions:** ${ranked[0]?.country}; **dearest:** ${ranked[ranked.length - 1]?.country} (across campaigns with different objectives: see the per-campaign comparison).`
        : '',
      flagged.length > 0
        ? `**Under-delivering:**\n${flagged.map((f) => `- ${f.country} in ${f.campaign_name ?? f.campaign_id} (${f.campaign_id}): cost per ${f.comparison?.result} ${money(f.comparison?.cost_per_result ?? null, scope.currency)} against ${money(f.comparison?.others_cost_per_result ?? null, scope.currency)} in its other countries (${f.comparison?.ratio === Number.POSITIVE_INFINITY ? 'no result at all' : `${(f.comparison?.ratio ?? 0).toFixed(1)}×`}), ${percent(f.comparison?.spend_share ?? 0, 0)} of the campaign's spend. Lower its bid or budget there, or exclude it.`).join('\n')}`
        : `**Under-delivering:** none; no country costs ${SEGMENTS.COST_RATIO}× its campaign's other countries per result with ${SEGMENTS.MIN_SHARE * 100}% of the spend.`,
      'The audience report gives no purchase value per country, so ROAS is not shown; TikTok reports countries, not regions, for delivery.',
    ].filter(Boolean);
    return {
      text: lines.join('\n\n'),
      structured: {
        ...raw,
        under_delivering: flagged,
        method: { rule: 'cost per result vs the campaign’s other countries', ...SEGMENTS },
      },
    };
  },
};
