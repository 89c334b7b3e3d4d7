/**
 * The chained flow, through REST and through MCP: search targeting → validate real PNG and JPEG
 * files → create a campaign in the region found → add a second ad group and a second ad → pause
 * and resume the campaign. Each step reads its input from the answer before it, and the emulator's
 * state is checked after each write.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { describe, expect, it } from 'vitest';
import { connectClient, listen } from '../mcp/support.js';
import { executeRequest } from '../support/harness.js';
import { type ImageServer, makeJpeg, makePng } from '../support/images.js';
import { useLaunchSuite } from '../support/launch.js';
import type { TikTokHarness } from '../support/tiktok.js';

/** The tools' structured answers, walked freely here. */
type Structured = any;
type Invoke = (tool: string, args: Record<string, unknown>) => Promise<Structured>;

describe('the chained launch flow', () => {
  let h: TikTokHarness;
  let files: ImageServer;
  let key: string;
  let mcpUrl: URL;
  useLaunchSuite(
    {
      '/story.png': { body: makePng(1080, 1920), type: 'image/png' },
      '/square.jpg': { body: makeJpeg(1080, 1080), type: 'image/jpeg' },
    },
    async (s) => {
      ({ h, files, key } = s);
      mcpUrl = await listen(h);
    },
  );

  async function flow(invoke: Invoke, name: string) {
    const found = await invoke('search_tiktok_targeting', {
      targeting_type: 'regions',
      keyword: 'Florida',
      level_range: 'TO_PROVINCE',
    });
    expect(found.add_tiktok_ad_group_argument).toBe('location_ids');
    const region = found.results.find((r: { name: string }) => r.name === 'Florida');
    expect(region).toMatchObject({ level: 'PROVINCE', region_code: 'US' });

    const assets = await invoke('validate_and_prepare_tiktok_assets', {
      image_urls: [files.url('/story.png'), files.url('/square.jpg')],
    });
    expect(assets.images.map((i: { ok: boolean; format: string }) => [i.ok, i.format])).toEqual([
      [true, 'png'],
      [true, 'jpeg'],
    ]);
    const imageIds = assets.images.map((i: { image_id: string }) => i.image_id);

    const campaign = await invoke('create_tiktok_campaign', {
      campaign_name: name,
      ad_text: 'Fresh styles for Florida',
      display_name: 'Acme',
      landing_page_url: 'https://example.com/florida',
      budget_daily: 50,
      target_locations: [region.id],
      asset_bundle_id: assets.asset_bundle_id,
      idempotency_key: `${name}-campaign`,
    });
    const campaignId = String(campaign.campaign_id);
    expect(h.emulator.state.allAdgroups.get(String(campaign.adgroup_id))?.body.location_ids).toEqual([
      region.id,
    ]);

    const group = await invoke('add_tiktok_ad_group', {
      campaign_id: campaignId,
      adgroup_name: `${name} - second group`,
      budget: 40,
      location_ids: [region.id],
      idempotency_key: `${name}-group`,
    });
    const secondGroup = String(group.adgroup_id);
    expect(h.emulator.state.allAdgroups.get(secondGroup)?.campaignId).toBe(campaignId);

    const ad = await invoke('add_tiktok_ad', {
      adgroup_id: secondGroup,
      ad_text: 'A second look',
      landing_page_url: 'https://example.com/florida',
      display_name: 'Acme',
      image_ids: imageIds,
      idempotency_key: `${name}-ad`,
    });
    const secondAd = h.emulator.state.ads.get(String(ad.ad_ids[0]));
    expect(secondAd).toMatchObject({
      adgroup_id: secondGroup,
      ad_format: 'CAROUSEL_ADS',
      image_ids: imageIds,
    });

    const groups = [...h.emulator.state.allAdgroups.values()].filter((g) => g.campaignId === campaignId);
    const ads = [...h.emulator.state.ads.values()].filter((a) => a.campaign_id === campaignId);
    expect(groups).toHaveLength(2);
    expect(ads).toHaveLength(2);

    const status = () =>
      h.emulator.seed.campaigns.find((c) => c.campaign_id === campaignId)?.operation_status;
    expect(status()).toBe('ENABLE');
    await invoke('pause_tiktok_campaign', { campaign_id: campaignId });
    expect(status()).toBe('DISABLE');
    await invoke('resume_tiktok_campaign', { campaign_id: campaignId });
    expect(status()).toBe('ENABLE');
    expect(h.emulator.seed.campaigns.filter((c) => c.campaign_name === name)).toHaveLength(1);
  }

  it('runs through REST', async () => {
    const invoke: Invoke = async (tool, args) => {
      const res = await executeRequest(h.app, tool, key, { arguments: args });
      expect(res.statusCode, `${tool}: ${res.body}`).toBe(200);
      return res.json().data.structured;
    };
    await flow(invoke, 'Chained over REST');
  });

  it('runs through MCP', async () => {
    const client: Client = await connectClient(mcpUrl, key);
    const invoke: Invoke = async (tool, args) => {
      const result = await client.callTool({ name: tool, arguments: args });
      expect(result.isError, `${tool}: ${JSON.stringify(result.content)}`).toBeFalsy();
      return result.structuredContent;
    };
    try {
      await flow(invoke, 'Chained over MCP');
    } finally {
      await client.close();
    }
  });
});
