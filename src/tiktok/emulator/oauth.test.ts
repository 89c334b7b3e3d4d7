/**
 * The OAuth side of the emulator over real HTTP: the authorisation page, the one-time auth_code
 * and its exchange, and the advertisers of the token it issues.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AUTH_CODE_LIFETIME_MS } from './endpoints/oauth.js';
import { ADVERTISER_IDS, APP } from './seed.js';
import { ApiClient, startTestEmulator, type TestEmulator } from './test-helpers.js';

let t: TestEmulator;
let now = new Date('2026-06-01T12:00:00Z');

beforeAll(async () => {
  t = await startTestEmulator({ now: () => now });
});
afterAll(async () => {
  await t.emulator.close();
});
afterEach(() => {
  t.emulator.reset();
  now = new Date('2026-06-01T12:00:00Z');
});

const REDIRECT = 'http://gateway.test/connect/tiktok/callback?from=tiktok';

function portalQuery(overrides: Record<string, string> = {}): string {
  return new URLSearchParams({
    app_id: APP.ID,
    state: 'st.ate-1',
    redirect_uri: REDIRECT,
    ...overrides,
  }).toString();
}

/** Approves on the page as a person would (form post), returning where TikTok sends the browser. */
async function approve(advertiserIds: string[], overrides: Record<string, string> = {}): Promise<Response> {
  const form = new URLSearchParams({
    app_id: APP.ID,
    state: 'st.ate-1',
    redirect_uri: REDIRECT,
    ...overrides,
  });
  for (const id of advertiserIds) form.append('advertiser_ids', id);
  return fetch(`${t.baseUrl}/portal/auth`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    redirect: 'manual',
  });
}

async function codeFrom(response: Response): Promise<string> {
  expect(response.status).toBe(302);
  const location = new URL(response.headers.get('location') as string);
  expect(location.origin + location.pathname).toBe('http://gateway.test/connect/tiktok/callback');
  expect(location.searchParams.get('from')).toBe('tiktok');
  expect(location.searchParams.get('state')).toBe('st.ate-1');
  return location.searchParams.get('auth_code') as string;
}

const exchange = (authCode: string, secret: string = APP.SECRET) =>
  new ApiClient(t.baseUrl, undefined).post('/oauth2/access_token/', {
    app_id: APP.ID,
    secret,
    auth_code: authCode,
  });

describe('the authorisation page', () => {
  it('offers every emulated advertiser to pick, in a form that posts back with the state', async () => {
    const page = await fetch(`${t.baseUrl}/portal/auth?${portalQuery()}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    for (const id of Object.values(ADVERTISER_IDS)) expect(html).toContain(`value="${id}"`);
    expect(html).toContain('name="state" value="st.ate-1"');
    expect(html).toContain('id="approve"');
  });

  it('refuses an unknown app or a redirect that is not a web URL', async () => {
    expect((await fetch(`${t.baseUrl}/portal/auth?${portalQuery({ app_id: '1' })}`)).status).toBe(400);
    const bad = await fetch(
      `${t.baseUrl}/portal/auth?${portalQuery({ redirect_uri: 'javascript:alert(1)' })}`,
    );
    expect(bad.status).toBe(400);
  });

  it('asks again when no advertiser was selected', async () => {
    const response = await approve([]);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Select at least one advertiser account.');
  });
});

describe('POST /oauth2/access_token/', () => {
  it('exchanges a code once for a token that lists the approved advertisers', async () => {
    const code = await codeFrom(await approve([ADVERTISER_IDS.UK, ADVERTISER_IDS.JP]));
    const first = await exchange(code);
    expect(first.json).toMatchObject({
      code: 0,
      data: { advertiser_ids: [ADVERTISER_IDS.UK, ADVERTISER_IDS.JP] },
    });
    const token = first.json.data.access_token as string;
    expect(token).toMatch(/^emu-oauth-[0-9a-f]{32}$/);
    expect(first.json.data.scope.length).toBeGreaterThan(0);

    const listed = await new ApiClient(t.baseUrl, token).get('/oauth2/advertiser/get/', {
      app_id: APP.ID,
      secret: APP.SECRET,
    });
    expect(listed.json.data.list).toEqual([
      { advertiser_id: ADVERTISER_IDS.UK, advertiser_name: 'Acme UK' },
      { advertiser_id: ADVERTISER_IDS.JP, advertiser_name: 'Acme Japan' },
    ]);

    expect((await exchange(code)).json.code).toBe(40110);
  });

  it('answers 40101 for a wrong secret (and the code stays usable), 40110 for an unknown code', async () => {
    const code = await codeFrom(await approve([ADVERTISER_IDS.US]));
    expect((await exchange(code, 'wrong-secret')).json.code).toBe(40101);
    expect((await exchange('not-a-code')).json.code).toBe(40110);
    expect((await exchange(code)).json.code).toBe(0);
  });

  it('lets a code expire after one hour', async () => {
    const code = await codeFrom(await approve([ADVERTISER_IDS.US]));
    now = new Date(now.getTime() + AUTH_CODE_LIFETIME_MS + 1000);
    expect((await exchange(code)).json.code).toBe(40110);
  });

  it('needs app_id, secret and auth_code', async () => {
    const missing = await new ApiClient(t.baseUrl, undefined).post('/oauth2/access_token/', {
      app_id: APP.ID,
    });
    expect(missing.json).toMatchObject({ code: 40002, message: 'secret: Missing data for required field.' });
  });
});
