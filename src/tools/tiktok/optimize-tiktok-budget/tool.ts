/**
 * `optimize_tiktok_budget`: daily budgets per campaign that maximise expected conversions within a
 * monthly total, by linear programming (HiGHS; model in domain/reporting/budget.ts), with every
 * constraint stated. It only recommends: nothing is changed at TikTok.
 */
import { z } from 'zod';
import type { ToolDefinition } from '../../../core/tool.js';
import { dailyBudgetRange } from '../../../domain/currency.js';
import { allocateBudget } from '../../../domain/reporting/budget.js';
import { baseMetricNames, derive, metricsRecord, sumTotals } from '../../../domain/reporting/metrics.js';
import { keyed } from '../../../domain/reporting/rows.js';
import { AppError } from '../../../errors.js';
import type { Campaign } from '../../../tiktok/client.js';
import { getPage } from '../../../tiktok/delivery.js';
import type { ToolServices } from '../../services.js';
import { onAccount } from '../account-calls.js';
import { advertiserIdField } from '../advertiser-field.js';
import { periodArgs, periodFields, rawDataField } from '../reporting/args.js';
import { periodOf, type ReportScope, report, reportScope } from '../reporting/data.js';
import { money, ratioText, rawBlock } from '../reporting/format.js';
import { periodLine, scopeFacts } from '../reporting/intro.js';
import { allocationRows, allocationTable, budgetCampaigns } from './plan.js';

const schema = z.strictObject({
  total_budget: z
    .number()
    .positive('total_budget must be above 0.')
    .describe("Total monthly budget to allocate, in the advertiser's currency."),
  advertiser_id: advertiserIdField(),
  ...periodFields('the history the allocation rests on; up to 730'),
  max_change_percentage: z
    .number()
    .gt(0, 'max_change_percentage must be above 0.')
    .max(1, 'max_change_percentage can be at most 1 (100%).')
    .default(0.5)
    .describe(
      "Largest change of any campaign's daily budget, as a fraction (0.3 conservative, 0.7 aggressive).",
    ),
  min_daily_budget: z
    .number()
    .min(0, 'min_daily_budget cannot be negative.')
    .default(5)
    .describe(
      "Smallest daily budget per campaign; TikTok's own campaign minimum in the currency applies when higher.",
    ),
  target_roas: z
    .number()
    .positive('target_roas must be above 0.')
    .nullable()
    .optional()
    .describe("Campaigns below this ROAS are not scaled up (default: the account's ROAS over the period)."),
  raw_data: rawDataField(),
});

async function campaignsById(scope: ReportScope, ids: string[]): Promise<Map<string, Campaign>> {
  const out = new Map<string, Campaign>();
  for (let i = 0; i < ids.length; i += 100) {
    const page = await onAccount(scope.ctx, scope.account, () =>
      getPage<Campaign>(
        scope.ctx.services.tiktok,
        scope.account.accessToken,
        scope.account.advertiserId,
        'campaign',
        { campaignIds: ids.slice(i, i + 100) },
        1,
        100,
      ),
    );
    for (const c of page.items) out.set(String(c.campaign_id), c);
  }
  return out;
}

export const optimizeTikTokBudget: ToolDefinition<typeof schema, ToolServices> = {
  name: 'optimize_tiktok_budget',
  category: 'TikTok Ads Read',
  summary: 'Optimize TikTok budget allocation using linear programming to maximize conversions',
  description: [
    'Allocates a monthly budget across the active campaigns that spent in the period, as daily budgets, maximising',
    'expected conversions: each campaign is expected to convert at its historical conversions per unit spent. The linear',
    'program (solved with HiGHS) keeps the daily total within total_budget × 12 / 365, each budget within',
    '± max_change_percentage of the current one (the daily budget, or the average daily spend for a campaign without',
    "one), at least max(min_daily_budget, TikTok's campaign minimum in the currency), and does not scale up a campaign",
    'below target_roas. It only recommends: nothing changes until you update the budgets. Read-only; one tool call.',
  ].join('\n'),
  readOnly: true,
  billable: true,
  schema,
  example: { total_budget: 15000, max_change_percentage: 0.5 },

  async run(args, ctx) {
    const scope = await reportScope(ctx, args.advertiser_id);
    const period = periodOf(scope, periodArgs(args));
    const result = await report(scope, {
      reportType: 'BASIC',
      dataLevel: 'AUCTION_CAMPAIGN',
      dimensions: ['campaign_id'],
      metrics: [...baseMetricNames('BASIC'), 'campaign_name'],
      startDate: period.start,
      endDate: period.end,
    });
    const rows = keyed(result.rows).filter((r) => (r.totals.spend ?? 0) > 0);
    const details = await campaignsById(
      scope,
      rows.map((r) => r.dimensions.campaign_id ?? ''),
    );
    const active = rows.filter(
      (r) => details.get(r.dimensions.campaign_id ?? '')?.operation_status !== 'DISABLE',
    );
    const accountRoas = derive(sumTotals(active.map((r) => r.totals))).roas;
    const targetRoas = args.target_roas ?? accountRoas;
    const tiktokFloor = dailyBudgetRange(scope.currency, 'campaign')?.min;
    const floor = Math.max(args.min_daily_budget, tiktokFloor ?? 0);
    const dailyTotal = (args.total_budget * 12) / 365;
    const campaigns = budgetCampaigns(active, details, period.days, targetRoas);
    const solution = await allocateBudget({
      campaigns,
      dailyTotal,
      maxChange: args.max_change_percentage,
      floor,
    });
    if (!solution) {
      const needed = campaigns.reduce(
        (s, c) => s + Math.max(c.current * (1 - args.max_change_percentage), floor),
        0,
      );
      throw new AppError(
        'invalid_arguments',
        `total_budget ${money(args.total_budget, scope.currency)} a month (${money(dailyTotal, scope.currency)} a day) is below what the constraints allow: at least ${money(needed, scope.currency)} a day (${money((needed * 365) / 12, scope.currency)} a month) across ${campaigns.length} campaigns. Raise total_budget, or allow larger cuts with max_change_percentage.`,
      );
    }
    const allocations = allocationRows(campaigns, solution, floor);
    const allocated = allocations.reduce((s, a) => s + a.recommended_daily, 0);
    const currentConversions = campaigns.reduce((s, c) => s + c.rate * c.current, 0);
    const raw = {
      ...scopeFacts(scope, period),
      total_budget: args.total_budget,
      daily_total: Math.round(dailyTotal * 100) / 100,
      allocated_daily: Math.round(allocated * 100) / 100,
      constraints: {
        max_change_percentage: args.max_change_percentage,
        min_daily_budget: args.min_daily_budget,
        tiktok_campaign_minimum: tiktokFloor ?? null,
        floor,
        target_roas: targetRoas,
      },
      expected_daily_conversions: Math.round(solution.expectedConversions * 100) / 100,
      current_daily_conversions: Math.round(currentConversions * 100) / 100,
      allocations,
      history: active.map((r) => ({
        campaign_id: r.dimensions.campaign_id,
        metrics: metricsRecord(r.totals),
      })),
    };
    if (args.raw_data) return { text: rawBlock(raw), structured: raw };
    const lines = [
      periodLine(scope, period),
      allocationTable(allocations, scope.currency),
      `**Expected conversions:** ${raw.expected_daily_conversions} a day against ${raw.current_daily_conversions} at the current budgets (at each campaign's historical rate).`,
      `Constraints: daily total ≤ ${money(dailyTotal, scope.currency)} (${money(args.total_budget, scope.currency)} × 12 / 365), allocated ${money(allocated, scope.currency)}${allocated < dailyTotal - 0.01 ? ' (the rest cannot be placed within the change limits)' : ''}; each budget within ±${Math.round(args.max_change_percentage * 100)}% of its current one; at least ${money(floor, scope.currency)} (${tiktokFloor === undefined ? 'TikTok’s minimum for this currency is unknown' : `TikTok's campaign minimum ${money(tiktokFloor, scope.currency)}`}, min_daily_budget ${money(args.min_daily_budget, scope.currency)}); campaigns under ROAS ${ratioText(targetRoas)} are not scaled up.`,
      'These are recommendations: nothing was changed at TikTok.',
    ];
    return { text: lines.join('\n\n'), structured: raw };
  },
};
