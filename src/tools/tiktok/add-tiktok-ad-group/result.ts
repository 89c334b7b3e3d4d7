/** `data.structured` of the tool (rules file, "Flow of one call", step 7). */
import type { AdGroupTextInput } from './text.js';

export interface AdGroupStructuredResult {
  /** TikTok's ID of the new ad group; null for a dry run. */
  adgroup_id: string | null;
  advertiser_id: string;
  campaign_id: string;
  dry_run: boolean;
  /** The body sent to `/adgroup/create/` (for a dry run: the body that would be sent). */
  body: Record<string, unknown>;
  defaults_applied: Array<{ field: string; value: unknown; reason: string }>;
  warnings: string[];
  /** The campaign uses budget optimisation: budget, budget_mode and pacing were not sent. */
  cbo: boolean;
}

export function adGroupStructuredResult(input: AdGroupTextInput): AdGroupStructuredResult {
  return {
    adgroup_id: input.dryRun ? null : (input.adgroupId ?? null),
    advertiser_id: input.facts.advertiser.advertiser_id,
    campaign_id: input.facts.campaign.campaign_id,
    dry_run: input.dryRun,
    body: input.body,
    defaults_applied: input.defaultsApplied,
    warnings: input.warnings,
    cbo: input.cbo,
  };
}
