/**
 * GET /ad/get/: ads of one advertiser, filtered and paged. Filters and paging from the Business
 * API SDK (`python_sdk/docs/AdApi.md` ad_get, `FilteringAdGet.md`: ad_ids, adgroup_ids,
 * campaign_ids, ad_name, primary_status default STATUS_NOT_DELETE; page_size default 10); page
 * sizes up to 1000 as for the other get endpoints (reference tiktok-tool-family.md §3). The
 * secondary status reflects the parents (a paused or deleted ad group shows on its ads).
 */
import { paramError } from '../envelope.js';
import { adStanding, matchesPrimaryStatus } from '../rules/hierarchy.js';
import {
  idListOf,
  paginate,
  project,
  queryJson,
  queryObject,
  readPaging,
  readPrimaryStatus,
  stringListOf,
} from './params.js';
import type { EndpointDef } from './types.js';

export const adGet: EndpointDef = {
  method: 'GET',
  path: '/ad/get/',
  handle(ctx) {
    const advertiser = ctx.advertiser('advertiser_id', ctx.query.advertiser_id);
    const filtering = queryObject(ctx, 'filtering');
    const adIds = idListOf('filtering.ad_ids', filtering.ad_ids);
    const adgroupIds = idListOf('filtering.adgroup_ids', filtering.adgroup_ids);
    const campaignIds = idListOf('filtering.campaign_ids', filtering.campaign_ids);
    const name = filtering.ad_name;
    if (name !== undefined && typeof name !== 'string')
      throw paramError('filtering.ad_name', 'Not a valid string.');
    const primary = readPrimaryStatus(filtering);
    const fields = stringListOf('fields', queryJson(ctx, 'fields'));
    const paging = readPaging(ctx, 1000);

    const rows = [...ctx.store.ads.values()]
      .filter(
        (ad) =>
          ad.advertiser_id === advertiser.advertiser_id &&
          (adIds === undefined || adIds.includes(ad.ad_id)) &&
          (adgroupIds === undefined || adgroupIds.includes(ad.adgroup_id)) &&
          (campaignIds === undefined || campaignIds.includes(ad.campaign_id)) &&
          (name === undefined || ad.ad_name.includes(name)),
      )
      .map((ad) => ({ ad, standing: adStanding(ctx.store, ad) }))
      .filter(({ standing }) => matchesPrimaryStatus(standing, primary));
    const page = paginate(rows, paging);
    return {
      ...page,
      list: page.list.map(({ ad, standing }) =>
        project({ ...ad, secondary_status: standing.secondary }, fields, 'ad_id'),
      ),
    };
  },
};
