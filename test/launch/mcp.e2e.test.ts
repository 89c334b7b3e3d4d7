/**
 * Over MCP, where the model cannot set `_meta`: `idempotency_key` as an argument makes two identical
 * create_tiktok_campaign calls create one campaign, and a client that asks gets a progress
 * notification per step.
 */
import { describe, expect, it } from 'vitest';
import { connectClient, listen } from '../mcp/support.js';
import { type ImageServer, makePng } from '../support/images.js';
import { useLaunchSuite } from '../support/launch.js';
import type { TikTokHarness } from '../support/tiktok.js';

describe('create_tiktok_campaign over MCP', () => {
  let h: TikTokHarness;
  let files: ImageServer;
  let url: URL;
  let key: string;
  useLaunchSuite({ '/story.png': { body: makePng(720, 1280), type: 'image/png' } }, async (s) => {
    ({ h, files, key } = s);
    url = await listen(h);
  });

  it('two identical calls with the same idempotency_key argument create one campaign, with progress per step', async () => {
    const client = await connectClient(url, key);
    const upload = await client.callTool({
      name: 'upload_tiktok_images',
      arguments: { image_urls: [files.url('/story.png')] },
    });
    const imageIds = (upload.structuredContent as { image_ids: string[] }).image_ids;
    const args = {
      campaign_name: 'Over MCP',
      ad_text: 'Spring styles',
      display_name: 'Acme',
      landing_page_url: 'https://example.com',
      budget_daily: 50,
      existing_image_ids: imageIds,
      idempotency_key: 'mcp-launch-1',
    };
    const progress: number[] = [];
    const first = await client.callTool({ name: 'create_tiktok_campaign', arguments: args }, undefined, {
      onprogress: (p) => progress.push(p.progress),
    });
    expect(first.isError, JSON.stringify(first)).toBeFalsy();
    const second = await client.callTool({ name: 'create_tiktok_campaign', arguments: args });
    expect(second.isError).toBeFalsy();
    const a = first.structuredContent as { campaign_id: string };
    const b = second.structuredContent as { campaign_id: string };
    expect(b.campaign_id).toBe(a.campaign_id);
    expect(h.emulator.seed.campaigns.filter((c) => c.campaign_name === 'Over MCP')).toHaveLength(1);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7]);
    await client.close();
  });
});
