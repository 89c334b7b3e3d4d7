/**
 * GET /oauth2/advertiser/get/: the advertisers a token is authorised for (reference §3.4 step 4).
 * The app credentials must be those of the app the token was issued to.
 */
import { CODES, TikTokError } from '../envelope.js';
import { queryValue } from './params.js';
import type { EndpointDef } from './types.js';

export const oauthAdvertiserGet: EndpointDef = {
  method: 'GET',
  path: '/oauth2/advertiser/get/',
  handle(ctx) {
    const appId = queryValue(ctx, 'app_id', true);
    const secret = queryValue(ctx, 'secret', true);
    const token = ctx.token;
    if (!token) throw new TikTokError(CODES.TOKEN_MISSING);
    const app = ctx.store.seed.app;
    if (appId !== app.app_id || secret !== app.secret || token.app_id !== app.app_id) {
      throw new TikTokError(CODES.APP_AUTH_FAILED);
    }
    if (token.status === 'core_user_invalid') throw new TikTokError(CODES.CORE_USER_INVALID);
    return {
      list: token.advertiser_ids.map((id) => ({
        advertiser_id: id,
        advertiser_name: ctx.store.advertiser(id)?.name ?? '',
      })),
    };
  },
};
