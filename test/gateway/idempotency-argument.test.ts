/**
 * The `idempotency_key` argument every write tool gains from the core: the same semantics as the
 * Idempotency-Key header, shown in every catalog, and a contradiction with the header refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADVERTISER_IDS, CAMPAIGN_IDS, TOKENS } from '../../src/tiktok/emulator/index.js';
import { executeRequest } from '../support/harness.js';
import { storeTargets, type TestDatabase } from '../support/stores.js';
import { orgWithAdvertisers, startTikTokHarness, type TikTokHarness } from '../support/tiktok.js';

describe('the idempotency_key argument', () => {
  let db: TestDatabase;
  let h: TikTokHarness;
  let key: string;

  beforeAll(async () => {
    db = await storeTargets[0]!.create();
    h = await startTikTokHarness(db);
    ({ key } = await orgWithAdvertisers(h, TOKENS.SINGLE, [ADVERTISER_IDS.US]));
  });
  afterAll(async () => {
    await h.close();
    await db.cleanup();
  });

  const create = (name: string, extra: Record<string, unknown>, headers: Record<string, string> = {}) =>
    executeRequest(
      h.app,
      'add_tiktok_ad_group',
      key,
      { arguments: { campaign_id: CAMPAIGN_IDS.US_TRAFFIC, adgroup_name: name, budget: 50, ...extra } },
      headers,
    );
  const named = (name: string) => h.emulator.state.adgroupList().filter((g) => g.body.adgroup_name === name);

  it('two calls with the same argument key create one ad group; the second is a replay', async () => {
    const first = await create('arg key', { idempotency_key: 'arg-key-1' });
    expect(first.statusCode, first.body).toBe(200);
    const second = await create('arg key', { idempotency_key: 'arg-key-1' });
    expect(second.statusCode).toBe(200);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.json().data.structured.adgroup_id).toBe(first.json().data.structured.adgroup_id);
    expect(named('arg key')).toHaveLength(1);
  });

  it('the key as a header and as an argument is the same request', async () => {
    const first = await create('header then arg', {}, { 'idempotency-key': 'mixed-1' });
    const second = await create('header then arg', { idempotency_key: 'mixed-1' });
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body).toBe(first.body);
    expect(named('header then arg')).toHaveLength(1);
  });

  it('a header and an argument that differ are refused with 400, before anything is created', async () => {
    const res = await create('contradiction', { idempotency_key: 'one' }, { 'idempotency-key': 'two' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error_code).toBe('invalid_request');
    expect(res.json().error).toMatch(/differ/);
    expect(named('contradiction')).toHaveLength(0);
  });

  it('a malformed argument key is an argument problem, reported with the others', async () => {
    const res = await create('bad key', { idempotency_key: 'ü', budget: -1 });
    expect(res.statusCode).toBe(400);
    const paths = res.json().structured_content.issues.map((issue: { path: string }) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['idempotency_key', 'budget']));
  });

  it('every write tool shows the argument in the catalog; read-only tools do not', async () => {
    const catalog = (await h.app.inject({ method: 'GET', url: '/api/v1/tools' })).json();
    const tools = (catalog.tools ?? catalog) as Array<{
      name: string;
      read_only?: boolean;
      input_schema: any;
    }>;
    const write = tools.find((tool) => tool.name === 'add_tiktok_ad_group');
    expect(write?.input_schema.properties.idempotency_key.description).toMatch(/retry/i);
    const read = tools.find((tool) => tool.name === 'list_tiktok_campaigns');
    expect(read?.input_schema.properties).not.toHaveProperty('idempotency_key');
  });
});
