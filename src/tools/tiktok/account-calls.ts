/**
 * Calls to TikTok on behalf of a connected account. When TikTok refuses the stored token, the
 * account is marked `reauth_required` (so `list_connected_accounts` shows it) and the caller is told
 * which account to reconnect.
 */
import type { ResolvedAccount, ToolContext } from '../../core/tool.js';
import { AppError } from '../../errors.js';

export async function onAccount<T>(
  ctx: ToolContext,
  account: ResolvedAccount,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof AppError && error.code === 'account_reauth_required') {
      await ctx.accounts.markReauthRequired(account.advertiserId);
      throw new AppError(
        'account_reauth_required',
        `TikTok no longer accepts the stored authorisation for ${account.name} (advertiser_id="${account.advertiserId}"). ` +
          'Reconnect the account (the connect link, or `adgate accounts connect`), then call again.',
        { details: { advertiser_id: account.advertiserId, ...error.details }, cause: error },
      );
    }
    throw error;
  }
}
