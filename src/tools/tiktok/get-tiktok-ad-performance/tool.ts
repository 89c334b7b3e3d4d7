/**
 * `get_tiktok_ad_performance`: the campaign report's metrics per ad, with each ad's creative
 * (`/ad/get/`: format, video or images, text, call to action, landing page), biggest spenders
 * first, `limit` ads from `offset`.
 */
import { z } from 'zod';
import type { ToolDefinition } from '../../../core/tool.js';
import { baseMetricNames, derive, metricsRecord } from '../../../domain/reporting/metrics.js';
import { keyed } from '../../../domain/reporting/rows.js';
import { type Ad, getPage } from '../../../tiktok/delivery.js';
import type { ToolServices } from '../../services.js';
import { onAccount } from '../account-calls.js';
import { advertiserIdField } from '../advertiser-field.js';
import { markdownTable } from '../markdown.js';
import { periodArgs, periodFields, rawDataField } from '../reporting/args.js';
import { periodOf, type ReportScope, report, reportScope } from '../reporting/data.js';
import {
  formulaNote,
  PERFORMANCE_HEADERS,
  percent,
  performanceCells,
  rawBlock,
} from '../reporting/format.js';
import { periodLine, scopeFacts } from '../reporting/intro.js';

const schema = z.strictObject({
  advertiser_id: advertiserIdField(),
  ...periodFields('up to 730'),
  limit: z
    .number()
    .int('limit must be a whole number.')
    .min(1, 'limit must be at least 1.')
    .max(50, 'limit can be at most 50.')
    .default(20)
    .describe('Ads to return (1-50), biggest spend first.'),
  offset: z
    .number()
    .int('offset must be a whole number.')
    .min(0, 'offset cannot be negative.')
    .default(0)
    .describe('Ads to skip, for the next page: the answer gives next_offset.'),
  raw_data: rawDataField(),
});

const CREATIVE_FIELDS = [
  'ad_format',
  'video_id',
  'image_ids',
  'ad_text',
  'call_to_action',
  'landing_page_url',
  'display_name',
  'tiktok_item_id',
  'operation_status',
];

async function creatives(scope: ReportScope, ids: string[]): Promise<Map<string, Ad>> {
  if (ids.length === 0) return new Map();
  const { tiktok } = scope.ctx.services;
  const page = await onAccount(scope.ctx, scope.account, () =>
    getPage<Ad>(
      tiktok,
      scope.account.accessToken,
      scope.account.advertiserId,
      'ad',
      { adIds: ids, primaryStatus: 'STATUS_ALL' },
      1,
      100,
    ),
  );
  return new Map(page.items.map((ad) => [String(ad.ad_id), ad]));
}

function creativeOf(ad: Ad | undefined): Record<string, unknown> | null {
  if (!ad) return null;
  return Object.fromEntries(CREATIVE_FIELDS.filter((f) => ad[f] !== undefined).map((f) => [f, ad[f]]));
}

export const getTikTokAdPerformance: ToolDefinition<typeof schema, ToolServices> = {
  name: 'get_tiktok_ad_performance',
  category: 'TikTok Ads Read',
  summary: 'Get TikTok ad-level performance with creative details, video metrics, and engagement',
  description: [
    'Per ad over a period: the metrics of get_tiktok_campaign_performance (spend, CTR, CPC, CPM, conversions, ROAS,',
    'hook rate, completion rate, engagement) and the creative each ad runs (format, video_id or image_ids, text, call',
    'to action, landing page). Ads are ordered by spend, biggest first; `limit` (1-50) and `offset` page through them',
    'and the answer gives `next_offset`. Names the best ad by ROAS (or CTR without purchase value) and the ads that',
    'spent without converting. `raw_data: true` returns only the metrics. Read-only; one tool call; cached 5 minutes.',
  ].join('\n'),
  readOnly: true,
  billable: true,
  schema,
  example: { lookback_days: 30, limit: 20 },

  async run(args, ctx) {
    const scope = await reportScope(ctx, args.advertiser_id);
    const period = periodOf(scope, periodArgs(args));
    const result = await report(scope, {
      reportType: 'BASIC',
      dataLevel: 'AUCTION_AD',
      dimensions: ['ad_id'],
      metrics: [
        ...baseMetricNames('BASIC'),
        'ad_name',
        'adgroup_name',
        'campaign_name',
        'adgroup_id',
        'campaign_id',
      ],
      startDate: period.start,
      endDate: period.end,
    });
    const all = keyed(result.rows).sort((a, b) => (b.totals.spend ?? 0) - (a.totals.spend ?? 0));
    const page = all.slice(args.offset, args.offset + args.limit);
    const details = await creatives(
      scope,
      page.map((r) => r.dimensions.ad_id ?? ''),
    );
    const ads = page.map((r) => {
      const id = r.dimensions.ad_id ?? '';
      return {
        ad_id: id,
        ad_name: r.attributes.ad_name ?? null,
        adgroup_id: r.attributes.adgroup_id ?? null,
        adgroup_name: r.attributes.adgroup_name ?? null,
        campaign_id: r.attributes.campaign_id ?? null,
        campaign_name: r.attributes.campaign_name ?? null,
        creative: creativeOf(details.get(id)),
        metrics: metricsRecord(r.totals),
      };
    });
    const next = args.offset + page.length < all.length ? args.offset + page.length : null;
    const raw = {
      ...scopeFacts(scope, period),
      total_ads: all.length,
      offset: args.offset,
      limit: args.limit,
      next_offset: next,
      ads,
    };
    if (args.raw_data) return { text: rawBlock(raw), structured: raw };

    const withRoas = all.filter((r) => derive(r.totals).roas !== null && (r.totals.conversions ?? 0) > 0);
    const top = (withRoas.length > 0 ? withRoas : all).slice().sort((a, b) => {
      const key = (x: (typeof all)[0]) =>
        (withRoas.length > 0 ? derive(x.totals).roas : derive(x.totals).ctr) ?? 0;
      return key(b) - key(a);
    })[0];
    const nonConverting = all.filter(
      (r) => (r.totals.spend ?? 0) > 0 && (r.totals.conversions ?? 0) === 0 && (r.totals.clicks ?? 0) > 0,
    );
    const lines = [
      periodLine(scope, period),
      ...period.notes,
      ads.length === 0
        ? all.length === 0
          ? 'No ad delivered in this period.'
          : `No ads at offset ${args.offset}: there are ${all.length}.`
        : markdownTable(
            ['Ad', 'ad_id', 'Format', ...PERFORMANCE_HEADERS],
            ads.map((a, i) => [
              a.ad_name,
              a.ad_id,
              String(a.creative?.ad_format ?? '-'),
              ...performanceCells((page[i] as (typeof page)[0]).totals, scope.currency),
            ]),
          ),
      `Showing ads ${all.length === 0 ? 0 : args.offset + 1}-${args.offset + ads.length} of ${all.length}${next === null ? '.' : `; next page: offset ${next}.`}`,
      top
        ? `**Top ad:** ${top.attributes.ad_name ?? top.dimensions.ad_id} (${top.dimensions.ad_id}), ${withRoas.length > 0 ? `ROAS ${(derive(top.totals).roas ?? 0).toFixed(2)}` : `CTR ${percent(derive(top.totals).ctr)}`}.`
        : '',
      nonConverting.length > 0
        ? `**Spent without a conversion:** ${nonConverting.map((r) => `${r.attributes.ad_name ?? r.dimensions.ad_id} (${r.dimensions.ad_id})`).join(', ')}; analyze_tiktok_wasted_spend weighs whether that is waste.`
        : '',
      formulaNote(['hook_rate', 'completion_rate', 'engagement_rate', 'roas']),
    ].filter(Boolean);
    return { text: lines.join('\n\n'), structured: raw };
  },
};
