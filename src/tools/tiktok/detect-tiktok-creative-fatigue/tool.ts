/**
 * `detect_tiktok_creative_fatigue`: a 0-100 fatigue score per ad from the decline of its hook
 * rate, completion rate and engagement while its frequency rises (method and weights in
 * domain/reporting/fatigue.ts), with a refresh schedule and a chart of the daily hook rate.
 */
import { z } from 'zod';
import type { ToolDefinition } from '../../../core/tool.js';
import { FATIGUE } from '../../../domain/reporting/fatigue.js';
import type { ToolServices } from '../../services.js';
import { advertiserIdField } from '../advertiser-field.js';
import { markdownTable } from '../markdown.js';
import { periodArgs, periodFields, rawDataField } from '../reporting/args.js';
import { lineChart } from '../reporting/chart.js';
import { periodOf, reportScope } from '../reporting/data.js';
import { type AdFatigue, adsFatigue, hookPoints } from '../reporting/fatigue-data.js';
import { money, percent, ratioText, rawBlock } from '../reporting/format.js';
import { periodLine, scopeFacts } from '../reporting/intro.js';

const schema = z.strictObject({
  advertiser_id: advertiserIdField(),
  ...periodFields('at least 9 days of delivery are needed; up to 730'),
  frequency_threshold: z
    .number()
    .gt(1, 'frequency_threshold must be above 1.')
    .max(50, 'frequency_threshold can be at most 50.')
    .nullable()
    .optional()
    .describe(
      `Daily frequency at which the frequency signal is full (default ${FATIGUE.DEFAULT_FREQUENCY_THRESHOLD}).`,
    ),
  raw_data: rawDataField(),
});

const SCHEDULE = {
  fatigued: 'refresh now',
  at_risk: 'refresh within 7 days',
  healthy: 'no change',
  not_enough_data: 'judge again with more data',
} as const;

function rawAd(a: AdFatigue) {
  return {
    ad_id: a.ad_id,
    ad_name: a.ad_name,
    adgroup_id: a.adgroup_id,
    spend: a.spend,
    status: a.result.status,
    score: a.result.score,
    early: a.result.early,
    late: a.result.late,
    declines: a.result.declines,
    hook_slope_per_day: a.result.hook_slope_per_day,
    days: a.result.days,
    reason: a.result.reason,
  };
}

export const detectTikTokCreativeFatigue: ToolDefinition<typeof schema, ToolServices> = {
  name: 'detect_tiktok_creative_fatigue',
  category: 'TikTok Ads Read',
  summary:
    'Detect TikTok creative fatigue using video-specific metrics (hook rate decline, completion rate decline, engagement decline, rising frequency)',
  description: [
    "Scores every ad 0-100 for creative fatigue from its daily numbers: the last third of the period's days against",
    `the first. Weights: hook rate decline ${FATIGUE.WEIGHTS.hook}% (the primary signal: the first 2 seconds), completion rate ${FATIGUE.WEIGHTS.completion}%, engagement`,
    `${FATIGUE.WEIGHTS.engagement}%, rising daily frequency ${FATIGUE.WEIGHTS.frequency}% (full at \`frequency_threshold\`, default ${FATIGUE.DEFAULT_FREQUENCY_THRESHOLD}). A decline scores fully at ${FATIGUE.FULL_DECLINE * 100}%, nothing`,
    `under ${FATIGUE.NOISE_FLOOR * 100}%. Score ≥ ${FATIGUE.FATIGUED}: fatigued (refresh now); ≥ ${FATIGUE.AT_RISK}: at risk; below: healthy. Ads with under ${FATIGUE.MIN_DAYS} days or ${FATIGUE.MIN_PLAYS}`,
    'video plays are listed as not judged. Includes a chart of the daily hook rate. Read-only; one tool call; cached 5 minutes.',
  ].join('\n'),
  readOnly: true,
  billable: true,
  schema,
  example: { lookback_days: 30 },

  async run(args, ctx) {
    const scope = await reportScope(ctx, args.advertiser_id);
    const period = periodOf(scope, periodArgs(args));
    const threshold = args.frequency_threshold ?? FATIGUE.DEFAULT_FREQUENCY_THRESHOLD;
    const ads = await adsFatigue(scope, period, threshold);
    const countOf = (s: string) => ads.filter((a) => a.result.status === s).length;
    const summary = {
      fatigued: countOf('fatigued'),
      at_risk: countOf('at_risk'),
      healthy: countOf('healthy'),
      not_enough_data: countOf('not_enough_data'),
    };
    const raw = {
      ...scopeFacts(scope, period),
      frequency_threshold: threshold,
      summary,
      ads: ads.map(rawAd),
    };
    if (args.raw_data) return { text: rawBlock(raw), structured: raw };

    const judged = ads.filter((a) => a.result.status !== 'not_enough_data');
    const charted = [
      ...judged.filter((a) => a.result.status !== 'healthy'),
      ...judged.filter((a) => a.result.status === 'healthy'),
    ].slice(0, 5);
    const chart = await lineChart(
      'Daily hook rate (2-second views / plays)',
      'Hook rate',
      hookPoints(charted),
      '.0%',
    );
    const lines = [
      periodLine(scope, period),
      ...period.notes,
      `**${summary.fatigued} fatigued, ${summary.at_risk} at risk, ${summary.healthy} healthy**${summary.not_enough_data > 0 ? `, ${summary.not_enough_data} not judged` : ''}.`,
      ads.length === 0
        ? 'No ad delivered in this period.'
        : markdownTable(
            [
              'Ad',
              'ad_id',
              'Score',
              'Status',
              'Hook early → late',
              'Completion',
              'Frequency',
              'Spend',
              'Schedule',
            ],
            ads.map((a) => [
              a.ad_name,
              a.ad_id,
              a.result.score ?? '-',
              a.result.status,
              `${percent(a.result.early?.hook_rate ?? null, 1)} → ${percent(a.result.late?.hook_rate ?? null, 1)}`,
              `${percent(a.result.early?.completion_rate ?? null, 1)} → ${percent(a.result.late?.completion_rate ?? null, 1)}`,
              `${ratioText(a.result.early?.frequency ?? null)} → ${ratioText(a.result.late?.frequency ?? null)}`,
              money(a.spend, scope.currency),
              SCHEDULE[a.result.status],
            ]),
          ),
      ...ads
        .filter((a) => a.result.status === 'fatigued' || a.result.status === 'at_risk')
        .map((a) => `- ${a.ad_name ?? a.ad_id}: ${a.result.reason}`),
      `Method: last third of the days with delivery against the first; weights hook ${FATIGUE.WEIGHTS.hook}, completion ${FATIGUE.WEIGHTS.completion}, engagement ${FATIGUE.WEIGHTS.engagement}, frequency ${FATIGUE.WEIGHTS.frequency} (frequency threshold ${threshold}). The chart is in \`data.structured.charts\`.`,
    ];
    return { text: lines.join('\n\n'), structured: { ...raw, charts: [chart] } };
  },
};
