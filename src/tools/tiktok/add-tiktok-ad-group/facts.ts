/**
 * The I/O before validation: the account, the campaign (its objective and CBO are the truth; kept a
 * short while in the campaign-facts cache, see ../campaign-facts.ts) and the advertiser's currency
 * and timezone (cached on the connected account after the first read).
 */
import type { ResolvedAccount, ToolContext } from '../../../core/tool.js';
import type { AdGroupFacts } from '../../../domain/adgroup/index.js';
import type { ArgumentIssue } from '../../../errors.js';
import type { ToolServices } from '../../services.js';
import { onAccount } from '../account-calls.js';
import { advertiserDetails } from '../advertiser-details.js';
import type { CampaignFacts } from '../campaign-facts.js';

export type LoadedFacts =
  | { found: true; account: ResolvedAccount; facts: AdGroupFacts; fromCache: boolean }
  | { found: false; account: ResolvedAccount; issue: ArgumentIssue };

/** The campaign from the cache, or from TikTok (then cached); undefined when TikTok has no such campaign. */
async function campaignFacts(
  ctx: ToolContext<ToolServices>,
  account: ResolvedAccount,
  campaignId: string,
  fresh: boolean,
): Promise<{ campaign: CampaignFacts; fromCache: boolean } | undefined> {
  const { tiktok, campaignFacts: cache } = ctx.services;
  const { organizationId } = ctx.caller;
  const cached = fresh ? undefined : cache.get(organizationId, account.advertiserId, campaignId);
  if (cached) return { campaign: cached, fromCache: true };
  const { data: campaign } = await onAccount(ctx, account, () =>
    tiktok.getCampaign(account.accessToken, account.advertiserId, campaignId),
  );
  if (!campaign) {
    cache.invalidate(organizationId, account.advertiserId, campaignId);
    return undefined;
  }
  const facts: CampaignFacts = {
    campaign_id: String(campaign.campaign_id),
    objective_type: String(campaign.objective_type ?? ''),
    budget_optimize_on: campaign.budget_optimize_on === true,
    budget_mode: String(campaign.budget_mode ?? ''),
    ...(typeof campaign.budget === 'number' ? { budget: campaign.budget } : {}),
    ...(campaign.campaign_name ? { campaign_name: campaign.campaign_name } : {}),
  };
  cache.set(organizationId, account.advertiserId, facts);
  return { campaign: facts, fromCache: false };
}

/** `fresh`: skip the cache (after a refusal that cached facts may have caused). */
export async function loadFacts(
  ctx: ToolContext<ToolServices>,
  campaignId: string,
  advertiserId: string | undefined,
  { fresh = false }: { fresh?: boolean } = {},
): Promise<LoadedFacts> {
  const account = await ctx.accounts.resolve(advertiserId);
  const read = await campaignFacts(ctx, account, campaignId, fresh);
  if (!read) {
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
    fromCache: read.fromCache,
    facts: {
      campaign: read.campaign,
      advertiser: { advertiser_id: account.advertiserId, currency, timezone, name: account.name },
      now: ctx.clock.now(),
    },
  };
}
