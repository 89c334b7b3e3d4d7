/**
 * GET /file/music/get/ (reference tiktok-tool-family.md §4.6, BB `model/file/music/get.go`):
 * `music_scene` CREATIVE_ASSET (default), CAROUSEL_ADS or CATALOG_CAROUSEL; the carousel scenes
 * need `search_type`, and SEARCH_BY_RECOMMEND needs `filtering.image_urls`. Answers
 * `data.musics[]`. The endpoint is not in the SDK's docs, so this follows the third-party model.
 */
import { paramError } from '../envelope.js';
import { queryObject, queryValue } from './params.js';
import type { EndpointDef } from './types.js';

const SCENES = ['CREATIVE_ASSET', 'CAROUSEL_ADS', 'CATALOG_CAROUSEL'];
const SEARCH_TYPES = [
  'SEARCH_BY_RECOMMEND',
  'SEARCH_BY_KEYWORD',
  'SEARCH_BY_LIKED',
  'SEARCH_BY_HISTORY',
  'SEARCH_BY_MUSIC_ID',
  'SEARCH_BY_SOURCE',
];

export const musicGet: EndpointDef = {
  method: 'GET',
  path: '/file/music/get/',
  handle(ctx) {
    ctx.advertiser('advertiser_id', ctx.query.advertiser_id);
    const scene = queryValue(ctx, 'music_scene') ?? 'CREATIVE_ASSET';
    if (!SCENES.includes(scene)) throw paramError('music_scene', `Must be one of: ${SCENES.join(', ')}.`);
    const searchType = queryValue(ctx, 'search_type');
    if (scene !== 'CREATIVE_ASSET' && searchType === undefined) {
      throw paramError('search_type', 'Required when music_scene is CAROUSEL_ADS or CATALOG_CAROUSEL.');
    }
    if (searchType !== undefined && !SEARCH_TYPES.includes(searchType)) {
      throw paramError('search_type', `Must be one of: ${SEARCH_TYPES.join(', ')}.`);
    }
    const filtering = queryObject(ctx, 'filtering');
    if (searchType === 'SEARCH_BY_RECOMMEND') {
      const urls = filtering.image_urls;
      if (!Array.isArray(urls) || urls.length === 0) {
        throw paramError('filtering.image_urls', 'Required when search_type is SEARCH_BY_RECOMMEND.');
      }
    }
    const musics = ctx.store.seed.musics
      .filter((music) => music.scenes.includes(scene as 'CREATIVE_ASSET' | 'CAROUSEL_ADS'))
      .map(({ scenes: _scenes, ...music }) => music);
    return { musics };
  },
};
