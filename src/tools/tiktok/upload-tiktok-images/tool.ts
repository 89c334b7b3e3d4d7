/**
 * `upload_tiktok_images`: puts images into the advertiser's TikTok library from URLs. TikTok
 * downloads each one (`UPLOAD_BY_URL`, SDK `FileImageAdUpload.md`); each image's result is reported
 * on its own, so one bad URL does not hide the others.
 */
import { z } from 'zod';
import type { ToolDefinition } from '../../../core/tool.js';
import { idString } from '../../../domain/launch/adgroup-step.js';
import { AppError } from '../../../errors.js';
import type { ToolServices } from '../../services.js';
import { imageUrlsField, uploadAll } from '../launch/image-urls.js';

const schema = z
  .object({
    image_urls: imageUrlsField,
    advertiser_id: idString('advertiser_id')
      .optional()
      .describe('The TikTok advertiser; required when several are connected (list_connected_accounts).'),
  })
  .strict();

export const uploadTikTokImages: ToolDefinition<typeof schema, ToolServices> = {
  name: 'upload_tiktok_images',
  category: 'TikTok Ads Write',
  summary: 'Upload images to the TikTok library from URLs',
  description: [
    'Puts images into the advertiser\u2019s TikTok library from public URLs (1 to 20). TikTok downloads each one',
    'itself; the answer gives each image\u2019s `image_id`, size and format as TikTok measured them, or why TikTok',
    'refused it. Use the ids as `existing_image_ids` in `create_tiktok_campaign` or `image_ids` in `add_tiktok_ad`.',
    'To check images against the placements\u2019 specs first, use `validate_and_prepare_tiktok_assets` instead.',
  ].join('\n'),
  readOnly: false,
  billable: true,
  schema,
  example: { image_urls: ['https://example.com/spring-1.jpg', 'https://example.com/spring-2.png'] },

  async run(args, ctx) {
    const { outcomes } = await uploadAll(ctx, 'upload_tiktok_images', args);
    const uploaded = outcomes.filter((o) => o.image);
    if (uploaded.length === 0) {
      throw new AppError(
        'platform_rejected',
        `TikTok refused every image:\n${outcomes.map((o) => `- ${o.url}: ${o.error}`).join('\n')}`,
        {
          billable: true,
          details: { images: outcomes },
        },
      );
    }
    const lines = outcomes.map((o) =>
      o.image
        ? `- ${o.url}: \`${o.image.image_id}\` (${o.image.width}×${o.image.height} ${o.image.format}, ${o.image.size} bytes)`
        : `- ${o.url}: refused: ${o.error}`,
    );
    return {
      text: [`## ${uploaded.length} of ${outcomes.length} images uploaded`, '', ...lines].join('\n'),
      structured: {
        images: outcomes,
        image_ids: uploaded.map((o) => o.image?.image_id),
      },
    };
  },
};
