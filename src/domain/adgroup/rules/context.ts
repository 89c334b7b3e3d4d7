/**
 * The one context every ad-group rule reads, as the emulator's rules do: the settings to check,
 * the objective that applies, the effective settings (defaults included), the facts when they are
 * known, and the wording of the calling tool. A rule adds issues; it never throws.
 */
import type { ArgumentIssue } from '../../../errors.js';
import { type EffectiveSettings, effectiveSettings } from '../defaults.js';
import { type Objective, objectiveLabel } from '../enums.js';
import type { AdGroupSettings } from '../settings.js';
import type { AdGroupFacts } from '../types.js';

/** Issue codes used by the rules (schema codes are listed in issues.ts). */
export type RuleCode =
  | 'required_with'
  | 'not_allowed_with'
  | 'not_allowed_for_objective'
  | 'incompatible_value'
  | 'invalid_value'
  | 'deprecated_value'
  | 'unsupported_value'
  | 'conflicting_ids'
  | 'not_contiguous'
  | 'end_before_start'
  | 'in_the_past'
  | 'too_far_ahead'
  | 'below_minimum'
  | 'above_maximum'
  | 'invalid_precision'
  | 'conflicts_with_campaign'
  | 'unsupported_objective';

/**
 * How the calling tool names the ad group in messages. The rule's words are otherwise the same for
 * every tool, so an update refuses an invalid result with the messages creation gives.
 */
export interface Wording {
  /** e.g. "the new ad group", "ad group 1800000000000201". */
  adGroup: string;
}

export const CREATE_WORDING: Wording = { adGroup: 'the new ad group' };

export interface RuleContext {
  /** The ad group to check: a complete new one, or an existing one with a change applied. */
  readonly args: Partial<AdGroupSettings>;
  readonly objective: Objective | undefined;
  /** `CONVERSIONS (TikTok: WEB_CONVERSIONS)`; empty when the objective is unknown. */
  readonly label: string;
  readonly s: EffectiveSettings;
  readonly wording: Wording;
  /** " (the default goal for X)" when the goal was not given. */
  readonly goalSource: string;
  /** " (the billing event of goal X)" when the billing event was not given. */
  readonly billingSource: string;
  add(path: string, code: RuleCode, message: string): void;
}

export interface FactRuleContext extends RuleContext {
  readonly facts: AdGroupFacts;
}

export type Rule = (ctx: RuleContext) => void;
export type FactRule = (ctx: FactRuleContext) => void;

export function ruleContext(
  args: Partial<AdGroupSettings>,
  objective: Objective | undefined,
  wording: Wording,
  issues: ArgumentIssue[],
  s: EffectiveSettings = effectiveSettings(args, objective),
): RuleContext {
  return {
    args,
    objective,
    label: objective ? objectiveLabel(objective) : '',
    s,
    wording,
    goalSource: s.goalGiven ? '' : ` (the default goal for ${objective})`,
    billingSource: args.billing_event ? '' : ` (the billing event of goal ${s.goal})`,
    add(path, code, message) {
      issues.push({ path, code, message });
    },
  };
}

/** Whether a list argument is given and not empty. */
export function has(values: readonly unknown[] | undefined): boolean {
  return (values?.length ?? 0) > 0;
}
