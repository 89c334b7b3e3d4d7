/**
 * `POST /ad/create/` (SDK `python_sdk/docs/AdCreateBody.md`: advertiser_id, adgroup_id, creatives;
 * the answer's `data.ad_ids`, reference tiktok-tool-family.md §4.4). The body has no `request_id`,
 * so the client never re-sends it once it may have arrived; whoever retries looks for the ad first
 * (`/ad/get/`, see delivery.ts).
 */
import type { TikTokClient } from './client.js';

export async function createAds(
  client: TikTokClient,
  token: string,
  advertiserId: string,
  adgroupId: string,
  creatives: Record<string, unknown>[],
): Promise<string[]> {
  const { data } = await client.request<{ ad_ids?: unknown[] }>({
    method: 'POST',
    path: '/ad/create/',
    accessToken: token,
    body: { advertiser_id: advertiserId, adgroup_id: adgroupId, creatives },
    write: true,
  });
  return Array.isArray(data?.ad_ids) ? data.ad_ids.map(String) : [];
}
