/**
 * Every change adgate makes to a TikTok campaign goes through `writeCampaign`: the status tools
 * (pause, resume, delete) and update_tiktok_campaign. The campaign-facts cache (campaign-facts.ts)
 * is invalidated here after the write whatever its outcome (success, refusal, or unknown because the
 * answer was lost), so that no tool reads a stale objective, budget mode, CBO or budget.
 */
import type { ResolvedAccount, ToolContext } from '../../core/tool.js';
import type { ToolServices } from '../services.js';
import { onAccount } from './account-calls.js';
import { campaignFactsChanged } from './campaign-facts.js';

export interface CampaignWrite {
  /** The campaigns the write changes. */
  campaignIds: string[];
  /**
   * The campaign budget the write sets, when it sets one: the single place where a spend guardrail
   * can see the new budget before TikTok is called.
   */
  budget?: number;
}

export async function writeCampaign<T>(
  ctx: ToolContext<ToolServices>,
  account: ResolvedAccount,
  write: CampaignWrite,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await onAccount(ctx, account, call);
  } finally {
    for (const campaignId of write.campaignIds) campaignFactsChanged(ctx, account.advertiserId, campaignId);
  }
}
