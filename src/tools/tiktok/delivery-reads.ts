/** Reading one ad group or campaign by id, deleted ones included, refusing an id TikTok does not know. */
import type { ResolvedAccount, ToolContext } from '../../core/tool.js';
import { invalidArguments } from '../../errors.js';
import type { AdGroup, Campaign } from '../../tiktok/client.js';
import { getPage, type Level } from '../../tiktok/delivery.js';
import type { ToolServices } from '../services.js';
import { onAccount } from './account-calls.js';

const NOUN: Record<
  Level,
  { noun: string; field: string; lister: string; filter: 'campaignIds' | 'adgroupIds' | 'adIds' }
> = {
  campaign: {
    noun: 'Campaign',
    field: 'campaign_id',
    lister: 'list_tiktok_campaigns',
    filter: 'campaignIds',
  },
  adgroup: { noun: 'Ad group', field: 'adgroup_id', lister: 'list_tiktok_ad_groups', filter: 'adgroupIds' },
  ad: { noun: 'Ad', field: 'ad_id', lister: 'list_tiktok_ads', filter: 'adIds' },
};

/** The objects of these ids TikTok has (deleted ones included), by id. */
export async function readByIds<T extends Record<string, unknown>>(
  ctx: ToolContext<ToolServices>,
  account: ResolvedAccount,
  level: Level,
  ids: string[],
): Promise<Map<string, T>> {
  const { tiktok } = ctx.services;
  const { filter, field } = NOUN[level];
  const { items } = await onAccount(ctx, account, () =>
    getPage<T>(
      tiktok,
      account.accessToken,
      account.advertiserId,
      level,
      { [filter]: ids, primaryStatus: 'STATUS_ALL' },
      1,
      100,
    ),
  );
  return new Map(items.map((item) => [String(item[field]), item]));
}

/** The message for an id the advertiser does not have. */
export function notFoundMessage(level: Level, id: string, account: ResolvedAccount): string {
  const { noun, lister } = NOUN[level];
  return `${noun} ${id} does not exist in advertiser ${account.name} (${account.advertiserId}). List them with ${lister}, or check advertiser_id.`;
}

/** One object by id, or an invalid_arguments refusal naming the argument. */
export async function readOne<T extends Record<string, unknown>>(
  ctx: ToolContext<ToolServices>,
  account: ResolvedAccount,
  level: Level,
  id: string,
  path: string = NOUN[level].field,
): Promise<T> {
  const found = (await readByIds<T>(ctx, account, level, [id])).get(id);
  if (!found)
    throw invalidArguments([{ path, code: 'not_found', message: notFoundMessage(level, id, account) }]);
  return found;
}

export const readAdGroup = (ctx: ToolContext<ToolServices>, account: ResolvedAccount, id: string) =>
  readOne<AdGroup>(ctx, account, 'adgroup', id);

export const readCampaign = (ctx: ToolContext<ToolServices>, account: ResolvedAccount, id: string) =>
  readOne<Campaign>(ctx, account, 'campaign', id);
