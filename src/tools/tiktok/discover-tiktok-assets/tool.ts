/**
 * `discover_tiktok_assets`: the advertiser's image and video library (`/file/image/ad/search/` and
 * `/file/video/ad/search/`, every page), with ids, sizes and ratios, so that existing media can be
 * reused instead of uploaded again.
 */
import { z } from 'zod';
import type { ToolDefinition } from '../../../core/tool.js';
import { describeRatio } from '../../../domain/launch/image-specs.js';
import { type LibraryImage, type LibraryVideo, searchLibraryPage } from '../../../tiktok/files.js';
import type { ToolServices } from '../../services.js';
import { onAccount } from '../account-calls.js';
import { advertiserIdField } from '../advertiser-field.js';
import { listFacts, listTable } from '../markdown.js';
import { collectAccountList, collectPages } from '../paging.js';

const schema = z.strictObject({ advertiser_id: advertiserIdField() });

export const discoverTikTokAssets: ToolDefinition<typeof schema, ToolServices> = {
  name: 'discover_tiktok_assets',
  category: 'TikTok Ads Read',
  summary: 'List the images and videos in the advertiser\u2019s TikTok library, with ids, sizes and ratios',
  description: [
    'Lists the images and videos already in the advertiser\u2019s TikTok library, every page, with `image_id` or',
    '`video_id`, width, height, aspect ratio, format, size (and a video\u2019s duration) and upload time. Reuse images',
    'as `existing_image_ids` in `create_tiktok_campaign` or `image_ids` in `add_tiktok_ad`, and videos as `video_id`',
    'in `add_tiktok_ad`, instead of uploading again.',
  ].join('\n'),
  readOnly: true,
  billable: true,
  schema,
  example: {},

  async run(args, ctx) {
    const { account, collected } = await collectAccountList<LibraryImage>(
      ctx,
      args.advertiser_id,
      (client, token, id, page, size) => searchLibraryPage(client, token, id, 'image', page, size),
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
    const videos = await onAccount(ctx, account, () =>
      collectPages<LibraryVideo>(
        (page, size) =>
          searchLibraryPage(
            ctx.services.tiktok,
            account.accessToken,
            account.advertiserId,
            'video',
            page,
            size,
          ),
        100,
      ),
    );
    const videoRows = videos.items.map(videoRow);
    const intro = `**${account.name}** (advertiser_id ${account.advertiserId}) has ${collected.total} ${collected.total === 1 ? 'image' : 'images'} and ${videos.total} ${videos.total === 1 ? 'video' : 'videos'} in its library.`;
    const table = listTable(
      { ...collected, items: rows },
      {
        noun: 'images',
        headers: ['image_id', 'Size', 'Ratio', 'Format', 'Bytes', 'Uploaded'],
        row: (r) => [r.image_id, `${r.width}×${r.height}`, r.ratio, r.format, r.size, r.create_time],
      },
    );
    const videoTable = listTable(
      { ...videos, items: videoRows },
      {
        noun: 'videos',
        headers: ['video_id', 'Size', 'Ratio', 'Seconds', 'Format', 'Bytes', 'Uploaded'],
        row: (r) => [
          r.video_id,
          `${r.width}×${r.height}`,
          r.ratio,
          r.duration,
          r.format,
          r.size,
          r.create_time,
        ],
      },
    );
    return {
      text: [intro, '### Images', table, '### Videos', videoTable].join('\n\n'),
      structured: {
        advertiser_id: account.advertiserId,
        ...listFacts(collected),
        images: rows,
        videos: videoRows,
        videos_total: videos.total,
        videos_truncated: videos.truncated,
      },
    };
  },
};

function videoRow(video: LibraryVideo) {
  const width = Number(video.width ?? 0);
  const height = Number(video.height ?? 0);
  return {
    video_id: String(video.video_id),
    file_name: video.file_name ?? '',
    width,
    height,
    ratio: width && height ? describeRatio(width, height) : '',
    duration: Number(video.duration ?? 0),
    format: video.format ?? '',
    size: Number(video.size ?? 0),
    create_time: video.create_time ?? '',
  };
}
