/** `data.structured` of the tool (rules file, "Flow of one call", step 7). */
import { z } from 'zod';
import type { AdGroupTextInput } from './text.js';

export const adGroupStructuredResultSchema = z.object({
  adgroup_id: z.string().nullable().describe("TikTok's ID of the new ad group; null for a dry run."),
  advertiser_id: z.string().describe('The advertiser the ad group belongs to.'),
  campaign_id: z.string().describe('The campaign the ad group was added to.'),
  dry_run: z.boolean().describe('True when nothing was created.'),
  body: z
    .record(z.string(), z.unknown())
    .describe('The body sent to `/adgroup/create/` (for a dry run: the body that would be sent).'),
  defaults_applied: z
    .array(z.object({ field: z.string(), value: z.unknown(), reason: z.string() }))
    .describe('Every default the gateway applied, with its reason.'),
  warnings: z.array(z.string()).describe('What was accepted but deserves a look.'),
  cbo: z
    .boolean()
    .describe('The campaign uses budget optimisation: budget, budget_mode and pacing were not sent.'),
});

export type AdGroupStructuredResult = z.output<typeof adGroupStructuredResultSchema>;

export function adGroupStructuredResult(input: Omit<AdGroupTextInput, 'hasTool'>): AdGroupStructuredResult {
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
