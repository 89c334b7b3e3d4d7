/**
 * create_tiktok_video_campaign end to end against the emulator: a real MP4 (built with mp4box's
 * writer) served locally, checked by the gateway through the guarded fetcher, downloaded by TikTok,
 * then campaign, ad group and a SINGLE_VIDEO ad with its cover in the same recorded launch. Also
 * the multi-account refusal, TikTok's refusal mapped, bad input all at once, and an ad step that
 * fails then a retry with the same key that finishes without a second video, campaign or ad group.
 */
import { describe, expect, it } from 'vitest';
import { ADGROUP_IDS } from '../../src/tiktok/emulator/index.js';
import { connectClient, listen } from '../mcp/support.js';
import { executeRequest } from '../support/harness.js';
import { type ImageServer, makePng } from '../support/images.js';
import { launched, useLaunchSuite } from '../support/launch.js';
import type { TikTokHarness } from '../support/tiktok.js';
import { makeMp4 } from '../support/videos.js';

const TOOL = 'create_tiktok_video_campaign';

describe('create_tiktok_video_campaign', () => {
  let h: TikTokHarness;
  let files: ImageServer;
  let key: string;
  let multiKey: string;
  useLaunchSuite(
    {
      '/story.mp4': { body: makeMp4(720, 1280, 15), type: 'video/mp4' },
      '/fake.mp4': { body: Buffer.alloc(2048, 3), type: 'video/mp4' },
      '/share.html': { body: '<html>a share page</html>', type: 'text/html' },
      '/wide.png': { body: makePng(1280, 720), type: 'image/png' },
    },
    (s) => {
      ({ h, files, key, multiKey } = s);
    },
    {
      multi: true,
      // The test server is on loopback over http: the operator allows exactly that.
      env: { ADGATE_FETCH_ALLOW_PRIVATE: '127.0.0.1/32', ADGATE_FETCH_ALLOW_HTTP: 'true' },
    },
  );

  const call = (args: Record<string, unknown>, headers: Record<string, string> = {}, apiKey = key) =>
    executeRequest(h.app, TOOL, apiKey, { arguments: args }, headers);
  const args = (name: string, extra: Record<string, unknown> = {}) => ({
    campaign_name: name,
    ad_text: 'Spring in motion',
    landing_page_url: 'https://example.com/spring',
    budget_daily: 50,
    video_url: files.url('/story.mp4'),
    ...extra,
  });
  const made = (name: string) => launched(h, name);
  const videoCount = () => h.emulator.state.creative.videos.size;

  it('uploads the video, then builds a paused campaign, a video ad with its cover, and enables it', async () => {
    const hitsBefore = files.hits.get('/story.mp4') ?? 0;
    const res = await call(args('Video launch'), { 'idempotency-key': 'video-happy' });
    expect(res.statusCode, res.body).toBe(200);
    const { structured } = res.json().data;
    expect(structured.steps.map((s: { step: string }) => s.step)).toEqual([
      'video',
      'video_ready',
      'cover',
      'campaign',
      'adgroup',
      'identity',
      'ad',
      'enable_adgroup',
      'enable_campaign',
    ]);
    for (const step of structured.steps) expect(step.duration_ms).toBeGreaterThanOrEqual(0);
    // The gateway read the start of the file to check it; TikTok downloaded all of it.
    expect(files.hits.get('/story.mp4')).toBe(hitsBefore + 2);
    const ad = h.emulator.state.ads.get(structured.ad_ids[0]);
    expect(ad).toMatchObject({
      ad_format: 'SINGLE_VIDEO',
      identity_type: 'CUSTOMIZED_USER',
      display_name: 'Video launch',
    });
    const video = h.emulator.state.creative.videos.get(String(ad?.video_id));
    expect(video).toMatchObject({ width: 720, height: 1280, duration: 15, format: 'mp4' });
    const cover = h.emulator.state.creative.images.get(String((ad?.image_ids as string[] | undefined)?.[0]));
    expect(cover).toMatchObject({ width: 720, height: 1280 });
    expect(h.emulator.state.creative.campaignBodies.get(structured.campaign_id)).toMatchObject({
      operation_status: 'DISABLE',
    });
    const { campaigns, groups } = made('Video launch');
    expect(campaigns.map((c) => c.operation_status)).toEqual(['ENABLE']);
    expect(groups[0]?.body.operation_status).toBe('DISABLE');
    expect(groups[0]?.saved.operation_status).toBe('ENABLE');
  });

  it('discover_tiktok_assets lists the uploaded videos beside the images', async () => {
    const res = await executeRequest(h.app, 'discover_tiktok_assets', key, { arguments: {} });
    expect(res.statusCode, res.body).toBe(200);
    const { structured, text } = res.json().data;
    expect(structured.videos.length).toBe(videoCount());
    expect(structured.videos).toContainEqual(
      expect.objectContaining({ width: 720, height: 1280, duration: 15, ratio: '9:16', format: 'mp4' }),
    );
    expect(text).toContain('### Videos');
    expect(h.emulator.state.requestCount('/file/video/ad/search/')).toBeGreaterThan(0);
  });

  it('add_tiktok_ad makes a video ad from a library video, with the cover TikTok extracted', async () => {
    const [video] = [...h.emulator.state.creative.videos.values()];
    const res = await executeRequest(h.app, 'add_tiktok_ad', key, {
      arguments: {
        adgroup_id: ADGROUP_IDS.US_TRAFFIC_BROAD,
        ad_text: 'Now in motion',
        landing_page_url: 'https://example.com/spring',
        display_name: 'Acme',
        video_id: video?.video_id,
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const { structured } = res.json().data;
    expect(structured.steps.map((s: { step: string }) => s.step)).toContain('cover');
    const ad = h.emulator.state.ads.get(structured.ad_ids[0]);
    expect(ad).toMatchObject({ ad_format: 'SINGLE_VIDEO', video_id: video?.video_id });
    const cover = h.emulator.state.creative.images.get(String((ad?.image_ids as string[] | undefined)?.[0]));
    expect(cover).toMatchObject({ width: video?.width, height: video?.height });
    const unknown = await executeRequest(h.app, 'add_tiktok_ad', key, {
      arguments: {
        adgroup_id: ADGROUP_IDS.US_TRAFFIC_BROAD,
        ad_text: 'x',
        landing_page_url: 'https://example.com',
        video_id: 'v-none',
        image_ids: ['a', 'b'],
      },
    });
    expect(unknown.statusCode).toBe(400);
    const paths = unknown.json().structured_content.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['video_id', 'image_ids']));
  });

  it('dry run shows every body in order, from the video upload on, and sends nothing', async () => {
    const videos = videoCount();
    const res = await call(args('Video dry', { dry_run: true }));
    expect(res.statusCode, res.body).toBe(200);
    const calls = res.json().data.structured.calls as Array<{
      step: string;
      path: string;
      body: Record<string, unknown>;
    }>;
    expect(calls.map((c) => c.path).slice(0, 4)).toEqual([
      '/file/video/ad/upload/',
      '/file/video/ad/info/',
      '/file/image/ad/upload/',
      '/campaign/create/',
    ]);
    expect(calls[0]?.body).toMatchObject({
      upload_type: 'UPLOAD_BY_URL',
      video_url: files.url('/story.mp4'),
    });
    const adCall = calls.find((c) => c.step === 'ad');
    expect(adCall?.body.creatives).toEqual([
      expect.objectContaining({
        ad_format: 'SINGLE_VIDEO',
        video_id: '<video_id>',
        image_ids: ['<cover_image_id>'],
      }),
    ]);
    expect(videoCount()).toBe(videos);
    expect(made('Video dry').campaigns).toHaveLength(0);
  });

  it('refuses bad input with every problem at once, the video URL checked before any TikTok call', async () => {
    const creates = h.emulator.state.requestCount('/campaign/create/');
    const res = await call({
      campaign_name: 'Bad video',
      ad_text: 'Spring',
      landing_page_url: 'http://insecure.example',
      budget_daily: 50,
      budget_lifetime: 100,
      call_to_action: 'BUY_NOW',
      video_url: files.url('/share.html'),
      card_id: 'card_x',
    });
    expect(res.statusCode).toBe(400);
    const issues = res.json().structured_content.issues as Array<{ path: string; message: string }>;
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i.message]));
    expect(Object.keys(byPath)).toEqual(
      expect.arrayContaining([
        'landing_page_url',
        'budget_daily',
        'schedule_end_time',
        'call_to_action',
        'card_id',
        'video_url',
      ]),
    );
    expect(byPath.video_url).toMatch(/serves text\/html, not a video file/);
    expect(byPath.call_to_action).toMatch(/SHOP_NOW/);
    expect(h.emulator.state.requestCount('/campaign/create/')).toBe(creates);
  });

  it('refuses a video URL on a private network that the operator did not allow', async () => {
    const res = await call(args('Metadata video', { video_url: 'http://169.254.169.254/latest/video.mp4' }));
    expect(res.statusCode).toBe(400);
    const issue = res.json().structured_content.issues.find((i: { path: string }) => i.path === 'video_url');
    expect(issue.message).toMatch(/169\.254\.169\.254, in the link-local range/);
  });

  it('asks which account when several are connected', async () => {
    const res = await call(args('Multi video'), {}, multiKey);
    expect(res.json().error_code).toBe('account_selection_required');
  });

  it("maps TikTok's refusal of a file that is not a real video, leaving no campaign behind", async () => {
    const res = await call(args('Fake video', { video_url: files.url('/fake.mp4') }), {
      'idempotency-key': 'video-fake',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error_code).toBe('platform_rejected');
    expect(res.json().error).toMatch(/not a valid video/);
    expect(made('Fake video').campaigns).toHaveLength(0);
  });

  it('refuses a cover whose ratio is not the video’s, naming both sizes', async () => {
    const res = await call(args('Wide cover', { cover_image_url: files.url('/wide.png') }));
    expect(res.statusCode).toBe(400);
    expect(res.json().structured_content.issues[0]).toMatchObject({ path: 'cover_image_url' });
    expect(res.json().error).toMatch(/1280×720 and the video 720×1280/);
    expect(made('Wide cover').campaigns).toHaveLength(0);
  });

  it('an ad step that fails leaves everything paused; the retry finishes with one video, campaign and ad group', async () => {
    const videos = videoCount();
    h.emulator.faults.inject('/ad/create/', { kind: 'code', code: 50002 });
    const first = await call(args('Video half'), { 'idempotency-key': 'video-half' });
    expect(first.statusCode).toBe(502);
    const launch = first.json().structured_content.launch;
    expect(launch.existing).toMatchObject({ status: 'DISABLE' });
    expect(launch.finish).toMatchObject({ tool: TOOL, idempotency_key: 'video-half' });
    expect(made('Video half').campaigns.map((c) => c.operation_status)).toEqual(['DISABLE']);
    expect(made('Video half').ads).toHaveLength(0);

    h.emulator.faults.clear();
    const retry = await call(args('Video half'), { 'idempotency-key': 'video-half' });
    expect(retry.statusCode, retry.body).toBe(200);
    const statuses = Object.fromEntries(
      retry.json().data.structured.steps.map((s: { step: string; status: string }) => [s.step, s.status]),
    );
    expect(statuses).toMatchObject({
      video: 'done_earlier',
      cover: 'done_earlier',
      campaign: 'done_earlier',
      ad: 'done',
    });
    expect(videoCount()).toBe(videos + 1);
    const after = made('Video half');
    expect(after.campaigns).toHaveLength(1);
    expect(after.groups).toHaveLength(1);
    expect(after.ads).toHaveLength(1);
    expect(after.campaigns[0]?.operation_status).toBe('ENABLE');
  });

  it('a video TikTok is still processing: the answer names the key, and the retry with it does not upload again', async () => {
    const videos = videoCount();
    // TikTok has the upload but has not measured it yet: info answers no video, once.
    h.emulator.faults.inject('/file/video/ad/info/', {
      kind: 'http_status',
      status: 200,
      body: { code: 0, message: 'OK', request_id: 'r', data: { list: [] } },
      times: 1,
    });
    const first = await call(args('Video processing'));
    expect(first.statusCode).not.toBe(200);
    const message: string = first.json().error;
    const named = /idempotency_key "(launch-[0-9a-f-]+)"/.exec(message);
    expect(named, message).not.toBeNull();
    expect(made('Video processing').campaigns).toHaveLength(0);
    const retry = await call(args('Video processing'), { 'idempotency-key': named?.[1] ?? '' });
    expect(retry.statusCode, retry.body).toBe(200);
    expect(retry.json().data.structured.steps[0]).toMatchObject({ step: 'video', status: 'done_earlier' });
    expect(videoCount()).toBe(videos + 1);
    expect(made('Video processing').campaigns).toHaveLength(1);
  });

  it('a video upload whose answer is lost is found by its name on the retry, not uploaded twice', async () => {
    const videos = videoCount();
    h.emulator.faults.inject('/file/video/ad/upload/', {
      kind: 'commit_then_timeout',
      hangMs: 4000,
      times: 1,
    });
    const first = await call(args('Video lost'), { 'idempotency-key': 'video-lost' });
    expect(first.statusCode).not.toBe(200);
    const retry = await call(args('Video lost'), { 'idempotency-key': 'video-lost' });
    expect(retry.statusCode, retry.body).toBe(200);
    expect(retry.json().data.structured.steps[0]).toMatchObject({ step: 'video', status: 'reconciled' });
    expect(videoCount()).toBe(videos + 1);
    expect(made('Video lost').campaigns).toHaveLength(1);
  });

  it('a cover upload whose answer is lost is found by its name on the retry, not uploaded twice', async () => {
    h.emulator.faults.inject('/file/image/ad/upload/', {
      kind: 'commit_then_timeout',
      hangMs: 4000,
      times: 1,
    });
    const covers = () =>
      [...h.emulator.state.creative.images.values()].filter((image) => image.file_name.includes('.png-'))
        .length;
    const before = covers();
    const first = await call(args('Cover lost'), { 'idempotency-key': 'cover-lost' });
    expect(first.statusCode).not.toBe(200);
    expect(made('Cover lost').campaigns).toHaveLength(0);
    const retry = await call(args('Cover lost'), { 'idempotency-key': 'cover-lost' });
    expect(retry.statusCode, retry.body).toBe(200);
    const statuses = Object.fromEntries(
      retry.json().data.structured.steps.map((s: { step: string; status: string }) => [s.step, s.status]),
    );
    expect(statuses).toMatchObject({ video: 'done_earlier', cover: 'reconciled' });
    expect(covers()).toBe(before + 1);
    expect(made('Cover lost').ads).toHaveLength(1);
  });

  it('over MCP, the idempotency_key argument makes two identical calls one launch, with progress per step', async () => {
    const client = await connectClient(await listen(h), key);
    const progress: number[] = [];
    const input = { ...args('Video over MCP'), idempotency_key: 'video-mcp-1' };
    try {
      const first = await client.callTool({ name: TOOL, arguments: input }, undefined, {
        onprogress: (p) => progress.push(p.progress),
      });
      expect(first.isError, JSON.stringify(first.content)).toBeFalsy();
      const second = await client.callTool({ name: TOOL, arguments: input });
      expect(second.isError).toBeFalsy();
      const a = first.structuredContent as { campaign_id: string };
      expect((second.structuredContent as { campaign_id: string }).campaign_id).toBe(a.campaign_id);
    } finally {
      await client.close();
    }
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(made('Video over MCP').campaigns).toHaveLength(1);
  });
});

describe('create_tiktok_video_campaign with the cover-ratio check switched off', () => {
  let h: TikTokHarness;
  let files: ImageServer;
  let key: string;
  useLaunchSuite(
    {
      '/story.mp4': { body: makeMp4(720, 1280, 15), type: 'video/mp4' },
      '/wide.png': { body: makePng(1280, 720), type: 'image/png' },
    },
    (s) => {
      ({ h, files, key } = s);
    },
    {
      env: {
        ADGATE_FETCH_ALLOW_PRIVATE: '127.0.0.1/32',
        ADGATE_FETCH_ALLOW_HTTP: 'true',
        ADGATE_CHECK_COVER_RATIO: 'false',
      },
    },
  );

  it('takes a cover of another ratio, since TikTok documents no rule against it', async () => {
    const res = await executeRequest(h.app, TOOL, key, {
      arguments: {
        campaign_name: 'Wide cover allowed',
        ad_text: 'Spring in motion',
        landing_page_url: 'https://example.com/spring',
        budget_daily: 50,
        video_url: files.url('/story.mp4'),
        cover_image_url: files.url('/wide.png'),
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const made = launched(h, 'Wide cover allowed');
    expect(made.campaigns).toHaveLength(1);
    expect(made.ads).toHaveLength(1);
  });
});
