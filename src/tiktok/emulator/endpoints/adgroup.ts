/**
 * POST /adgroup/create/ and GET /adgroup/get/ (reference §1, §3.1).
 *
 * The create honours TikTok's idempotency key: a second create carrying the same `request_id` for
 * the same advertiser returns the ad group the first one made, whatever the new body says. That
 * check comes before validation, so a retry succeeds even if time has moved past the schedule's
 * 12-hour grace.
 */
import { CODES, paramError, TikTokError } from '../envelope.js';
import { validateAdGroupCreate } from '../rules/adgroup-create.js';
import { adgroupStanding, matchesPrimaryStatus } from '../rules/hierarchy.js';
import { SCOPE_IDS } from '../seed.js';
import type { AdGroupRecord } from '../store.js';
import { adgroupToWire } from '../wire.js';
import {
  idListOf,
  paginate,
  project,
  queryJson,
  queryObject,
  readId,
  readPaging,
  readPrimaryStatus,
  stringListOf,
} from './params.js';
import type { EndpointDef } from './types.js';

const INT64_MAX = 9_223_372_036_854_775_807n;
const INT64_MIN = -9_223_372_036_854_775_808n;

function readRequestId(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) throw paramError('request_id', 'Field may not be null.');
  if (typeof value !== 'string') throw paramError('request_id', 'Not a valid string.');
  if (!/^-?\d{1,19}$/.test(value))
    throw paramError('request_id', 'request_id must be a 64-bit integer written as a string.');
  const n = BigInt(value);
  if (n > INT64_MAX || n < INT64_MIN)
    throw paramError('request_id', 'request_id must be a 64-bit integer written as a string.');
  return value;
}

export const adgroupCreate: EndpointDef = {
  method: 'POST',
  path: '/adgroup/create/',
  scope: SCOPE_IDS.ADS_MANAGEMENT,
  handle(ctx) {
    const { body, store } = ctx;
    const advertiser = ctx.advertiser('advertiser_id', body.advertiser_id);
    const requestId = readRequestId(body.request_id);
    const dedupKey = requestId === undefined ? undefined : `${advertiser.advertiser_id}:${requestId}`;
    if (dedupKey !== undefined) {
      const existing = store.adgroups.get(store.requestIds.get(dedupKey) ?? '');
      if (existing) {
        existing.dedupHits++;
        return adgroupToWire(existing.saved, advertiser);
      }
    }

    const campaignId = readId('campaign_id', body.campaign_id);
    const campaign = store.campaign(campaignId);
    if (!campaign || campaign.advertiser_id !== advertiser.advertiser_id) {
      throw new TikTokError(
        CODES.NOT_FOUND,
        `campaign_id: Campaign ${campaignId} does not exist under advertiser ${advertiser.advertiser_id}.`,
      );
    }
    if (campaign.operation_status === 'DELETE') {
      throw paramError(
        'campaign_id',
        `Campaign ${campaignId} has been deleted; no ad group can be added to it.`,
      );
    }

    const { record, ignoredFields } = validateAdGroupCreate({
      body,
      store,
      advertiser,
      campaign,
      now: ctx.now,
      peerRules: ctx.settings.peerRules,
      unknownFields: ctx.settings.unknownFields,
      hasRequestId: requestId !== undefined,
    });
    const adgroupId = store.nextAdGroupId(advertiser);
    const saved: AdGroupRecord = {
      adgroup_id: adgroupId,
      advertiser_id: advertiser.advertiser_id,
      campaign_id: campaign.campaign_id,
      campaign_name: campaign.campaign_name,
      adgroup_name: String(record.adgroup_name),
      ...record,
    };
    store.adgroups.set(adgroupId, {
      adgroupId,
      advertiserId: advertiser.advertiser_id,
      campaignId: campaign.campaign_id,
      requestId,
      body,
      rawBody: ctx.rawBody,
      saved,
      ignoredFields,
      createdAt: ctx.now,
      visibleAt: Date.now() + ctx.settings.readAfterWriteDelayMs,
      dedupHits: 0,
    });
    if (dedupKey !== undefined) store.requestIds.set(dedupKey, adgroupId);
    return adgroupToWire(saved, advertiser);
  },
};

export const adgroupGet: EndpointDef = {
  method: 'GET',
  path: '/adgroup/get/',
  handle(ctx) {
    const advertiser = ctx.advertiser('advertiser_id', ctx.query.advertiser_id);
    const filtering = queryObject(ctx, 'filtering');
    const campaignIds = idListOf('filtering.campaign_ids', filtering.campaign_ids);
    const adgroupIds = idListOf('filtering.adgroup_ids', filtering.adgroup_ids);
    const name = filtering.adgroup_name;
    if (name !== undefined && typeof name !== 'string')
      throw paramError('filtering.adgroup_name', 'Not a valid string.');
    const primary = readPrimaryStatus(filtering);
    const fields = stringListOf('fields', queryJson(ctx, 'fields'));
    const paging = readPaging(ctx, 1000);

    const wallClock = Date.now();
    const matches = [...ctx.store.adgroups.values()].filter(
      (a) =>
        a.advertiserId === advertiser.advertiser_id &&
        a.visibleAt <= wallClock &&
        (campaignIds === undefined || campaignIds.includes(a.campaignId)) &&
        (adgroupIds === undefined || adgroupIds.includes(a.adgroupId)) &&
        (name === undefined || a.saved.adgroup_name.includes(name)),
    );
    const rows = matches
      .map((a) => ({ a, standing: adgroupStanding(ctx.store, a) }))
      .filter(({ standing }) => matchesPrimaryStatus(standing, primary));
    const page = paginate(rows, paging);
    return {
      ...page,
      list: page.list.map(({ a, standing }) =>
        project(
          { ...adgroupToWire(a.saved, advertiser), secondary_status: standing.secondary },
          fields,
          'adgroup_id',
        ),
      ),
    };
  },
};
