/** `add_tiktok_ad`'s arguments: the hosted product's names (reference tiktok-tool-family.md §2.1). */
import { z } from 'zod';
import { enumField, idString } from '../../../domain/launch/adgroup-step.js';
import { creativeIssues } from '../../../domain/launch/creative.js';
import { creativeFields } from '../create-tiktok-campaign/schema.js';
import { cardTypeIssues } from '../launch/cards.js';
import { imageUrlsField } from '../launch/image-urls.js';

export const addTikTokAdSchema = z
  .object({
    adgroup_id: idString('adgroup_id', { required: true }).describe('The ad group to add the ad to.'),
    ...creativeFields,
    ad_name: z
      .string()
      .min(1)
      .max(512)
      .optional()
      .describe(
        'Ad name (up to 512 characters). Default: the ad group\u2019s name followed by " - ad" and a short id.',
      ),
    ad_format: enumField('ad_format', ['SINGLE_IMAGE', 'SINGLE_VIDEO', 'CAROUSEL_ADS'])
      .optional()
      .describe(
        'Worked out from the creative when left out: images on TikTok run as CAROUSEL_ADS (TikTok\u2019s in-feed placement takes no single image), one image elsewhere as SINGLE_IMAGE, a Spark post as SINGLE_VIDEO.',
      ),
    image_ids: z
      .array(z.string().min(1))
      .min(1)
      .max(35)
      .optional()
      .describe(
        'Library image ids (upload_tiktok_images, discover_tiktok_assets), 1 to 35, in display order.',
      ),
    image_urls: imageUrlsField
      .optional()
      .describe(
        'Public image URLs (1 to 20) that TikTok downloads and adds to the library, instead of image_ids. JPG or PNG, under 50 MB.',
      ),
    identity_id: idString('identity_id')
      .optional()
      .describe(
        'The identity the ad speaks as (list_tiktok_identities). Resolved automatically when left out.',
      ),
    identity_type: enumField('identity_type', ['CUSTOMIZED_USER', 'AUTH_CODE', 'TT_USER', 'BC_AUTH_TT'])
      .optional()
      .describe('The type of identity_id.'),
    video_id: z
      .string()
      .min(1)
      .optional()
      .describe(
        'A library video (discover_tiktok_assets) for a SINGLE_VIDEO ad. Its cover is the one image of image_ids, or when left out the frame TikTok extracted from the video.',
      ),
    card_id: z
      .string()
      .optional()
      .describe(
        'A carousel card from create_tiktok_carousel_card (card_type IMAGE): its images, in order, with the music TikTok recommended for them.',
      ),
    card_type: enumField('card_type', ['IMAGE', 'PRODUCT']).optional().describe('Goes with card_id.'),
    advertiser_id: idString('advertiser_id')
      .optional()
      .describe('The TikTok advertiser; required when several are connected (list_connected_accounts).'),
    dry_run: z
      .boolean()
      .optional()
      .describe(
        'true: check everything and show the bodies that would be sent, without sending any or using quota.',
      ),
  })
  .strict();

export type AddTikTokAdArgs = z.output<typeof addTikTokAdSchema>;

export function addTikTokAdRules(args: Partial<AddTikTokAdArgs>) {
  const issues = creativeIssues(args, args.tiktok_item_id !== undefined);
  const video = args.video_id !== undefined;
  // With a video, image_ids is its cover, not a creative of its own.
  const sources = ['image_ids', 'image_urls', 'tiktok_item_id', 'card_id', 'video_id'].filter(
    (f) => args[f as keyof AddTikTokAdArgs] !== undefined && !(video && f === 'image_ids'),
  );
  if (sources.length !== 1) {
    issues.push({
      path: 'image_ids',
      code: 'invalid_combination',
      message: `Give exactly one creative: image_ids, image_urls, tiktok_item_id, card_id or video_id${sources.length > 1 ? ` (got ${sources.join(', ')})` : ''}.`,
    });
  }
  issues.push(...cardTypeIssues(args));
  if (video && (args.image_ids?.length ?? 0) > 1) {
    issues.push({
      path: 'image_ids',
      code: 'too_many',
      message:
        'A video ad takes exactly one cover image: give one image id, or none to use the frame TikTok extracted.',
    });
  }
  if (args.ad_format === 'SINGLE_VIDEO' && args.tiktok_item_id === undefined && !video) {
    issues.push({
      path: 'ad_format',
      code: 'invalid_combination',
      message: 'SINGLE_VIDEO needs video_id (a library video) or tiktok_item_id (a Spark post).',
    });
  }
  if (video && args.ad_format !== undefined && args.ad_format !== 'SINGLE_VIDEO') {
    issues.push({
      path: 'ad_format',
      code: 'invalid_combination',
      message: 'A video_id makes a SINGLE_VIDEO ad.',
    });
  }
  if (args.identity_type !== undefined && args.identity_id === undefined) {
    issues.push({
      path: 'identity_type',
      code: 'invalid_combination',
      message: 'identity_type goes with identity_id.',
    });
  }
  return issues;
}
