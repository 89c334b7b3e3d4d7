/**
 * The admin API: every route's auth (admin key only: no key and a tool key are refused, and an
 * admin key is refused on tools), each use case end to end, and its place in OpenAPI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminRoutes } from '../../src/rest/admin/routes.js';
import { ADVERTISER_IDS, TOKENS } from '../../src/tiktok/emulator/index.js';
import { createOrgWithKey, executeRequest } from '../support/harness.js';
import { storeTargets, type TestDatabase } from '../support/stores.js';
import { orgWithAdvertisers, startTikTokHarness, type TikTokHarness } from '../support/tiktok.js';
import { adminKey, adminRequest } from './support.js';

describe('admin API', () => {
  let db: TestDatabase;
  let h: TikTokHarness;
  let admin: string;
  let toolKey: string;

  beforeAll(async () => {
    db = await storeTargets[0]!.create();
    h = await startTikTokHarness(db, {
      env: {
        TIKTOK_APP_ID: 'emu-app',
        TIKTOK_APP_SECRET: 'emu-secret',
        TIKTOK_REDIRECT_URL: 'http://127.0.0.1:1/connect/tiktok/callback',
      },
    });
    admin = await adminKey(h.gateway);
    ({ key: toolKey } = await createOrgWithKey(h.gateway));
  });
  afterAll(async () => {
    await h.close();
    await db.cleanup();
  });

  const concrete = (path: string) =>
    path.replace(':org', 'org_none').replace(':key', 'key_none').replace(':advertiser_id', '1');

  it('refuses every route without a key, with a tool key, and with a revoked admin key (401, the error envelope)', async () => {
    const revoked = await h.gateway.adminKeys.create('old');
    await h.gateway.store.adminKeys.revoke(revoked.record.id, new Date().toISOString());
    for (const route of adminRoutes) {
      const url = concrete(route.path);
      for (const [key, pattern] of [
        [undefined, /No admin key was sent/],
        [toolKey, /API key for tools \(sk_live_\.\.\.\)/],
        [revoked.key, /revoked/],
        ['sk_admin_short', /not a valid admin key/],
      ] as const) {
        const res = await adminRequest(h.app, key, route.method, url);
        expect(res.statusCode, `${route.method} ${route.path}`).toBe(401);
        const body = res.json();
        expect(body).toMatchObject({ success: false, error_code: 'unauthenticated' });
        expect(body.error).toMatch(pattern);
        expect(body.request_id).toMatch(/^req_/);
      }
    }
  });

  it('refuses an admin key on the tool endpoints', async () => {
    const res = await executeRequest(h.app, 'get_usage_status', admin, { arguments: {} });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatch(/admin key \(sk_admin_\.\.\.\).*never on tools/);
  });

  it('manages an organisation: create, read by id and name, tier and limits, list, delete', async () => {
    const created = await adminRequest(h.app, admin, 'POST', '/api/v1/admin/organizations', {
      name: 'Admin Org',
      tier: 'pro',
      spend_limits: { max_daily_added: 1000 },
    });
    expect(created.statusCode, created.body).toBe(201);
    const org = created.json().data;
    expect(org).toMatchObject({ name: 'Admin Org', tier: 'pro', spend_limits: { max_daily_added: 1000 } });

    const byName = await adminRequest(h.app, admin, 'GET', '/api/v1/admin/organizations/Admin%20Org');
    expect(byName.json().data.id).toBe(org.id);

    const patched = await adminRequest(h.app, admin, 'PATCH', `/api/v1/admin/organizations/${org.id}`, {
      tier: 'max',
      spend_limits: { max_daily_budget: 200 },
    });
    expect(patched.json().data).toMatchObject({ tier: 'max', spend_limits: { max_daily_budget: 200 } });

    const list = await adminRequest(h.app, admin, 'GET', '/api/v1/admin/organizations');
    expect(list.json().data.map((o: { id: string }) => o.id)).toContain(org.id);

    const removed = await adminRequest(h.app, admin, 'DELETE', `/api/v1/admin/organizations/${org.id}`);
    expect(removed.statusCode).toBe(200);
    const gone = await adminRequest(h.app, admin, 'GET', `/api/v1/admin/organizations/${org.id}`);
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error_code).toBe('not_found');
  });

  it('manages keys: created with a scope and shown once, listed without it, rescoped, revoked', async () => {
    const { organizationId } = await createOrgWithKey(h.gateway);
    const created = await adminRequest(
      h.app,
      admin,
      'POST',
      `/api/v1/admin/organizations/${organizationId}/keys`,
      {
        name: 'agent',
        read_only: true,
        advertiser_ids: [ADVERTISER_IDS.US],
        spend_limits: { max_daily_budget: 100 },
      },
    );
    expect(created.statusCode, created.body).toBe(201);
    const { key, record } = created.json().data;
    expect(key).toMatch(/^sk_live_/);
    expect(record).toMatchObject({ name: 'agent', read_only: true, advertiser_ids: [ADVERTISER_IDS.US] });

    const listed = await adminRequest(
      h.app,
      admin,
      'GET',
      `/api/v1/admin/organizations/${organizationId}/keys`,
    );
    expect(listed.body).not.toContain(key);
    expect(listed.body).not.toContain('key_hash');
    expect(listed.json().data.find((k: { id: string }) => k.id === record.id).spend_limits).toEqual({
      max_daily_budget: 100,
    });

    const patched = await adminRequest(h.app, admin, 'PATCH', `/api/v1/admin/keys/${record.id}`, {
      read_only: false,
      advertiser_ids: null,
    });
    expect(patched.json().data).toMatchObject({ read_only: false, advertiser_ids: null });

    const works = await executeRequest(h.app, 'get_usage_status', key, { arguments: {} });
    expect(works.statusCode).toBe(200);
    const revoked = await adminRequest(h.app, admin, 'POST', `/api/v1/admin/keys/${record.id}/revoke`);
    expect(revoked.json().data.revoked_at).toBeTruthy();
    const refused = await executeRequest(h.app, 'get_usage_status', key, { arguments: {} });
    expect(refused.statusCode).toBe(401);
    const again = await adminRequest(h.app, admin, 'POST', `/api/v1/admin/keys/${record.id}/revoke`);
    expect(again.statusCode).toBe(400);
  });

  it('refuses bad input with 400 and says what to fix', async () => {
    const { organizationId } = await createOrgWithKey(h.gateway);
    const cases: Array<[string, unknown, RegExp]> = [
      [`/api/v1/admin/organizations/${organizationId}/keys`, { read_only: 'yes' }, /read_only/],
      [
        `/api/v1/admin/organizations/${organizationId}/keys`,
        { spend_limits: { max_daily_budget: -5 } },
        /max_daily_budget/,
      ],
      [`/api/v1/admin/organizations/${organizationId}/keys`, { advertiser_ids: ['abc'] }, /advertiser_ids/],
      ['/api/v1/admin/organizations', { tier: 'gold' }, /name/],
    ];
    for (const [url, body, pattern] of cases) {
      const res = await adminRequest(h.app, admin, 'POST', url, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error_code).toBe('invalid_request');
      expect(res.json().error).toMatch(pattern);
    }
    const query = await adminRequest(h.app, admin, 'GET', '/api/v1/admin/audit?outcome=maybe');
    expect(query.statusCode).toBe(400);
  });

  it('lists usage, connections, disconnects, and makes connect links', async () => {
    const { organizationId, key } = await orgWithAdvertisers(h, TOKENS.MULTI, [
      ADVERTISER_IDS.US,
      ADVERTISER_IDS.EU,
    ]);
    await executeRequest(h.app, 'get_usage_status', key, { arguments: {} });
    const usage = await adminRequest(
      h.app,
      admin,
      'GET',
      `/api/v1/admin/organizations/${organizationId}/usage?days=7`,
    );
    expect(usage.statusCode, usage.body).toBe(200);
    expect(usage.json().data.days).toContainEqual(
      expect.objectContaining({ tool: 'get_usage_status', calls: 1, billed: 0 }),
    );

    const connections = await adminRequest(
      h.app,
      admin,
      'GET',
      `/api/v1/admin/organizations/${organizationId}/connections`,
    );
    expect(
      connections
        .json()
        .data.map((a: { advertiser_id: string }) => a.advertiser_id)
        .sort(),
    ).toEqual([ADVERTISER_IDS.US, ADVERTISER_IDS.EU].sort());
    expect(connections.body).not.toContain(TOKENS.MULTI);

    const off = await adminRequest(
      h.app,
      admin,
      'DELETE',
      `/api/v1/admin/organizations/${organizationId}/connections/${ADVERTISER_IDS.EU}`,
    );
    expect(off.json().data).toEqual({ advertiser_id: ADVERTISER_IDS.EU, disconnected: true });
    const twice = await adminRequest(
      h.app,
      admin,
      'DELETE',
      `/api/v1/admin/organizations/${organizationId}/connections/${ADVERTISER_IDS.EU}`,
    );
    expect(twice.statusCode).toBe(404);

    const link = await adminRequest(
      h.app,
      admin,
      'POST',
      `/api/v1/admin/organizations/${organizationId}/connect-links`,
    );
    expect(link.statusCode, link.body).toBe(201);
    expect(link.json().data).toMatchObject({
      organization_id: organizationId,
      url: expect.stringMatching(/state=/),
    });
  });

  it('documents every admin route in OpenAPI under the Admin tag, with the admin key scheme', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(doc.tags.map((t: { name: string }) => t.name)).toContain('Admin');
    expect(doc.components.securitySchemes.AdminKeyAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const route of adminRoutes) {
      const op = doc.paths[route.path.replace(/:([a-z_]+)/g, '{$1}')]?.[route.method.toLowerCase()];
      expect(op, `${route.method} ${route.path}`).toBeDefined();
      expect(op.tags).toEqual(['Admin']);
      expect(op.security).toEqual([{ AdminKeyAuth: [] }]);
      expect(op.responses[401].content['application/json'].schema).toEqual({
        $ref: '#/components/schemas/Error',
      });
    }
  });
});
