/**
 * Reading every page of an advertiser's ad groups or ads under a filter, for the list and detail
 * tools (paging bounds as in paging.ts).
 */
import type { ResolvedAccount, ToolContext } from '../../core/tool.js';
import type { AdGroup } from '../../tiktok/client.js';
import { type Ad, type DeliveryFilter, getPage, type Level } from '../../tiktok/delivery.js';
import type { ToolServices } from '../services.js';
import { onAccount } from './account-calls.js';
import { type Collected, collectPages } from './paging.js';

export function collectLevel<T>(
  ctx: ToolContext<ToolServices>,
  account: ResolvedAccount,
  level: Level,
  filter: DeliveryFilter,
): Promise<Collected<T>> {
  const { tiktok } = ctx.services;
  return onAccount(ctx, account, () =>
    collectPages((page, pageSize) =>
      getPage<T>(tiktok, account.accessToken, account.advertiserId, level, filter, page, pageSize),
    ),
  );
}

export const collectAdGroups = (
  ctx: ToolContext<ToolServices>,
  account: ResolvedAccount,
  filter: DeliveryFilter,
) => collectLevel<AdGroup>(ctx, account, 'adgroup', filter);

export const collectAds = (
  ctx: ToolContext<ToolServices>,
  account: ResolvedAccount,
  filter: DeliveryFilter,
) => collectLevel<Ad>(ctx, account, 'ad', filter);
