/**
 * The OAuth callback's answers, one test each: a connection, then every refusal (replayed, forged
 * or expired state, TikTok refusing or failing, no code, no advertiser, no app configured). Each
 * refusal is a page with its own status and changes nothing; none shows or logs a token or code.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { ADVERTISER_IDS, APP } from '../../src/tiktok/emulator/index.js';
import { storeTargets, type TestDatabase } from '../support/stores.js';
import {
  approveOnTikTok,
  CALLBACK_PATH,
  connectLink,
  issuedTokens,
  type OAuthHarness,
  type OAuthOptions,
  startOAuthHarness,
} from './support.js';

const EXCHANGE = '/oauth2/access_token/';

function callback(h: OAuthHarness, pathAndQuery: string) {
  return h.app.inject({ method: 'GET', url: pathAndQuery });
}

function stateOf(connectUrl: string): string {
  return new URL(connectUrl).searchParams.get('state') as string;
}

function codeOf(pathAndQuery: string): string {
  return new URL(pathAndQuery, 'http://x').searchParams.get('auth_code') as string;
}

async function accounts(h: OAuthHarness) {
  return (await h.gateway.accounts.list(h.organizationId)).map((a) => [a.advertiser_id, a.access_token_enc]);
}

/** Nothing secret in the gateway's logs, or in the page. */
function expectNoSecrets(h: OAuthHarness, page: string, codes: string[]): void {
  for (const text of [h.logs.join('\n'), page]) {
    for (const secret of [...issuedTokens(h), ...codes, APP.SECRET]) expect(text).not.toContain(secret);
  }
}

describe('the OAuth callback', () => {
  let db: TestDatabase;
  let h: OAuthHarness;
  const clock = new ManualClock('2026-06-01T12:00:00Z');

  async function start(options: OAuthOptions = {}): Promise<OAuthHarness> {
    return startOAuthHarness(db, { clock, ...options });
  }

  beforeAll(async () => {
    db = await (storeTargets[0] as (typeof storeTargets)[0]).create();
    h = await start();
  });
  afterAll(async () => {
    await h.close();
    await db.cleanup();
  });
  beforeEach(() => {
    h.emulator.faults.clear();
  });

  it('connects every approved advertiser, stores the token encrypted and answers a page naming them', async () => {
    const back = await approveOnTikTok(await connectLink(h), [ADVERTISER_IDS.US, ADVERTISER_IDS.EU]);
    expect(back.startsWith(`${CALLBACK_PATH}?`)).toBe(true);
    const page = await callback(h, back);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.body).toContain('Acme US');
    expect(page.body).toContain('Acme EU');
    expect(page.body).toContain('EUR');
    const stored = await h.gateway.accounts.list(h.organizationId);
    expect(stored.map((a) => [a.advertiser_id, a.name, a.currency, a.timezone])).toEqual([
      [ADVERTISER_IDS.EU, 'Acme EU', 'EUR', 'Europe/Berlin'],
      [ADVERTISER_IDS.US, 'Acme US', 'USD', 'America/Los_Angeles'],
    ]);
    const [token] = issuedTokens(h);
    for (const account of stored) expect(account.access_token_enc).not.toContain(token as string);
    expectNoSecrets(h, page.body, [codeOf(back)]);
  });

  it('refuses a replayed state (409), even with a fresh code, and exchanges nothing', async () => {
    const link = await connectLink(h);
    const back = await approveOnTikTok(link, [ADVERTISER_IDS.UK]);
    expect((await callback(h, back)).statusCode).toBe(200);
    const before = await accounts(h);
    const exchanges = h.emulator.state.requestCount(EXCHANGE);

    const replay = await callback(h, back);
    expect(replay.statusCode).toBe(409);
    expect(replay.body).toContain('already been used');
    const again = await approveOnTikTok(link, [ADVERTISER_IDS.JP]);
    expect((await callback(h, again)).statusCode).toBe(409);
    expect(h.emulator.state.requestCount(EXCHANGE)).toBe(exchanges);
    expect(await accounts(h)).toEqual(before);
    expectNoSecrets(h, replay.body, [codeOf(back), codeOf(again)]);
  });

  it('refuses a forged or altered state (400) before calling TikTok', async () => {
    const link = await connectLink(h);
    const back = await approveOnTikTok(link, [ADVERTISER_IDS.JP]);
    const state = stateOf(link);
    const [version, nonce, expiry, signature] = state.split('.') as [string, string, string, string];
    const altered = [
      `${version}.${nonce.startsWith('A') ? 'B' : 'A'}${nonce.slice(1)}.${expiry}.${signature}`,
      `${version}.${nonce}.${Number(expiry) + 3600}.${signature}`,
      'v1.made-up.9999999999.c2lnbmF0dXJl',
      'not-a-state',
    ];
    const before = await accounts(h);
    const exchanges = h.emulator.state.requestCount(EXCHANGE);
    for (const forged of altered) {
      const url = back.replace(`state=${encodeURIComponent(state)}`, `state=${encodeURIComponent(forged)}`);
      const page = await callback(h, url);
      expect(page.statusCode).toBe(400);
      expect(page.body).toContain('not issued by this gateway');
    }
    expect(h.emulator.state.requestCount(EXCHANGE)).toBe(exchanges);
    expect(await accounts(h)).toEqual(before);
    // The genuine state still works afterwards: the forgeries did not use it up.
    expect((await callback(h, back)).statusCode).toBe(200);
  });

  it('refuses a state older than 10 minutes (410) before calling TikTok', async () => {
    const link = await connectLink(h);
    const back = await approveOnTikTok(link, [ADVERTISER_IDS.JP]);
    clock.advance(10 * 60_000 + 1_000);
    const before = await accounts(h);
    const exchanges = h.emulator.state.requestCount(EXCHANGE);
    const page = await callback(h, back);
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain('expired');
    expect(h.emulator.state.requestCount(EXCHANGE)).toBe(exchanges);
    expect(await accounts(h)).toEqual(before);
  });

  it('shows TikTok refusing a used code (400), changes nothing, and lets the same link be approved again', async () => {
    const link = await connectLink(h);
    const back = await approveOnTikTok(link, [ADVERTISER_IDS.BIG]);
    const spent = await fetch(`${h.emulatorUrl}/open_api/v1.3${EXCHANGE}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ app_id: APP.ID, secret: APP.SECRET, auth_code: codeOf(back) }),
    });
    expect(((await spent.json()) as { code: number }).code).toBe(0);
    const before = await accounts(h);

    const page = await callback(h, back);
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('already been used or has expired');
    expect(page.body).toContain('40110');
    expect(await accounts(h)).toEqual(before);
    expectNoSecrets(h, page.body, [codeOf(back)]);

    const retry = await approveOnTikTok(link, [ADVERTISER_IDS.BIG]);
    expect((await callback(h, retry)).statusCode).toBe(200);
    expect((await h.gateway.accounts.list(h.organizationId)).map((a) => a.advertiser_id)).toContain(
      ADVERTISER_IDS.BIG,
    );
  });

  it('shows TikTok failing (HTTP 503) as a gateway error page and connects nothing', async () => {
    const back = await approveOnTikTok(await connectLink(h), [ADVERTISER_IDS.US]);
    h.emulator.faults.inject(EXCHANGE, { kind: 'http_status', status: 503, times: 1 });
    const before = await accounts(h);
    const page = await callback(h, back);
    expect(page.statusCode).toBe(504);
    expect(page.body).toContain('TikTok did not complete the connection');
    expect(await accounts(h)).toEqual(before);
    expect(h.emulator.state.requestCount(EXCHANGE)).toBeGreaterThan(0);
  });

  it("quotes another TikTok refusal (502) without echoing the code TikTok's message may contain", async () => {
    const back = await approveOnTikTok(await connectLink(h), [ADVERTISER_IDS.US]);
    const code = codeOf(back);
    h.emulator.faults.inject(EXCHANGE, {
      kind: 'code',
      code: 40002,
      message: `auth_code ${code} is malformed.`,
      times: 1,
    });
    const before = await accounts(h);
    const page = await callback(h, back);
    expect(page.statusCode).toBe(502);
    expect(page.body).toContain('TikTok refused to complete the connection (code 40002)');
    expect(page.body).toContain('is malformed');
    expect(await accounts(h)).toEqual(before);
    expectNoSecrets(h, page.body, [code]);
  });

  it('refuses an answer that authorises no advertiser (400)', async () => {
    const back = await approveOnTikTok(await connectLink(h), [ADVERTISER_IDS.US]);
    h.emulator.faults.inject(EXCHANGE, {
      kind: 'http_status',
      status: 200,
      times: 1,
      body: {
        code: 0,
        message: 'OK',
        request_id: '1',
        data: { access_token: 'emu-oauth-nobody', advertiser_ids: [] },
      },
    });
    const before = await accounts(h);
    const page = await callback(h, back);
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('No advertiser account was authorised');
    expect(page.body).not.toContain('emu-oauth-nobody');
    expect(await accounts(h)).toEqual(before);
  });

  it('refuses a callback without auth_code (400) and keeps the link usable', async () => {
    const link = await connectLink(h);
    const before = await accounts(h);
    const page = await callback(h, `${CALLBACK_PATH}?state=${encodeURIComponent(stateOf(link))}`);
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('no authorisation code');
    expect(await accounts(h)).toEqual(before);
    expect((await callback(h, await approveOnTikTok(link, [ADVERTISER_IDS.US]))).statusCode).toBe(200);
  });

  it('refuses everything with a clear page when the TikTok app is not configured (503)', async () => {
    const bare = await start({ app: {} });
    try {
      const page = await callback(bare, `${CALLBACK_PATH}?auth_code=abc&state=v1.a.9999999999.b`);
      expect(page.statusCode).toBe(503);
      expect(page.body).toContain('TIKTOK_APP_ID');
      const link = await bare.app.inject({
        method: 'POST',
        url: '/api/v1/connections/tiktok',
        headers: { authorization: `Bearer ${bare.key}` },
      });
      expect(link.statusCode).toBe(503);
      expect(link.json()).toMatchObject({ success: false, error_code: 'not_configured' });
      expect(link.json().error).toContain('TIKTOK_REDIRECT_URL');
      expect(bare.emulator.state.requestCount(EXCHANGE)).toBe(0);
      expect(await bare.gateway.accounts.list(bare.organizationId)).toEqual([]);
    } finally {
      await bare.close();
    }
  });

  // 40101 means "Secret and app ID do not match" or "the authorization code is invalid" (TikTok's
  // error-code doc): the page names both, the code first, without showing the secret.
  it('says what 40101 can mean (an invalid code, or the app credentials), without showing the secret', async () => {
    const wrong = await start({
      app: {
        TIKTOK_APP_ID: APP.ID,
        TIKTOK_APP_SECRET: 'not-the-emulator-secret',
        TIKTOK_REDIRECT_URL: 'http://gateway.test/connect/tiktok/callback',
      },
    });
    try {
      const back = await approveOnTikTok(await connectLink(wrong), [ADVERTISER_IDS.US]);
      const page = await callback(wrong, back);
      expect(page.statusCode).toBe(400);
      expect(page.body).toContain('the code may be invalid');
      expect(page.body).toContain('TIKTOK_APP_SECRET');
      expect(page.body).not.toContain('not-the-emulator-secret');
      expect(wrong.logs.join('\n')).not.toContain('not-the-emulator-secret');
      expect(await wrong.gateway.accounts.list(wrong.organizationId)).toEqual([]);
    } finally {
      await wrong.close();
    }
  });
});
