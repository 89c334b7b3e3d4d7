/**
 * `get_tiktok_campaign_details`: one campaign (`/campaign/get/` filtered on its id): objective,
 * budget mode, CBO, status, times, and what add_tiktok_ad_group would do there: the defaults it
 * applies (with reasons) and the arguments this campaign makes it require.
 */
import { z } from 'zod';
import type { ToolDefinition } from '../../../core/tool.js';
import { invalidArguments } from '../../../errors.js';
import type { ToolServices } from '../../services.js';
import { onAccount } from '../account-calls.js';
import { advertiserDetails } from '../advertiser-details.js';
import { advertiserIdField } from '../advertiser-field.js';
import { budgetText, type CampaignSummary, objectiveText, summarizeCampaign } from '../campaign-summary.js';
import { idString } from '../fields/index.js';
import { markdownTable } from '../markdown.js';
import { type AdGroupPreview, previewAdGroup } from './preview.js';

const schema = z.strictObject({
  campaign_id: idString('campaign_id', { required: true }).describe(
    'TikTok campaign ID (a string of digits); list_tiktok_campaigns lists them.',
  ),
  advertiser_id: advertiserIdField(),
});

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function previewText(campaign: CampaignSummary, preview: AdGroupPreview | undefined): string {
  if (!preview) {
    return (
      `add_tiktok_ad_group cannot add ad groups to this campaign: it handles TRAFFIC, WEB_CONVERSIONS, ` +
      `LEAD_GENERATION, REACH, VIDEO_VIEWS and APP_PROMOTION campaigns, and this one is ${campaign.objective_type}.`
    );
  }
  const parts = [
    `**add_tiktok_ad_group here:** the objective is ${campaign.objective}. Left out of the call, these defaults apply:`,
    markdownTable(
      ['Argument', 'Default', 'Why'],
      preview.defaults.map((d) => [d.field, show(d.value), d.reason]),
    ),
  ];
  if (preview.cbo) {
    parts.push(
      "Campaign budget optimisation is on: TikTok spends from the campaign's budget, so an ad group's `budget`, " +
        '`budget_mode` and `pacing` are not sent (`budget` is still required by the tool).',
    );
  }
  if (preview.requirements.length > 0) {
    parts.push(
      `This campaign also needs:\n${preview.requirements.map((issue) => `- \`${issue.path}\`: ${issue.message}`).join('\n')}`,
    );
  }
  return parts.join('\n\n');
}

export const getTikTokCampaignDetails: ToolDefinition<typeof schema, ToolServices> = {
  name: 'get_tiktok_campaign_details',
  category: 'TikTok Ads Read',
  summary:
    'Get detailed information about a specific TikTok campaign including status, budget, objective, and timestamps',
  description: [
    'Shows one campaign: name, objective, budget mode and amount, whether campaign budget optimisation (CBO) is',
    'on, status, and when it was created and last changed.',
    '',
    'It also says what add_tiktok_ad_group would do in this campaign, using that tool’s own rules: the objective',
    'it takes from the campaign, every default it applies when an argument is left out (optimisation goal,',
    'billing event, bidding, placements, location, ages, schedule, frequency cap for REACH) with the reason, what',
    'CBO changes, and the arguments this campaign requires (a pixel for website conversions, an app for app',
    'promotion). Counts as one tool call.',
  ].join('\n'),
  readOnly: true,
  billable: true,
  schema,
  example: { campaign_id: '1800000000000101' },

  async run(args, ctx) {
    const account = await ctx.accounts.resolve(args.advertiser_id);
    const { tiktok } = ctx.services;
    const { data: campaign } = await onAccount(ctx, account, () =>
      tiktok.getCampaign(account.accessToken, account.advertiserId, args.campaign_id),
    );
    if (!campaign) {
      throw invalidArguments([
        {
          path: 'campaign_id',
          code: 'not_found',
          message: `Campaign ${args.campaign_id} does not exist in advertiser ${account.name} (${account.advertiserId}). List the campaigns with list_tiktok_campaigns, or check advertiser_id.`,
        },
      ]);
    }
    const summary = summarizeCampaign(campaign);
    const { currency, timezone } = await advertiserDetails(ctx, account);
    const preview =
      summary.objective === null
        ? undefined
        : previewAdGroup({
            campaign: {
              campaign_id: summary.campaign_id,
              objective_type: summary.objective_type,
              budget_optimize_on: summary.cbo,
              budget_mode: summary.budget_mode ?? '',
              ...(summary.budget === null ? {} : { budget: summary.budget }),
              campaign_name: summary.campaign_name,
            },
            advertiser: { advertiser_id: account.advertiserId, currency, timezone, name: account.name },
            now: ctx.clock.now(),
          });

    const facts = markdownTable(
      ['Field', 'Value'],
      [
        ['campaign_id', summary.campaign_id],
        ['Objective', objectiveText(summary)],
        [
          'Budget',
          `${budgetText(summary, currency)}${summary.budget_mode ? ` (${summary.budget_mode})` : ''}`,
        ],
        ['Campaign budget optimisation (CBO)', summary.cbo ? 'on' : 'off'],
        ['Status', [summary.operation_status, summary.secondary_status].filter(Boolean).join(', ')],
        ['Created', summary.create_time],
        ['Last changed', summary.modify_time],
      ],
    );
    const text = [
      `**${summary.campaign_name || summary.campaign_id}** in ${account.name} (advertiser_id ${account.advertiserId})`,
      facts,
      previewText(summary, preview),
    ].join('\n\n');
    return {
      text,
      structured: {
        advertiser_id: account.advertiserId,
        currency,
        campaign: summary,
        add_tiktok_ad_group: preview
          ? {
              supported: true,
              objective: summary.objective,
              defaults_applied: preview.defaults,
              requires: preview.requirements,
              cbo: preview.cbo,
            }
          : { supported: false },
      },
    };
  },
};
