/**
 * Key scopes: a read-only key is refused on every write tool (derived from the registry) and served
 * on every read tool, over REST and MCP, with nothing sent to TikTok; a key limited to some
 * advertisers cannot act on, list or default to another; both show in get_usage_status.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateKeyScope } from '../../src/operations/keys.js';
import { ADVERTISER_IDS, CAMPAIGN_IDS, TOKENS } from '../../src/tiktok/emulator/index.js';
import { builtinTools } from '../../src/tools/index.js';
import { connectClient, listen } from '../mcp/support.js';
import { executeRequest } from '../support/harness.js';
import { storeTargets, type TestDatabase } from '../support/stores.js';
import { orgWithAdvertisers, startTikTokHarness, type TikTokHarness } from '../support/tiktok.js';

const writeTools = builtinTools.filter((tool) => !tool.readOnly);
const readTools = builtinTools.filter((tool) => tool.readOnly);

describe('key scopes', () => {
  let db: TestDatabase;
  let h: TikTokHarness;
  let readOnlyKey: string;

  beforeAll(async () => {
    db = await storeTargets[0]!.create();
    h = await startTikTokHarness(db);
    const org = await orgWithAdvertisers(h, TOKENS.SINGLE, [ADVERTISER_IDS.US]);
    await updateKeyScope(h.gateway, org.keyId, { read_only: true });
    readOnlyKey = org.key;
  });
  afterAll(async () => {
    await h.close();
    await db.cleanup();
  });

  it('has write tools to check', () => {
    expect(writeTools.length).toBeGreaterThan(0);
  });

  it('refuses a read-only key on every write tool with 403 and the reason, before TikTok', async () => {
    for (const tool of writeTools) {
      const before = h.emulator.state.requests.length;
      const res = await executeRequest(h.app, tool.name, readOnlyKey, { arguments: tool.example ?? {} });
      expect(res.statusCode, tool.name).toBe(403);
      expect(res.json()).toMatchObject({
        error_code: 'permission_denied',
        structured_content: { reason: 'read_only_key' },
      });
      expect(res.json().error).toMatch(/read-only/);
      expect(h.emulator.state.requests.length, tool.name).toBe(before);
    }
  });

  it('refuses it over MCP too', async () => {
    const client = await connectClient(await listen(h), readOnlyKey);
    try {
      for (const tool of writeTools) {
        const result = await client.callTool({ name: tool.name, arguments: tool.example ?? {} });
        expect(result.isError, tool.name).toBe(true);
        expect(JSON.stringify(result.content)).toMatch(/read-only/);
      }
    } finally {
      await client.close();
    }
  });

  it('serves a read-only key on every read tool', async () => {
    for (const tool of readTools) {
      const res = await executeRequest(h.app, tool.name, readOnlyKey, { arguments: tool.example ?? {} });
      expect(res.json().error_code, `${tool.name}: ${res.body}`).not.toBe('permission_denied');
    }
    const status = await executeRequest(h.app, 'get_usage_status', readOnlyKey, { arguments: {} });
    expect(status.json().data.structured.key).toMatchObject({ read_only: true, advertiser_ids: null });
    expect(status.json().data.text).toMatch(/read-only/);
  });

  it('keeps a key limited to one advertiser to that advertiser: named, listed and by default', async () => {
    const org = await orgWithAdvertisers(h, TOKENS.MULTI, [ADVERTISER_IDS.US, ADVERTISER_IDS.EU]);
    await updateKeyScope(h.gateway, org.keyId, { advertiser_ids: [ADVERTISER_IDS.EU] });

    const other = await executeRequest(h.app, 'list_tiktok_campaigns', org.key, {
      arguments: { advertiser_id: ADVERTISER_IDS.US },
    });
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({
      error_code: 'permission_denied',
      structured_content: { reason: 'advertiser_not_allowed', allowed: [ADVERTISER_IDS.EU] },
    });

    const before = h.emulator.state.requestCount('/adgroup/create/');
    const write = await executeRequest(h.app, 'add_tiktok_ad_group', org.key, {
      arguments: {
        advertiser_id: ADVERTISER_IDS.US,
        campaign_id: CAMPAIGN_IDS.US_TRAFFIC,
        adgroup_name: 'x',
        budget: 50,
      },
    });
    expect(write.statusCode).toBe(403);
    expect(h.emulator.state.requestCount('/adgroup/create/')).toBe(before);

    // With two accounts connected and none named, the key's one advertiser is the only choice.
    const implicit = await executeRequest(h.app, 'list_tiktok_campaigns', org.key, { arguments: {} });
    expect(implicit.statusCode, implicit.body).toBe(200);
    expect(implicit.body).toContain(CAMPAIGN_IDS.EU_TRAFFIC);
    expect(implicit.body).not.toContain(CAMPAIGN_IDS.US_TRAFFIC);

    const listed = await executeRequest(h.app, 'list_connected_accounts', org.key, { arguments: {} });
    expect(
      listed.json().data.structured.accounts.map((a: { advertiser_id: string }) => a.advertiser_id),
    ).toEqual([ADVERTISER_IDS.EU]);

    const status = await executeRequest(h.app, 'get_usage_status', org.key, { arguments: {} });
    expect(status.json().data.structured.key.advertiser_ids).toEqual([ADVERTISER_IDS.EU]);
  });
});
