/**
 * `list_tiktok_ad_groups`: the advertiser's ad groups (`/adgroup/get/`, every page), optionally of
 * one campaign and in one status, with budget in the advertiser's currency, schedule and status.
 */
import { z } from 'zod';
import type { ToolDefinition } from '../../../core/tool.js';
import type { ToolServices } from '../../services.js';
import { advertiserDetails } from '../advertiser-details.js';
import { advertiserIdField } from '../advertiser-field.js';
import { collectAdGroups } from '../delivery-lists.js';
import {
  adGroupBudgetText,
  idFilter,
  STATUS_FILTERS,
  statusFilterField,
  summarizeAdGroup,
} from '../delivery-summary.js';
import { idString } from '../fields/index.js';
import { listFacts, listTable } from '../markdown.js';

const schema = z.strictObject({
  advertiser_id: advertiserIdField(),
  campaign_id: idString('campaign_id')
    .optional()
    .describe('Only the ad groups of this campaign (optional); list_tiktok_campaigns lists campaigns.'),
  status: statusFilterField('ad groups'),
});

export const listTikTokAdGroups: ToolDefinition<typeof schema, ToolServices> = {
  name: 'list_tiktok_ad_groups',
  category: 'TikTok Ads Read',
  summary: 'List TikTok ad groups',
  description: [
    "Lists the advertiser's ad groups: name, `adgroup_id`, campaign, status, budget (in the advertiser's",
    'currency), schedule and optimisation goal. Filter by `campaign_id` and by `status` (default: everything not',
    'deleted). Use the ids with get_tiktok_ad_group_details, update_tiktok_ad_group, pause_tiktok_ad_group,',
    'resume_tiktok_ad_group or delete_tiktok_ad_group.',
    '',
    "Every page of TikTok's list is read, up to 1,000 ad groups; the answer says when the list was cut.",
    'Counts as one tool call.',
  ].join('\n'),
  readOnly: true,
  billable: true,
  schema,
  example: { campaign_id: '1800000000000101' },

  async run(args, ctx) {
    const account = await ctx.accounts.resolve(args.advertiser_id);
    const status = args.status ?? 'NOT_DELETED';
    const collected = await collectAdGroups(ctx, account, {
      campaignIds: idFilter(args.campaign_id),
      primaryStatus: STATUS_FILTERS[status],
    });
    const { currency } = await advertiserDetails(ctx, account);
    const groups = collected.items.map(summarizeAdGroup);
    const scope = args.campaign_id ? ` in campaign ${args.campaign_id}` : '';
    const intro =
      `**${account.name}** (advertiser_id ${account.advertiserId}) has ${collected.total} ` +
      `${collected.total === 1 ? 'ad group' : 'ad groups'}${scope} (${status.toLowerCase().replace('_', ' ')}).`;
    const table = listTable(
      { ...collected, items: groups },
      {
        noun: 'ad groups',
        headers: ['Ad group', 'adgroup_id', 'Campaign', 'Status', 'Budget', 'Schedule (UTC)', 'Goal'],
        row: (g) => [
          g.adgroup_name,
          g.adgroup_id,
          g.campaign_name ?? g.campaign_id,
          g.status,
          adGroupBudgetText(g, currency),
          [g.schedule_start_time, g.schedule_end_time].filter(Boolean).join(' to '),
          g.optimization_goal,
        ],
        narrow: 'Pass `campaign_id` or `status` for a shorter list.',
      },
    );
    const next =
      groups.length > 0
        ? 'Next: get_tiktok_ad_group_details with an `adgroup_id` shows its targeting and ads; list_tiktok_ads lists ads.'
        : 'add_tiktok_ad_group adds an ad group to a campaign.';
    return {
      text: [intro, table, next].join('\n\n'),
      structured: {
        advertiser_id: account.advertiserId,
        currency,
        filter: { campaign_id: args.campaign_id ?? null, status },
        ...listFacts(collected),
        adgroups: groups,
      },
    };
  },
};
