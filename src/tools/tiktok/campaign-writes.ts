/**
 * Every change adgate makes to a TikTok campaign goes through `writeCampaign`: the status tools
 * (pause, resume, delete) and update_tiktok_campaign. A cache of campaign facts (objective, budget
 * mode, CBO) does not exist yet; when one is added, its invalidation belongs here, after the write
 * and also when the write's outcome is unknown, so that no tool reads a stale fact.
 */
import type { ResolvedAccount, ToolContext } from '../../core/tool.js';
import type { ToolServices } from '../services.js';
import { onAccount } from './account-calls.js';

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
  _write: CampaignWrite,
  call: () => Promise<T>,
): Promise<T> {
  return onAccount(ctx, account, call);
}
