/**
 * `discover_tiktok_assets`: the advertiser's image library (`/file/image/ad/search/`, every page),
 * with ids, sizes and ratios, so that existing images can be reused instead of uploaded again.
 */
import { z } from 'zod';
import type { ToolDefinition } from '../../../core/tool.js';
import { describeRatio } from '../../../domain/launch/image-specs.js';
import { type LibraryImage, searchImagesPage } from '../../../tiktok/files.js';
import type { ToolServices } from '../../services.js';
import { advertiserIdField } from '../advertiser-field.js';
import { listFacts, listTable } from '../markdown.js';
import { collectAccountList } from '../paging.js';

const schema = z.strictObject({ advertiser_id: advertiserIdField() });

export const discoverTikTokAssets: ToolDefinition<typeof schema, ToolServices> = {
  name: 'discover_tiktok_assets',
  category: 'TikTok Ads Read',
  summary: 'List the images in the advertiser\u2019s TikTok library, with ids, sizes and ratios',
  description: [
    'Lists the images already in the advertiser\u2019s TikTok library, every page, with `image_id`, width, height,',
    'aspect ratio, format, size and upload time. Reuse them as `existing_image_ids` in `create_tiktok_campaign`',
    'or `image_ids` in `add_tiktok_ad` instead of uploading again.',
  ].join('\n'),
  readOnly: true,
  billable: true,
  schema,
  example: {},

  async run(args, ctx) {
    const { account, collected } = await collectAccountList<LibraryImage>(
      ctx,
      args.advertiser_id,
      (client, token, id, page, size) => searchImagesPage(client, token, id, page, size),
    );
    const rows = collected.items.map((image) => ({
      image_id: String(image.image_id),
      file_name: image.file_name ?? '',
      width: Number(image.width ?? 0),
      height: Number(image.height ?? 0),
      ratio: image.width && image.height ? describeRatio(Number(image.width), Number(image.height)) : '',
      format: image.format ?? '',
      size: Number(image.size ?? 0),
      is_carousel_usable: image.is_carousel_usable === true,
      create_time: image.create_time ?? '',
    }));
    const intro = `**${account.name}** (advertiser_id ${account.advertiserId}) has ${collected.total} ${collected.total === 1 ? 'image' : 'images'} in its library.`;
    const table = listTable(
      { ...collected, items: rows },
      {
        noun: 'images',
        headers: ['image_id', 'Size', 'Ratio', 'Format', 'Bytes', 'Uploaded'],
        row: (r) => [r.image_id, `${r.width}×${r.height}`, r.ratio, r.format, r.size, r.create_time],
      },
    );
    return {
      text: [intro, table].join('\n\n'),
      structured: { advertiser_id: account.advertiserId, ...listFacts(collected), images: rows },
    };
  },
};
