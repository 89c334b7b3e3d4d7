/**
 * `list_tiktok_custom_audiences`: the advertiser's custom and lookalike audiences
 * (`/dmp/custom_audience/list/`, every page), with whether each can be targeted: TikTok refuses an
 * audience that is not valid (still processing) or has fewer than 1,000 people (reference §1.4).
 */
import { z } from 'zod';
import type { ToolDefinition } from '../../../core/tool.js';
import { type CustomAudience, listCustomAudiencesPage } from '../../../tiktok/lookups.js';
import type { ToolServices } from '../../services.js';
import { advertiserIdField } from '../advertiser-field.js';
import { listFacts, listTable } from '../markdown.js';
import { collectAccountList } from '../paging.js';

/** TikTok's floor for targeting an audience (reference §1.4, "Interests, behaviours and audiences"). */
export const MIN_AUDIENCE_SIZE = 1_000;

const schema = z.strictObject({ advertiser_id: advertiserIdField() });

interface AudienceRow {
  audience_id: string;
  name: string;
  type: string;
  size: number | null;
  is_valid: boolean;
  is_expiring: boolean;
  /** Whether add_tiktok_ad_group can target it now. */
  usable: boolean;
  /** Why not, or what to watch. */
  note: string | null;
}

function toRow(audience: CustomAudience): AudienceRow {
  const size = typeof audience.cover_num === 'number' ? audience.cover_num : null;
  const valid = audience.is_valid === true;
  const expiring = audience.is_expiring === true;
  const notes: string[] = [];
  if (!valid) notes.push('not valid yet (still processing, or its source is gone)');
  else if (size !== null && size < MIN_AUDIENCE_SIZE)
    notes.push(`too small to target (under ${MIN_AUDIENCE_SIZE.toLocaleString('en-US')})`);
  if (expiring) notes.push('expiring soon: refresh it in TikTok Ads Manager');
  // "REACH_FREQUENCY can only be used for Reach & Frequency ads" (BB `dmp/customaudience/list.go`
  // `AudienceSubType`); add_tiktok_ad_group makes auction ad groups only.
  const reachFrequencyOnly = audience.audience_sub_type === 'REACH_FREQUENCY';
  if (reachFrequencyOnly) notes.push('for Reach & Frequency ads only, not for auction ad groups');
  return {
    audience_id: String(audience.audience_id),
    name: audience.name ?? '',
    type: audience.audience_type ?? '',
    size,
    is_valid: valid,
    is_expiring: expiring,
    usable: valid && !reachFrequencyOnly && (size === null || size >= MIN_AUDIENCE_SIZE),
    note: notes.length > 0 ? notes.join('; ') : null,
  };
}

export const listTikTokCustomAudiences: ToolDefinition<typeof schema, ToolServices> = {
  name: 'list_tiktok_custom_audiences',
  category: 'TikTok Ads Read',
  summary:
    'List the custom and lookalike audiences of a TikTok advertiser, with the ids add_tiktok_ad_group takes',
  description: [
    "Lists the advertiser's custom audiences (customer files, website and engagement audiences) and lookalikes:",
    'id, name, type, size, whether TikTok considers it valid, and whether it is expiring.',
    '',
    "Pass the ids of the `audience_id` column to add_tiktok_ad_group's `audience_ids` (to include) or",
    '`excluded_audience_ids` (to exclude). The `usable` column says whether TikTok will accept it for targeting now:',
    'an audience that is not valid yet (still processing) or has fewer than 1,000 people is refused.',
    '',
    `Every page of TikTok's list is read, up to 1,000 audiences; the answer says when the list was cut.`,
    'Counts as one tool call.',
  ].join('\n'),
  readOnly: true,
  billable: true,
  schema,
  example: {},

  async run(args, ctx) {
    const { account, collected } = await collectAccountList(ctx, args.advertiser_id, listCustomAudiencesPage);
    const rows = collected.items.map(toRow);
    const usable = rows.filter((row) => row.usable).length;
    const intro =
      `**${account.name}** (advertiser_id ${account.advertiserId}) has ${collected.total} custom ` +
      `${collected.total === 1 ? 'audience' : 'audiences'}` +
      (rows.length > 0 ? `; ${usable} of the ${rows.length} listed can be targeted now.` : '.');
    const table = listTable(
      { ...collected, items: rows },
      {
        noun: 'audiences',
        headers: ['Name', 'audience_id', 'Type', 'Size', 'Valid', 'Expiring', 'Usable', 'Note'],
        row: (r) => [
          r.name,
          r.audience_id,
          r.type,
          r.size === null ? null : r.size.toLocaleString('en-US'),
          r.is_valid ? 'yes' : 'no',
          r.is_expiring ? 'yes' : 'no',
          r.usable ? 'yes' : 'no',
          r.note,
        ],
      },
    );
    const next =
      rows.length > 0
        ? "Next: pass `audience_id` values to add_tiktok_ad_group's `audience_ids` or `excluded_audience_ids`."
        : 'Create audiences in TikTok Ads Manager (Assets → Audiences) to target them here.';
    return {
      text: [intro, table, next].join('\n\n'),
      structured: { advertiser_id: account.advertiserId, ...listFacts(collected), audiences: rows },
    };
  },
};
