/**
 * Campaigns, ad groups and ads as objects to manage (reference tiktok-tool-family.md §3, §4.2,
 * §4.3), over the client's generic `request`: filtered reads that can include deleted objects,
 * the three status updates and the two settings updates.
 *
 * Status updates and updates carry no idempotency key at TikTok (`request_id` exists only on
 * creates), so the client never re-sends them once they may have arrived; an ambiguous failure
 * comes back as `platform_outcome_unknown`, and the caller reconciles by reading the object back.
 */
import { AppError } from '../errors.js';
import type { AdGroup, Campaign, TikTokClient } from './client.js';
import { type Page, paged } from './lookups.js';

/** TikTok's `primary_status` read filter; its default hides deleted objects (SDK FilteringAdGet). */
export type PrimaryStatus =
  | 'STATUS_NOT_DELETE'
  | 'STATUS_ALL'
  | 'STATUS_DELETE'
  | 'STATUS_DELIVERY_OK'
  | 'STATUS_DISABLE';
export type OperationStatus = 'ENABLE' | 'DISABLE' | 'DELETE';
export type Level = 'campaign' | 'adgroup' | 'ad';

/** Ids per status call: TikTok's limit for all three endpoints (SDK status bodies, maxItems 20). */
export const MAX_STATUS_IDS = 20;

export interface Ad {
  ad_id: string;
  ad_name?: string;
  adgroup_id?: string;
  adgroup_name?: string;
  campaign_id?: string;
  campaign_name?: string;
  operation_status?: string;
  secondary_status?: string;
  ad_format?: string;
  [field: string]: unknown;
}

export interface DeliveryFilter {
  campaignIds?: string[] | undefined;
  adgroupIds?: string[] | undefined;
  adIds?: string[] | undefined;
  primaryStatus?: PrimaryStatus | undefined;
}

function filtering(filter: DeliveryFilter): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (filter.campaignIds) out.campaign_ids = filter.campaignIds;
  if (filter.adgroupIds) out.adgroup_ids = filter.adgroupIds;
  if (filter.adIds) out.ad_ids = filter.adIds;
  if (filter.primaryStatus) out.primary_status = filter.primaryStatus;
  return out;
}

const GET_PATHS: Record<Level, string> = {
  campaign: '/campaign/get/',
  adgroup: '/adgroup/get/',
  ad: '/ad/get/',
};

/** One page of campaigns, ad groups or ads matching the filter. */
export function getPage<T>(
  client: TikTokClient,
  token: string,
  advertiserId: string,
  level: Level,
  filter: DeliveryFilter,
  page: number,
  pageSize: number,
): Promise<Page<T>> {
  return paged<T>(client, token, GET_PATHS[level], 'list', {
    advertiser_id: advertiserId,
    filtering: filtering(filter),
    page,
    page_size: pageSize,
  });
}

export function listAdGroupsPage(
  client: TikTokClient,
  token: string,
  advertiserId: string,
  filter: DeliveryFilter,
  page: number,
  pageSize: number,
): Promise<Page<AdGroup>> {
  return getPage<AdGroup>(client, token, advertiserId, 'adgroup', filter, page, pageSize);
}

export function listAdsPage(
  client: TikTokClient,
  token: string,
  advertiserId: string,
  filter: DeliveryFilter,
  page: number,
  pageSize: number,
): Promise<Page<Ad>> {
  return getPage<Ad>(client, token, advertiserId, 'ad', filter, page, pageSize);
}

export interface StatusResult {
  /** Ids TikTok reports as changed. */
  changed: string[];
  /** Ids TikTok refused within a partial-success call, with its message. */
  failed: { id: string; message: string }[];
  requestId: string;
}

const STATUS_PATHS: Record<Level, { path: string; ids: string }> = {
  campaign: { path: '/campaign/status/update/', ids: 'campaign_ids' },
  adgroup: { path: '/adgroup/status/update/', ids: 'adgroup_ids' },
  ad: { path: '/ad/status/update/', ids: 'ad_ids' },
};

function idList(value: unknown): string[] {
  return Array.isArray(value) ? value.map((id) => String(id)) : [];
}

/** One status call for up to MAX_STATUS_IDS objects of one level. */
export async function updateStatus(
  client: TikTokClient,
  token: string,
  advertiserId: string,
  level: Level,
  ids: string[],
  status: OperationStatus,
): Promise<StatusResult> {
  if (ids.length < 1 || ids.length > MAX_STATUS_IDS) {
    throw new AppError(
      'internal_error',
      `A status call takes 1 to ${MAX_STATUS_IDS} ids; got ${ids.length}.`,
    );
  }
  const { path, ids: field } = STATUS_PATHS[level];
  const { data, requestId } = await client.request<Record<string, unknown>>({
    method: 'POST',
    path,
    accessToken: token,
    body: { advertiser_id: advertiserId, [field]: ids, operation_status: status },
    write: true,
  });
  const failed = Array.isArray(data?.error_list)
    ? (data.error_list as Record<string, unknown>[]).map((e) => ({
        id: String(e[`${level}_id`] ?? ''),
        message: String(e.error_message ?? ''),
      }))
    : [];
  return { changed: idList(data?.[field]), failed, requestId };
}

/** `POST /campaign/update/` or `/adgroup/update/`: TikTok answers the object as it now is. */
async function updateObject<T>(
  client: TikTokClient,
  token: string,
  advertiserId: string,
  level: 'campaign' | 'adgroup',
  id: string,
  changes: Record<string, unknown>,
): Promise<{ data: T | undefined; requestId: string }> {
  const { data, requestId } = await client.request<T>({
    method: 'POST',
    path: `/${level}/update/`,
    accessToken: token,
    body: { ...changes, advertiser_id: advertiserId, [`${level}_id`]: id },
    write: true,
  });
  return { data: data && typeof data === 'object' ? data : undefined, requestId };
}

/** `POST /campaign/update/` with the fields TikTok lets change (campaign_name, budget, ...). */
export function updateCampaign(
  client: TikTokClient,
  token: string,
  advertiserId: string,
  campaignId: string,
  changes: Record<string, unknown>,
) {
  return updateObject<Campaign>(client, token, advertiserId, 'campaign', campaignId, changes);
}

/**
 * The fields `/adgroup/update/` takes (Business API SDK `python_sdk/docs/AdgroupUpdateBody.md`);
 * the create body's other fields are fixed once the ad group exists.
 */
export const ADGROUP_UPDATE_FIELDS: ReadonlySet<string> = new Set(
  `actions adgroup_name age_groups audience_ids audience_rule audience_type auto_targeting_enabled
  automated_keywords_enabled bid_price bid_type blocked_pangle_app_ids brand_safety_type budget carrier_ids
  catalog_authorized_bc_id category_exclusion_ids comment_disabled contextual_tag_ids conversion_bid_price
  dayparting deep_bid_type deep_cpa_bid deep_funnel_event_source deep_funnel_event_source_id
  deep_funnel_optimization_event deep_funnel_optimization_status device_model_ids device_price_ranges
  exclude_age_under_eighteen excluded_audience_ids excluded_custom_actions excluded_pangle_audience_package_ids
  frequency frequency_schedule gender household_income included_custom_actions
  included_pangle_audience_package_ids interest_category_ids interest_keyword_ids ios14_targeting is_hfss
  is_lhf_compliance isp_ids languages location_ids min_android_version min_ios_version network_types
  next_day_retention operating_systems pacing purchase_intention_keyword_ids roas_bid saved_audience_id
  schedule_end_time schedule_start_time schedule_type search_keywords search_result_enabled
  secondary_optimization_event share_disabled shopping_ads_retargeting_actions_days
  shopping_ads_retargeting_custom_audience_relation shopping_ads_retargeting_type smart_audience_enabled
  smart_interest_behavior_enabled spending_power targeting_expansion vertical_sensitivity_id zipcode_ids`.split(
    /\s+/,
  ),
);

/** `POST /adgroup/update/`; arrays in `changes` replace the stored ones. */
export function updateAdGroup(
  client: TikTokClient,
  token: string,
  advertiserId: string,
  adgroupId: string,
  changes: Record<string, unknown>,
) {
  return updateObject<AdGroup>(client, token, advertiserId, 'adgroup', adgroupId, changes);
}
