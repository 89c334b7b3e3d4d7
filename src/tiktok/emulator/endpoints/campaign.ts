/**
 * GET /campaign/get/: campaigns of one advertiser, filtered and paged (reference §3.1). The
 * gateway reads the objective and the CBO flag from here. Deleted campaigns are hidden unless
 * `filtering.primary_status` asks for them (rules/hierarchy.ts).
 */
import { paramError } from '../envelope.js';
import { campaignStanding, matchesPrimaryStatus } from '../rules/hierarchy.js';
import type { SeedCampaign } from '../seed.js';
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

export const campaignGet: EndpointDef = {
  method: 'GET',
  path: '/campaign/get/',
  handle(ctx) {
    const advertiser = ctx.advertiser('advertiser_id', ctx.query.advertiser_id);
    const filtering = queryObject(ctx, 'filtering');
    const ids = idListOf('filtering.campaign_ids', filtering.campaign_ids);
    const objective = filtering.objective_type;
    if (objective !== undefined && typeof objective !== 'string') {
      throw paramError('filtering.objective_type', 'Not a valid string.');
    }
    const name = filtering.campaign_name;
    if (name !== undefined && typeof name !== 'string')
      throw paramError('filtering.campaign_name', 'Not a valid string.');
    const primary = readPrimaryStatus(filtering);
    const fields = stringListOf('fields', queryJson(ctx, 'fields'));
    const paging = readPaging(ctx, 1000);

    const matches = ctx.store.seed.campaigns.filter(
      (c: SeedCampaign) =>
        c.advertiser_id === advertiser.advertiser_id &&
        (ids === undefined || ids.includes(c.campaign_id)) &&
        (objective === undefined || c.objective_type === objective) &&
        (name === undefined || c.campaign_name.includes(name)) &&
        matchesPrimaryStatus(campaignStanding(c), primary),
    );
    const page = paginate(matches, paging);
    return { ...page, list: page.list.map((c) => project({ ...c }, fields, 'campaign_id')) };
  },
};
