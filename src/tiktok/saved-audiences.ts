/**
 * TikTok's saved audiences (targeting presets): `GET /dmp/saved_audience/list/`, 100 per page at
 * most, answering `data.saved_audiences[]` (Business API SDK `yml_files/dmp_saved_audience_list.yml`).
 */
import type { TikTokClient } from './client.js';
import { type Page, paged } from './lookups.js';

export interface SavedAudience {
  saved_audience_id: string;
  saved_audience_name?: string;
  location_ids?: string[];
  age_groups?: string[];
  gender?: string;
  languages?: string[];
  audience_ids?: string[];
  excluded_audience_ids?: string[];
  interest_category_ids?: string[];
  interest_keyword_ids?: string[];
  operating_systems?: string[];
  [field: string]: unknown;
}

export function listSavedAudiencesPage(
  client: TikTokClient,
  token: string,
  advertiserId: string,
  page: number,
  pageSize: number,
): Promise<Page<SavedAudience>> {
  return paged<SavedAudience>(client, token, '/dmp/saved_audience/list/', 'saved_audiences', {
    advertiser_id: advertiserId,
    page,
    page_size: pageSize,
  });
}
