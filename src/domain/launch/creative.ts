/**
 * An ad's creative, checked before anything reaches TikTok and mapped onto `/ad/create/`'s
 * creative (SDK `python_sdk/docs/AdcreateCreatives.md`; rules from reference
 * tiktok-tool-family.md §4.4 and the decisions in docs/tools/launch.md):
 * - images on the TikTok placement become a CAROUSEL_ADS creative (1-35 images and a music track),
 *   because TikTok's in-feed placement takes no SINGLE_IMAGE ("For in-feed ads on TikTok, set this
 *   field to SINGLE_VIDEO"); SINGLE_IMAGE is sent only where TikTok is not a placement;
 * - a video is SINGLE_VIDEO with exactly one cover image; a Spark Ad (`tiktok_item_id`) uses the
 *   post itself and a TikTok-account identity;
 * - ad text 1-100 characters without emoji, display name up to 40, a call to action from TikTok's
 *   list (LEARN_MORE when none is given), an https landing page.
 */
import type { ArgumentIssue } from '../../errors.js';

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
] as const;

/** Names other products use that TikTok does not have, and TikTok's nearest value. */
const CTA_SYNONYMS: Record<string, string> = {
  DOWNLOAD: 'DOWNLOAD_NOW',
  BUY_NOW: 'SHOP_NOW',
  GET_OFFER: 'SHOP_NOW',
  INSTALL: 'INSTALL_NOW',
};

export const MAX_CAROUSEL_IMAGES = 35;
const EMOJI = /\p{Extended_Pictographic}/u;

export type CreativeSource =
  | { kind: 'images'; imageIds: string[] }
  | { kind: 'video'; videoId: string; coverImageId: string }
  | { kind: 'spark'; itemId: string };

export interface CreativeInput {
  ad_text?: string | undefined;
  display_name?: string | undefined;
  landing_page_url?: string | undefined;
  call_to_action?: string | undefined;
  ad_name?: string | undefined;
}

/** The creative's own problems, under the caller's argument names. */
export function creativeIssues(input: CreativeInput, spark: boolean): ArgumentIssue[] {
  const issues: ArgumentIssue[] = [];
  const text = input.ad_text;
  if (text !== undefined && EMOJI.test(text)) {
    issues.push({
      path: 'ad_text',
      code: 'invalid_value',
      message: 'TikTok refuses emoji in ad text; remove them.',
    });
  }
  if (!spark && (text === undefined || text.trim() === '')) {
    issues.push({
      path: 'ad_text',
      code: 'required',
      message: '`ad_text` is required (1 to 100 characters).',
    });
  }
  if (input.display_name !== undefined && EMOJI.test(input.display_name)) {
    issues.push({
      path: 'display_name',
      code: 'invalid_value',
      message: 'TikTok refuses emoji in the display name.',
    });
  }
  const cta = input.call_to_action;
  if (cta !== undefined && !(CALL_TO_ACTIONS as readonly string[]).includes(cta)) {
    const near = CTA_SYNONYMS[cta];
    issues.push({
      path: 'call_to_action',
      code: 'invalid_enum_value',
      message: `"${cta}" is not one of TikTok's calls to action${near ? `; TikTok's is ${near}` : ''}. Use one of ${CALL_TO_ACTIONS.join(', ')}.`,
    });
  }
  return issues;
}

/** The `/ad/create/` creative for one ad. */
export function buildCreative(
  input: CreativeInput,
  source: CreativeSource,
  identity: { identity_type: string; identity_id: string; identity_authorized_bc_id?: string | undefined },
  options: { tiktokPlacement: boolean; musicId?: string | undefined; adName: string },
): Record<string, unknown> {
  const creative: Record<string, unknown> = {
    ad_name: input.ad_name ?? options.adName,
    identity_type: identity.identity_type,
    identity_id: identity.identity_id,
    ...(identity.identity_authorized_bc_id
      ? { identity_authorized_bc_id: identity.identity_authorized_bc_id }
      : {}),
    call_to_action: input.call_to_action ?? 'LEARN_MORE',
  };
  if (input.ad_text !== undefined) creative.ad_text = input.ad_text;
  if (input.display_name !== undefined) creative.display_name = input.display_name;
  if (input.landing_page_url !== undefined) creative.landing_page_url = input.landing_page_url;
  if (source.kind === 'spark') {
    creative.ad_format = 'SINGLE_VIDEO';
    creative.tiktok_item_id = source.itemId;
  } else if (source.kind === 'video') {
    creative.ad_format = 'SINGLE_VIDEO';
    creative.video_id = source.videoId;
    creative.image_ids = [source.coverImageId];
  } else if (options.tiktokPlacement || source.imageIds.length > 1) {
    creative.ad_format = 'CAROUSEL_ADS';
    creative.image_ids = source.imageIds;
    creative.music_id = options.musicId;
  } else {
    creative.ad_format = 'SINGLE_IMAGE';
    creative.image_ids = source.imageIds;
  }
  return creative;
}

/** Whether an ad group's placements include TikTok (automatic placement does). */
export function onTikTok(placementType: unknown, placements: unknown): boolean {
  if (placementType !== 'PLACEMENT_TYPE_NORMAL') return true;
  return Array.isArray(placements) && placements.includes('PLACEMENT_TIKTOK');
}
