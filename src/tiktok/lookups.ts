/**
 * TikTok's look-up endpoints (reference §3.1-§3.3), typed, over the client's generic `request`.
 * The targeting look-ups answer their whole list at once; campaigns, custom audiences and pixels
 * come a page at a time (`page`, `page_size`, `page_info`).
 */
import type { Campaign, PageInfo, TikTokClient } from './client.js';

export interface Page<T> {
  items: T[];
  pageInfo: PageInfo | undefined;
}

export interface RegionInfo {
  location_id: string;
  name: string;
  parent_id?: string;
  region_code?: string;
  level?: string;
  next_level_ids?: string[];
  support_below_18?: boolean;
}

export interface InterestCategory {
  interest_category_id: string;
  interest_category_name: string;
  level?: number;
  sub_category_ids?: string[];
}

export interface RecommendedKeyword {
  keyword_id: string;
  keyword: string;
  language?: string;
  status?: string;
}

export interface Language {
  code: string;
  name: string;
}

export interface ActionCategory {
  action_category_id: string;
  name: string;
  level?: number;
  action_scene?: string;
}

export interface Carrier {
  carrier_id: string;
  name: string;
  country_code?: string;
  in_use?: boolean;
}

export interface DeviceModel {
  device_model_id: string;
  device_model_name: string;
  os_type?: string;
  is_active?: boolean;
}

export interface CustomAudience {
  audience_id: string;
  name?: string;
  audience_type?: string;
  cover_num?: number;
  is_valid?: boolean;
  is_expiring?: boolean;
  expired_time?: string;
  [field: string]: unknown;
}

export interface PixelEvent {
  event_type?: string;
  name?: string;
  optimization_event?: string;
}

export interface Pixel {
  pixel_id: string;
  pixel_code?: string;
  pixel_name?: string;
  events?: PixelEvent[];
  [field: string]: unknown;
}

/** A list TikTok may omit or mistype: taken as empty rather than trusted. */
function listOf<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

async function whole<T>(
  client: TikTokClient,
  accessToken: string,
  path: string,
  key: string,
  query: Record<string, unknown>,
): Promise<T[]> {
  const { data } = await client.request<Record<string, unknown>>({ method: 'GET', path, accessToken, query });
  return listOf<T>(data?.[key]);
}

/** One page of a list endpoint; `key` names the list in `data`. */
export async function paged<T>(
  client: TikTokClient,
  accessToken: string,
  path: string,
  key: string,
  query: Record<string, unknown>,
): Promise<Page<T>> {
  const { data } = await client.request<Record<string, unknown>>({ method: 'GET', path, accessToken, query });
  const info = data?.page_info as PageInfo | undefined;
  return {
    items: listOf<T>(data?.[key]),
    pageInfo: info && typeof info.total_page === 'number' ? info : undefined,
  };
}

export interface RegionQuery {
  placements: string[];
  objectiveType: string;
  levelRange?: string | undefined;
  language?: string | undefined;
  operatingSystem?: string | undefined;
}

export function getRegions(client: TikTokClient, token: string, advertiserId: string, q: RegionQuery) {
  return whole<RegionInfo>(client, token, '/tool/region/', 'region_info', {
    advertiser_id: advertiserId,
    placements: q.placements,
    objective_type: q.objectiveType,
    level_range: q.levelRange,
    language: q.language,
    operating_system: q.operatingSystem,
  });
}

export function getInterestCategories(
  client: TikTokClient,
  token: string,
  advertiserId: string,
  q: { placements?: string[] | undefined; language?: string | undefined },
) {
  return whole<InterestCategory>(client, token, '/tool/interest_category/', 'interest_categories', {
    advertiser_id: advertiserId,
    version: 2,
    placements: q.placements,
    language: q.language,
  });
}

export interface KeywordQuery {
  keyword: string;
  audienceType: string;
  mode: string;
  limit: number;
  language?: string | undefined;
}

export function recommendInterestKeywords(
  client: TikTokClient,
  token: string,
  advertiserId: string,
  q: KeywordQuery,
) {
  return whole<RecommendedKeyword>(
    client,
    token,
    '/tool/interest_keyword/recommend/',
    'recommended_keywords',
    {
      advertiser_id: advertiserId,
      keyword: q.keyword,
      audience_type: q.audienceType,
      mode: q.mode,
      limit: q.limit,
      language: q.language,
    },
  );
}

export function getLanguages(client: TikTokClient, token: string, advertiserId: string) {
  return whole<Language>(client, token, '/tool/language/', 'languages', { advertiser_id: advertiserId });
}

export function getActionCategories(client: TikTokClient, token: string, advertiserId: string) {
  return whole<ActionCategory>(client, token, '/tool/action_category/', 'action_categories', {
    advertiser_id: advertiserId,
  });
}

export function getCarriers(client: TikTokClient, token: string, advertiserId: string) {
  return whole<Carrier>(client, token, '/tool/carrier/', 'carriers', { advertiser_id: advertiserId });
}

export function getDeviceModels(client: TikTokClient, token: string, advertiserId: string) {
  return whole<DeviceModel>(client, token, '/tool/device_model/', 'device_models', {
    advertiser_id: advertiserId,
  });
}

export function listCampaignsPage(
  client: TikTokClient,
  token: string,
  advertiserId: string,
  page: number,
  pageSize: number,
) {
  return paged<Campaign>(client, token, '/campaign/get/', 'list', {
    advertiser_id: advertiserId,
    page,
    page_size: pageSize,
  });
}

export function listCustomAudiencesPage(
  client: TikTokClient,
  token: string,
  advertiserId: string,
  page: number,
  pageSize: number,
) {
  return paged<CustomAudience>(client, token, '/dmp/custom_audience/list/', 'list', {
    advertiser_id: advertiserId,
    page,
    page_size: pageSize,
  });
}

export function listPixelsPage(
  client: TikTokClient,
  token: string,
  advertiserId: string,
  page: number,
  pageSize: number,
) {
  return paged<Pixel>(client, token, '/pixel/list/', 'pixels', {
    advertiser_id: advertiserId,
    page,
    page_size: pageSize,
  });
}
