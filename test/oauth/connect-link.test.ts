/**
 * Getting a connect link: over the API with a key, from the operator's CLI, and through the
 * gateway's own `/connect/tiktok?state=` address, which forwards to TikTok while the link is usable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { ADVERTISER_IDS, APP } from '../../src/tiktok/emulator/index.js';
import { assertBuilt, runCli } from '../support/cli.js';
import { createOrgWithKey, startHarness } from '../support/harness.js';
import { storeTargets, type TestDatabase, tempDir } from '../support/stores.js';
import {
  approveOnTikTok,
  connectLink,
  continueUrl,
  type OAuthHarness,
  startOAuthHarness,
} from './support.js';

const STATE = /^v1\.[A-Za-z0-9_-]{32}\.\d{10}\.[A-Za-z0-9_-]{43}$/;

describe('connect links', () => {
  let db: TestDatabase;
  let h: OAuthHarness;
  const clock = new ManualClock('2026-06-01T12:00:00Z');

  beforeAll(async () => {
    db = await (storeTargets[0] as (typeof storeTargets)[0]).create();
    h = await startOAuthHarness(db, { clock });
  });
  afterAll(async () => {
    await h.close();
    await db.cleanup();
  });

  const post = (headers: Record<string, string>, payload?: string) =>
    h.app.inject({
      method: 'POST',
      url: '/api/v1/connections/tiktok',
      headers,
      ...(payload ? { payload } : {}),
    });

  it("POST /api/v1/connections/tiktok answers the gateway's confirmation page, which leads to TikTok's authorisation URL", async () => {
    const response = await post({ authorization: `Bearer ${h.key}` });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      success: true,
      data: { structured: { organization_id: h.organizationId, expires_at: '2026-06-01T12:10:00.000Z' } },
    });
    const confirmation = new URL(body.data.structured.url);
    expect(`${confirmation.origin}${confirmation.pathname}`).toBe(
      new URL('/connect/tiktok', h.redirectUrl).toString(),
    );
    expect(confirmation.searchParams.get('state')).toMatch(STATE);
    expect(body.data.text).toContain(body.data.structured.url);

    const url = new URL(await continueUrl(h, body.data.structured.url));
    expect(`${url.origin}${url.pathname}`).toBe(`${h.emulatorUrl}/portal/auth`);
    expect(url.searchParams.get('app_id')).toBe(APP.ID);
    expect(url.searchParams.get('redirect_uri')).toBe(h.redirectUrl);
    expect(url.searchParams.get('state')).toBe(confirmation.searchParams.get('state'));
    expect(await connectLink(h)).not.toBe(url.toString());
  });

  it('wants a valid API key and no arguments', async () => {
    const anonymous = await post({});
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ success: false, error_code: 'unauthenticated' });
    const withArgs = await post(
      { authorization: `Bearer ${h.key}`, 'content-type': 'application/json' },
      '{"organization_id": "org_other"}',
    );
    expect(withArgs.statusCode).toBe(400);
    expect(withArgs.json()).toMatchObject({ error_code: 'invalid_request' });
    expect(
      (await post({ authorization: `Bearer ${h.key}`, 'content-type': 'application/json' }, '{}')).statusCode,
    ).toBe(200);
  });

  it('GET /connect/tiktok?state= names the organisation and asks for confirmation while the link is usable, and explains otherwise', async () => {
    const link = await connectLink(h);
    const state = new URL(link).searchParams.get('state') as string;
    const confirm = await h.app.inject({ url: `/connect/tiktok?state=${encodeURIComponent(state)}` });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toMatch(/id="organization">This link connects .* to <strong>Test plus<\/strong>/);
    expect(confirm.body).toContain('Continue to TikTok');
    expect(confirm.headers['cache-control']).toBe('no-store');
    // Opening the page uses nothing up: the same link is approved next.

    const back = await approveOnTikTok(link, [ADVERTISER_IDS.US]);
    expect((await h.app.inject({ url: back })).statusCode).toBe(200);
    const used = await h.app.inject({ url: `/connect/tiktok?state=${encodeURIComponent(state)}` });
    expect(used.statusCode).toBe(409);
    expect(used.headers['content-type']).toMatch(/^text\/html/);

    const bare = await h.app.inject({ url: '/connect/tiktok' });
    expect(bare.statusCode).toBe(400);
    expect(bare.body).toContain('adgate accounts connect-url');
  });
});

describe('the connect-link route and the per-key rate limit', () => {
  it('is held to it like every keyed route', async () => {
    const db = await (storeTargets[0] as (typeof storeTargets)[0]).create();
    const h = await startHarness(db, { env: { ADGATE_RATE_LIMIT_RPS: '1', ADGATE_RATE_LIMIT_BURST: '1' } });
    try {
      const { key } = await createOrgWithKey(h.gateway);
      const post = () =>
        h.app.inject({
          method: 'POST',
          url: '/api/v1/connections/tiktok',
          headers: { authorization: `Bearer ${key}` },
        });
      // No TikTok app is configured here: the first is refused for that, the second for its rate.
      expect((await post()).json()).toMatchObject({ error_code: 'not_configured' });
      const refused = await post();
      expect(refused.statusCode).toBe(429);
      expect(refused.json()).toMatchObject({ success: false, error_code: 'rate_limited' });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    } finally {
      await h.close();
      await db.cleanup();
    }
  });
});

describe('adgate accounts connect-url', () => {
  beforeAll(assertBuilt);
  const base = { ADGATE_DATA_DIR: tempDir(), ADGATE_LOG_LEVEL: 'warn', NODE_ENV: 'development' };
  const app = {
    TIKTOK_API_BASE_URL: 'http://127.0.0.1:9',
    TIKTOK_APP_ID: APP.ID,
    TIKTOK_APP_SECRET: APP.SECRET,
    TIKTOK_REDIRECT_URL: 'https://adgate.example/connect/tiktok/callback',
  };

  it('prints a link for the organisation, or one line and exit 2 when the app is not configured', async () => {
    const org = JSON.parse((await runCli(['orgs', 'create', '--name', 'Acme', '--json'], base)).stdout).id;
    const json = await runCli(['accounts', 'connect-url', '--org', org, '--json'], { ...base, ...app });
    expect(json.code).toBe(0);
    const link = JSON.parse(json.stdout);
    expect(link).toMatchObject({ organization_id: org });
    const url = new URL(link.url);
    expect(`${url.origin}${url.pathname}`).toBe('https://adgate.example/connect/tiktok');
    expect(url.searchParams.get('state')).toMatch(STATE);

    const human = await runCli(['accounts', 'connect-url', '--org', 'Acme'], { ...base, ...app });
    expect(human.stdout).toMatch(
      /^Open this link before .+\nhttps:\/\/adgate\.example\/connect\/tiktok\?state=/,
    );

    const missing = await runCli(['accounts', 'connect-url', '--org', org], base);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('TIKTOK_APP_ID');
  });
});
