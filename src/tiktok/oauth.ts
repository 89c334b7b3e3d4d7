/**
 * TikTok's OAuth flow for advertisers (reference §3.4): the authorisation page a person approves
 * on. The code exchange and the advertiser list are client calls (`exchangeAuthCode`,
 * `getAuthorizedAdvertisers`).
 */
import { API_PREFIX } from './client.js';

export interface AuthorizationRequest {
  appId: string;
  state: string;
  redirectUri: string;
}

/**
 * `{host}/portal/auth?app_id=..&state=..&redirect_uri=..` on the configured TikTok host, so that
 * the emulator's page is used against the emulator. TikTok's sandbox host has no such page
 * (reference §6): sandbox accounts are connected with a token instead.
 */
export function authorizationUrl(host: string, request: AuthorizationRequest): string {
  let base = host.replace(/\/+$/, '');
  if (base.endsWith(API_PREFIX)) base = base.slice(0, -API_PREFIX.length);
  const query = new URLSearchParams({
    app_id: request.appId,
    state: request.state,
    redirect_uri: request.redirectUri,
  });
  return `${base}/portal/auth?${query.toString()}`;
}
