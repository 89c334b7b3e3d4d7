/**
 * How far the look-up tools read TikTok's lists, in one place. Paged lists (campaigns, custom
 * audiences, pixels) are followed page by page to the end, up to MAX_PAGES pages of PAGE_SIZE;
 * whole lists (the targeting look-ups) are cut to the same MAX_ROWS. Either way the answer says
 * how many TikTok has and whether the list was cut.
 */
import type { ResolvedAccount, ToolContext } from '../../core/tool.js';
import type { TikTokClient } from '../../tiktok/client.js';
import type { Page } from '../../tiktok/lookups.js';
import type { ToolServices } from '../services.js';
import { onAccount } from './account-calls.js';

/** Every list endpoint used here accepts 100 per page (custom audiences allow no more). */
export const PAGE_SIZE = 100;
export const MAX_PAGES = 10;
export const MAX_ROWS = PAGE_SIZE * MAX_PAGES;

export interface Collected<T> {
  items: T[];
  /** How many TikTok says there are (at least `items.length`). */
  total: number;
  /** More exist than were read. */
  truncated: boolean;
}

/** Every page of a list, `pageSize` rows at a time (TikTok's maximum for that list), up to MAX_ROWS rows. */
export async function collectPages<T>(
  fetchPage: (page: number, pageSize: number) => Promise<Page<T>>,
  pageSize = PAGE_SIZE,
): Promise<Collected<T>> {
  const items: T[] = [];
  const maxPages = Math.ceil(MAX_ROWS / pageSize);
  for (let page = 1; ; page++) {
    const { items: batch, pageInfo } = await fetchPage(page, pageSize);
    items.push(...batch);
    const total = Math.max(pageInfo?.total_number ?? items.length, items.length);
    // Without page_info the answer was the whole list; an empty page ends a list that shrank meanwhile.
    const last = !pageInfo || page >= pageInfo.total_page || batch.length === 0;
    if (last) return { items, total, truncated: false };
    if (page >= maxPages) return { items, total, truncated: true };
  }
}

/** A list TikTok answered whole, cut to the same bound. */
export function bounded<T>(all: T[]): Collected<T> {
  return { items: all.slice(0, MAX_ROWS), total: all.length, truncated: all.length > MAX_ROWS };
}

/** One page of an advertiser's list, as the `list*Page` functions of tiktok/lookups.ts read it. */
export type AccountListPage<T> = (
  client: TikTokClient,
  accessToken: string,
  advertiserId: string,
  page: number,
  pageSize: number,
) => Promise<Page<T>>;

/** The account a look-up acts on (named, or the only one) and every page of one of its lists. */
export async function collectAccountList<T>(
  ctx: ToolContext<ToolServices>,
  advertiserId: string | undefined,
  listPage: AccountListPage<T>,
  pageSize = PAGE_SIZE,
): Promise<{ account: ResolvedAccount; collected: Collected<T> }> {
  const account = await ctx.accounts.resolve(advertiserId);
  const { tiktok } = ctx.services;
  const collected = await onAccount(ctx, account, () =>
    collectPages(
      (page, size) => listPage(tiktok, account.accessToken, account.advertiserId, page, size),
      pageSize,
    ),
  );
  return { account, collected };
}
