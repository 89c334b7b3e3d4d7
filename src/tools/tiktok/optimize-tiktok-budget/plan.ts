/** The budget optimiser's inputs per campaign and its answer rows. */
import type { BudgetCampaign, BudgetSolution } from '../../../domain/reporting/budget.js';
import { derive } from '../../../domain/reporting/metrics.js';
import type { Keyed } from '../../../domain/reporting/rows.js';
import type { Campaign } from '../../../tiktok/client.js';
import { markdownTable } from '../markdown.js';
import { money, ratioText } from '../reporting/format.js';

export interface PlannedCampaign extends BudgetCampaign {
  name: string | null;
  conversions: number;
  roas: number | null;
  basis: 'daily budget' | 'average daily spend';
}

/** Each campaign's current daily level (its daily budget, else its average daily spend) and rate. */
export function budgetCampaigns(
  rows: Keyed[],
  details: Map<string, Campaign>,
  days: number,
  targetRoas: number | null,
): PlannedCampaign[] {
  return rows.map((r) => {
    const c = details.get(r.dimensions.campaign_id ?? '');
    const daily = c?.budget_mode === 'BUDGET_MODE_DAY' && typeof c.budget === 'number' && c.budget > 0;
    const roas = derive(r.totals).roas;
    return {
      id: r.dimensions.campaign_id ?? '',
      name: r.attributes.campaign_name ?? c?.campaign_name ?? null,
      current: daily ? (c?.budget as number) : Math.round(((r.totals.spend ?? 0) / days) * 100) / 100,
      basis: daily ? 'daily budget' : 'average daily spend',
      rate: (r.totals.conversions ?? 0) / (r.totals.spend as number),
      conversions: r.totals.conversions ?? 0,
      roas,
      belowTarget: targetRoas !== null && roas !== null && roas < targetRoas,
    };
  });
}

function action(current: number, next: number, floor: number, conversions: number): string {
  const change = current > 0 ? (next - current) / current : 0;
  if (conversions === 0 && next <= floor + 0.005)
    return 'reduce to the floor (no conversions: consider pausing)';
  return change > 0.05 ? 'scale' : change < -0.05 ? 'reduce' : 'maintain';
}

export function allocationRows(campaigns: PlannedCampaign[], solution: BudgetSolution, floor: number) {
  return campaigns.map((c) => {
    const next = solution.budgets[c.id] ?? 0;
    const bounds = solution.bounds.find((b) => b.id === c.id);
    return {
      campaign_id: c.id,
      campaign_name: c.name,
      current_daily: c.current,
      current_basis: c.basis,
      recommended_daily: next,
      change_percent: c.current > 0 ? Math.round(((next - c.current) / c.current) * 10000) / 100 : null,
      lower_bound: bounds?.lower ?? null,
      upper_bound: bounds?.upper ?? null,
      conversions_per_unit: c.rate,
      roas: c.roas,
      below_target_roas: c.belowTarget,
      action: action(c.current, next, floor, c.conversions),
    };
  });
}

export function allocationTable(rows: ReturnType<typeof allocationRows>, currency: string): string {
  if (rows.length === 0)
    return 'No active campaign spent in this period: there is no history to allocate on.';
  return markdownTable(
    ['Campaign', 'campaign_id', 'Current', 'Recommended', 'Change', 'Allowed', 'ROAS', 'Action'],
    rows.map((a) => [
      a.campaign_name,
      a.campaign_id,
      `${money(a.current_daily, currency)} (${a.current_basis})`,
      money(a.recommended_daily, currency),
      a.change_percent === null ? '-' : `${a.change_percent > 0 ? '+' : ''}${a.change_percent.toFixed(1)}%`,
      `${money(a.lower_bound, currency)} to ${money(a.upper_bound, currency)}`,
      ratioText(a.roas),
      a.action,
    ]),
  );
}
