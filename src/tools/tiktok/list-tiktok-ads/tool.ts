/**
 * `list_tiktok_ads`: the advertiser's ads (`/ad/get/`, every page), optionally of one campaign or
 * ad group and in one status.
 */
import { z } from 'zod';
import type { ToolDefinition } from '../../../core/tool.js';
import type { ToolServices } from '../../services.js';
import { advertiserIdField } from '../advertiser-field.js';
import { collectAds } from '../delivery-lists.js';
import { idFilter, STATUS_FILTERS, statusFilterField, summarizeAd } from '../delivery-summary.js';
import { idString } from '../fields/index.js';
import { listFacts, listTable } from '../markdown.js';

const schema = z.strictObject({
  adgroup_id: idString('adgroup_id')
    .optional()
    .describe('Only the ads of this ad group (optional); list_tiktok_ad_groups lists ad groups.'),
  advertiser_id: advertiserIdField(),
  campaign_id: idString('campaign_id')
    .optional()
    .describe('Only the ads of this campaign (optional); list_tiktok_campaigns lists campaigns.'),
  status: statusFilterField('ads'),
});

export const listTikTokAds: ToolDefinition<typeof schema, ToolServices> = {
  name: 'list_tiktok_ads',
  category: 'TikTok Ads Read',
  summary: 'List TikTok ads',
  description: [
    "Lists the advertiser's ads: name, `ad_id`, ad group, campaign, status, format, text and landing page.",
    'Filter by `campaign_id`, `adgroup_id` (both may be given) and `status` (default: everything not deleted).',
    'Use the ids with pause_tiktok_ad, resume_tiktok_ad or delete_tiktok_ad.',
    '',
    "Every page of TikTok's list is read, up to 1,000 ads; the answer says when the list was cut.",
    'Counts as one tool call.',
  ].join('\n'),
  readOnly: true,
  billable: true,
  schema,
  example: { adgroup_id: '1790000000900001' },

  async run(args, ctx) {
    const account = await ctx.accounts.resolve(args.advertiser_id);
    const status = args.status ?? 'NOT_DELETED';
    const collected = await collectAds(ctx, account, {
      campaignIds: idFilter(args.campaign_id),
      adgroupIds: idFilter(args.adgroup_id),
      primaryStatus: STATUS_FILTERS[status],
    });
    const ads = collected.items.map(summarizeAd);
    const scope = [
      args.campaign_id ? `campaign ${args.campaign_id}` : '',
      args.adgroup_id ? `ad group ${args.adgroup_id}` : '',
    ].filter(Boolean);
    const intro =
      `**${account.name}** (advertiser_id ${account.advertiserId}) has ${collected.total} ` +
      `${collected.total === 1 ? 'ad' : 'ads'}${scope.length ? ` in ${scope.join(', ')}` : ''} ` +
      `(${status.toLowerCase().replace('_', ' ')}).`;
    const table = listTable(
      { ...collected, items: ads },
      {
        noun: 'ads',
        headers: ['Ad', 'ad_id', 'Ad group', 'Status', 'Format', 'Text', 'Landing page'],
        row: (a) => [
          a.ad_name,
          a.ad_id,
          a.adgroup_name ?? a.adgroup_id,
          a.status,
          a.ad_format,
          a.ad_text,
          a.landing_page_url,
        ],
        narrow: 'Pass `campaign_id`, `adgroup_id` or `status` for a shorter list.',
      },
    );
    return {
      text: [intro, table].join('\n\n'),
      structured: {
        advertiser_id: account.advertiserId,
        filter: { campaign_id: args.campaign_id ?? null, adgroup_id: args.adgroup_id ?? null, status },
        ...listFacts(collected),
        ads,
      },
    };
  },
};
