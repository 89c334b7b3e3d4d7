/**
 * GET /advertiser/info/: name, currency and timezone of advertisers the token may see
 * (reference §3.3). The gateway reads the currency for budget floors.
 */
import { CODES, paramError, TikTokError } from '../envelope.js';
import { idListOf, project, queryJson, stringListOf } from './params.js';
import type { EndpointDef } from './types.js';

const MAX_IDS = 100;

export const advertiserInfo: EndpointDef = {
  method: 'GET',
  path: '/advertiser/info/',
  handle(ctx) {
    const ids = idListOf('advertiser_ids', queryJson(ctx, 'advertiser_ids', true)) ?? [];
    if (ids.length === 0) throw paramError('advertiser_ids', 'Length must be between 1 and 100.');
    if (ids.length > MAX_IDS)
      throw new TikTokError(CODES.TOO_MANY_IDS, 'advertiser_ids: Too many ids, at most 100.');
    const fields = stringListOf('fields', queryJson(ctx, 'fields'));
    return {
      list: ids.map((id) => {
        const a = ctx.advertiser('advertiser_ids', id);
        const row = {
          advertiser_id: a.advertiser_id,
          name: a.name,
          currency: a.currency,
          timezone: a.timezone,
          display_timezone: a.display_timezone,
          status: a.status,
          role: a.role,
          country: a.country,
          company: a.company,
          balance: a.balance,
          language: a.language,
          create_time: a.create_time,
        };
        return project(row, fields, 'advertiser_id');
      }),
    };
  },
};
