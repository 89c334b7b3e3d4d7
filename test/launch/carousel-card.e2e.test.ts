/**
 * create_tiktok_carousel_card end to end: real images uploaded to the emulator's library, the card
 * made (images read back, TikTok's carousel music picked), then its card_id turned into a
 * CAROUSEL_ADS ad by create_tiktok_campaign and add_tiktok_ad. Also the multi-account refusal,
 * TikTok's refusal mapped, and bad input with every problem at once.
 */
import { describe, expect, it } from 'vitest';
import { ADGROUP_IDS } from '../../src/tiktok/emulator/index.js';
import { executeRequest } from '../support/harness.js';
import { type ImageServer, makeJpeg, makePng } from '../support/images.js';
import { useLaunchSuite } from '../support/launch.js';
import type { TikTokHarness } from '../support/tiktok.js';

const TOOL = 'create_tiktok_carousel_card';

describe('create_tiktok_carousel_card', () => {
  let h: TikTokHarness;
  let files: ImageServer;
  let key: string;
  let multiKey: string;
  let imageIds: string[];
  useLaunchSuite(
    {
      '/one.png': { body: makePng(1080, 1080), type: 'image/png' },
      '/two.jpg': { body: makeJpeg(1080, 1080), type: 'image/jpeg' },
      '/three.png': { body: makePng(1080, 1920), type: 'image/png' },
    },
    async (s) => {
      ({ h, files, key, multiKey } = s);
      const res = await call('upload_tiktok_images', {
        image_urls: [files.url('/one.png'), files.url('/two.jpg'), files.url('/three.png')],
      });
      expect(res.statusCode, res.body).toBe(200);
      imageIds = res.json().data.structured.image_ids;
    },
    { multi: true },
  );

  function call(tool: string, args: Record<string, unknown>, apiKey = key) {
    return executeRequest(h.app, tool, apiKey, { arguments: args });
  }

  async function card(extra: Record<string, unknown> = {}): Promise<string> {
    const res = await call(TOOL, { image_ids: imageIds, call_to_action: 'SHOP_NOW', ...extra });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().data.structured.card_id;
  }

  it('makes a card from library images with the carousel music TikTok recommends for them', async () => {
    const infos = h.emulator.state.requestCount('/file/image/ad/info/');
    const musics = h.emulator.state.requestCount('/file/music/get/');
    const res = await call(TOOL, {
      image_ids: imageIds,
      ad_texts: ['Three looks', 'Three looks'],
      landing_page_urls: ['https://example.com/looks'],
    });
    expect(res.statusCode, res.body).toBe(200);
    const { structured, text } = res.json().data;
    expect(structured.card_id).toMatch(/^card_[0-9a-f]{24}$/);
    expect(structured.images.map((i: { image_id: string }) => i.image_id)).toEqual(imageIds);
    expect(structured).toMatchObject({ card_type: 'IMAGE', ad_text: 'Three looks' });
    const carouselMusic = h.emulator.seed.musics.filter((m) => m.scenes.includes('CAROUSEL_ADS'));
    expect(carouselMusic.map((m) => m.music_id)).toContain(structured.music_id);
    expect(text).toContain(`card_id "${structured.card_id}"`);
    expect(h.emulator.state.requestCount('/file/image/ad/info/')).toBe(infos + 1);
    expect(h.emulator.state.requestCount('/file/music/get/')).toBe(musics + 1);
  });

  it('create_tiktok_campaign turns the card into one carousel ad, images in order, with its music', async () => {
    const cardId = await card();
    const res = await call('create_tiktok_campaign', {
      campaign_name: 'Card launch',
      ad_text: 'Three looks for spring',
      display_name: 'Acme',
      landing_page_url: 'https://example.com/looks',
      budget_daily: 50,
      card_id: cardId,
      card_type: 'IMAGE',
    });
    expect(res.statusCode, res.body).toBe(200);
    const { structured } = res.json().data;
    const steps = structured.steps.map((s: { step: string }) => s.step);
    expect(steps).not.toContain('music');
    const stored = (await call(TOOL, { image_ids: imageIds })).json().data.structured;
    const ad = h.emulator.state.ads.get(structured.ad_ids[0]);
    expect(ad).toMatchObject({ ad_format: 'CAROUSEL_ADS', call_to_action: 'SHOP_NOW', image_ids: imageIds });
    expect(ad?.music_id).toBe(stored.music_id);
  });

  it('add_tiktok_ad takes the card too', async () => {
    const cardId = await card();
    const res = await call('add_tiktok_ad', {
      adgroup_id: ADGROUP_IDS.US_TRAFFIC_BROAD,
      ad_text: 'Three looks',
      landing_page_url: 'https://example.com/looks',
      display_name: 'Acme',
      card_id: cardId,
    });
    expect(res.statusCode, res.body).toBe(200);
    const ad = h.emulator.state.ads.get(res.json().data.structured.ad_ids[0]);
    expect(ad).toMatchObject({ ad_format: 'CAROUSEL_ADS', image_ids: imageIds });
  });

  it('refuses bad input with every problem at once', async () => {
    const res = await call(TOOL, {
      image_ids: [imageIds[0]],
      ad_texts: ['One text', 'Another text'],
      landing_page_urls: ['http://insecure.example'],
      call_to_action: 'BUY_NOW',
      card_type: 'PRODUCT',
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().structured_content.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['image_ids', 'ad_texts', 'landing_page_urls.0', 'call_to_action', 'card_type']),
    );
    const unknown = await call(TOOL, { image_ids: [imageIds[0], 'ad-site-i18n-sg/none'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatch(/Not in this advertiser's image library: ad-site-i18n-sg\/none/);
    const missingCard = await call('create_tiktok_campaign', {
      campaign_name: 'No card',
      ad_text: 'x',
      display_name: 'Acme',
      landing_page_url: 'https://example.com',
      budget_daily: 50,
      card_id: 'card_000000000000000000000000',
    });
    expect(missingCard.statusCode).toBe(400);
    expect(missingCard.json().structured_content.issues[0]).toMatchObject({
      path: 'card_id',
      code: 'not_found',
    });
  });

  it('asks which account when several are connected', async () => {
    const res = await call(TOOL, { image_ids: imageIds }, multiKey);
    expect(res.json().error_code).toBe('account_selection_required');
  });

  it("maps TikTok's refusal", async () => {
    h.emulator.faults.inject('/file/music/get/', {
      kind: 'code',
      code: 40002,
      message: 'filtering: Invalid.',
      times: 1,
    });
    const res = await call(TOOL, { image_ids: imageIds });
    expect(res.statusCode).toBe(400);
    expect(res.json().error_code).toBe('platform_rejected');
  });
});
