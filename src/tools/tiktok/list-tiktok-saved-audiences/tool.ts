/**
 * `list_tiktok_saved_audiences`: the advertiser's saved audiences (`/dmp/saved_audience/list/`,
 * every page): targeting presets made in TikTok, with what each targets.
 */
import { z } from 'zod';
import type { ToolDefinition } from '../../../core/tool.js';
import { listSavedAudiencesPage, type SavedAudience } from '../../../tiktok/saved-audiences.js';
import type { ToolServices } from '../../services.js';
import { advertiserIdField } from '../advertiser-field.js';
import { listFacts, listTable } from '../markdown.js';
import { collectAccountList } from '../paging.js';

const schema = z.strictObject({ advertiser_id: advertiserIdField() });

function ids(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function summarize(audience: SavedAudience) {
  return {
    saved_audience_id: String(audience.saved_audience_id),
    name: typeof audience.saved_audience_name === 'string' ? audience.saved_audience_name : '',
    location_ids: ids(audience.location_ids),
    age_groups: ids(audience.age_groups),
    gender: typeof audience.gender === 'string' ? audience.gender : null,
    languages: ids(audience.languages),
    audience_ids: ids(audience.audience_ids),
    excluded_audience_ids: ids(audience.excluded_audience_ids),
    interest_category_ids: ids(audience.interest_category_ids),
    operating_systems: ids(audience.operating_systems),
  };
}

const joined = (list: string[]) => (list.length === 0 ? 'all' : list.join(', '));

export const listTikTokSavedAudiences: ToolDefinition<typeof schema, ToolServices> = {
  name: 'list_tiktok_saved_audiences',
  category: 'TikTok Ads Read',
  summary: 'List TikTok saved audiences (targeting presets)',
  description: [
    "Lists the advertiser's saved audiences: targeting presets saved in TikTok, with the locations, ages, gender,",
    'languages, custom audiences, interests and operating systems each one targets. Their settings can be copied',
    'into add_tiktok_ad_group or update_tiktok_ad_group; custom audiences themselves are listed by',
    'list_tiktok_custom_audiences.',
    '',
    "Every page of TikTok's list is read, up to 1,000 saved audiences; the answer says when the list was cut.",
    'Counts as one tool call.',
  ].join('\n'),
  readOnly: true,
  billable: true,
  schema,
  example: {},

  async run(args, ctx) {
    const { account, collected } = await collectAccountList(ctx, args.advertiser_id, listSavedAudiencesPage);
    const audiences = collected.items.map(summarize);
    const intro =
      `**${account.name}** (advertiser_id ${account.advertiserId}) has ${collected.total} saved ` +
      `${collected.total === 1 ? 'audience' : 'audiences'}.`;
    const table = listTable(
      { ...collected, items: audiences },
      {
        noun: 'saved audiences',
        headers: [
          'Saved audience',
          'saved_audience_id',
          'Locations',
          'Ages',
          'Gender',
          'Languages',
          'Custom audiences',
        ],
        row: (a) => [
          a.name,
          a.saved_audience_id,
          joined(a.location_ids),
          joined(a.age_groups),
          a.gender ?? 'all',
          joined(a.languages),
          a.audience_ids.join(', '),
        ],
      },
    );
    return {
      text: [intro, table].join('\n\n'),
      structured: {
        advertiser_id: account.advertiserId,
        ...listFacts(collected),
        saved_audiences: audiences,
      },
    };
  },
};
