/**
 * The emulator's video library: UPLOAD_BY_URL downloads a real MP4 from a local server and reads
 * its duration and size with mp4box; info and search find it; the cover TikTok extracts can be
 * uploaded as an image; TikTok's refusals (a text page, a duplicate name, not a video).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ImageServer, serveFiles } from '../../../test/support/images.js';
import { makeMp4 } from '../../../test/support/videos.js';
import { ADVERTISER_IDS } from './seed.js';
import { startTestEmulator, type TestEmulator } from './test-helpers.js';

const advertiser_id = ADVERTISER_IDS.US;

describe('emulator video library', () => {
  let t: TestEmulator;
  let files: ImageServer;
  beforeAll(async () => {
    t = await startTestEmulator();
    files = await serveFiles({
      '/story.mp4': { body: makeMp4(720, 1280, 12), type: 'video/mp4' },
      '/page.html': { body: '<html>share page</html>', type: 'text/html' },
      '/noise.bin': { body: Buffer.alloc(4096, 7), type: 'application/octet-stream' },
    });
  });
  afterAll(async () => {
    await files.close();
    await t.emulator.close();
  });

  const upload = (video_url: string, file_name: string) =>
    t.api.post('/file/video/ad/upload/', {
      advertiser_id,
      upload_type: 'UPLOAD_BY_URL',
      video_url,
      file_name,
    });

  it('uploads by URL, reading the real file, and finds it again by info and search', async () => {
    const res = await upload(files.url('/story.mp4'), 'story-1');
    expect(res.json.code, res.text).toBe(0);
    expect(Array.isArray(res.json.data)).toBe(true);
    const [video] = res.json.data;
    expect(video).toMatchObject({
      width: 720,
      height: 1280,
      duration: 12,
      format: 'mp4',
      file_name: 'story-1',
    });
    expect(video.size).toBe(makeMp4(720, 1280, 12).length);
    expect(files.hits.get('/story.mp4')).toBe(1);

    const info = await t.api.get('/file/video/ad/info/', { advertiser_id, video_ids: [video.video_id] });
    expect(info.json.data.list[0]).toMatchObject({ video_id: video.video_id, duration: 12 });
    const search = await t.api.get('/file/video/ad/search/', { advertiser_id, filtering: { ratio: [0.56] } });
    expect(search.json.data.list.map((v: { video_id: string }) => v.video_id)).toContain(video.video_id);
    const wide = await t.api.get('/file/video/ad/search/', { advertiser_id, filtering: { ratio: [1.77] } });
    expect(wide.json.data.list).toHaveLength(0);
    const tooBig = await t.api.get('/file/video/ad/search/', { advertiser_id, page_size: 101 });
    expect(tooBig.json.code).toBe(40002);

    // The cover TikTok extracted is an image of the video's size that the image upload can take.
    const cover = await t.api.post('/file/image/ad/upload/', {
      advertiser_id,
      upload_type: 'UPLOAD_BY_URL',
      image_url: video.video_cover_url,
      file_name: 'story-1-cover',
    });
    expect(cover.json.data).toMatchObject({ width: 720, height: 1280, format: 'png' });
  });

  it('refuses a page that is not a video, a file that does not parse, and a name used before', async () => {
    const page = await upload(files.url('/page.html'), 'page');
    expect(page.json.code).toBe(40002);
    expect(page.json.message).toMatch(/text\/html, not a video/);
    const noise = await upload(files.url('/noise.bin'), 'noise');
    expect(noise.json.message).toMatch(/not a valid video/);
    await upload(files.url('/story.mp4'), 'twice');
    const again = await upload(files.url('/story.mp4'), 'twice');
    expect(again.json.message).toMatch(/Duplicated material name: twice/);
    const info = await t.api.get('/file/video/ad/info/', { advertiser_id, video_ids: [] });
    expect(info.json.message).toMatch(/video_ids/);
  });

  it('names the file after a URL whose last segment is a malformed escape, and refuses a body cut short', async () => {
    // Declares 100 000 bytes, sends 10, then drops the connection.
    const cut = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': '100000' });
      res.write(Buffer.alloc(10, 1), () => res.socket?.destroy());
    });
    await new Promise<void>((resolve) => cut.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(cut.address() as AddressInfo).port}/clip%E0%A4.mp4`;
      const res = await t.api.post('/file/video/ad/upload/', {
        advertiser_id,
        upload_type: 'UPLOAD_BY_URL',
        video_url: url,
      });
      expect(res.status, res.text).toBe(200);
      expect(res.json).toMatchObject({
        code: 40002,
        message: expect.stringMatching(/could not be downloaded/),
      });
    } finally {
      cut.closeAllConnections();
      await new Promise((resolve) => cut.close(resolve));
    }
  });
});
