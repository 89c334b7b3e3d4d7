/**
 * What add_tiktok_ad_group would do in a campaign, worked out by add_tiktok_ad_group's own rules
 * and mapping on the smallest call (name and the currency's minimum budget): the defaults it
 * applies with their reasons, and what it would still require. Nothing here can drift from the
 * tool it describes.
 */

import {
  type AdGroupFacts,
  type AdGroupSettings,
  type AppliedDefault,
  buildAdGroupRequest,
  checkAdGroup,
} from '../../../domain/adgroup/index.js';
import { dailyBudgetRange } from '../../../domain/currency.js';
import type { ArgumentIssue } from '../../../errors.js';

export interface AdGroupPreview {
  /** The smallest call the preview is made for. */
  call: Pick<AdGroupSettings, 'campaign_id' | 'adgroup_name' | 'budget'>;
  defaults: AppliedDefault[];
  /** What that smallest call would be refused for: arguments this campaign needs. */
  requirements: ArgumentIssue[];
  /** The ad group budget would not be sent: the campaign's budget is shared (CBO). */
  cbo: boolean;
  warnings: string[];
}

export function previewAdGroup(facts: AdGroupFacts): AdGroupPreview {
  const call = {
    campaign_id: facts.campaign.campaign_id,
    adgroup_name: 'New ad group',
    // The currency's minimum; a currency TikTok's table does not list gets USD's figure.
    budget: dailyBudgetRange(facts.advertiser.currency, 'adgroup')?.min ?? 20,
  };
  const args: AdGroupSettings = call;
  const requirements = checkAdGroup(args, facts);
  const request = buildAdGroupRequest(args, facts);
  return {
    call,
    defaults: request.defaultsApplied,
    requirements,
    cbo: request.cbo,
    warnings: request.warnings,
  };
}
