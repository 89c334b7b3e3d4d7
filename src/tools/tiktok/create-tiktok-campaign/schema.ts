/**
 * `create_tiktok_campaign`'s arguments: the hosted product's names (reference
 * tiktok-tool-family.md §2.1), with the ad group's fields taken from the ad-group domain so they
 * are checked by the same rules as `add_tiktok_ad_group`.
 */
import { z } from 'zod';
import { AD_GROUP_SHAPE, enumField, idList, idString } from '../../../domain/launch/adgroup-step.js';
import { CALL_TO_ACTIONS } from '../../../domain/launch/creative.js';

const S = AD_GROUP_SHAPE;
const text = (max: number) =>
  z
    .string()
    .min(1, { message: 'Must not be empty.' })
    .max(max, { message: `At most ${max} characters.` });
export const httpsUrl = z
  .string()
  .regex(/^https:\/\/[^\s/]+[^\s]*$/i, { message: 'Must be an https:// URL.' });

export const OBJECTIVE_VALUES = [
  'TRAFFIC',
  'CONVERSIONS',
  'LEAD_GENERATION',
  'REACH',
  'VIDEO_VIEWS',
  'APP_PROMOTION',
] as const;

/** What an ad says and where it leads: shared by every launch tool. */
export const creativeFields = {
  ad_text: text(100).describe('Ad text, 1 to 100 characters, no emoji (50 or fewer avoid truncation).'),
  landing_page_url: httpsUrl.describe('Where the ad leads: an https:// URL (URL parameters allowed).'),
  display_name: text(40)
    .optional()
    .describe(
      'Brand or business name shown on the ad (up to 40 characters); also the name of the identity created when the advertiser has none.',
    ),
  call_to_action: z
    .string()
    .optional()
    .describe(`The button. One of TikTok's values: ${CALL_TO_ACTIONS.join(', ')}. Default: LEARN_MORE.`),
  tiktok_item_id: idString('tiktok_item_id')
    .optional()
    .describe(
      'A TikTok post to promote as a Spark Ad: the post is the creative, and a TikTok account identity (list_tiktok_identities) speaks for it.',
    ),
};

export const campaignFields = {
  campaign_name: text(512).describe(
    'Campaign name (up to 512 characters, no emoji). Sent as given: a retry keeps the same name.',
  ),
  objective: z
    .enum(OBJECTIVE_VALUES)
    .optional()
    .describe(
      'TRAFFIC (default), CONVERSIONS (TikTok: WEB_CONVERSIONS), LEAD_GENERATION, REACH, VIDEO_VIEWS or APP_PROMOTION (needs app_id).',
    ),
  budget_daily: z
    .number()
    .positive()
    .optional()
    .describe('Daily budget in the account currency. Give this or budget_lifetime.'),
  budget_lifetime: z
    .number()
    .positive()
    .optional()
    .describe('Total budget over the schedule, in the account currency; needs schedule_end_time.'),
  budget_optimize_on: z
    .boolean()
    .optional()
    .describe(
      'Campaign budget optimisation: the budget sits on the campaign and TikTok spreads it. Default: false (the budget sits on the ad group). Always sent to TikTok explicitly.',
    ),
  schedule_end_time: S.schedule_end_time,
  app_id: S.app_id,
  app_promotion_type: z
    .enum(['APP_INSTALL', 'APP_RETARGETING'])
    .optional()
    .describe('For APP_PROMOTION: APP_INSTALL (default) or APP_RETARGETING.'),
  target_locations: idList('target_locations')
    .optional()
    .describe(
      'TikTok location ids (search_tiktok_targeting, regions). Default: ["6252001"] (United States).',
    ),
  target_age_groups: z
    .array(z.string())
    .optional()
    .describe(
      'Age groups: AGE_13_17, AGE_18_24, AGE_25_34, AGE_35_44, AGE_45_54, AGE_55_100. Default: 18 and over.',
    ),
  target_gender: z.string().optional().describe('GENDER_UNLIMITED (default), GENDER_MALE or GENDER_FEMALE.'),
  languages: S.languages,
  operating_systems: S.operating_systems,
  audience_ids: S.audience_ids,
  excluded_audience_ids: S.excluded_audience_ids,
  interest_category_ids: S.interest_category_ids,
  pixel_id: S.pixel_id,
  optimization_event: S.optimization_event,
  placement_type: S.placement_type,
  placements: S.placements,
  comment_disabled: S.comment_disabled,
  video_download_disabled: S.video_download_disabled,
  advertiser_id: idString('advertiser_id')
    .optional()
    .describe(
      'The TikTok advertiser to act on; required when several are connected (list_connected_accounts).',
    ),
  dry_run: z
    .boolean()
    .optional()
    .describe(
      'true: check everything and show every body that would be sent, in order, without sending any or using quota.',
    ),
};

export const createTikTokCampaignSchema = z
  .object({
    ...campaignFields,
    ...creativeFields,
    display_name: creativeFields.display_name
      .unwrap()
      .describe('Brand or business name shown on the ad (up to 40 characters).'),
    asset_bundle_id: z
      .string()
      .optional()
      .describe(
        'Images checked and uploaded by validate_and_prepare_tiktok_assets. One of asset_bundle_id, existing_image_ids, tiktok_item_id or card_id.',
      ),
    existing_image_ids: z
      .array(z.string().min(1))
      .min(1)
      .max(35)
      .optional()
      .describe('Image ids already in the library (discover_tiktok_assets), 1 to 35, shown in this order.'),
    card_id: z
      .string()
      .optional()
      .describe(
        'A carousel card from create_tiktok_carousel_card (card_type IMAGE): its images, in order, run as one carousel ad with the music TikTok recommended for them.',
      ),
    card_type: enumField('card_type', ['IMAGE', 'PRODUCT'])
      .optional()
      .describe('IMAGE (the default with a card_id). PRODUCT (catalog carousels) is not supported.'),
  })
  .strict();

export type CreateTikTokCampaignArgs = z.output<typeof createTikTokCampaignSchema>;
