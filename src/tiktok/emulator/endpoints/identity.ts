/**
 * GET /identity/get/ and POST /identity/create/ (SDK `python_sdk/docs/IdentityApi.md`: identity_type
 * CUSTOMIZED_USER, AUTH_CODE, TT_USER or BC_AUTH_TT, all when omitted; identity_authorized_bc_id
 * required for BC_AUTH_TT; page, page_size; `IdentityCreateBody.md`: advertiser_id, display_name,
 * image_uri). Page size 1-100, default 20, and BC_AUTH_TT identities listed only with their
 * Business Center id, per reference tiktok-tool-family.md §4.8. `identity_create` makes a
 * CUSTOMIZED_USER identity.
 */
import { paramError } from '../envelope.js';
import { SCOPE_IDS } from '../seed.js';
import type { SeedIdentity } from '../seed-creative.js';
import { paginate, queryValue, readPaging } from './params.js';
import type { EndpointDef } from './types.js';

const TYPES = ['CUSTOMIZED_USER', 'AUTH_CODE', 'TT_USER', 'BC_AUTH_TT'];

function toWire({
  advertiser_id: _owner,
  item_ids: _items,
  ...identity
}: SeedIdentity): Record<string, unknown> {
  return identity;
}

export const identityGet: EndpointDef = {
  method: 'GET',
  path: '/identity/get/',
  handle(ctx) {
    const advertiser = ctx.advertiser('advertiser_id', ctx.query.advertiser_id);
    const type = queryValue(ctx, 'identity_type');
    if (type !== undefined && !TYPES.includes(type)) {
      throw paramError('identity_type', `Must be one of: ${TYPES.join(', ')}.`);
    }
    const bcId = queryValue(ctx, 'identity_authorized_bc_id');
    if (type === 'BC_AUTH_TT' && bcId === undefined) {
      throw paramError('identity_authorized_bc_id', 'Required when identity_type is BC_AUTH_TT.');
    }
    const paging = readPaging(ctx, 100);
    const rows = ctx.store.seed.identities.filter(
      (identity) =>
        identity.advertiser_id === advertiser.advertiser_id &&
        (type === undefined || identity.identity_type === type) &&
        (identity.identity_type !== 'BC_AUTH_TT' || identity.identity_authorized_bc_id === bcId),
    );
    const page = paginate(rows, { ...paging, pageSize: ctx.query.page_size ? paging.pageSize : 20 });
    return { identity_list: page.list.map(toWire), page_info: page.page_info };
  },
};

export const identityCreate: EndpointDef = {
  method: 'POST',
  path: '/identity/create/',
  scope: SCOPE_IDS.ADS_MANAGEMENT,
  handle(ctx) {
    const advertiser = ctx.advertiser('advertiser_id', ctx.body.advertiser_id);
    const name = ctx.body.display_name;
    if (name === undefined || name === '')
      throw paramError('display_name', 'Missing data for required field.');
    if (typeof name !== 'string') throw paramError('display_name', 'Not a valid string.');
    if (name.length > 100) throw paramError('display_name', 'Length must be between 1 and 100.');
    const identity: SeedIdentity = {
      identity_id: ctx.store.creative.nextId('71'),
      advertiser_id: advertiser.advertiser_id,
      identity_type: 'CUSTOMIZED_USER',
      display_name: name,
      available_status: 'AVAILABLE',
      can_pull_video: false,
      can_push_video: false,
      profile_image: typeof ctx.body.image_uri === 'string' ? ctx.body.image_uri : '',
      item_ids: [],
    };
    ctx.store.seed.identities.push(identity);
    return { identity_id: identity.identity_id };
  },
};
