/**
 * Identities and carousel music that exist before any client creates one.
 *
 * Identities are written the way `/identity/get/` answers them (SDK `python_sdk/docs/IdentityApi.md`
 * identity_get; `IdentityList.md`: identity_id, identity_type, display_name, profile_image,
 * available_status, can_pull_video, can_push_video, identity_authorized_bc_id). Music as
 * `/file/music/get/` answers it (music_id, material_id, name/author, duration), for the
 * CAROUSEL_ADS scene that carousel ads need (reference tiktok-tool-family.md §4.6).
 */
import { ADVERTISER_IDS } from './seed.js';

export type IdentityType = 'CUSTOMIZED_USER' | 'AUTH_CODE' | 'TT_USER' | 'BC_AUTH_TT';

export interface SeedIdentity {
  identity_id: string;
  advertiser_id: string;
  identity_type: IdentityType;
  display_name: string;
  /** Required to list or use a BC_AUTH_TT identity. */
  identity_authorized_bc_id?: string;
  available_status: 'AVAILABLE' | 'NO_VALID_BIND_ACCOUNT' | 'SCOPE_UNAVAILABLE';
  can_pull_video: boolean;
  can_push_video: boolean;
  profile_image: string;
  /** Spark posts of a TikTok account identity (`tiktok_item_id` values it may promote). */
  item_ids: string[];
}

export interface SeedMusic {
  music_id: string;
  material_id: string;
  name: string;
  author: string;
  duration: number;
  /** `music_scene` values the track may be used in. */
  scenes: Array<'CREATIVE_ASSET' | 'CAROUSEL_ADS'>;
}

export const IDENTITY_IDS = {
  /** CUSTOMIZED_USER "Acme" under ADVERTISER_IDS.US. */
  US_CUSTOM: '7100000000000000001',
  /** TT_USER @acme under ADVERTISER_IDS.US, with one Spark post. */
  US_TT_USER: '7100000000000000002',
  /** BC_AUTH_TT under ADVERTISER_IDS.US, visible only with its Business Center id. */
  US_BC: '7100000000000000003',
} as const;

export const BC_ID = '7200000000000000001';
export const SPARK_ITEM_ID = '7311111111111111111';
export const CAROUSEL_MUSIC_ID = '7000000000000000101';

export function createCreativeSeed(): { identities: SeedIdentity[]; musics: SeedMusic[] } {
  const base = { advertiser_id: ADVERTISER_IDS.US, available_status: 'AVAILABLE' as const };
  return {
    identities: [
      {
        ...base,
        identity_id: IDENTITY_IDS.US_CUSTOM,
        identity_type: 'CUSTOMIZED_USER',
        display_name: 'Acme',
        can_pull_video: false,
        can_push_video: false,
        profile_image: 'https://p16-sign.example.invalid/acme.png',
        item_ids: [],
      },
      {
        ...base,
        identity_id: IDENTITY_IDS.US_TT_USER,
        identity_type: 'TT_USER',
        display_name: '@acme',
        can_pull_video: true,
        can_push_video: true,
        profile_image: 'https://p16-sign.example.invalid/acme-tt.png',
        item_ids: [SPARK_ITEM_ID],
      },
      {
        ...base,
        identity_id: IDENTITY_IDS.US_BC,
        identity_type: 'BC_AUTH_TT',
        display_name: '@acme.partner',
        identity_authorized_bc_id: BC_ID,
        can_pull_video: true,
        can_push_video: false,
        profile_image: 'https://p16-sign.example.invalid/acme-bc.png',
        item_ids: [],
      },
    ],
    musics: [
      {
        music_id: CAROUSEL_MUSIC_ID,
        material_id: '7000000000000000901',
        name: 'Bright Morning',
        author: 'TikTok Commercial Music Library',
        duration: 30,
        scenes: ['CAROUSEL_ADS', 'CREATIVE_ASSET'],
      },
      {
        music_id: '7000000000000000102',
        material_id: '7000000000000000902',
        name: 'Night Drive',
        author: 'TikTok Commercial Music Library',
        duration: 45,
        scenes: ['CREATIVE_ASSET'],
      },
    ],
  };
}
