/**
 * Identities: who an ad speaks as (SDK `python_sdk/docs/IdentityApi.md`, reference
 * tiktok-tool-family.md §4.8). `GET /identity/get/` lists them a page at a time (page_size at most
 * 100); `POST /identity/create/` makes a CUSTOMIZED_USER identity from a display name.
 */
import type { TikTokClient } from './client.js';
import { type Page, paged } from './lookups.js';

export type IdentityType = 'CUSTOMIZED_USER' | 'AUTH_CODE' | 'TT_USER' | 'BC_AUTH_TT';

export interface Identity {
  identity_id: string;
  identity_type: IdentityType | string;
  display_name?: string;
  available_status?: string;
  can_pull_video?: boolean;
  can_push_video?: boolean;
  identity_authorized_bc_id?: string;
  [field: string]: unknown;
}

export const IDENTITY_PAGE_SIZE = 100;

export function listIdentitiesPage(
  client: TikTokClient,
  token: string,
  advertiserId: string,
  page: number,
  pageSize: number,
  filter: { identityType?: string | undefined; bcId?: string | undefined } = {},
): Promise<Page<Identity>> {
  return paged<Identity>(client, token, '/identity/get/', 'identity_list', {
    advertiser_id: advertiserId,
    identity_type: filter.identityType,
    identity_authorized_bc_id: filter.bcId,
    page,
    page_size: Math.min(pageSize, IDENTITY_PAGE_SIZE),
  });
}

export async function createCustomIdentity(
  client: TikTokClient,
  token: string,
  advertiserId: string,
  displayName: string,
): Promise<string> {
  const { data } = await client.request<{ identity_id: string }>({
    method: 'POST',
    path: '/identity/create/',
    accessToken: token,
    body: { advertiser_id: advertiserId, display_name: displayName },
    write: true,
  });
  return String(data.identity_id);
}
