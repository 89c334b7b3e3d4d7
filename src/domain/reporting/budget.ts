/**
 * Budget allocation by linear programming, solved with HiGHS (the `highs` package: the HiGHS C++
 * solver compiled to WebAssembly).
 *
 * Variables: each campaign's new daily budget b_i. Maximise Σ r_i · b_i, where r_i is the
 * campaign's historical conversions per unit of spend (1 / cost per conversion), subject to
 *   Σ b_i ≤ daily total                                  (the budget given)
 *   current_i · (1 − max_change) ≤ b_i ≤ current_i · (1 + max_change)   (change at most that much)
 *   b_i ≥ floor = max(min_daily_budget, TikTok's campaign daily minimum in the currency)
 *   b_i ≤ current_i for a campaign below the target ROAS (not scaled up)
 * The linear model assumes each extra unit of spend converts at the campaign's historical rate:
 * true for moderate changes, which is why max_change bounds them.
 */

import type { Highs, InitOptions } from 'highs';
import * as highsModule from 'highs';

// The package ships ESM code under CommonJS-flavoured typings: take the loader from `default`.
type Loader = (options?: InitOptions) => Promise<Highs>;
const highsLoader = (highsModule as unknown as { default: Loader }).default;

export interface BudgetCampaign {
  id: string;
  /** Current daily budget (or the current daily spend when the campaign has no daily budget). */
  current: number;
  /** Conversions per unit of spend in the period. */
  rate: number;
  /** Below the target ROAS: may not be scaled up. */
  belowTarget: boolean;
}

export interface BudgetProblem {
  campaigns: BudgetCampaign[];
  dailyTotal: number;
  maxChange: number;
  floor: number;
}

export interface BudgetBounds {
  id: string;
  lower: number;
  upper: number;
}

export interface BudgetSolution {
  budgets: Record<string, number>;
  bounds: BudgetBounds[];
  expectedConversions: number;
}

let solver: Promise<Highs> | undefined;

/** Each campaign's allowed range, as the constraints above give it. */
export function budgetBounds(p: BudgetProblem): BudgetBounds[] {
  return p.campaigns.map((c) => {
    const lower = Math.max(c.current * (1 - p.maxChange), p.floor);
    const upper = Math.max(c.belowTarget ? c.current : c.current * (1 + p.maxChange), lower);
    return { id: c.id, lower, upper };
  });
}

function lpText(p: BudgetProblem, bounds: BudgetBounds[]): string {
  const name = (i: number) => `b${i}`;
  const objective = p.campaigns.map((c, i) => `${c.rate.toFixed(12)} ${name(i)}`).join(' + ');
  const total = p.campaigns.map((_, i) => name(i)).join(' + ');
  const lines = bounds.map((b, i) => ` ${b.lower.toFixed(6)} <= ${name(i)} <= ${b.upper.toFixed(6)}`);
  return [
    'Maximize',
    ` obj: ${objective}`,
    'Subject To',
    ` total: ${total} <= ${p.dailyTotal.toFixed(6)}`,
    'Bounds',
    ...lines,
    'End',
  ].join('\n');
}

/** The optimum, or undefined when the floors alone exceed the total (no allocation is possible). */
export async function allocateBudget(p: BudgetProblem): Promise<BudgetSolution | undefined> {
  const bounds = budgetBounds(p);
  if (p.campaigns.length === 0) return { budgets: {}, bounds, expectedConversions: 0 };
  if (bounds.reduce((sum, b) => sum + b.lower, 0) > p.dailyTotal + 1e-9) return undefined;
  solver ??= highsLoader();
  const highs = await solver;
  const result = highs.solve(lpText(p, bounds));
  if (result.Status !== 'Optimal') throw new Error(`HiGHS could not solve the allocation: ${result.Status}`);
  const budgets: Record<string, number> = {};
  p.campaigns.forEach((c, i) => {
    const column = result.Columns[`b${i}`];
    budgets[c.id] = Math.round((column && 'Primal' in column ? column.Primal : 0) * 100) / 100;
  });
  const expectedConversions = p.campaigns.reduce((sum, c) => sum + c.rate * (budgets[c.id] ?? 0), 0);
  return { budgets, bounds, expectedConversions };
}
