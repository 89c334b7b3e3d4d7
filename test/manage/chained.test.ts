/**
 * The chain a user runs: create an ad group, list it, change its budget, pause it, resume it,
 * delete its campaign, and find nothing live left; through REST and through MCP, against the
 * emulator. Also: the new tools carry their marks on every docs surface and as MCP annotations.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADVERTISER_IDS, CAMPAIGN_IDS, TOKENS } from '../../src/tiktok/emulator/index.js';
import { connectClient, listen } from '../mcp/support.js';
import { executeRequest } from '../support/harness.js';
import { storeTargets, type TestDatabase } from '../support/stores.js';
import { orgWithAdvertisers, startTikTokHarness, type TikTokHarness } from '../support/tiktok.js';

type Call = (tool: string, args: Record<string, unknown>) => Promise<any>;

async function chain(h: TikTokHarness, call: Call, name: string) {
  const created = await call('add_tiktok_ad_group', {
    campaign_id: CAMPAIGN_IDS.US_REACH,
    adgroup_name: name,
    budget: 40,
  });
  const id = created.adgroup_id as string;
  expect(id).toMatch(/^\d+$/);
  const listed = await call('list_tiktok_ad_groups', { campaign_id: CAMPAIGN_IDS.US_REACH });
  expect(listed.adgroups.map((g: any) => g.adgroup_id)).toContain(id);
  const updated = await call('update_tiktok_ad_group', { adgroup_id: id, budget: 65 });
  expect(updated.changes).toEqual([{ field: 'budget', before: 40, after: 65 }]);
  expect(h.emulator.state.allAdgroups.get(id)?.saved.budget).toBe(65);
  expect((await call('pause_tiktok_ad_group', { adgroup_id: id })).results[0].outcome).toBe('changed');
  expect(h.emulator.state.allAdgroups.get(id)?.saved.operation_status).toBe('DISABLE');
  expect((await call('resume_tiktok_ad_group', { adgroup_id: id })).results[0].outcome).toBe('changed');
  expect(h.emulator.state.allAdgroups.get(id)?.saved.operation_status).toBe('ENABLE');
  const deleted = await call('delete_tiktok_campaign', { campaign_id: CAMPAIGN_IDS.US_REACH });
  expect(deleted.cascade.adgroups.items.map((g: any) => g.id)).toContain(id);
  const live = await call('list_tiktok_ad_groups', { campaign_id: CAMPAIGN_IDS.US_REACH });
  expect(live.total).toBe(0);
  const ads = await call('list_tiktok_ads', { campaign_id: CAMPAIGN_IDS.US_REACH });
  expect(ads.total).toBe(0);
  const campaigns = await call('list_tiktok_campaigns', {});
  expect(campaigns.campaigns.map((c: any) => c.campaign_id)).not.toContain(CAMPAIGN_IDS.US_REACH);
}

describe('create, list, change, pause, resume, delete', () => {
  let db: TestDatabase;
  let h: TikTokHarness;
  let key: string;
  let client: Client;

  beforeAll(async () => {
    db = await storeTargets[0]!.create();
    h = await startTikTokHarness(db);
    ({ key } = await orgWithAdvertisers(h, TOKENS.SINGLE, [ADVERTISER_IDS.US]));
    client = await connectClient(await listen(h), key);
  });
  afterAll(async () => {
    await client.close();
    await h.close();
    await db.cleanup();
  });

  it('through REST', async () => {
    h.emulator.reset();
    await chain(
      h,
      async (tool, args) => {
        const res = await executeRequest(h.app, tool, key, { arguments: args });
        expect(res.statusCode, `${tool}: ${res.body}`).toBe(200);
        return res.json().data.structured;
      },
      'chain via REST',
    );
  });

  it('through MCP', async () => {
    h.emulator.reset();
    await chain(
      h,
      async (tool, args) => {
        const result: any = await client.callTool({ name: tool, arguments: args });
        expect(result.isError, `${tool}: ${JSON.stringify(result.content)}`).toBeFalsy();
        return result.structuredContent;
      },
      'chain via MCP',
    );
  });

  it('marks the delete tools destructive in the catalog, OpenAPI, reference pages, llms-full and MCP', async () => {
    const deletes = ['delete_tiktok_campaign', 'delete_tiktok_ad_group', 'delete_tiktok_ad'];
    const { tools } = (await h.app.inject({ url: '/api/v1/tools' })).json();
    const catalog = Object.fromEntries(tools.map((t: any) => [t.name, t]));
    for (const name of deletes) expect(catalog[name]).toMatchObject({ read_only: false, destructive: true });
    expect(catalog.pause_tiktok_campaign.destructive).toBe(false);
    expect(catalog.list_tiktok_ads).toMatchObject({ read_only: true, destructive: false });

    const openapi = (await h.app.inject({ url: '/openapi.json' })).json();
    const op = (name: string) => openapi.paths[`/api/v1/tools/${name}/execute`].post;
    for (const name of deletes) expect(op(name)['x-adgate-destructive']).toBe(true);
    expect(op('update_tiktok_ad_group')['x-adgate-destructive']).toBe(false);

    const page = (await h.app.inject({ url: '/reference/tools/delete_tiktok_campaign.html' })).body;
    expect(page).toContain('<span class="badge">destructive</span>');
    const full = (await h.app.inject({ url: '/llms-full.txt' })).body;
    expect(full).toContain('- Category: TikTok Ads Write (write, destructive, billable (1 call))');
    expect(full).toContain('\n## update_tiktok_ad_group\n');

    const { tools: mcpTools } = await client.listTools();
    const hints = Object.fromEntries(mcpTools.map((t) => [t.name, t.annotations]));
    expect(hints.delete_tiktok_campaign).toMatchObject({
      readOnlyHint: false,
      destructiveHint: true,
      idempotentHint: true,
    });
    expect(hints.pause_tiktok_ad).toMatchObject({
      readOnlyHint: false,
      destructiveHint: false,
      idempotentHint: true,
    });
    expect(hints.add_tiktok_ad_group).toMatchObject({
      readOnlyHint: false,
      destructiveHint: false,
      idempotentHint: false,
    });
    expect(hints.list_tiktok_ad_groups).toMatchObject({ readOnlyHint: true, idempotentHint: true });
  });
});
