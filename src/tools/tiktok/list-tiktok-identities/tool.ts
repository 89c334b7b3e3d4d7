/**
 * `list_tiktok_identities`: who the advertiser's ads can speak as (`/identity/get/`, every page;
 * SDK `python_sdk/docs/IdentityApi.md`). Business Center identities (BC_AUTH_TT) are listed only
 * when the Business Center id is given, as TikTok requires it for them.
 */
import { z } from 'zod';
import type { ToolDefinition } from '../../../core/tool.js';
import { idString } from '../../../domain/launch/adgroup-step.js';
import type { ToolServices } from '../../services.js';
import { advertiserIdField } from '../advertiser-field.js';
import { listAllIdentities } from '../launch/identity.js';
import { markdownTable } from '../markdown.js';

const schema = z.strictObject({
  advertiser_id: advertiserIdField(),
  identity_authorized_bc_id: idString('identity_authorized_bc_id')
    .optional()
    .describe(
      'A Business Center id: also lists the TikTok accounts that Business Center is authorised to use (BC_AUTH_TT).',
    ),
});

const USE: Record<string, string> = {
  CUSTOMIZED_USER: 'non-Spark ads (images, carousels, videos)',
  TT_USER: 'Spark Ads (tiktok_item_id)',
  BC_AUTH_TT: 'Spark Ads (tiktok_item_id), with identity_authorized_bc_id',
  AUTH_CODE: 'Spark Ads of one authorised post',
};

export const listTikTokIdentities: ToolDefinition<typeof schema, ToolServices> = {
  name: 'list_tiktok_identities',
  category: 'TikTok Ads Read',
  summary: 'List the identities TikTok ads of an advertiser can use',
  description: [
    'Lists the identities an advertiser\u2019s ads can speak as: custom identities (CUSTOMIZED_USER, a name and',
    'picture, for ads made from images or videos) and TikTok accounts (TT_USER, BC_AUTH_TT, AUTH_CODE, for Spark',
    'Ads that promote a post). Give `identity_authorized_bc_id` to include a Business Center\u2019s TikTok accounts.',
    'Pass an `identity_id` and `identity_type` from here to `add_tiktok_ad`.',
  ].join('\n'),
  readOnly: true,
  billable: true,
  schema,
  example: {},

  async run(args, ctx) {
    const account = await ctx.accounts.resolve(args.advertiser_id);
    const identities = await listAllIdentities(ctx, account, args.identity_authorized_bc_id);
    const rows = identities.map((i) => ({
      identity_id: i.identity_id,
      identity_type: String(i.identity_type),
      display_name: i.display_name ?? '',
      available: (i.available_status ?? 'AVAILABLE') === 'AVAILABLE',
      available_status: i.available_status ?? 'AVAILABLE',
      can_pull_video: i.can_pull_video === true,
      identity_authorized_bc_id: i.identity_authorized_bc_id,
      use_for: USE[String(i.identity_type)] ?? '',
    }));
    const intro = `**${account.name}** (advertiser_id ${account.advertiserId}) has ${rows.length} ${rows.length === 1 ? 'identity' : 'identities'}.`;
    const table = rows.length
      ? markdownTable(
          ['Name', 'identity_id', 'identity_type', 'Status', 'Use for'],
          rows.map((r) => [r.display_name, r.identity_id, r.identity_type, r.available_status, r.use_for]),
        )
      : 'None yet: add_tiktok_ad and create_tiktok_campaign create a custom identity from `display_name` when needed.';
    return {
      text: [intro, table].join('\n\n'),
      structured: { advertiser_id: account.advertiserId, identities: rows },
    };
  },
};
