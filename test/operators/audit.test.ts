/**
 * The audit log: a record for every write call (success, gateway refusals, TikTok failures), none
 * for reads; who, how, what and the outcome; no key, token or secret anywhere in it; kept for the
 * configured time; readable through the admin API with filters and pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/clock.js';
import { updateKeyScope } from '../../src/operations/keys.js';
import { ADVERTISER_IDS, CAMPAIGN_IDS, TOKENS } from '../../src/tiktok/emulator/index.js';
import { connectClient, listen } from '../mcp/support.js';
import { executeRequest, TEST_SECRET_KEY } from '../support/harness.js';
import { storeTargets, type TestDatabase } from '../support/stores.js';
import { orgWithAdvertisers, startTikTokHarness, type TikTokHarness } from '../support/tiktok.js';
import { adminKey, adminRequest } from './support.js';

describe('audit log', () => {
  let db: TestDatabase;
  let h: TikTokHarness;
  let key: string;
  let keyId: string;
  let organizationId: string;
  let admin: string;
  const clock = new ManualClock('2026-12-01T09:00:00Z');

  beforeAll(async () => {
    db = await storeTargets[0]!.create();
    h = await startTikTokHarness(db, { clock, env: { ADGATE_AUDIT_RETENTION_DAYS: '30' } });
    ({ key, keyId, organizationId } = await orgWithAdvertisers(h, TOKENS.SINGLE, [ADVERTISER_IDS.US]));
    admin = await adminKey(h.gateway);
  });
  afterAll(async () => {
    await h.close();
    await db.cleanup();
  });

  const audit = async (query = '') => {
    const res = await adminRequest(h.app, admin, 'GET', `/api/v1/admin/audit?org=${organizationId}${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().data as { records: any[]; next_cursor: string | null };
  };
  const create = (args: Record<string, unknown>, apiKey = key) =>
    executeRequest(h.app, 'add_tiktok_ad_group', apiKey, {
      arguments: { campaign_id: CAMPAIGN_IDS.US_TRAFFIC, adgroup_name: 'audited', budget: 50, ...args },
    });

  it('records a successful write with who, how, what, the TikTok id created and the request id', async () => {
    const res = await create({ adgroup_name: 'audited ok' });
    expect(res.statusCode).toBe(200);
    const [record] = (await audit()).records;
    expect(record).toMatchObject({
      organization_id: organizationId,
      key: { id: keyId, name: 'test' },
      transport: 'rest',
      tool: 'add_tiktok_ad_group',
      advertiser_id: ADVERTISER_IDS.US,
      outcome: 'success',
      status: 200,
      error_code: null,
      request_id: res.headers['x-request-id'],
      arguments: { adgroup_name: 'audited ok', budget: 50, campaign_id: CAMPAIGN_IDS.US_TRAFFIC },
      tiktok_ids: [{ object: 'adgroup', id: res.json().data.structured.adgroup_id, action: 'created' }],
    });
  });

  it('records refusals (bad arguments, read-only key, spend limit) and TikTok failures with its request id', async () => {
    expect((await create({ budget: -1 })).statusCode).toBe(400);
    const limited = await orgWithAdvertisers(h, TOKENS.SINGLE, [ADVERTISER_IDS.US]);
    await updateKeyScope(h.gateway, limited.keyId, { read_only: true });
    expect((await create({}, limited.key)).statusCode).toBe(403);
    await updateKeyScope(h.gateway, keyId, { spend_limits: { max_daily_budget: 10 } });
    expect((await create({ budget: 60 })).statusCode).toBe(403);
    await updateKeyScope(h.gateway, keyId, { spend_limits: {} });
    h.emulator.faults.inject('/adgroup/create/', { kind: 'code', code: 40002, times: 1 });
    expect((await create({})).statusCode).toBe(400);

    const mine = (await audit()).records;
    expect(mine[0]).toMatchObject({
      outcome: 'failed',
      error_code: 'platform_rejected',
      tiktok_request_id: expect.any(String),
    });
    expect(mine[1]).toMatchObject({ outcome: 'refused', error_code: 'spend_limit_exceeded', status: 403 });
    expect(mine[2]).toMatchObject({ outcome: 'refused', error_code: 'invalid_arguments', status: 400 });
    const other = await adminRequest(
      h.app,
      admin,
      'GET',
      `/api/v1/admin/audit?org=${limited.organizationId}`,
    );
    expect(other.json().data.records[0]).toMatchObject({
      outcome: 'refused',
      error_code: 'permission_denied',
    });
    expect((await audit('&outcome=refused')).records.every((r) => r.outcome === 'refused')).toBe(true);
  });

  it('records nothing for reads', async () => {
    const before = (await audit('&limit=200')).records.length;
    for (const tool of ['get_usage_status', 'list_connected_accounts', 'list_tiktok_campaigns']) {
      expect((await executeRequest(h.app, tool, key, { arguments: {} })).statusCode).toBe(200);
    }
    expect((await audit('&limit=200')).records.length).toBe(before);
  });

  it('records the MCP transport', async () => {
    const client = await connectClient(await listen(h), key);
    try {
      await client.callTool({
        name: 'add_tiktok_ad_group',
        arguments: { campaign_id: CAMPAIGN_IDS.US_TRAFFIC, adgroup_name: 'via mcp', budget: 50 },
      });
    } finally {
      await client.close();
    }
    expect((await audit()).records[0]).toMatchObject({ transport: 'mcp', outcome: 'success' });
  });

  it('holds no key, token or secret, even when one is pasted into the arguments', async () => {
    await create({ adgroup_name: `oops ${key}`, access_token: TOKENS.SINGLE });
    const rows = await h.gateway.store.db.kysely.selectFrom('audit_log').selectAll().execute();
    const dump = JSON.stringify(rows);
    expect(rows.length).toBeGreaterThan(5);
    for (const secret of [key, admin, TOKENS.SINGLE, TEST_SECRET_KEY, 'emu-secret']) {
      expect(dump).not.toContain(secret);
    }
    expect(dump).toContain('oops [redacted]');
  });

  it('pages newest first with a cursor', async () => {
    const first = await audit('&limit=2');
    expect(first.records).toHaveLength(2);
    expect(first.next_cursor).toBeTruthy();
    const second = await audit(`&limit=2&cursor=${first.next_cursor}`);
    expect(second.records[0].at <= first.records[1].at).toBe(true);
    expect(second.records.map((r) => r.id)).not.toContain(first.records[1].id);
  });

  it('drops records past the retention period', async () => {
    const before = (await audit('&limit=200')).records.length;
    expect(before).toBeGreaterThan(0);
    clock.advance(31 * 86_400_000);
    await create({ adgroup_name: 'after a month' });
    const after = (await audit('&limit=200')).records;
    expect(after).toHaveLength(1);
    expect(after[0].arguments.adgroup_name).toBe('after a month');
  });
});
