/**
 * TikTok's OAuth endpoints (reference §3.4):
 * - GET /oauth2/advertiser/get/: the advertisers a token is authorised for (step 4). The app
 *   credentials must be right (40101) and be those of the app the token was issued to (40113).
 * - POST /oauth2/access_token/: exchanges an auth_code from the authorisation page (portal.ts) for
 *   a long-term token (step 2). A code is valid for one hour and works once; the request carries no
 *   Access-Token, the app authenticates with its secret in the body.
 */
import { randomBytes } from 'node:crypto';
import { CODES, paramError, TikTokError } from '../envelope.js';
import type { JsonValue } from '../json.js';
import { SCOPE_IDS } from '../seed.js';
import { queryValue } from './params.js';
import type { EndpointContext, EndpointDef } from './types.js';

export const AUTH_CODE_LIFETIME_MS = 60 * 60_000;

export const oauthAdvertiserGet: EndpointDef = {
  method: 'GET',
  path: '/oauth2/advertiser/get/',
  handle(ctx) {
    const appId = queryValue(ctx, 'app_id', true);
    const secret = queryValue(ctx, 'secret', true);
    const token = ctx.token;
    if (!token) throw new TikTokError(CODES.TOKEN_MISSING);
    const app = ctx.store.seed.app;
    if (appId !== app.app_id || secret !== app.secret) throw new TikTokError(CODES.APP_AUTH_FAILED);
    // TikTok doc 1737172488964097 (restated by api-evangelist/tiktok-ads): 40113, "The app_id is
    // inconsistent with the token's app information".
    if (token.app_id !== appId) throw new TikTokError(CODES.APP_TOKEN_MISMATCH);
    if (token.status === 'core_user_invalid') throw new TikTokError(CODES.CORE_USER_INVALID);
    return {
      list: token.advertiser_ids.map((id) => ({
        advertiser_id: id,
        advertiser_name: ctx.store.advertiser(id)?.name ?? '',
      })),
    };
  },
};

function bodyString(ctx: EndpointContext, field: string): string {
  const value: JsonValue | undefined = ctx.body[field];
  if (value === undefined || value === '') throw paramError(field, 'Missing data for required field.');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  throw paramError(field, 'Not a valid string.');
}

export const oauthAccessToken: EndpointDef = {
  method: 'POST',
  path: '/oauth2/access_token/',
  auth: 'none',
  handle(ctx) {
    const appId = bodyString(ctx, 'app_id');
    const secret = bodyString(ctx, 'secret');
    const authCode = bodyString(ctx, 'auth_code');
    const app = ctx.store.seed.app;
    if (appId !== app.app_id || secret !== app.secret) throw new TikTokError(CODES.APP_AUTH_FAILED);
    const issued = ctx.store.authCodes.get(authCode);
    const expired =
      issued !== undefined && ctx.now.getTime() - issued.issuedAt.getTime() > AUTH_CODE_LIFETIME_MS;
    if (!issued || issued.used || expired || issued.appId !== appId) {
      throw new TikTokError(CODES.AUTH_CODE_INVALID);
    }
    issued.used = true;
    const scope = Object.values(SCOPE_IDS);
    const accessToken = `emu-oauth-${randomBytes(16).toString('hex')}`;
    ctx.store.seed.tokens.push({
      token: accessToken,
      app_id: appId,
      advertiser_ids: [...issued.advertiserIds],
      status: 'active',
      scope,
    });
    return { access_token: accessToken, advertiser_ids: [...issued.advertiserIds], scope };
  },
};
