/**
 * The launch half end to end against the emulator: real PNG and JPEG files served locally, checked
 * by validate_and_prepare_tiktok_assets, then a whole campaign created by create_tiktok_campaign.
 */
import { describe, expect, it } from 'vitest';
import { executeRequest } from '../support/harness.js';
import { type ImageServer, makeJpeg, makePng } from '../support/images.js';
import { useLaunchSuite } from '../support/launch.js';
import type { TikTokHarness } from '../support/tiktok.js';

describe('launching a campaign with images', () => {
  let h: TikTokHarness;
  let files: ImageServer;
  let key: string;
  useLaunchSuite(
    {
      '/story.png': { body: makePng(1080, 1920), type: 'image/png' },
      '/square.jpg': { body: makeJpeg(1080, 1080), type: 'image/jpeg' },
      '/wide.png': { body: makePng(800, 600), type: 'image/png' },
      '/page.html': { body: '<html>not an image</html>', type: 'text/html' },
    },
    (s) => {
      ({ h, files, key } = s);
    },
  );

  const call = (tool: string, args: Record<string, unknown>, headers: Record<string, string> = {}) =>
    executeRequest(h.app, tool, key, { arguments: args }, headers);

  async function bundle(): Promise<string> {
    const res = await call('validate_and_prepare_tiktok_assets', {
      image_urls: [files.url('/story.png'), files.url('/square.jpg')],
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().data.structured.asset_bundle_id;
  }

  it('checks real PNG and JPEG files as TikTok measured them, and refuses a wrong ratio by name', async () => {
    const res = await call('validate_and_prepare_tiktok_assets', {
      image_urls: [
        files.url('/story.png'),
        files.url('/square.jpg'),
        files.url('/wide.png'),
        files.url('/page.html'),
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const { structured, text } = res.json().data;
    const [story, square, wide, page] = structured.images;
    expect(story).toMatchObject({ ok: true, width: 1080, height: 1920, format: 'png' });
    expect(square).toMatchObject({ ok: true, width: 1080, height: 1080, format: 'jpeg' });
    expect(wide.ok).toBe(false);
    expect(wide.problems.join(' ')).toMatch(/aspect ratio 4:3 \(800×600\)/);
    expect(page.ok).toBe(false);
    expect(page.problems.join(' ')).toMatch(/not a valid image/);
    expect(structured.asset_bundle_id).toMatch(/^bndl_/);
    expect(text).toContain('4:3');
    // TikTok, not the gateway, downloaded each file.
    expect(files.hits.get('/story.png')).toBeGreaterThanOrEqual(1);
    const library = [...h.emulator.state.creative.images.values()];
    expect(library.map((image) => [image.width, image.height])).toEqual(
      expect.arrayContaining([
        [1080, 1920],
        [1080, 1080],
        [800, 600],
      ]),
    );
  });

  it('creates campaign, ad group and a carousel ad, paused until the ad exists, then live', async () => {
    const assetBundle = await bundle();
    const res = await call(
      'create_tiktok_campaign',
      {
        campaign_name: 'Spring launch',
        ad_text: 'Fresh styles for spring',
        display_name: 'Acme',
        landing_page_url: 'https://example.com/spring',
        budget_daily: 50,
        asset_bundle_id: assetBundle,
      },
      { 'idempotency-key': 'launch-happy' },
    );
    expect(res.statusCode, res.body).toBe(200);
    const { structured } = res.json().data;
    const campaign = h.emulator.seed.campaigns.find((c) => c.campaign_id === structured.campaign_id);
    expect(campaign?.operation_status).toBe('ENABLE');
    expect(h.emulator.state.creative.campaignBodies.get(structured.campaign_id)).toMatchObject({
      operation_status: 'DISABLE',
      budget_optimize_on: false,
      objective_type: 'TRAFFIC',
    });
    const group = h.emulator.state.allAdgroups.get(structured.adgroup_id);
    expect(group?.body.operation_status).toBe('DISABLE');
    expect(group?.saved.operation_status).toBe('ENABLE');
    const ad = h.emulator.state.ads.get(structured.ad_ids[0]);
    expect(ad).toMatchObject({
      ad_format: 'CAROUSEL_ADS',
      identity_type: 'CUSTOMIZED_USER',
      call_to_action: 'LEARN_MORE',
    });
    expect(ad?.image_ids).toHaveLength(2);
    expect(structured.steps.map((s: { step: string }) => s.step)).toEqual([
      'campaign',
      'adgroup',
      'identity',
      'music',
      'ad',
      'enable_adgroup',
      'enable_campaign',
    ]);
  });

  it("checks TikTok's campaign budget minimum before anything is sent when the budget is the campaign's", async () => {
    const creates = h.emulator.state.requestCount('/campaign/create/');
    const base = {
      campaign_name: 'CBO floor',
      ad_text: 'Fresh styles',
      display_name: 'Acme',
      landing_page_url: 'https://example.com',
      asset_bundle_id: await bundle(),
      budget_optimize_on: true,
    };
    const low = await call('create_tiktok_campaign', { ...base, budget_daily: 30 });
    expect(low.statusCode).toBe(400);
    const issue = low
      .json()
      .structured_content.issues.find((i: { path: string }) => i.path === 'budget_daily');
    expect(issue.message).toMatch(/campaign minimum is USD 50\.00 a day; USD 30\.00 is too low/);
    expect(h.emulator.state.requestCount('/campaign/create/')).toBe(creates);
    // The same budget on the ad group (no CBO) is above the ad group's minimum of 20.
    const adGroupBudget = await call('create_tiktok_campaign', {
      ...base,
      budget_optimize_on: false,
      budget_daily: 30,
      dry_run: true,
    });
    expect(adGroupBudget.statusCode, adGroupBudget.body).toBe(200);
    const enough = await call('create_tiktok_campaign', { ...base, budget_daily: 50 });
    expect(enough.statusCode, enough.body).toBe(200);
    expect(
      h.emulator.state.creative.campaignBodies.get(enough.json().data.structured.campaign_id),
    ).toMatchObject({
      budget_optimize_on: true,
      budget_mode: 'BUDGET_MODE_DAY',
      budget: 50,
    });
  });
});
