/**
 * The console's security, request by request: sign-in with an admin key only, the session cookie's
 * flags, headers and CSP, CSRF refused without the token, sessions that expire and end at sign-out
 * or when the admin key is revoked, and "Connect TikTok" links bound to the browser that started them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { ADVERTISER_IDS } from '../../src/tiktok/emulator/index.js';
import { approveOnTikTok, type OAuthHarness, startOAuthHarness } from '../oauth/support.js';
import { storeTargets, type TestDatabase } from '../support/stores.js';
import { adminKey } from './support.js';

function cookieOf(setCookie: string | string[] | undefined, name: string): string | undefined {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return all.find((c) => c.startsWith(`${name}=`));
}

const cookieValue = (cookie: string | undefined) =>
  cookie?.split(';')[0]?.split('=').slice(1).join('=') ?? '';

describe('web console (requests)', () => {
  let db: TestDatabase;
  let h: OAuthHarness;
  let admin: string;
  const clock = new ManualClock(new Date());

  beforeAll(async () => {
    db = await storeTargets[0]!.create();
    h = await startOAuthHarness(db, { clock });
    admin = await adminKey(h.gateway);
  });
  afterAll(async () => {
    await h.close();
    await db.cleanup();
  });

  async function signIn(key = admin) {
    const login = await h.app.inject({ method: 'GET', url: '/console/login' });
    const loginCookie = cookieOf(login.headers['set-cookie'], 'adgate_console_login');
    const token = /name="_csrf" value="([^"]+)"/.exec(login.body)?.[1] ?? '';
    const res = await h.app.inject({
      method: 'POST',
      url: '/console/login',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `adgate_console_login=${cookieValue(loginCookie)}`,
      },
      payload: new URLSearchParams({ _csrf: token, admin_key: key }).toString(),
    });
    const session = cookieOf(res.headers['set-cookie'], 'adgate_console');
    return { res, session, cookie: `adgate_console=${cookieValue(session)}` };
  }

  async function csrfOf(cookie: string): Promise<string> {
    const page = await h.app.inject({ method: 'GET', url: '/console', headers: { cookie } });
    return /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
  }

  const post = (url: string, cookie: string, form: Record<string, string>) =>
    h.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      payload: new URLSearchParams(form).toString(),
    });

  it('sends strict security headers and no caching on every page', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/console/login' });
    expect(res.statusCode).toBe(200);
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers).toMatchObject({
      'x-frame-options': 'DENY',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
  });

  it('redirects to sign-in without a session', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/console' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/console/login');
  });

  it('signs in with an admin key only, with an HttpOnly SameSite=Strict cookie', async () => {
    const bad = await signIn(h.key);
    expect(bad.res.statusCode).toBe(401);
    expect(bad.res.body).toContain('API key for tools');
    expect(bad.session).toBeUndefined();

    const good = await signIn();
    expect(good.res.statusCode).toBe(303);
    expect(good.session).toMatch(/HttpOnly/);
    expect(good.session).toMatch(/SameSite=Strict/);
    expect(good.session).toMatch(/Max-Age=3600/);
    const page = await h.app.inject({ method: 'GET', url: '/console', headers: { cookie: good.cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Test plus');
  });

  it('refuses the sign-in form without its CSRF token', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/console/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ admin_key: admin }).toString(),
    });
    expect(res.statusCode).toBe(403);
    expect(cookieOf(res.headers['set-cookie'], 'adgate_console')).toBeUndefined();
  });

  it('refuses every form without the CSRF token, or with another session’s, and changes nothing', async () => {
    const { cookie } = await signIn();
    const other = await signIn();
    const before = (await h.gateway.store.apiKeys.listByOrganization(h.organizationId)).length;
    const forms: Array<Record<string, string>> = [
      { name: 'no token' },
      { name: 'wrong token', _csrf: await csrfOf(other.cookie) },
    ];
    for (const form of forms) {
      const res = await post(`/console/orgs/${h.organizationId}/keys`, cookie, form);
      expect(res.statusCode).toBe(403);
      expect(res.body).toContain('CSRF');
    }
    expect((await post('/console/orgs', cookie, { name: 'Sneaky' })).statusCode).toBe(403);
    expect((await h.gateway.store.apiKeys.listByOrganization(h.organizationId)).length).toBe(before);
    const ok = await post(`/console/orgs/${h.organizationId}/keys`, cookie, {
      name: 'with token',
      _csrf: await csrfOf(cookie),
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.body).toMatch(/sk_live_[A-Za-z0-9_-]{32}/);
  });

  it("changes an existing key's scope and limits from its row", async () => {
    const { cookie } = await signIn();
    const { record } = await h.gateway.keys.create(h.organizationId, { name: 'to rescope' });
    const res = await post(`/console/keys/${record.id}/scope`, cookie, {
      _csrf: await csrfOf(cookie),
      read_only: 'true',
      advertiser_ids: '6811000000000003, 6811000000000004',
      max_daily_added: '250',
    });
    expect(res.statusCode, res.body).toBe(303);
    const key = await h.gateway.store.apiKeys.get(record.id);
    expect(key).toMatchObject({
      read_only: 1,
      advertiser_ids: '["6811000000000003","6811000000000004"]',
      spend_limits: '{"max_daily_added":250}',
    });
    const page = await h.app.inject({
      method: 'GET',
      url: `/console/orgs/${h.organizationId}`,
      headers: { cookie },
    });
    expect(page.body).toContain('read-only; advertisers 6811000000000003, 6811000000000004');
    const bad = await post(`/console/keys/${record.id}/scope`, cookie, {
      _csrf: await csrfOf(cookie),
      max_daily_added: '-3',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('max_daily_added');
  });

  it('ends the session at sign-out, when the admin key is revoked, and after its lifetime', async () => {
    const first = await signIn();
    expect(
      (await post('/console/logout', first.cookie, { _csrf: await csrfOf(first.cookie) })).statusCode,
    ).toBe(303);
    expect(
      (await h.app.inject({ method: 'GET', url: '/console', headers: { cookie: first.cookie } })).statusCode,
    ).toBe(303);

    const other = await h.gateway.adminKeys.create('temp');
    const second = await signIn(other.key);
    expect(
      (await h.app.inject({ method: 'GET', url: '/console', headers: { cookie: second.cookie } })).statusCode,
    ).toBe(200);
    await h.gateway.store.adminKeys.revoke(other.record.id, clock.now().toISOString());
    expect(
      (await h.app.inject({ method: 'GET', url: '/console', headers: { cookie: second.cookie } })).statusCode,
    ).toBe(303);

    const third = await signIn();
    clock.advance(59 * 60_000);
    expect(
      (await h.app.inject({ method: 'GET', url: '/console', headers: { cookie: third.cookie } })).statusCode,
    ).toBe(200);
    clock.advance(2 * 60_000);
    expect(
      (await h.app.inject({ method: 'GET', url: '/console', headers: { cookie: third.cookie } })).statusCode,
    ).toBe(303);
  });

  it('binds "Connect TikTok" to the browser that started it: the callback refuses any other', async () => {
    const { cookie } = await signIn();
    const start = await post(`/console/orgs/${h.organizationId}/connect`, cookie, {
      _csrf: await csrfOf(cookie),
    });
    expect(start.statusCode).toBe(303);
    const binding = cookieOf(start.headers['set-cookie'], 'adgate_connect');
    expect(binding).toMatch(/HttpOnly/);
    expect(binding).toMatch(/SameSite=Lax/);
    expect(binding).toMatch(/Path=\/connect\/tiktok/);

    const callback = await approveOnTikTok(start.headers.location as string, [ADVERTISER_IDS.UK]);
    const stranger = await h.app.inject({ method: 'GET', url: callback });
    expect(stranger.statusCode).toBe(403);
    expect(stranger.body).toContain('another browser');
    expect(await h.gateway.accounts.list(h.organizationId)).toHaveLength(0);

    // The same approval, back in the browser holding the binding, connects (the state was given back).
    const owner = await h.app.inject({
      method: 'GET',
      url: callback,
      headers: { cookie: `adgate_connect=${cookieValue(binding)}` },
    });
    expect(owner.statusCode, owner.body).toBe(200);
    expect((await h.gateway.accounts.list(h.organizationId)).map((a) => a.advertiser_id)).toEqual([
      ADVERTISER_IDS.UK,
    ]);
  });
});
