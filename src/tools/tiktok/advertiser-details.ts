/**
 * The advertiser's currency and timezone: cached on the connected account, read once from TikTok's
 * `/advertiser/info/` when the cache is empty (accounts connected before it was recorded).
 */
import type { ResolvedAccount, ToolContext } from '../../core/tool.js';
import { AppError } from '../../errors.js';
import type { ToolServices } from '../services.js';
import { onAccount } from './account-calls.js';

export async function advertiserDetails(
  ctx: ToolContext<ToolServices>,
  account: ResolvedAccount,
): Promise<{ currency: string; timezone: string }> {
  if (account.currency && account.timezone) return { currency: account.currency, timezone: account.timezone };
  const { data } = await onAccount(ctx, account, () =>
    ctx.services.tiktok.getAdvertiserInfo(account.accessToken, [account.advertiserId]),
  );
  const info = data.list.find((a) => String(a.advertiser_id) === account.advertiserId);
  if (!info?.currency || !info.timezone) {
    // TikTok answered, but without what every budget check needs: its fault, not the caller's or ours.
    throw new AppError(
      'platform_unavailable',
      `TikTok did not give the currency and timezone of advertiser ${account.advertiserId}; nothing was created. Try again later.`,
    );
  }
  const details = { currency: info.currency, timezone: info.timezone };
  await ctx.accounts.rememberDetails(account.advertiserId, details);
  return details;
}
