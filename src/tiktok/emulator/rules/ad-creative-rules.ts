/**
 * TikTok's rules for one creative of POST /ad/create/, first broken rule wins (40002).
 *
 * Fields: SDK `python_sdk/docs/AdcreateCreatives.md` (HEAD). Rules, from reference
 * tiktok-tool-family.md §4.4 (SDK-OLD `AdcreateCreatives.md` @d0fb2f8 descriptions; BB
 * `model/ad/creative.go`, `enum/ad_format.go`, `enum/call_to_action.go`):
 * - `ad_format` SINGLE_IMAGE, SINGLE_VIDEO or CAROUSEL_ADS (CATALOG_CAROUSEL and LIVE_CONTENT need
 *   a catalog or a live room, which the emulator does not have);
 * - "For in-feed ads on TikTok, set this field to SINGLE_VIDEO": SINGLE_IMAGE is refused when the
 *   ad group's placements include TikTok;
 * - an identity (`identity_type` + `identity_id`) of the advertiser; BC_AUTH_TT with its
 *   `identity_authorized_bc_id`;
 * - SINGLE_VIDEO: `video_id` of the library and exactly one cover in `image_ids`; Spark
 *   (`tiktok_item_id`): a post of a TikTok-account identity, not with CUSTOMIZED_USER, and no
 *   video or images;
 * - CAROUSEL_ADS: 1-35 carousel-usable images and a `music_id`;
 * - `ad_text` 1-100 characters without emoji (not for Spark); `display_name` 1-40; a
 *   `call_to_action` from TikTok's list or a `call_to_action_id`; `landing_page_url` an http(s) URL,
 *   required for website ad groups.
 */
import { paramError } from '../envelope.js';
import type { JsonValue } from '../json.js';
import type { SeedIdentity } from '../seed-creative.js';
import type { EmulatorStore } from '../store.js';

export const CALL_TO_ACTIONS = [
  'APPLY_NOW',
  'BOOK_NOW',
  'CALL_NOW',
  'CONTACT_US',
  'DOWNLOAD_NOW',
  'EXPERIENCE_NOW',
  'GET_QUOTE',
  'GET_SHOWTIMES',
  'GET_TICKETS_NOW',
  'INSTALL_NOW',
  'INTERESTED',
  'LEARN_MORE',
  'LISTEN_NOW',
  'ORDER_NOW',
  'PLAY_GAME',
  'PREORDER_NOW',
  'READ_MORE',
  'SEND_MESSAGE',
  'SHOP_NOW',
  'SIGN_UP',
  'SUBSCRIBE',
  'VIEW_NOW',
  'VIEW_PROFILE',
  'VISIT_STORE',
  'WATCH_LIVE',
  'WATCH_NOW',
];
const FORMATS = ['SINGLE_IMAGE', 'SINGLE_VIDEO', 'CAROUSEL_ADS'];
const IDENTITY_TYPES = ['CUSTOMIZED_USER', 'AUTH_CODE', 'TT_USER', 'BC_AUTH_TT'];
const EMOJI = /\p{Extended_Pictographic}/u;

export interface CreativeContext {
  store: EmulatorStore;
  advertiserId: string;
  /** The ad group's placements as saved (AUTOMATIC placement includes TikTok). */
  placements: string[];
  promotionType: string | undefined;
  /** Path prefix for messages, e.g. `creatives.0`. */
  at: string;
}

type Creative = Record<string, JsonValue>;

function text(c: CreativeContext, creative: Creative, field: string): string | undefined {
  const value = creative[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw paramError(`${c.at}.${field}`, 'Not a valid string.');
  return value;
}

function list(c: CreativeContext, creative: Creative, field: string): string[] | undefined {
  const value = creative[field];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw paramError(`${c.at}.${field}`, 'Not a valid list of strings.');
  }
  return value as string[];
}

function checkIdentity(c: CreativeContext, creative: Creative): SeedIdentity {
  const type = text(c, creative, 'identity_type');
  const id = text(c, creative, 'identity_id');
  if (type === undefined) throw paramError(`${c.at}.identity_type`, 'Missing data for required field.');
  if (!IDENTITY_TYPES.includes(type)) {
    throw paramError(`${c.at}.identity_type`, `Must be one of: ${IDENTITY_TYPES.join(', ')}.`);
  }
  if (id === undefined) throw paramError(`${c.at}.identity_id`, 'Missing data for required field.');
  const identity = c.store.seed.identities.find(
    (item) => item.identity_id === id && item.advertiser_id === c.advertiserId && item.identity_type === type,
  );
  if (!identity) throw paramError(`${c.at}.identity_id`, `Identity ${id} of type ${type} does not exist.`);
  if (
    type === 'BC_AUTH_TT' &&
    text(c, creative, 'identity_authorized_bc_id') !== identity.identity_authorized_bc_id
  ) {
    throw paramError(
      `${c.at}.identity_authorized_bc_id`,
      'Required for BC_AUTH_TT, and must be the identity\u2019s Business Center.',
    );
  }
  return identity;
}

function checkImages(c: CreativeContext, ids: string[], field = 'image_ids'): void {
  ids.forEach((id, index) => {
    const image = c.store.creative.images.get(id);
    if (!image || image.advertiser_id !== c.advertiserId) {
      throw paramError(`${c.at}.${field}.${index}`, `Image ${id} does not exist under this advertiser.`);
    }
  });
}

function checkSpark(c: CreativeContext, spark: string, identity: SeedIdentity, hasMedia: boolean): void {
  if (identity.identity_type === 'CUSTOMIZED_USER') {
    throw paramError(
      `${c.at}.tiktok_item_id`,
      'Spark Ads need a TikTok account identity, not CUSTOMIZED_USER.',
    );
  }
  if (!identity.item_ids.includes(spark)) {
    throw paramError(`${c.at}.tiktok_item_id`, `Post ${spark} is not authorised for this identity.`);
  }
  if (hasMedia) {
    throw paramError(
      `${c.at}.tiktok_item_id`,
      'A Spark Ad uses the post itself: send no video_id or image_ids.',
    );
  }
}

function checkVideo(c: CreativeContext, videoId: string | undefined, images: string[]): void {
  if (videoId === undefined) throw paramError(`${c.at}.video_id`, 'Missing data for required field.');
  const video = c.store.creative.videos.get(videoId);
  if (!video || video.advertiser_id !== c.advertiserId) {
    throw paramError(`${c.at}.video_id`, `Video ${videoId} does not exist under this advertiser.`);
  }
  if (images.length !== 1) throw paramError(`${c.at}.image_ids`, 'A video ad takes exactly one cover image.');
}

function checkCarousel(c: CreativeContext, creative: Creative, images: string[]): void {
  if (images.length < 1 || images.length > 35) {
    throw paramError(`${c.at}.image_ids`, 'Length must be between 1 and 35.');
  }
  const music = text(c, creative, 'music_id');
  if (music === undefined) throw paramError(`${c.at}.music_id`, 'Missing data for required field.');
  if (!c.store.seed.musics.some((m) => m.music_id === music && m.scenes.includes('CAROUSEL_ADS'))) {
    throw paramError(`${c.at}.music_id`, `Music ${music} cannot be used in carousel ads.`);
  }
  checkImages(c, images);
  if (images.some((id) => !c.store.creative.images.get(id)?.is_carousel_usable)) {
    throw paramError(`${c.at}.image_ids`, 'Every image of a carousel must be carousel-usable.');
  }
}

function checkMedia(c: CreativeContext, creative: Creative, format: string, identity: SeedIdentity): void {
  const images = list(c, creative, 'image_ids') ?? [];
  const spark = text(c, creative, 'tiktok_item_id');
  const videoId = text(c, creative, 'video_id');
  if (spark !== undefined) {
    checkSpark(c, spark, identity, videoId !== undefined || images.length > 0);
    return;
  }
  if (format === 'SINGLE_VIDEO') {
    checkVideo(c, videoId, images);
    checkImages(c, images);
    return;
  }
  if (format === 'CAROUSEL_ADS') {
    checkCarousel(c, creative, images);
    return;
  }
  if (c.placements.includes('PLACEMENT_TIKTOK')) {
    throw paramError(
      `${c.at}.ad_format`,
      'SINGLE_IMAGE is not supported on the TikTok placement; use SINGLE_VIDEO or CAROUSEL_ADS.',
    );
  }
  if (images.length !== 1) throw paramError(`${c.at}.image_ids`, 'SINGLE_IMAGE takes exactly one image.');
  checkImages(c, images);
}

function checkAdText(c: CreativeContext, creative: Creative, spark: boolean): void {
  const adText = text(c, creative, 'ad_text');
  if (!spark && (adText === undefined || adText.length < 1)) {
    throw paramError(`${c.at}.ad_text`, 'Missing data for required field.');
  }
  if (adText !== undefined && (adText.length > 100 || EMOJI.test(adText))) {
    throw paramError(`${c.at}.ad_text`, 'Ad text must be 1-100 characters and cannot contain emoji.');
  }
  const display = text(c, creative, 'display_name');
  if (display !== undefined && (display.length < 1 || display.length > 40)) {
    throw paramError(`${c.at}.display_name`, 'Length must be between 1 and 40.');
  }
}

function checkLinks(c: CreativeContext, creative: Creative): void {
  const cta = text(c, creative, 'call_to_action');
  if (cta !== undefined && !CALL_TO_ACTIONS.includes(cta)) {
    throw paramError(`${c.at}.call_to_action`, `Must be one of: ${CALL_TO_ACTIONS.join(', ')}.`);
  }
  if (cta === undefined && creative.call_to_action_id === undefined) {
    throw paramError(`${c.at}.call_to_action`, 'Either call_to_action or call_to_action_id is required.');
  }
  const url = text(c, creative, 'landing_page_url');
  if (url !== undefined && !/^https?:\/\/[^\s]+$/i.test(url)) {
    throw paramError(`${c.at}.landing_page_url`, 'Not a valid URL.');
  }
  if (url === undefined && c.promotionType === 'WEBSITE') {
    throw paramError(`${c.at}.landing_page_url`, 'Required for an ad group that promotes a website.');
  }
}

/** Checks one creative; returns its ad format. */
export function checkCreative(c: CreativeContext, creative: Creative): string {
  const format = text(c, creative, 'ad_format');
  if (format === undefined) throw paramError(`${c.at}.ad_format`, 'Missing data for required field.');
  if (!FORMATS.includes(format))
    throw paramError(`${c.at}.ad_format`, `Must be one of: ${FORMATS.join(', ')}.`);
  const identity = checkIdentity(c, creative);
  checkMedia(c, creative, format, identity);
  checkAdText(c, creative, creative.tiktok_item_id !== undefined);
  checkLinks(c, creative);
  const status = creative.operation_status;
  if (status !== undefined && status !== 'ENABLE' && status !== 'DISABLE') {
    throw paramError(`${c.at}.operation_status`, 'Must be one of: ENABLE, DISABLE.');
  }
  return format;
}
