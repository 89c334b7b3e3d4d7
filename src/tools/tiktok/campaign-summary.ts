/** A TikTok campaign as the campaign tools present it: objective, budget, CBO, status. */

import { objectiveFromTikTok } from '../../domain/adgroup/index.js';
import { formatMoney } from '../../domain/currency.js';
import type { Campaign } from '../../tiktok/client.js';

export interface CampaignSummary {
  campaign_id: string;
  campaign_name: string;
  /** TikTok's objective, e.g. `WEB_CONVERSIONS`. */
  objective_type: string;
  /** add_tiktok_ad_group's name for it (`CONVERSIONS`), or null when that tool cannot add ad groups to it. */
  objective: string | null;
  budget_mode: string | null;
  budget: number | null;
  /** Campaign budget optimisation: the campaign's budget is shared, ad group budgets are not sent. */
  cbo: boolean;
  operation_status: string | null;
  secondary_status: string | null;
  create_time: string | null;
  modify_time: string | null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

export function summarizeCampaign(campaign: Campaign): CampaignSummary {
  const objectiveType = text(campaign.objective_type) ?? '';
  return {
    campaign_id: String(campaign.campaign_id),
    campaign_name: text(campaign.campaign_name) ?? '',
    objective_type: objectiveType,
    objective: objectiveFromTikTok(objectiveType) ?? null,
    budget_mode: text(campaign.budget_mode),
    budget: typeof campaign.budget === 'number' ? campaign.budget : null,
    cbo: campaign.budget_optimize_on === true,
    operation_status: text(campaign.operation_status),
    secondary_status: text(campaign.secondary_status),
    create_time: text(campaign.create_time),
    modify_time: text(campaign.modify_time),
  };
}

function money(amount: number, currency: string | undefined): string {
  return currency ? formatMoney(amount, currency) : String(amount);
}

/** "no limit", "USD 500.00 a day", "EUR 3,000.00 in total". */
export function budgetText(summary: CampaignSummary, currency: string | undefined): string {
  const { budget_mode: mode, budget } = summary;
  if (mode === 'BUDGET_MODE_INFINITE') return 'no limit';
  if (budget === null) return mode ?? 'unknown';
  if (mode === 'BUDGET_MODE_DAY') return `${money(budget, currency)} a day`;
  if (mode === 'BUDGET_MODE_TOTAL') return `${money(budget, currency)} in total`;
  if (mode === 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET') return `${money(budget, currency)} a day on average`;
  return `${money(budget, currency)} (${mode ?? 'unknown mode'})`;
}

/** `WEB_CONVERSIONS (add_tiktok_ad_group: CONVERSIONS)`, or the bare objective when the names agree. */
export function objectiveText(summary: CampaignSummary): string {
  if (summary.objective === null) return `${summary.objective_type} (not supported by add_tiktok_ad_group)`;
  return summary.objective === summary.objective_type
    ? summary.objective
    : `${summary.objective_type} (add_tiktok_ad_group: ${summary.objective})`;
}
