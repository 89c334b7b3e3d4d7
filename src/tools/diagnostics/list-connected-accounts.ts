import { z } from 'zod';
import type { ToolDefinition } from '../../core/tool.js';
import type { ToolServices } from '../services.js';

const schema = z.strictObject({});

export const listConnectedAccounts: ToolDefinition<typeof schema, ToolServices> = {
  name: 'list_connected_accounts',
  category: 'Account',
  summary: 'List the TikTok advertiser accounts connected to this organisation, with their ids and status.',
  description:
    'Lists every TikTok advertiser account connected to the organisation that owns the API key (for a key limited to ' +
    'some advertisers, those only): advertiser id, ' +
    'name and status (`active`, or `reauth_required` when TikTok refused the stored authorisation and the account ' +
    'must be connected again). Pass an `advertiser_id` from this list to the TikTok tools when several are connected. ' +
    'Free: it never counts against the quota.',
  readOnly: true,
  billable: false,
  schema,
  example: {},
  async run(_args, ctx) {
    const accounts = await ctx.accounts.list();
    const rows = accounts.map((a) => ({ advertiser_id: a.advertiser_id, name: a.name, status: a.status }));
    const text =
      rows.length === 0
        ? 'No TikTok advertiser account is connected yet. Connect one with the connect link or `adgate accounts connect`.'
        : [
            `${rows.length} TikTok advertiser ${rows.length === 1 ? 'account is' : 'accounts are'} connected:`,
            '',
            '| Name | advertiser_id | Status |',
            '|---|---|---|',
            ...rows.map((r) => `| ${r.name.replace(/\|/g, '\\|')} | ${r.advertiser_id} | ${r.status} |`),
          ].join('\n');
    return { text, structured: { accounts: rows } };
  },
};
