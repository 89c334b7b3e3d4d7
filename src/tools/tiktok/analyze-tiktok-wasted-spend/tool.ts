/**
 * `analyze_tiktok_wasted_spend`: ad groups that spend without results or at a loss (rules and
 * thresholds in domain/reporting/waste.ts), with the evidence, status-aware advice, and optionally
 * the fatigued creatives' spend (detect_tiktok_creative_fatigue's method).
 */
import { z } from 'zod';
import type { ToolDefinition } from '../../../core/tool.js';
import { FATIGUE } from '../../../domain/reporting/fatigue.js';
import { baseMetricNames, metricsRecord } from '../../../domain/reporting/metrics.js';
import { dayIn, daysBetween } from '../../../domain/reporting/period.js';
import { keyed } from '../../../domain/reporting/rows.js';
import { findWaste, WASTE, type WasteFinding, type WasteInput } from '../../../domain/reporting/waste.js';
import type { AdGroup } from '../../../tiktok/client.js';
import { getPage } from '../../../tiktok/delivery.js';
import type { ToolServices } from '../../services.js';
import { onAccount } from '../account-calls.js';
import { advertiserIdField } from '../advertiser-field.js';
import { markdownTable } from '../markdown.js';
import { periodArgs, periodFields, rawDataField } from '../reporting/args.js';
import { periodOf, type ReportScope, report, reportScope } from '../reporting/data.js';
import { adsFatigue } from '../reporting/fatigue-data.js';
import { count, money, ratioText, rawBlock } from '../reporting/format.js';
import { periodLine, scopeFacts } from '../reporting/intro.js';

const schema = z.strictObject({
  advertiser_id: advertiserIdField(),
  ...periodFields('7, 30, 60, 90 or 120 are usual; up to 730'),
  target_roas: z
    .number()
    .positive('target_roas must be above 0.')
    .max(1000, 'target_roas can be at most 1000.')
    .nullable()
    .optional()
    .describe('Target ROAS (e.g. 3.0): ad groups below it are flagged MEDIUM.'),
  include_fatigue: z
    .boolean()
    .default(true)
    .describe('Include the spend of fatigued creatives (detect_tiktok_creative_fatigue).'),
  raw_data: rawDataField(),
});

/** Status and creation time of the ad groups, 100 ids per read. */
async function adGroupFacts(scope: ReportScope, ids: string[]): Promise<Map<string, AdGroup>> {
  const out = new Map<string, AdGroup>();
  for (let i = 0; i < ids.length; i += 100) {
    const page = await onAccount(scope.ctx, scope.account, () =>
      getPage<AdGroup>(
        scope.ctx.services.tiktok,
        scope.account.accessToken,
        scope.account.advertiserId,
        'adgroup',
        { adgroupIds: ids.slice(i, i + 100), primaryStatus: 'STATUS_ALL' },
        1,
        100,
      ),
    );
    for (const g of page.items) out.set(String(g.adgroup_id), g);
  }
  return out;
}

function ageDays(group: AdGroup | undefined, scope: ReportScope): number | undefined {
  const created = group?.create_time;
  if (typeof created !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(created)) return undefined;
  return daysBetween(dayIn(scope.timezone, new Date(`${created.replace(' ', 'T')}Z`)), scope.today);
}

/** The findings as a table, with the evidence beside each. */
function findingsTable(
  findings: (WasteFinding & {
    adgroup_name: string | null;
    campaign_name: string | null;
    status: unknown;
    metrics: Record<string, number | null> | null;
  })[],
  currency: string,
): string {
  return markdownTable(
    [
      'Severity',
      'Ad group',
      'adgroup_id',
      'Campaign',
      'Status',
      'Spend',
      'Results',
      'ROAS',
      'Wasted',
      'Advice',
    ],
    findings.map((f) => [
      f.severity,
      f.adgroup_name,
      f.id,
      f.campaign_name,
      f.status,
      money(f.metrics?.spend ?? null, currency),
      count(f.results),
      ratioText(f.roas),
      money(f.wasted, currency),
      f.advice,
    ]),
  );
}

export const analyzeTikTokWastedSpend: ToolDefinition<typeof schema, ToolServices> = {
  name: 'analyze_tiktok_wasted_spend',
  category: 'TikTok Ads Read',
  summary: 'Analyze TikTok campaigns for wasted ad spend',
  description: [
    'Finds ad groups whose spend bought nothing or lost money, with the numbers: CRITICAL when an ad group spent at',
    `least ${WASTE.MIN_SPEND_CPAS} × the account's cost per result without one result (a result is a conversion for conversion objectives, a click`,
    'otherwise), HIGH when its ROAS is under 1, MEDIUM when under `target_roas`. Advice is status-aware: an ad group',
    `with conversions is never told to pause (lower its budget instead), nor one in its first ${WASTE.LEARNING_DAYS} days (still learning).`,
    'With `include_fatigue`, also lists fatigued creatives and their spend. Read-only; one tool call; cached 5 minutes.',
  ].join('\n'),
  readOnly: true,
  billable: true,
  schema,
  example: { lookback_days: 30, target_roas: 2 },

  async run(args, ctx) {
    const scope = await reportScope(ctx, args.advertiser_id);
    const period = periodOf(scope, periodArgs(args));
    const result = await report(scope, {
      reportType: 'BASIC',
      dataLevel: 'AUCTION_ADGROUP',
      dimensions: ['adgroup_id'],
      metrics: [
        ...baseMetricNames('BASIC'),
        'adgroup_name',
        'campaign_name',
        'campaign_id',
        'objective_type',
      ],
      startDate: period.start,
      endDate: period.end,
    });
    const rows = keyed(result.rows);
    const facts = await adGroupFacts(
      scope,
      rows.map((r) => r.dimensions.adgroup_id ?? ''),
    );
    const inputs: WasteInput[] = rows.map((r) => ({
      id: r.dimensions.adgroup_id ?? '',
      objective: r.attributes.objective_type,
      totals: r.totals,
      ageDays: ageDays(facts.get(r.dimensions.adgroup_id ?? ''), scope),
    }));
    const findings = findWaste(inputs, args.target_roas ?? undefined).map((f) => {
      const row = rows.find((r) => r.dimensions.adgroup_id === f.id);
      return {
        ...f,
        wasted: Math.round(f.wasted * 100) / 100,
        adgroup_name: row?.attributes.adgroup_name ?? null,
        campaign_name: row?.attributes.campaign_name ?? null,
        status: facts.get(f.id)?.operation_status ?? null,
        metrics: row ? metricsRecord(row.totals) : null,
      };
    });
    const fatigued = args.include_fatigue
      ? (await adsFatigue(scope, period, FATIGUE.DEFAULT_FREQUENCY_THRESHOLD)).filter(
          (a) => a.result.status === 'fatigued',
        )
      : [];
    const totalSpend = rows.reduce((s, r) => s + (r.totals.spend ?? 0), 0);
    const wasted = findings.reduce((s, f) => s + f.wasted, 0);
    const raw = {
      ...scopeFacts(scope, period),
      total_spend: Math.round(totalSpend * 100) / 100,
      wasted_spend: Math.round(wasted * 100) / 100,
      findings,
      ...(args.include_fatigue
        ? {
            fatigued_ads: fatigued.map((a) => ({
              ad_id: a.ad_id,
              ad_name: a.ad_name,
              spend: a.spend,
              score: a.result.score,
            })),
          }
        : {}),
    };
    if (args.raw_data) return { text: rawBlock(raw), structured: raw };
    const lines = [
      periodLine(scope, period),
      ...period.notes,
      findings.length === 0
        ? `**No wasted spend found** across ${rows.length} ad groups: each either produced results or spent less than ${WASTE.MIN_SPEND_CPAS} × the account's cost per result${args.target_roas ? `, and none is under ROAS ${args.target_roas}` : ''}.`
        : `**${money(wasted, scope.currency)} of ${money(totalSpend, scope.currency)} judged wasted**:\n\n${findingsTable(findings, scope.currency)}`,
      args.include_fatigue
        ? fatigued.length > 0
          ? `**Fatigued creatives:** ${fatigued.map((a) => `${a.ad_name ?? a.ad_id} (${a.ad_id}, score ${a.result.score}, ${money(a.spend, scope.currency)} spent)`).join('; ')}: refresh them (detect_tiktok_creative_fatigue has the detail).`
          : '**Fatigued creatives:** none.'
        : '',
      `Rules: no results after ${WASTE.MIN_SPEND_CPAS} × the account's cost per result (CRITICAL); ROAS under 1 (HIGH); under the target ROAS (MEDIUM). Wasted = all the spend without results, else spend minus the value it returned (or what the target ROAS would have needed).`,
    ].filter(Boolean);
    return { text: lines.join('\n\n'), structured: { ...raw, method: WASTE } };
  },
};
