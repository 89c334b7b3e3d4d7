/**
 * The advertiser's creative library (reference tiktok-tool-family.md §4.6): images uploaded by URL
 * (TikTok downloads them itself: `UPLOAD_BY_URL`), read back by id, searched page by page, and the
 * music a carousel needs. Over the client's generic `request`.
 *
 * Uploads carry no idempotency key at TikTok, but a file name must be unique per advertiser, so a
 * caller that names the upload after the call finds the earlier one by name instead of re-sending.
 */
import { AppError } from '../errors.js';
import type { TikTokClient } from './client.js';
import { type Page, paged } from './lookups.js';

export interface LibraryImage {
  image_id: string;
  material_id?: string;
  file_name?: string;
  width?: number;
  height?: number;
  format?: string;
  size?: number;
  image_url?: string;
  signature?: string;
  is_carousel_usable?: boolean;
  displayable?: boolean;
  create_time?: string;
  [field: string]: unknown;
}

export interface Music {
  music_id: string;
  name?: string;
  author?: string;
  duration?: number;
  [field: string]: unknown;
}

/** `POST /file/image/ad/upload/` with `UPLOAD_BY_URL` (SDK `FileImageAdUpload.md`). */
export async function uploadImageByUrl(
  client: TikTokClient,
  token: string,
  advertiserId: string,
  imageUrl: string,
  fileName: string,
): Promise<LibraryImage> {
  const { data } = await client.request<LibraryImage>({
    method: 'POST',
    path: '/file/image/ad/upload/',
    accessToken: token,
    body: {
      advertiser_id: advertiserId,
      upload_type: 'UPLOAD_BY_URL',
      image_url: imageUrl,
      file_name: fileName,
    },
    write: true,
  });
  return { ...data, image_id: String(data.image_id) };
}

/**
 * Music TikTok recommends for a carousel of these images (`music_scene=CAROUSEL_ADS`,
 * `search_type=SEARCH_BY_RECOMMEND` with the images' URLs, §4.6).
 */
export async function carouselMusic(
  client: TikTokClient,
  token: string,
  advertiserId: string,
  imageUrls: string[],
): Promise<Music[]> {
  const { items } = await paged<Music>(client, token, '/file/music/get/', 'musics', {
    advertiser_id: advertiserId,
    music_scene: 'CAROUSEL_ADS',
    search_type: 'SEARCH_BY_RECOMMEND',
    // The recommender wants two URLs at least; one image is repeated. Third-party knowledge (reference
    // §4.6), not in TikTok's SDK docs; repeating a URL changes nothing when TikTok takes one.
    filtering: { image_urls: imageUrls.length === 1 ? [imageUrls[0], imageUrls[0]] : imageUrls },
  });
  return items.map((music) => ({ ...music, music_id: String(music.music_id) }));
}

export interface LibraryVideo {
  video_id: string;
  material_id?: string;
  file_name?: string;
  width?: number;
  height?: number;
  duration?: number;
  format?: string;
  size?: number;
  video_cover_url?: string;
  preview_url?: string;
  displayable?: boolean;
  create_time?: string;
  [field: string]: unknown;
}

/**
 * `POST /file/video/ad/upload/` with `UPLOAD_BY_URL` (SDK `FileApi.md` ad_video_upload); TikTok
 * answers a list of video objects, one here.
 */
export async function uploadVideoByUrl(
  client: TikTokClient,
  token: string,
  advertiserId: string,
  videoUrl: string,
  fileName: string,
): Promise<LibraryVideo> {
  const { data } = await client.request<LibraryVideo[] | LibraryVideo>({
    method: 'POST',
    path: '/file/video/ad/upload/',
    accessToken: token,
    body: {
      advertiser_id: advertiserId,
      upload_type: 'UPLOAD_BY_URL',
      video_url: videoUrl,
      file_name: fileName,
    },
    write: true,
  });
  const video = Array.isArray(data) ? data[0] : data;
  // An id of "None" is how TikTok has answered an upload that silently failed: third-party knowledge
  // (reference §4.6), not in TikTok's SDK docs; refusing an unusable id is safe whatever its cause.
  if (!video?.video_id || String(video.video_id) === 'None') {
    throw new AppError('platform_rejected', 'TikTok accepted the video upload but made no usable video.', {
      billable: true,
    });
  }
  return { ...video, video_id: String(video.video_id) };
}

/**
 * The two libraries' reads have one shape (SDK `FileApi.md`): `/file/<kind>/ad/info/` takes ids in
 * `<kind>_ids` (file_image_ad_info up to 100, ad_video_info up to 60) and answers `list`;
 * `/file/<kind>/ad/search/` takes `filtering`, `page`, `page_size` (video: at most 100,
 * `FilteringVideoAdSearch.md`).
 */
interface LibraryItems {
  image: LibraryImage;
  video: LibraryVideo;
}
const MAX_SEARCH_PAGE: Record<keyof LibraryItems, number> = { image: Number.POSITIVE_INFINITY, video: 100 };

/** `GET /file/image/ad/info/` or `/file/video/ad/info/`: these ids, as TikTok knows them. */
export async function libraryInfo<K extends keyof LibraryItems>(
  client: TikTokClient,
  token: string,
  advertiserId: string,
  kind: K,
  ids: string[],
): Promise<LibraryItems[K][]> {
  const { items } = await paged<LibraryItems[K]>(client, token, `/file/${kind}/ad/info/`, 'list', {
    advertiser_id: advertiserId,
    [`${kind}_ids`]: ids,
  });
  return items;
}

/** One page of `GET /file/image/ad/search/` or `/file/video/ad/search/`. */
export function searchLibraryPage<K extends keyof LibraryItems>(
  client: TikTokClient,
  token: string,
  advertiserId: string,
  kind: K,
  page: number,
  pageSize: number,
  filtering: Record<string, unknown> = {},
): Promise<Page<LibraryItems[K]>> {
  return paged<LibraryItems[K]>(client, token, `/file/${kind}/ad/search/`, 'list', {
    advertiser_id: advertiserId,
    filtering,
    page,
    page_size: Math.min(pageSize, MAX_SEARCH_PAGE[kind]),
  });
}
