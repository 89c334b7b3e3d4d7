/**
 * What add_tiktok_ad_group would do in a campaign, worked out by add_tiktok_ad_group's own rules
 * and mapping on the smallest call (name and the currency's minimum budget): the defaults it
 * applies with their reasons, and what it would still require. Nothing here can drift from the
 * tool it describes.
 */
import type { ArgumentIssue } from '../../../errors.js';
import { DAILY_BUDGET_FLOOR, UNLISTED_CURRENCY_FLOOR } from '../add-tiktok-ad-group/currency.js';
import { buildAdGroupRequest } from '../add-tiktok-ad-group/mapping.js';
import { addTikTokAdGroupRules, validateWithFacts } from '../add-tiktok-ad-group/rules.js';
import type { AddTikTokAdGroupArgs } from '../add-tiktok-ad-group/schema.js';
import type { AdGroupFacts, AppliedDefault } from '../add-tiktok-ad-group/types.js';

export interface AdGroupPreview {
  /** The smallest call the preview is made for. */
  call: Pick<AddTikTokAdGroupArgs, 'campaign_id' | 'adgroup_name' | 'budget'>;
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
    budget: DAILY_BUDGET_FLOOR[facts.advertiser.currency] ?? UNLISTED_CURRENCY_FLOOR,
  };
  const args = call as AddTikTokAdGroupArgs;
  const requirements = [...addTikTokAdGroupRules(args), ...validateWithFacts(args, facts)];
  const request = buildAdGroupRequest(args, facts);
  return {
    call,
    defaults: request.defaultsApplied,
    requirements,
    cbo: request.cbo,
    warnings: request.warnings,
  };
}
