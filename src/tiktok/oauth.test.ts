import { describe, expect, it } from 'vitest';
import { authorizationUrl } from './oauth.js';

describe('authorizationUrl', () => {
  const request = {
    appId: '7300',
    state: 'v1.a-b_c.123.sig',
    redirectUri: 'https://gw.example/connect/tiktok/callback?x=1',
  };

  it("builds TikTok's portal URL on the configured host, every value encoded", () => {
    const url = new URL(authorizationUrl('https://business-api.tiktok.com', request));
    expect(url.origin + url.pathname).toBe('https://business-api.tiktok.com/portal/auth');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      app_id: '7300',
      state: 'v1.a-b_c.123.sig',
      redirect_uri: 'https://gw.example/connect/tiktok/callback?x=1',
    });
  });

  it('drops a trailing slash or API prefix from the host', () => {
    expect(authorizationUrl('http://127.0.0.1:9090/open_api/v1.3/', request)).toMatch(
      /^http:\/\/127\.0\.0\.1:9090\/portal\/auth\?app_id=7300&/,
    );
  });
});
