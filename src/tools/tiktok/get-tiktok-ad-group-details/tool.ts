/**
 * `get_tiktok_ad_group_details`: one ad group (`/adgroup/get/` on its id, deleted ones included):
 * status, budget in the advertiser's currency, schedule, targeting, optimisation and bidding, and
 * the ads in it (`/ad/get/`).
 */
import { z } from 'zod';
import type { ToolDefinition } from '../../../core/tool.js';
import type { ToolServices } from '../../services.js';
import { advertiserDetails } from '../advertiser-details.js';
import { advertiserIdField } from '../advertiser-field.js';
import { collectAds } from '../delivery-lists.js';
import { readAdGroup } from '../delivery-reads.js';
import { adGroupBudgetText, summarizeAd, summarizeAdGroup } from '../delivery-summary.js';
import { idString } from '../fields/index.js';
import { listFacts, listTable, markdownTable } from '../markdown.js';

const schema = z.strictObject({
  adgroup_id: idString('adgroup_id', { required: true }).describe(
    'TikTok ad group ID (a string of digits); list_tiktok_ad_groups lists them.',
  ),
  advertiser_id: advertiserIdField(),
});

/** Settings shown beyond the summary, when TikTok returns them. */
const SETTINGS = [
  'promotion_type',
  'placement_type',
  'languages',
  'interest_category_ids',
  'interest_keyword_ids',
  'audience_ids',
  'excluded_audience_ids',
  'operating_systems',
  'pacing',
  'bid_price',
  'conversion_bid_price',
  'pixel_id',
  'optimization_event',
  'frequency',
  'frequency_schedule',
  'dayparting',
] as const;

function show(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? '-' : value.join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export const getTikTokAdGroupDetails: ToolDefinition<typeof schema, ToolServices> = {
  name: 'get_tiktok_ad_group_details',
  category: 'TikTok Ads Read',
  summary: 'Get the settings, status and ads of one TikTok ad group',
  description: [
    'Shows one ad group: name, campaign, status (its own and what its campaign does to it), budget in the',
    "advertiser's currency, schedule (UTC), placements, targeting (locations, ages, gender, languages, interests,",
    'audiences), optimisation goal, billing and bidding, and the ads in it with their status. Deleted ad groups are',
    'shown too, marked deleted. Counts as one tool call.',
  ].join('\n'),
  readOnly: true,
  billable: true,
  schema,
  example: { adgroup_id: '1790000000900001' },

  async run(args, ctx) {
    const account = await ctx.accounts.resolve(args.advertiser_id);
    const raw = await readAdGroup(ctx, account, args.adgroup_id);
    const group = summarizeAdGroup(raw);
    const { currency } = await advertiserDetails(ctx, account);
    const ads = await collectAds(ctx, account, {
      adgroupIds: [group.adgroup_id],
      primaryStatus: 'STATUS_ALL',
    });
    const adRows = ads.items.map(summarizeAd);
    const settings = Object.fromEntries(SETTINGS.filter((f) => raw[f] !== undefined).map((f) => [f, raw[f]]));
    const facts = markdownTable(
      ['Field', 'Value'],
      [
        ['adgroup_id', group.adgroup_id],
        ['Campaign', `${group.campaign_name ?? '-'} (${group.campaign_id ?? '-'})`],
        ['Status', `${group.status}${group.secondary_status ? ` (${group.secondary_status})` : ''}`],
        [
          'Budget',
          `${adGroupBudgetText(group, currency)}${group.budget_mode ? ` (${group.budget_mode})` : ''}`,
        ],
        [
          'Schedule (UTC)',
          `${group.schedule_type ?? '-'}: ${group.schedule_start_time ?? '-'} to ${group.schedule_end_time ?? '-'}`,
        ],
        ['Placements', show(group.placements)],
        ['Locations', show(group.location_ids)],
        ['Ages', show(group.age_groups)],
        ['Gender', group.gender ?? '-'],
        [
          'Goal / billing / bidding',
          [group.optimization_goal, group.billing_event, group.bid_type].map((v) => v ?? '-').join(' / '),
        ],
        ...Object.entries(settings).map(([field, value]) => [field, show(value)]),
        ['Created', group.create_time ?? '-'],
        ['Last changed', group.modify_time ?? '-'],
      ],
    );
    const adTable = listTable(
      { ...ads, items: adRows },
      {
        noun: 'ads',
        headers: ['Ad', 'ad_id', 'Status', 'Format'],
        row: (a) => [a.ad_name, a.ad_id, a.status, a.ad_format],
      },
    );
    return {
      text: [
        `**${group.adgroup_name || group.adgroup_id}** in ${account.name} (advertiser_id ${account.advertiserId})`,
        facts,
        `**Ads (${ads.total})**`,
        adTable,
      ].join('\n\n'),
      structured: {
        advertiser_id: account.advertiserId,
        currency,
        adgroup: { ...group, settings },
        ads: { ...listFacts(ads), items: adRows },
      },
    };
  },
};
