/**
 * The video library: POST /file/video/ad/upload/, GET /file/video/ad/info/ and
 * GET /file/video/ad/search/.
 *
 * Sources: SDK `python_sdk/docs/FileApi.md` (ad_video_upload's fields: `upload_type`, `video_url`,
 * `file_name`, `video_file`, `video_signature`, `file_id`, `video_id`, `flaw_detect`,
 * `auto_fix_enabled`, `auto_bind_enabled`, `is_third_party`; no `request_id`. ad_video_info: up to 60
 * `video_ids`. ad_video_search with `filtering`, `page`, `page_size`) and
 * `FilteringVideoAdSearch.md` (`video_ids` and `material_ids` up to 100, `width`, `height`, `ratio`
 * within 0.05, `displayable`). TikTok's video upload page (marketing_api/docs?id=1737587322856449,
 * linked from FileApi.md, as summarised in reference tiktok-tool-family.md §4.6): files up to
 * 500 MB, .mp4 .mov .mpeg .avi; for URL uploads the answer's Content-Type is checked and `text/*`
 * refused; `file_name` unique per advertiser; the answer's `data` is a list of video objects.
 *
 * UPLOAD_BY_URL downloads the URL (a local test server in the tests) and reads the real duration,
 * width and height with mp4box. The cover TikTok extracts (`video_cover_url`) is a PNG of the
 * video's size, served from the emulator's CDN: an image upload of that URL reads it from there.
 */
import { createHash } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import type { VideoRecord } from '../creative-store.js';
import { paramError } from '../envelope.js';
import { formatTime } from '../rules/budget-rules.js';
import { SCOPE_IDS } from '../seed.js';
import { probeVideo } from '../video-probe.js';
import { download } from './download.js';
import { readString, toWire, uploadFileName } from './library.js';
import { paginate, queryJson, queryObject, readPaging, stringListOf } from './params.js';
import type { EndpointContext, EndpointDef } from './types.js';

export const MAX_VIDEO_BYTES = 500 * 1024 * 1024;
export const CDN = 'https://p16-ad-sg.tiktokcdn.invalid';

function coverPng(width: number, height: number): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#20242c"/></svg>`;
  return Buffer.from(new Resvg(svg).render().asPng());
}

async function uploadByUrl(ctx: EndpointContext, advertiserId: string): Promise<VideoRecord> {
  const url = readString(ctx, 'video_url', true) as string;
  if (!/^https?:\/\//i.test(url)) throw paramError('video_url', 'Not a valid URL.');
  const fileName = uploadFileName(ctx, url, 'video', (name) =>
    videosOf(ctx, advertiserId).some((video) => video.file_name === name),
  );
  const { bytes, contentType } = await download(url, MAX_VIDEO_BYTES, 'video_url');
  if (/^text\//i.test(contentType)) {
    throw paramError('video_url', `The URL answered ${contentType}, not a video file.`);
  }
  const facts = probeVideo(bytes);
  if (!facts) throw paramError('video_url', 'The file is not a valid video.');
  const { creative } = ctx.store;
  const signature = createHash('md5').update(bytes).digest('hex');
  const videoId = `v10033g50000${creative.nextId('d5')}`;
  const coverUrl = `${CDN}/cover/${videoId}.png`;
  creative.cdnFiles.set(coverUrl, coverPng(facts.width, facts.height));
  const now = formatTime(ctx.now.getTime());
  const record: VideoRecord = {
    video_id: videoId,
    material_id: creative.nextId('74'),
    advertiser_id: advertiserId,
    file_name: fileName,
    width: facts.width,
    height: facts.height,
    duration: facts.duration,
    format: facts.format,
    bit_rate: facts.bitRate,
    size: bytes.length,
    signature,
    video_cover_url: coverUrl,
    preview_url: `${CDN}/preview/${videoId}.mp4`,
    displayable: true,
    allow_download: true,
    allowed_placements: ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE', 'PLACEMENT_GLOBAL_APP_BUNDLE'],
    create_time: now,
    modify_time: now,
  };
  creative.videos.set(videoId, record);
  return record;
}

export const videoUpload: EndpointDef = {
  method: 'POST',
  path: '/file/video/ad/upload/',
  scope: SCOPE_IDS.ADS_MANAGEMENT,
  async handle(ctx) {
    const advertiser = ctx.advertiser('advertiser_id', ctx.body.advertiser_id);
    const type = readString(ctx, 'upload_type', false) ?? 'UPLOAD_BY_FILE';
    // TikTok answers a list of video objects (reference §4.6).
    if (type === 'UPLOAD_BY_URL') return [toWire(await uploadByUrl(ctx, advertiser.advertiser_id))];
    if (type === 'UPLOAD_BY_FILE') throw paramError('video_file', 'Missing data for required field.');
    if (type === 'UPLOAD_BY_FILE_ID') throw paramError('file_id', 'Missing data for required field.');
    if (type === 'UPLOAD_BY_VIDEO_ID') throw paramError('video_id', 'Missing data for required field.');
    throw paramError(
      'upload_type',
      'Must be one of: UPLOAD_BY_FILE, UPLOAD_BY_URL, UPLOAD_BY_FILE_ID, UPLOAD_BY_VIDEO_ID.',
    );
  },
};

function videosOf(ctx: EndpointContext, advertiserId: string): VideoRecord[] {
  return [...ctx.store.creative.videos.values()].filter((video) => video.advertiser_id === advertiserId);
}

export const videoInfo: EndpointDef = {
  method: 'GET',
  path: '/file/video/ad/info/',
  handle(ctx) {
    const advertiser = ctx.advertiser('advertiser_id', ctx.query.advertiser_id);
    const ids = stringListOf('video_ids', queryJson(ctx, 'video_ids', true));
    if (!ids || ids.length < 1 || ids.length > 60)
      throw paramError('video_ids', 'Length must be between 1 and 60.');
    const list = videosOf(ctx, advertiser.advertiser_id).filter((video) => ids.includes(video.video_id));
    return { list: list.map(toWire) };
  },
};

function listFilter(filtering: Record<string, unknown>, field: string, max: number): string[] | undefined {
  const value = filtering[field];
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw paramError(`filtering.${field}`, 'Not a valid list.');
  if (value.length > max) throw paramError(`filtering.${field}`, `Length must be at most ${max}.`);
  return value.map(String);
}

function matches(video: VideoRecord, filtering: Record<string, unknown>): boolean {
  const ids = listFilter(filtering, 'video_ids', 100);
  const materials = listFilter(filtering, 'material_ids', 100);
  const ratios = filtering.ratio as number[] | undefined;
  if (ids && !ids.includes(video.video_id)) return false;
  if (materials && !materials.includes(video.material_id)) return false;
  if (typeof filtering.width === 'number' && video.width !== filtering.width) return false;
  if (typeof filtering.height === 'number' && video.height !== filtering.height) return false;
  if (typeof filtering.displayable === 'boolean' && video.displayable !== filtering.displayable) return false;
  return !ratios || ratios.some((ratio) => Math.abs(video.width / video.height - ratio) <= 0.05);
}

export const videoSearch: EndpointDef = {
  method: 'GET',
  path: '/file/video/ad/search/',
  handle(ctx) {
    const advertiser = ctx.advertiser('advertiser_id', ctx.query.advertiser_id);
    const filtering = queryObject(ctx, 'filtering');
    // The SDK's page_size range for video search: 1-100 (reference §4.6 notes BB's 1000).
    const paging = readPaging(ctx, 100);
    const rows = videosOf(ctx, advertiser.advertiser_id).filter((video) => matches(video, filtering));
    const page = paginate(rows, { ...paging, pageSize: ctx.query.page_size ? paging.pageSize : 20 });
    return { ...page, list: page.list.map(toWire) };
  },
};
