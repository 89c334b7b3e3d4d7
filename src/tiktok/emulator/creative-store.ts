/**
 * What clients uploaded and created for launches: images, videos, campaigns and ads made through
 * the create endpoints, and the `request_id`s TikTok remembers for its idempotent creates. Kept
 * apart from store.ts so the launch endpoints own their state; `EmulatorStore.load()` replaces it.
 */
export interface ImageRecord {
  image_id: string;
  material_id: string;
  advertiser_id: string;
  file_name: string;
  width: number;
  height: number;
  /** `jpeg` or `png`, as image-size reads the bytes. */
  format: string;
  size: number;
  signature: string;
  image_url: string;
  is_carousel_usable: boolean;
  displayable: boolean;
  create_time: string;
  modify_time: string;
}

export interface VideoRecord {
  video_id: string;
  material_id: string;
  advertiser_id: string;
  file_name: string;
  width: number;
  height: number;
  duration: number;
  format: string;
  bit_rate: number;
  size: number;
  signature: string;
  video_cover_url: string;
  preview_url: string;
  displayable: boolean;
  allow_download: boolean;
  allowed_placements: string[];
  create_time: string;
  modify_time: string;
}

export interface CreatedAd {
  adId: string;
  /** The creative exactly as received. */
  creative: Record<string, unknown>;
}

export class CreativeState {
  images = new Map<string, ImageRecord>();
  /** The bytes of each uploaded image, served back at its `image_url`. */
  imageBytes = new Map<string, Buffer>();
  videos = new Map<string, VideoRecord>();
  /** Files TikTok itself serves (the covers it extracts from videos), by URL. */
  cdnFiles = new Map<string, Buffer>();
  /** `${advertiser_id}:${request_id}` → campaign_id, for /campaign/create/. */
  campaignRequestIds = new Map<string, string>();
  /** Campaign create bodies as received, by campaign_id. */
  campaignBodies = new Map<string, Record<string, unknown>>();
  /** Ads made through /ad/create/, in creation order. */
  createdAds: CreatedAd[] = [];
  /** How many creates answered from a remembered request_id instead of creating. */
  dedupHits = 0;
  private seq = 0;

  /** A fresh 16-digit id with the given leading digits, unique across kinds. */
  nextId(prefix: string): string {
    this.seq++;
    return `${prefix}${String(this.seq).padStart(16 - prefix.length, '0')}`;
  }
}
