/**
 * GET /dmp/custom_audience/list/: an advertiser's custom and lookalike audiences, paged
 * (reference §3.3: `custom_audience_ids` 1-100, `page_size` 1-100, default 10).
 */
import { paramError } from '../envelope.js';
import { idListOf, paginate, queryJson, readPaging } from './params.js';
import type { EndpointDef } from './types.js';

/**
 * GET /dmp/saved_audience/list/: an advertiser's saved audiences, paged (SDK
 * `yml_files/dmp_saved_audience_list.yml`: `saved_audience_ids` at most 100, `page_size` 1-100,
 * default 10; answer `data{saved_audiences, page_info}`).
 */
export const savedAudienceList: EndpointDef = {
  method: 'GET',
  path: '/dmp/saved_audience/list/',
  handle(ctx) {
    const advertiser = ctx.advertiser('advertiser_id', ctx.query.advertiser_id);
    const ids = idListOf('saved_audience_ids', queryJson(ctx, 'saved_audience_ids'));
    if (ids !== undefined && (ids.length < 1 || ids.length > 100)) {
      throw paramError('saved_audience_ids', 'Length must be between 1 and 100.');
    }
    const paging = readPaging(ctx, 100);
    const matches = ctx.store.seed.savedAudiences.filter(
      (a) =>
        a.advertiser_id === advertiser.advertiser_id &&
        (ids === undefined || ids.includes(a.saved_audience_id)),
    );
    const page = paginate(
      matches.map(({ advertiser_id: _advertiser, ...audience }) => audience),
      paging,
    );
    return { saved_audiences: page.list, page_info: page.page_info };
  },
};

export const customAudienceList: EndpointDef = {
  method: 'GET',
  path: '/dmp/custom_audience/list/',
  handle(ctx) {
    const advertiser = ctx.advertiser('advertiser_id', ctx.query.advertiser_id);
    const ids = idListOf('custom_audience_ids', queryJson(ctx, 'custom_audience_ids'));
    if (ids !== undefined && (ids.length < 1 || ids.length > 100)) {
      throw paramError('custom_audience_ids', 'Length must be between 1 and 100.');
    }
    const paging = readPaging(ctx, 100);
    const matches = ctx.store.seed.audiences.filter(
      (a) =>
        a.advertiser_id === advertiser.advertiser_id && (ids === undefined || ids.includes(a.audience_id)),
    );
    return paginate(
      matches.map(({ advertiser_id: _advertiser, ...audience }) => audience),
      paging,
    );
  },
};
