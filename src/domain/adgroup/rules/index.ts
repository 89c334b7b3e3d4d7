/**
 * The ad-group rules, by concern, over one context. Two entry points, so a tool can report what
 * it can before any I/O and the rest once the campaign is read:
 * - `adGroupRules(settings)`: the rules that need no I/O; objective rules run only when the
 *   objective is given.
 * - `adGroupFactRules(settings, facts)`: the campaign's objective, the currency's budget range,
 *   the clock, bids against the budget; and, when the objective was omitted, every objective rule
 *   for the campaign's objective. It never repeats an issue of `adGroupRules`, so the two lists
 *   join into `checkAdGroup`, the complete check.
 */
import type { ArgumentIssue } from '../../../errors.js';
import { type EffectiveSettings, effectiveSettings } from '../defaults.js';
import { OBJECTIVES, type Objective, objectiveFromTikTok, objectiveLabel } from '../enums.js';
import type { AdGroupSettings } from '../settings.js';
import type { AdGroupFacts } from '../types.js';
import { BUDGET_SCHEDULE_FACT_RULES, BUDGET_SCHEDULE_RULES } from './budget-schedule.js';
import { COMPLIANCE_RULES } from './compliance.js';
import { CREATE_WORDING, type FactRuleContext, type Rule, ruleContext, type Wording } from './context.js';
import { OPTIMISATION_RULES } from './optimisation.js';
import { PLACEMENT_RULES } from './placements.js';
import { PROMOTION_RULES } from './promotion.js';
import { TARGETING_RULES } from './targeting.js';

export { CREATE_WORDING, type RuleCode, type Wording } from './context.js';

type Settings = Partial<AdGroupSettings>;

const RULES: readonly Rule[] = [
  ...OPTIMISATION_RULES,
  ...BUDGET_SCHEDULE_RULES,
  ...PROMOTION_RULES,
  ...TARGETING_RULES,
  ...PLACEMENT_RULES,
  ...COMPLIANCE_RULES,
];

function run(
  args: Settings,
  objective: Objective | undefined,
  wording: Wording,
  s: EffectiveSettings = effectiveSettings(args, objective),
): ArgumentIssue[] {
  const issues: ArgumentIssue[] = [];
  const ctx = ruleContext(args, objective, wording, issues, s);
  for (const rule of RULES) rule(ctx);
  return issues;
}

/** The rules that need no I/O, on the fields that passed the schema. */
export function adGroupRules(args: Settings, wording: Wording = CREATE_WORDING): ArgumentIssue[] {
  return run(args, args.objective, wording);
}

function issueKey(issue: ArgumentIssue): string {
  return `${issue.path}\u0000${issue.code}\u0000${issue.message}`;
}

function campaignIssues(
  args: Settings,
  facts: AdGroupFacts,
  campaignObjective: Objective | undefined,
): ArgumentIssue[] {
  const { campaign } = facts;
  if (campaignObjective === undefined) {
    return [
      {
        path: 'campaign_id',
        code: 'unsupported_objective',
        message: `campaign ${campaign.campaign_id} has the TikTok objective ${campaign.objective_type}, which this tool does not create ad groups for: use a campaign whose objective is ${OBJECTIVES.map((o) => objectiveLabel(o)).join(', ')}.`,
      },
    ];
  }
  if (args.objective === undefined || args.objective === campaignObjective) return [];
  return [
    {
      path: 'objective',
      code: 'conflicts_with_campaign',
      message: `objective ${args.objective} conflicts with campaign ${campaign.campaign_id}, whose objective is ${objectiveLabel(campaignObjective)}: an ad group takes its campaign's objective. Omit objective (it is then taken from the campaign), or use a ${args.objective} campaign.`,
    },
  ];
}

/**
 * The rules that need the campaign, the advertiser or the clock; never repeats `adGroupRules`.
 * `staticIssues`: what `adGroupRules(args, wording)` gave, when the caller has it already (it is
 * otherwise worked out again here, which was a third of this check's cost).
 */
export function adGroupFactRules(
  args: Settings,
  facts: AdGroupFacts,
  wording: Wording = CREATE_WORDING,
  staticIssues?: readonly ArgumentIssue[],
): ArgumentIssue[] {
  const campaignObjective = objectiveFromTikTok(facts.campaign.objective_type);
  const issues = campaignIssues(args, facts, campaignObjective);
  const objective = args.objective ?? campaignObjective;
  // One working-out of the defaults for both checks below: their objective is the same.
  const s = effectiveSettings(args, objective);
  const factIssues: ArgumentIssue[] = [];
  const ctx: FactRuleContext = { ...ruleContext(args, objective, wording, factIssues, s), facts };
  for (const rule of BUDGET_SCHEDULE_FACT_RULES) rule(ctx);

  const extra: ArgumentIssue[] = [];
  if (campaignObjective !== undefined && args.objective === undefined) {
    // Without an objective, `adGroupRules` is `run(args, undefined, wording)`.
    const already = new Set((staticIssues ?? run(args, undefined, wording)).map(issueKey));
    for (const issue of run(args, campaignObjective, wording, s)) {
      if (!already.has(issueKey(issue))) extra.push(issue);
    }
  }
  return [...issues, ...factIssues, ...extra];
}

/** The complete check of an ad group's settings: what a tool refuses before TikTok is called. */
export function checkAdGroup(
  args: Settings,
  facts: AdGroupFacts,
  wording: Wording = CREATE_WORDING,
): ArgumentIssue[] {
  const staticIssues = adGroupRules(args, wording);
  return [...staticIssues, ...adGroupFactRules(args, facts, wording, staticIssues)];
}
