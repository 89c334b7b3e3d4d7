/**
 * Ad groups and ads as the management tools present them, and the status filter the list tools
 * share. Money is shown in the advertiser's currency (src/domain/currency.ts formatting).
 */
import { formatMoney } from '../../domain/currency.js';
import type { AdGroup } from '../../tiktok/client.js';
import type { Ad, PrimaryStatus } from '../../tiktok/delivery.js';
import { enumField } from './fields/index.js';

/** The list tools' `status` filter and the TikTok read filter behind each value. */
export const STATUS_FILTERS = {
  NOT_DELETED: 'STATUS_NOT_DELETE',
  ACTIVE: 'STATUS_DELIVERY_OK',
  PAUSED: 'STATUS_DISABLE',
  DELETED: 'STATUS_DELETE',
  ALL: 'STATUS_ALL',
} as const satisfies Record<string, PrimaryStatus>;
export type StatusFilter = keyof typeof STATUS_FILTERS;

export function statusFilterField(noun: string) {
  const values = Object.keys(STATUS_FILTERS) as [StatusFilter, ...StatusFilter[]];
  return enumField('status', values)
    .optional()
    .meta({ default: 'NOT_DELETED' })
    .describe(
      `Which ${noun} to list: NOT_DELETED (default: active and paused), ACTIVE (enabled, and so are its parents), ` +
        `PAUSED (paused itself), DELETED (deleted itself or with its campaign or ad group), or ALL.`,
    );
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

/** "enabled", "paused", "deleted", or what a parent does to it ("enabled, campaign paused"). */
export function statusText(operation: string | null, secondary: string | null): string {
  const own =
    operation === 'DISABLE'
      ? 'paused'
      : operation === 'DELETE'
        ? 'deleted'
        : operation
          ? 'enabled'
          : 'unknown';
  if (!secondary) return own;
  if (/CAMPAIGN_DELETE$/.test(secondary) && own !== 'deleted') return 'deleted with its campaign';
  if (/ADGROUP_DELETE$/.test(secondary) && own !== 'deleted') return 'deleted with its ad group';
  if (/CAMPAIGN_DISABLE$/.test(secondary) && own === 'enabled') return 'enabled, campaign paused';
  if (/ADGROUP_DISABLE$/.test(secondary) && own === 'enabled') return 'enabled, ad group paused';
  return own;
}

/** Whether an object reads as deleted (itself, or through its campaign or ad group). */
export function isDeleted(operation: string | null, secondary: string | null): boolean {
  return operation === 'DELETE' || (secondary !== null && /_DELETE$/.test(secondary));
}

export interface AdGroupSummary {
  adgroup_id: string;
  adgroup_name: string;
  campaign_id: string | null;
  campaign_name: string | null;
  operation_status: string | null;
  secondary_status: string | null;
  status: string;
  budget_mode: string | null;
  budget: number | null;
  schedule_type: string | null;
  schedule_start_time: string | null;
  schedule_end_time: string | null;
  optimization_goal: string | null;
  billing_event: string | null;
  bid_type: string | null;
  placements: string[];
  location_ids: string[];
  age_groups: string[];
  gender: string | null;
  create_time: string | null;
  modify_time: string | null;
}

export function summarizeAdGroup(group: AdGroup): AdGroupSummary {
  const operation = text(group.operation_status);
  const secondary = text(group.secondary_status);
  return {
    adgroup_id: String(group.adgroup_id),
    adgroup_name: text(group.adgroup_name) ?? '',
    campaign_id: group.campaign_id === undefined ? null : String(group.campaign_id),
    campaign_name: text(group.campaign_name),
    operation_status: operation,
    secondary_status: secondary,
    status: statusText(operation, secondary),
    budget_mode: text(group.budget_mode),
    budget: typeof group.budget === 'number' ? group.budget : null,
    schedule_type: text(group.schedule_type),
    schedule_start_time: text(group.schedule_start_time),
    schedule_end_time: text(group.schedule_end_time),
    optimization_goal: text(group.optimization_goal),
    billing_event: text(group.billing_event),
    bid_type: text(group.bid_type),
    placements: list(group.placements),
    location_ids: list(group.location_ids),
    age_groups: list(group.age_groups),
    gender: text(group.gender),
    create_time: text(group.create_time),
    modify_time: text(group.modify_time),
  };
}

/** "USD 50.00 a day", "USD 700.00 in total", "campaign budget (CBO)". */
export function adGroupBudgetText(
  group: Pick<AdGroupSummary, 'budget' | 'budget_mode'>,
  currency: string,
): string {
  if (group.budget_mode === 'BUDGET_MODE_INFINITE') return 'campaign budget (CBO)';
  if (group.budget === null) return group.budget_mode ?? '-';
  const amount = formatMoney(group.budget, currency);
  if (group.budget_mode === 'BUDGET_MODE_DAY') return `${amount} a day`;
  if (group.budget_mode === 'BUDGET_MODE_TOTAL') return `${amount} in total`;
  if (group.budget_mode === 'BUDGET_MODE_DYNAMIC_DAILY_BUDGET') return `${amount} a day on average`;
  return `${amount} (${group.budget_mode ?? 'unknown mode'})`;
}

export interface AdSummary {
  ad_id: string;
  ad_name: string;
  adgroup_id: string | null;
  adgroup_name: string | null;
  campaign_id: string | null;
  campaign_name: string | null;
  operation_status: string | null;
  secondary_status: string | null;
  status: string;
  ad_format: string | null;
  ad_text: string | null;
  call_to_action: string | null;
  landing_page_url: string | null;
  create_time: string | null;
  modify_time: string | null;
}

export function summarizeAd(ad: Ad): AdSummary {
  const operation = text(ad.operation_status);
  const secondary = text(ad.secondary_status);
  return {
    ad_id: String(ad.ad_id),
    ad_name: text(ad.ad_name) ?? '',
    adgroup_id: ad.adgroup_id === undefined ? null : String(ad.adgroup_id),
    adgroup_name: text(ad.adgroup_name),
    campaign_id: ad.campaign_id === undefined ? null : String(ad.campaign_id),
    campaign_name: text(ad.campaign_name),
    operation_status: operation,
    secondary_status: secondary,
    status: statusText(operation, secondary),
    ad_format: text(ad.ad_format),
    ad_text: text(ad.ad_text),
    call_to_action: text(ad.call_to_action),
    landing_page_url: text(ad.landing_page_url),
    create_time: text(ad.create_time),
    modify_time: text(ad.modify_time),
  };
}

/** The optional id filter of a list tool. */
export function idFilter(ids: string | undefined): string[] | undefined {
  return ids === undefined ? undefined : [ids];
}
