/**
 * The I/O before validation: the account, the campaign (its objective and CBO are the truth) and
 * the advertiser's currency and timezone (cached on the connected account after the first read).
 */
import type { ResolvedAccount, ToolContext } from '../../../core/tool.js';
import type { AdGroupFacts } from '../../../domain/adgroup/index.js';
import type { ArgumentIssue } from '../../../errors.js';
import type { ToolServices } from '../../services.js';
import { onAccount } from '../account-calls.js';
import { advertiserDetails } from '../advertiser-details.js';

export type LoadedFacts =
  | { found: true; account: ResolvedAccount; facts: AdGroupFacts }
  | { found: false; account: ResolvedAccount; issue: ArgumentIssue };

export async function loadFacts(
  ctx: ToolContext<ToolServices>,
  campaignId: string,
  advertiserId: string | undefined,
): Promise<LoadedFacts> {
  const account = await ctx.accounts.resolve(advertiserId);
  const { tiktok } = ctx.services;
  const { data: campaign } = await onAccount(ctx, account, () =>
    tiktok.getCampaign(account.accessToken, account.advertiserId, campaignId),
  );
  if (!campaign) {
    return {
      found: false,
      account,
      issue: {
        path: 'campaign_id',
        code: 'not_found',
        message: `Campaign ${campaignId} does not exist in advertiser ${account.name} (${account.advertiserId}). Check the id, or the advertiser_id if several accounts are connected.`,
      },
    };
  }

  const { currency, timezone } = await advertiserDetails(ctx, account);

  return {
    found: true,
    account,
    facts: {
      campaign: {
        campaign_id: String(campaign.campaign_id),
        objective_type: String(campaign.objective_type ?? ''),
        budget_optimize_on: campaign.budget_optimize_on === true,
        budget_mode: String(campaign.budget_mode ?? ''),
        ...(typeof campaign.budget === 'number' ? { budget: campaign.budget } : {}),
        ...(campaign.campaign_name ? { campaign_name: campaign.campaign_name } : {}),
      },
      advertiser: { advertiser_id: account.advertiserId, currency, timezone, name: account.name },
      now: ctx.clock.now(),
    },
  };
}
