/**
 * GET /pixel/list/: an advertiser's pixels with their events, paged (reference §3.3). The list is
 * under `pixels`, not `list`, and pixel ids go out as unquoted 64-bit integers (wire.ts).
 */

import { pixelToWire } from '../wire.js';
import { paginate, queryValue, readId, readPaging } from './params.js';
import type { EndpointDef } from './types.js';

export const pixelList: EndpointDef = {
  method: 'GET',
  path: '/pixel/list/',
  handle(ctx) {
    const advertiser = ctx.advertiser('advertiser_id', ctx.query.advertiser_id);
    const pixelId = ctx.query.pixel_id === undefined ? undefined : readId('pixel_id', ctx.query.pixel_id);
    const code = queryValue(ctx, 'code');
    const name = queryValue(ctx, 'name');
    const paging = readPaging(ctx, 100);
    const matches = ctx.store.seed.pixels.filter(
      (p) =>
        p.advertiser_id === advertiser.advertiser_id &&
        (pixelId === undefined || p.pixel_id === pixelId) &&
        (code === undefined || p.pixel_code === code) &&
        (name === undefined || p.pixel_name.includes(name)),
    );
    const { list, page_info } = paginate(matches, paging);
    return { pixels: list.map(pixelToWire), page_info };
  },
};
