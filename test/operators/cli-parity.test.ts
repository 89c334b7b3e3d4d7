/**
 * The CLI and the admin API call the same operations: on one database, what one creates the other
 * lists identically, field for field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runCli } from '../support/cli.js';
import { type Harness, startHarness, TEST_SECRET_KEY } from '../support/harness.js';
import { storeTargets, type TestDatabase, tempDir } from '../support/stores.js';
import { adminKey, adminRequest } from './support.js';

describe('CLI and admin API parity', () => {
  let db: TestDatabase;
  let h: Harness;
  let admin: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    assertBuilt();
    db = await storeTargets[0]!.create();
    h = await startHarness(db);
    admin = await adminKey(h.gateway);
    env = {
      ADGATE_DATA_DIR: tempDir(),
      ADGATE_DATABASE_URL: db.url,
      ADGATE_SECRET_KEY: TEST_SECRET_KEY,
      ADGATE_LOG_LEVEL: 'warn',
    };
  });
  afterAll(async () => {
    await h.close();
    await db.cleanup();
  });

  const cli = async (args: string[]) => {
    const res = await runCli([...args, '--json'], env);
    expect(res.code, res.stderr).toBe(0);
    return JSON.parse(res.stdout);
  };
  const api = async (method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown) => {
    const res = await adminRequest(h.app, admin, method, url, body);
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json().data;
  };

  it('organisations, keys, scopes, limits, usage and the audit log read the same both ways', async () => {
    const viaCli = await cli(['orgs', 'create', '--name', 'Parity CLI', '--tier', 'pro']);
    const viaApi = await api('POST', '/api/v1/admin/organizations', { name: 'Parity API', tier: 'pro' });
    expect(Object.keys(viaCli).sort()).toEqual(Object.keys(viaApi).sort());
    expect(await cli(['orgs', 'list'])).toEqual(await api('GET', '/api/v1/admin/organizations'));

    // By name on the CLI, by id on the API.
    await cli(['orgs', 'set-limits', 'Parity API', '--max-daily-added', '250']);
    expect((await api('GET', `/api/v1/admin/organizations/${viaApi.id}`)).spend_limits).toEqual({
      max_daily_added: 250,
    });
    expect(await cli(['orgs', 'show', viaApi.id])).toEqual(
      await api('GET', `/api/v1/admin/organizations/${viaApi.id}`),
    );

    const cliKey = await cli([
      'keys',
      'create',
      '--org',
      'Parity CLI',
      '--name',
      'a',
      '--read-only',
      '--max-daily-budget',
      '80',
    ]);
    const apiKey = await api('POST', `/api/v1/admin/organizations/${viaCli.id}/keys`, {
      name: 'b',
      advertiser_ids: ['6811000000000001'],
    });
    expect(cliKey).toMatchObject({ read_only: true, spend_limits: { max_daily_budget: 80 } });
    const { key: _k, ...cliRecord } = cliKey;
    expect(Object.keys(cliRecord).sort()).toEqual(Object.keys(apiKey.record).sort());
    expect(await cli(['keys', 'list', '--org', viaCli.id])).toEqual(
      await api('GET', `/api/v1/admin/organizations/${viaCli.id}/keys`),
    );

    await cli(['keys', 'set-scope', apiKey.record.id, '--all-advertisers', '--read-only']);
    expect(await api('GET', `/api/v1/admin/keys/${apiKey.record.id}`)).toMatchObject({
      advertiser_ids: null,
      read_only: true,
    });
    await api('POST', `/api/v1/admin/keys/${cliKey.id}/revoke`);
    const again = await runCli(['keys', 'revoke', cliKey.id], env);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already revoked/);

    // One write call each way of reading.
    await h.app.inject({
      method: 'POST',
      url: '/api/v1/tools/add_tiktok_ad_group/execute',
      headers: { authorization: `Bearer ${apiKey.key}`, 'content-type': 'application/json' },
      payload: JSON.stringify({ arguments: { campaign_id: '1', adgroup_name: 'x', budget: 50 } }),
    });
    const cliAudit = await cli(['audit', '--org', viaCli.id]);
    expect(cliAudit.records).toHaveLength(1);
    expect(cliAudit).toEqual(await api('GET', `/api/v1/admin/audit?org=${viaCli.id}`));
    expect(await cli(['usage', '--org', viaCli.id, '--days', '7'])).toEqual(
      await api('GET', `/api/v1/admin/organizations/${viaCli.id}/usage?days=7`),
    );
    // Eleven CLI processes, each opening the database: seconds apiece on a busy machine.
  }, 150_000);

  it('admin keys made by the CLI work on the API; a revoked one stops', async () => {
    const made = await cli(['admin-keys', 'create', '--name', 'ops']);
    expect(made.key).toMatch(/^sk_admin_/);
    expect((await adminRequest(h.app, made.key, 'GET', '/api/v1/admin/organizations')).statusCode).toBe(200);
    const listed = await cli(['admin-keys', 'list']);
    expect(JSON.stringify(listed)).not.toContain(made.key);
    await cli(['admin-keys', 'revoke', made.id]);
    expect((await adminRequest(h.app, made.key, 'GET', '/api/v1/admin/organizations')).statusCode).toBe(401);
  }, 90_000);
});
