/**
 * `POST /campaign/create/` (SDK `python_sdk/docs/CampaignCreateBody.md`; reference
 * tiktok-tool-family.md §4.1) with TikTok's `request_id`: "if you retry with the same request ID only
 * one request succeeds", so the client may re-send it after a lost answer.
 */
import type { Campaign, TikTokClient } from './client.js';
import { assertRequestId } from './request-id.js';

export async function createCampaign(
  client: TikTokClient,
  token: string,
  body: Record<string, unknown>,
  requestId: string,
): Promise<Campaign> {
  assertRequestId(requestId);
  const { data } = await client.request<Campaign>({
    method: 'POST',
    path: '/campaign/create/',
    accessToken: token,
    body: { ...body, request_id: requestId },
    write: true,
  });
  return { ...data, campaign_id: String(data.campaign_id) };
}
