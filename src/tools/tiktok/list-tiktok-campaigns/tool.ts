/**
 * `list_tiktok_campaigns`: every campaign of the advertiser (`/campaign/get/`, every page), with
 * objective, budget, CBO and status, so a user can pick the `campaign_id` of add_tiktok_ad_group.
 */
import { z } from 'zod';
import type { ToolDefinition } from '../../../core/tool.js';
import { listCampaignsPage } from '../../../tiktok/lookups.js';
import type { ToolServices } from '../../services.js';
import { advertiserIdField } from '../advertiser-field.js';
import { budgetText, objectiveText, summarizeCampaign } from '../campaign-summary.js';
import { listFacts, listTable } from '../markdown.js';
import { collectAccountList } from '../paging.js';

const schema = z.strictObject({ advertiser_id: advertiserIdField() });

export const listTikTokCampaigns: ToolDefinition<typeof schema, ToolServices> = {
  name: 'list_tiktok_campaigns',
  category: 'TikTok Ads Read',
  summary: 'List all TikTok campaigns with their status, objective, and budget',
  description: [
    "Lists the advertiser's campaigns: name, `campaign_id`, objective, budget, whether campaign budget",
    'optimisation (CBO) is on, and status. Use it to find the `campaign_id` for add_tiktok_ad_group; the',
    "objective column says which objective add_tiktok_ad_group will use (TikTok's WEB_CONVERSIONS is its",
    'CONVERSIONS) or that it cannot add ad groups to that campaign. For the defaults an ad group would get in one',
    'campaign, call get_tiktok_campaign_details.',
    '',
    `Every page of TikTok's list is read, up to 1,000 campaigns; the answer says when the list was cut.`,
    'Counts as one tool call.',
  ].join('\n'),
  readOnly: true,
  billable: true,
  schema,
  example: {},

  async run(args, ctx) {
    const { account, collected } = await collectAccountList(ctx, args.advertiser_id, listCampaignsPage);
    const campaigns = collected.items.map(summarizeCampaign);
    const intro =
      `**${account.name}** (advertiser_id ${account.advertiserId}) has ${collected.total} ` +
      `${collected.total === 1 ? 'campaign' : 'campaigns'}.`;
    const table = listTable(
      { ...collected, items: campaigns },
      {
        noun: 'campaigns',
        headers: ['Campaign', 'campaign_id', 'Objective', 'Budget', 'CBO', 'Status'],
        row: (c) => [
          c.campaign_name,
          c.campaign_id,
          objectiveText(c),
          budgetText(c, account.currency),
          c.cbo ? 'on' : 'off',
          c.operation_status,
        ],
      },
    );
    const next =
      campaigns.length > 0
        ? 'Next: get_tiktok_campaign_details with a `campaign_id` shows the defaults add_tiktok_ad_group would apply there.'
        : 'Create a campaign in TikTok Ads Manager first; add_tiktok_ad_group adds ad groups to existing campaigns.';
    return {
      text: [intro, table, next].join('\n\n'),
      structured: {
        advertiser_id: account.advertiserId,
        currency: account.currency ?? null,
        ...listFacts(collected),
        campaigns,
      },
    };
  },
};
