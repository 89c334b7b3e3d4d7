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

/** `GET /file/image/ad/info/` for up to 100 ids (SDK `FileApi.md` file_image_ad_info). */
export async function imageInfo(
  client: TikTokClient,
  token: string,
  advertiserId: string,
  imageIds: string[],
): Promise<LibraryImage[]> {
  const { items } = await paged<LibraryImage>(client, token, '/file/image/ad/info/', 'list', {
    advertiser_id: advertiserId,
    image_ids: imageIds,
  });
  return items;
}

/** One page of `GET /file/image/ad/search/`. */
export function searchImagesPage(
  client: TikTokClient,
  token: string,
  advertiserId: string,
  page: number,
  pageSize: number,
  filtering: Record<string, unknown> = {},
): Promise<Page<LibraryImage>> {
  return paged<LibraryImage>(client, token, '/file/image/ad/search/', 'list', {
    advertiser_id: advertiserId,
    filtering,
    page,
    page_size: pageSize,
  });
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
    // The recommender wants two URLs at least; one image is repeated (§4.6).
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
  // An id of "None" is how TikTok has answered an upload that silently failed (reference §4.6).
  if (!video?.video_id || String(video.video_id) === 'None') {
    throw new AppError('platform_rejected', 'TikTok accepted the video upload but made no usable video.', {
      billable: true,
    });
  }
  return { ...video, video_id: String(video.video_id) };
}

/** `GET /file/video/ad/info/` for up to 60 ids (SDK `FileApi.md` ad_video_info). */
export async function videoInfo(
  client: TikTokClient,
  token: string,
  advertiserId: string,
  videoIds: string[],
): Promise<LibraryVideo[]> {
  const { items } = await paged<LibraryVideo>(client, token, '/file/video/ad/info/', 'list', {
    advertiser_id: advertiserId,
    video_ids: videoIds,
  });
  return items;
}

/** One page of `GET /file/video/ad/search/` (SDK `FilteringVideoAdSearch.md`; page_size at most 100). */
export function searchVideosPage(
  client: TikTokClient,
  token: string,
  advertiserId: string,
  page: number,
  pageSize: number,
  filtering: Record<string, unknown> = {},
): Promise<Page<LibraryVideo>> {
  return paged<LibraryVideo>(client, token, '/file/video/ad/search/', 'list', {
    advertiser_id: advertiserId,
    filtering,
    page,
    page_size: Math.min(pageSize, 100),
  });
}
