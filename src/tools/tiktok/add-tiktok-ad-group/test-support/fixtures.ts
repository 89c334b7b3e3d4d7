/** Shared test fixtures for add_tiktok_ad_group (excluded from the build). */

import { validateArguments } from '../../../../core/validate.js';
import {
  type AdGroupFacts,
  type AdGroupRequest,
  adGroupFactRules,
  buildAdGroupRequest,
} from '../../../../domain/adgroup/index.js';
import type { ArgumentIssue } from '../../../../errors.js';
import { type AddTikTokAdGroupArgs, addTikTokAdGroupSchema } from '../schema.js';
import { addTikTokAdGroup } from '../tool.js';

export const NOW = new Date('2026-05-03T10:00:00Z');
export const CAMPAIGN_ID = '1790000000000001';
export const ADVERTISER_ID = '7000000000000001';

/** The three required arguments. */
export const BASE = { campaign_id: CAMPAIGN_ID, adgroup_name: 'Spring sale', budget: 50 } as const;

export interface FactsOptions {
  objective_type?: string;
  cbo?: boolean;
  currency?: string;
  timezone?: string;
  budget_mode?: string;
  campaign_budget?: number;
  now?: Date;
}

export function facts(options: FactsOptions = {}): AdGroupFacts {
  return {
    campaign: {
      campaign_id: CAMPAIGN_ID,
      objective_type: options.objective_type ?? 'TRAFFIC',
      budget_optimize_on: options.cbo ?? false,
      budget_mode: options.budget_mode ?? (options.cbo ? 'BUDGET_MODE_DAY' : 'BUDGET_MODE_INFINITE'),
      campaign_name: 'Spring campaign',
      ...(options.campaign_budget === undefined ? {} : { budget: options.campaign_budget }),
    },
    advertiser: {
      advertiser_id: ADVERTISER_ID,
      currency: options.currency ?? 'USD',
      timezone: options.timezone ?? 'America/New_York',
      name: 'Acme',
    },
    now: options.now ?? NOW,
  };
}

/** The core's validation of this tool (schema, then rules on the fields that passed). */
export function checkArguments(input: Record<string, unknown>): {
  issues: ArgumentIssue[];
  partial: Partial<AddTikTokAdGroupArgs>;
} {
  const result = validateArguments(addTikTokAdGroup, input);
  return result.ok
    ? { issues: [], partial: result.args as AddTikTokAdGroupArgs }
    : { issues: result.issues, partial: result.passed as Partial<AddTikTokAdGroupArgs> };
}

/**
 * Every problem a call has: schema, rules, and (when campaign_id is usable, so the campaign can be
 * read) the rules that need the facts, on the fields that passed the schema.
 */
export function allIssues(input: Record<string, unknown>, f: AdGroupFacts = facts()): ArgumentIssue[] {
  const { issues, partial } = checkArguments(input);
  return [...issues, ...(partial.campaign_id === undefined ? [] : adGroupFactRules(partial, f))];
}

/** Parses, checks (failing loudly on any issue) and builds. */
export function build(
  extra: Record<string, unknown> = {},
  f: AdGroupFacts = facts(),
): AdGroupRequest & { args: AddTikTokAdGroupArgs } {
  const input = { ...BASE, ...extra };
  const issues = allIssues(input, f);
  if (issues.length > 0) throw new Error(`unexpected issues: ${JSON.stringify(issues, null, 2)}`);
  const args = addTikTokAdGroupSchema.parse(input);
  return { ...buildAdGroupRequest(args, f), args };
}

/** A 336-character mask: the given half-hour slots on the given days (0 = Monday). */
export function mask(days: number[], fromSlot: number, toSlot: number): string {
  return Array.from({ length: 7 }, (_, day) =>
    Array.from({ length: 48 }, (_, slot) =>
      days.includes(day) && slot >= fromSlot && slot < toSlot ? '1' : '0',
    ).join(''),
  ).join('');
}
