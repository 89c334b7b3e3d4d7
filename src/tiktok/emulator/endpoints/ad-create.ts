/**
 * POST /ad/create/ (SDK `python_sdk/docs/AdCreateBody.md`: advertiser_id, adgroup_id and creatives,
 * all required, nothing else; up to 20 creatives per call and `data.ad_ids` in the answer,
 * reference tiktok-tool-family.md §4.4). Each creative is checked by `rules/ad-creative-rules.ts`;
 * the call is all or nothing.
 *
 * The SDK's body has no `request_id`: TikTok offers no idempotency key for ads, so a repeated call
 * creates more ads. A client must look for the ad it may have made (`/ad/get/`) before re-sending.
 */
import { CODES, paramError, TikTokError } from '../envelope.js';
import type { JsonValue } from '../json.js';
import { checkCreative } from '../rules/ad-creative-rules.js';
import { formatTime } from '../rules/budget-rules.js';
import { SCOPE_IDS } from '../seed.js';
import type { AdRecord } from '../store.js';
import { readId } from './params.js';
import type { EndpointDef } from './types.js';

const BODY_FIELDS = new Set(['advertiser_id', 'adgroup_id', 'creatives']);
const MAX_CREATIVES = 20;

function readCreatives(value: JsonValue | undefined): Record<string, JsonValue>[] {
  if (value === undefined) throw paramError('creatives', 'Missing data for required field.');
  if (!Array.isArray(value)) throw paramError('creatives', 'Not a valid list.');
  if (value.length < 1 || value.length > MAX_CREATIVES) {
    throw paramError('creatives', `Length must be between 1 and ${MAX_CREATIVES}.`);
  }
  return value.map((item, index) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw paramError(`creatives.${index}`, 'Not a valid mapping type.');
    }
    return item;
  });
}

export const adCreate: EndpointDef = {
  method: 'POST',
  path: '/ad/create/',
  scope: SCOPE_IDS.ADS_MANAGEMENT,
  handle(ctx) {
    const { body, store } = ctx;
    const advertiser = ctx.advertiser('advertiser_id', body.advertiser_id);
    if (ctx.settings.unknownFields === 'reject') {
      for (const field of Object.keys(body)) {
        if (!BODY_FIELDS.has(field)) throw paramError(field, 'Unknown field.');
      }
    }
    const adgroupId = readId('adgroup_id', body.adgroup_id);
    const group = store.adgroups.get(adgroupId);
    if (!group || group.advertiserId !== advertiser.advertiser_id) {
      throw new TikTokError(
        CODES.NOT_FOUND,
        `adgroup_id: Ad group ${adgroupId} does not exist under advertiser ${advertiser.advertiser_id}.`,
      );
    }
    if (group.saved.operation_status === 'DELETE') {
      throw paramError('adgroup_id', `Ad group ${adgroupId} is deleted; ads cannot be added to it.`);
    }
    const placements = Array.isArray(group.saved.placements) ? (group.saved.placements as string[]) : [];
    const automatic = group.saved.placement_type === 'PLACEMENT_TYPE_AUTOMATIC';
    const creatives = readCreatives(body.creatives);
    const formats = creatives.map((creative, index) =>
      checkCreative(
        {
          store,
          advertiserId: advertiser.advertiser_id,
          placements: automatic ? [...new Set([...placements, 'PLACEMENT_TIKTOK'])] : placements,
          promotionType:
            typeof group.saved.promotion_type === 'string' ? group.saved.promotion_type : undefined,
          at: `creatives.${index}`,
        },
        creative,
      ),
    );
    const now = formatTime(ctx.now.getTime());
    const adIds = creatives.map((creative, index) => {
      const adId = store.creative.nextId('17');
      const status = creative.operation_status === 'DISABLE' ? 'DISABLE' : 'ENABLE';
      const record: AdRecord = {
        ...(creative as Record<string, unknown>),
        ad_id: adId,
        advertiser_id: advertiser.advertiser_id,
        campaign_id: group.campaignId,
        campaign_name: String(group.saved.campaign_name ?? ''),
        adgroup_id: adgroupId,
        adgroup_name: group.saved.adgroup_name,
        ad_name: typeof creative.ad_name === 'string' && creative.ad_name !== '' ? creative.ad_name : adId,
        ad_format: formats[index],
        operation_status: status,
        secondary_status: status === 'ENABLE' ? 'AD_STATUS_NOT_DELIVER' : 'AD_STATUS_DISABLE',
        create_time: now,
        modify_time: now,
      };
      store.ads.set(adId, record);
      store.creative.createdAds.push({ adId, creative: { ...creative } });
      return adId;
    });
    return { ad_ids: adIds };
  },
};
