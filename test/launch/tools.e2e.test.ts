/**
 * The launch family's single tools end to end against the emulator: upload_tiktok_images,
 * discover_tiktok_assets, list_tiktok_identities and add_tiktok_ad. Each: what reached TikTok, the
 * multi-account refusal, a TikTok refusal mapped, and bad input with every problem at once.
 */
import { describe, expect, it } from 'vitest';
import { ADGROUP_IDS, BC_ID, IDENTITY_IDS, SPARK_ITEM_ID } from '../../src/tiktok/emulator/index.js';
import { executeRequest } from '../support/harness.js';
import { type ImageServer, makeJpeg, makePng } from '../support/images.js';
import { useLaunchSuite } from '../support/launch.js';
import type { TikTokHarness } from '../support/tiktok.js';

describe('launch tools', () => {
  let h: TikTokHarness;
  let files: ImageServer;
  let key: string;
  let multiKey: string;
  useLaunchSuite(
    {
      '/a.png': { body: makePng(720, 1280), type: 'image/png' },
      '/b.jpg': { body: makeJpeg(640, 640), type: 'image/jpeg' },
      '/notes.txt': { body: 'hello', type: 'text/plain' },
    },
    (s) => {
      ({ h, files, key, multiKey } = s);
    },
    { multi: true },
  );

  const call = (
    tool: string,
    args: Record<string, unknown>,
    apiKey = key,
    headers: Record<string, string> = {},
  ) => executeRequest(h.app, tool, apiKey, { arguments: args }, headers);

  describe('upload_tiktok_images', () => {
    it('uploads by URL (TikTok downloads), reporting each image; a refused one is named', async () => {
      const res = await call('upload_tiktok_images', {
        image_urls: [files.url('/a.png'), files.url('/notes.txt')],
      });
      expect(res.statusCode, res.body).toBe(200);
      const [a, notes] = res.json().data.structured.images;
      expect(a.image).toMatchObject({ width: 720, height: 1280, format: 'png' });
      expect(notes.error).toMatch(/not a valid image/);
      const sent = h.emulator.state.creative.images.get(a.image.image_id);
      expect(sent?.file_name).toMatch(/^a\.png-\d+$/);
    });
    it('refuses bad input with every problem at once', async () => {
      const res = await call('upload_tiktok_images', { image_urls: ['ftp://x', 'not a url'], extra: 1 });
      expect(res.statusCode).toBe(400);
      const paths = res.json().structured_content.issues.map((i: { path: string }) => i.path);
      expect(paths).toEqual(expect.arrayContaining(['image_urls.0', 'image_urls.1', 'extra']));
    });
    it('asks which account when several are connected', async () => {
      const res = await call('upload_tiktok_images', { image_urls: [files.url('/a.png')] }, multiKey);
      expect(res.json().error_code).toBe('account_selection_required');
    });
    it('maps TikTok refusing every image', async () => {
      const res = await call('upload_tiktok_images', { image_urls: [files.url('/notes.txt')] });
      expect(res.statusCode).toBe(400);
      expect(res.json().error_code).toBe('platform_rejected');
    });
  });

  describe('discover_tiktok_assets', () => {
    it('lists the library to the end with sizes and ratios', async () => {
      await call('upload_tiktok_images', { image_urls: [files.url('/b.jpg')] });
      const res = await call('discover_tiktok_assets', {});
      expect(res.statusCode, res.body).toBe(200);
      const images = res.json().data.structured.images as Array<{ ratio: string; width: number }>;
      expect(images.length).toBe(h.emulator.state.creative.images.size);
      expect(images).toContainEqual(expect.objectContaining({ width: 640, ratio: '1:1' }));
      expect(h.emulator.state.requestCount('/file/image/ad/search/')).toBeGreaterThan(0);
    });
    it('asks which account, refuses unknown arguments, maps TikTok down', async () => {
      expect((await call('discover_tiktok_assets', {}, multiKey)).json().error_code).toBe(
        'account_selection_required',
      );
      expect((await call('discover_tiktok_assets', { page: 2 })).statusCode).toBe(400);
      h.emulator.faults.inject('/file/image/ad/search/', { kind: 'http_status', status: 503 });
      expect((await call('discover_tiktok_assets', {})).json().error_code).toBe('platform_unavailable');
    });
  });

  describe('list_tiktok_identities', () => {
    it('lists custom and TikTok-account identities; Business Center ones with the BC id', async () => {
      const plain = await call('list_tiktok_identities', {});
      expect(plain.statusCode, plain.body).toBe(200);
      const ids = plain.json().data.structured.identities.map((i: { identity_id: string }) => i.identity_id);
      expect(ids).toEqual(expect.arrayContaining([IDENTITY_IDS.US_CUSTOM, IDENTITY_IDS.US_TT_USER]));
      expect(ids).not.toContain(IDENTITY_IDS.US_BC);
      const withBc = await call('list_tiktok_identities', { identity_authorized_bc_id: BC_ID });
      expect(
        withBc.json().data.structured.identities.map((i: { identity_id: string }) => i.identity_id),
      ).toContain(IDENTITY_IDS.US_BC);
    });
    it('asks which account, refuses bad input, maps a TikTok refusal', async () => {
      expect((await call('list_tiktok_identities', {}, multiKey)).json().error_code).toBe(
        'account_selection_required',
      );
      const bad = await call('list_tiktok_identities', { identity_authorized_bc_id: 'abc', x: 1 });
      expect(bad.json().structured_content.issues).toHaveLength(2);
      h.emulator.faults.inject('/identity/get/', { kind: 'code', code: 40001, times: 1 });
      expect((await call('list_tiktok_identities', {})).json().error_code).toBe('platform_rejected');
    });
  });

  describe('add_tiktok_ad', () => {
    it('adds a carousel ad from image URLs to a TikTok-placement ad group and reads it back', async () => {
      const res = await call(
        'add_tiktok_ad',
        {
          adgroup_id: ADGROUP_IDS.US_TRAFFIC_BROAD,
          ad_text: 'Two looks for spring',
          landing_page_url: 'https://example.com/looks',
          display_name: 'Acme',
          image_urls: [files.url('/a.png'), files.url('/b.jpg')],
        },
        key,
        { 'idempotency-key': 'add-ad-1' },
      );
      expect(res.statusCode, res.body).toBe(200);
      const { structured } = res.json().data;
      const ad = h.emulator.state.ads.get(structured.ad_ids[0]);
      expect(ad).toMatchObject({
        ad_format: 'CAROUSEL_ADS',
        adgroup_id: ADGROUP_IDS.US_TRAFFIC_BROAD,
        identity_id: IDENTITY_IDS.US_CUSTOM,
      });
      expect(ad?.music_id).toBeDefined();
      expect(structured.ad.ad_id).toBe(structured.ad_ids[0]);
    });
    it('a Spark Ad uses a TikTok-account identity', async () => {
      const res = await call('add_tiktok_ad', {
        adgroup_id: ADGROUP_IDS.US_TRAFFIC_BROAD,
        ad_text: 'Boosting our post',
        landing_page_url: 'https://example.com',
        tiktok_item_id: SPARK_ITEM_ID,
      });
      expect(res.statusCode, res.body).toBe(200);
      const ad = h.emulator.state.ads.get(res.json().data.structured.ad_ids[0]);
      expect(ad).toMatchObject({
        identity_type: 'TT_USER',
        tiktok_item_id: SPARK_ITEM_ID,
        ad_format: 'SINGLE_VIDEO',
      });
    });
    it('refuses every problem at once before TikTok is called', async () => {
      const creates = h.emulator.state.requestCount('/ad/create/');
      const res = await call('add_tiktok_ad', {
        adgroup_id: '1790000000999999',
        ad_text: 'x'.repeat(101),
        landing_page_url: 'http://insecure.example',
        image_ids: ['nope'],
        tiktok_item_id: SPARK_ITEM_ID,
        call_to_action: 'DOWNLOAD',
      });
      expect(res.statusCode).toBe(400);
      const paths = res.json().structured_content.issues.map((i: { path: string }) => i.path);
      expect(paths).toEqual(
        expect.arrayContaining(['ad_text', 'landing_page_url', 'image_ids', 'call_to_action', 'adgroup_id']),
      );
      expect(h.emulator.state.requestCount('/ad/create/')).toBe(creates);
    });
    it('asks which account, and maps TikTok refusing the ad', async () => {
      const args = {
        adgroup_id: ADGROUP_IDS.US_TRAFFIC_BROAD,
        ad_text: 'Hi',
        landing_page_url: 'https://e.example',
        tiktok_item_id: SPARK_ITEM_ID,
      };
      expect((await call('add_tiktok_ad', args, multiKey)).json().error_code).toBe(
        'account_selection_required',
      );
      h.emulator.faults.inject('/ad/create/', {
        kind: 'code',
        code: 40002,
        message: 'creatives.0.ad_text: Invalid.',
        times: 1,
      });
      const res = await call('add_tiktok_ad', args);
      expect(res.statusCode).toBe(400);
      expect(res.json().error_code).toBe('platform_rejected');
    });
  });
});
