/**
 * `create_tiktok_video_campaign`'s arguments: the hosted product's names (reference
 * tiktok-tool-family.md §2.1), the campaign and ad-group fields shared with create_tiktok_campaign.
 */
import { z } from 'zod';
import { enumField } from '../../../domain/launch/adgroup-step.js';
import { campaignFields, creativeFields } from '../create-tiktok-campaign/schema.js';

const url = z
  .string()
  .regex(/^https?:\/\/[^\s/]+[^\s]*$/i, { message: 'Must be a URL, https:// as a rule.' });

export const createTikTokVideoCampaignSchema = z
  .object({
    ...campaignFields,
    ...creativeFields,
    video_url: url
      .optional()
      .describe(
        'A direct link to the video file (MP4, MOV, MPEG or AVI, up to 500 MB; 9:16 suits TikTok best). TikTok downloads it; the gateway first checks that the link serves a video. A share page (Google Drive, Dropbox) is HTML: use its download link. Give this or tiktok_item_id.',
      ),
    cover_image_url: url
      .optional()
      .describe(
        "The cover image's URL, with the video's aspect ratio (for 9:16, 1080×1920). Default: the frame TikTok extracts from the video.",
      ),
    display_name: creativeFields.display_name.describe(
      'Brand or business name shown on the ad (up to 40 characters). Default: the campaign name, cut to 40.',
    ),
    card_id: z
      .string()
      .optional()
      .describe('Not for video campaigns: carousel cards go with create_tiktok_campaign.'),
    card_type: enumField('card_type', ['IMAGE', 'PRODUCT']).optional().describe('Goes with card_id.'),
  })
  .strict();

export type CreateTikTokVideoCampaignArgs = z.output<typeof createTikTokVideoCampaignSchema>;
