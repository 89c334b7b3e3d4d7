/**
 * The image library: POST /file/image/ad/upload/, GET /file/image/ad/info/ and
 * GET /file/image/ad/search/.
 *
 * Sources: SDK `python_sdk/docs/FileImageAdUpload.md` (upload_type UPLOAD_BY_FILE by default,
 * UPLOAD_BY_URL with `image_url`, UPLOAD_BY_FILE_ID; `file_name` 1-100 characters) and
 * `FileApi.md` file_image_ad_info (`image_ids` required); the answer's fields, JPG/PNG only, the
 * per-advertiser unique file name and the search filters from reference tiktok-tool-family.md §4.6
 * (BB `model/file/image/*`; the search endpoint is not in the SDK's FileApi.md).
 *
 * UPLOAD_BY_URL is what TikTok does with a URL: the emulator downloads it (from a local test
 * server in the tests) and reads the real width, height and format from the bytes with the
 * image-size library. A file that is not an image, or is not JPEG or PNG, is refused.
 */
import { createHash } from 'node:crypto';
import { imageSize } from 'image-size';
import type { ImageRecord } from '../creative-store.js';
import { paramError } from '../envelope.js';
import { formatTime } from '../rules/budget-rules.js';
import { SCOPE_IDS } from '../seed.js';
import { downloadFile } from './download.js';
import { readString, toWire, uploadFileName } from './library.js';
import { paginate, queryJson, queryObject, readPaging, stringListOf } from './params.js';
import type { EndpointContext, EndpointDef } from './types.js';

/** TikTok's recommended maximum file size for an ad image (§4.6). */
export const MAX_IMAGE_BYTES = 50 * 1024 * 1024;
const FORMATS: Record<string, string> = { jpg: 'jpeg', png: 'png' };

async function uploadByUrl(ctx: EndpointContext, advertiserId: string): Promise<ImageRecord> {
  const url = readString(ctx, 'image_url', true) as string;
  if (!/^https?:\/\//i.test(url)) throw paramError('image_url', 'Not a valid URL.');
  const { creative } = ctx.store;
  const fileName = uploadFileName(ctx, url, 'image', (name) =>
    [...creative.images.values()].some(
      (image) => image.advertiser_id === advertiserId && image.file_name === name,
    ),
  );

  // TikTok's own CDN (a video's extracted cover) is read from where TikTok keeps it.
  const bytes = creative.cdnFiles.get(url) ?? (await downloadFile(url, MAX_IMAGE_BYTES, 'image_url'));
  let size: { width: number; height: number; type?: string };
  try {
    size = imageSize(bytes);
  } catch {
    throw paramError('image_url', 'The file is not a valid image.');
  }
  const format = FORMATS[size.type ?? ''];
  if (!format) throw paramError('image_url', `Unsupported image format ${size.type}; use JPG, JPEG or PNG.`);
  const signature = createHash('md5').update(bytes).digest('hex');
  const imageId = `ad-site-i18n-sg/${creative.nextId('2026')}${signature.slice(0, 8)}`;
  const now = formatTime(ctx.now.getTime());
  const record: ImageRecord = {
    image_id: imageId,
    material_id: creative.nextId('73'),
    advertiser_id: advertiserId,
    file_name: fileName,
    width: size.width,
    height: size.height,
    format,
    size: bytes.length,
    signature,
    image_url: `https://p16-ad-sg.tiktokcdn.invalid/${imageId}`,
    is_carousel_usable: true,
    displayable: true,
    create_time: now,
    modify_time: now,
  };
  creative.images.set(imageId, record);
  creative.imageBytes.set(imageId, bytes);
  return record;
}

export const imageUpload: EndpointDef = {
  method: 'POST',
  path: '/file/image/ad/upload/',
  scope: SCOPE_IDS.ADS_MANAGEMENT,
  async handle(ctx) {
    const advertiser = ctx.advertiser('advertiser_id', ctx.body.advertiser_id);
    const type = readString(ctx, 'upload_type', false) ?? 'UPLOAD_BY_FILE';
    if (type === 'UPLOAD_BY_URL') return toWire(await uploadByUrl(ctx, advertiser.advertiser_id));
    if (type === 'UPLOAD_BY_FILE') throw paramError('image_file', 'Missing data for required field.');
    if (type === 'UPLOAD_BY_FILE_ID') throw paramError('file_id', 'Missing data for required field.');
    throw paramError('upload_type', 'Must be one of: UPLOAD_BY_FILE, UPLOAD_BY_URL, UPLOAD_BY_FILE_ID.');
  },
};

function imagesOf(ctx: EndpointContext, advertiserId: string): ImageRecord[] {
  return [...ctx.store.creative.images.values()].filter((image) => image.advertiser_id === advertiserId);
}

export const imageInfo: EndpointDef = {
  method: 'GET',
  path: '/file/image/ad/info/',
  handle(ctx) {
    const advertiser = ctx.advertiser('advertiser_id', ctx.query.advertiser_id);
    const ids = stringListOf('image_ids', queryJson(ctx, 'image_ids', true));
    if (!ids || ids.length < 1 || ids.length > 100)
      throw paramError('image_ids', 'Length must be between 1 and 100.');
    const list = imagesOf(ctx, advertiser.advertiser_id).filter((image) => ids.includes(image.image_id));
    return { list: list.map(toWire) };
  },
};

/** Search filters (§4.6): ids, width, height, ratios within ±0.05, displayable. */
function matches(image: ImageRecord, filtering: Record<string, unknown>): boolean {
  const ids = filtering.image_ids as string[] | undefined;
  const ratios = filtering.ratio as number[] | undefined;
  if (ids && !ids.includes(image.image_id)) return false;
  if (typeof filtering.width === 'number' && image.width !== filtering.width) return false;
  if (typeof filtering.height === 'number' && image.height !== filtering.height) return false;
  if (typeof filtering.displayable === 'boolean' && image.displayable !== filtering.displayable) return false;
  return !ratios || ratios.some((ratio) => Math.abs(image.width / image.height - ratio) <= 0.05);
}

export const imageSearch: EndpointDef = {
  method: 'GET',
  path: '/file/image/ad/search/',
  handle(ctx) {
    const advertiser = ctx.advertiser('advertiser_id', ctx.query.advertiser_id);
    const filtering = queryObject(ctx, 'filtering');
    if (filtering.image_ids !== undefined && !Array.isArray(filtering.image_ids)) {
      throw paramError('filtering.image_ids', 'Not a valid list.');
    }
    const paging = readPaging(ctx, 1000);
    const rows = imagesOf(ctx, advertiser.advertiser_id).filter((image) => matches(image, filtering));
    const page = paginate(rows, { ...paging, pageSize: ctx.query.page_size ? paging.pageSize : 20 });
    return { ...page, list: page.list.map(toWire) };
  },
};
