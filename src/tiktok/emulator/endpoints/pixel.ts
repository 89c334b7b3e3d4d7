/**
 * GET /pixel/list/: an advertiser's pixels with their events, paged. SDK-HEAD yml_files/pixel_list.yml:
 * the list is under `pixels` (response_rule), and `page_size` is 1-20. Pixel ids go out as unquoted
 * 64-bit integers (wire.ts).
 */

import { pixelToWire } from '../wire.js';
import { paginate, queryValue, readId, readPaging } from './params.js';
import type { EndpointDef } from './types.js';

/** SDK-HEAD yml_files/pixel_list.yml page_size: maximum 20, minimum 1. */
export const PIXEL_PAGE_SIZE_MAX = 20;

export const pixelList: EndpointDef = {
  method: 'GET',
  path: '/pixel/list/',
  handle(ctx) {
    const advertiser = ctx.advertiser('advertiser_id', ctx.query.advertiser_id);
    const pixelId = ctx.query.pixel_id === undefined ? undefined : readId('pixel_id', ctx.query.pixel_id);
    const code = queryValue(ctx, 'code');
    const name = queryValue(ctx, 'name');
    const paging = readPaging(ctx, PIXEL_PAGE_SIZE_MAX);
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
