/**
 * `validate_and_prepare_tiktok_assets`: uploads images (TikTok downloads them), checks what TikTok
 * measured against the specs of the placements (domain/launch/image-specs.ts), and keeps the images
 * that pass as an asset bundle the campaign tools accept for 60 minutes.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { ToolDefinition } from '../../../core/tool.js';
import { AD_GROUP_SHAPE, idString } from '../../../domain/launch/adgroup-step.js';
import { imageProblems } from '../../../domain/launch/image-specs.js';
import type { ToolServices } from '../../services.js';
import { imageUrlsField, uploadAll } from '../launch/image-urls.js';
import type { PreparedImage } from '../launch/images.js';

export const BUNDLE_LIFETIME_MS = 60 * 60 * 1000;

const schema = z
  .object({
    image_urls: imageUrlsField,
    placements: AD_GROUP_SHAPE.placements.describe(
      'Where the images will run: PLACEMENT_TIKTOK (default), PLACEMENT_PANGLE, PLACEMENT_GLOBAL_APP_BUNDLE. Each image is checked against every placement given.',
    ),
    advertiser_id: idString('advertiser_id')
      .optional()
      .describe('The TikTok advertiser; required when several are connected (list_connected_accounts).'),
  })
  .strict();

export const validateAndPrepareTikTokAssets: ToolDefinition<typeof schema, ToolServices> = {
  name: 'validate_and_prepare_tiktok_assets',
  category: 'TikTok Ads Write',
  summary: 'Upload and check images for a TikTok campaign; answers an asset_bundle_id',
  description: [
    'Uploads images from URLs (TikTok downloads them), then checks each one, as TikTok measured it, against the',
    'specs of the placements: format (JPG, PNG), file size, pixel count, aspect ratio and resolution. Says per',
    'image what is wrong, naming the ratio and the sizes. The images that pass form an `asset_bundle_id`, valid',
    'for 60 minutes, for `create_tiktok_campaign`. Images that fail are still in the library but not in the bundle.',
  ].join('\n'),
  readOnly: false,
  billable: true,
  schema,
  example: { image_urls: ['https://example.com/story-1080x1920.jpg'] },

  async run(args, ctx) {
    const placements = (args.placements as string[] | undefined) ?? ['PLACEMENT_TIKTOK'];
    const { outcomes, launch, advertiserId } = await uploadAll(ctx, 'validate_and_prepare_tiktok_assets', {
      image_urls: args.image_urls,
      ...(args.advertiser_id ? { advertiser_id: args.advertiser_id } : {}),
    });
    const results = outcomes.map((o) => {
      const problems = o.image ? imageProblems(o.image, placements) : [`TikTok refused it: ${o.error}`];
      return {
        url: o.url,
        ok: problems.length === 0,
        image_id: o.image?.image_id,
        width: o.image?.width,
        height: o.image?.height,
        format: o.image?.format,
        size: o.image?.size,
        problems,
        image_url: o.image?.image_url,
      };
    });
    const passed: PreparedImage[] = results
      .filter((r) => r.ok && r.image_id)
      .map((r) => ({
        image_id: r.image_id as string,
        image_url: r.image_url,
        width: r.width,
        height: r.height,
      }));
    const now = ctx.clock.now();
    let bundleId: string | undefined;
    let expiresAt: string | undefined;
    if (passed.length > 0) {
      bundleId = `bndl_${createHash('sha256').update(`${ctx.caller.organizationId}\n${launch.key}`).digest('hex').slice(0, 24)}`;
      expiresAt = new Date(now.getTime() + BUNDLE_LIFETIME_MS).toISOString();
      await ctx.services.store.launches.insertBundle({
        id: bundleId,
        organization_id: ctx.caller.organizationId,
        advertiser_id: advertiserId,
        images: JSON.stringify(passed),
        created_at: now.toISOString(),
        expires_at: expiresAt,
      });
    }
    const lines = results.map((r) =>
      r.ok
        ? `- ${r.url}: ok (${r.width}×${r.height} ${r.format}), \`${r.image_id}\``
        : `- ${r.url}: ${r.problems.join('; ')}`,
    );
    const head = bundleId
      ? `## ${passed.length} of ${results.length} images ready: asset_bundle_id \`${bundleId}\` (until ${expiresAt})`
      : `## None of the ${results.length} images can be used`;
    return {
      text: [
        head,
        '',
        ...lines,
        '',
        bundleId
          ? 'Next: create_tiktok_campaign with this asset_bundle_id.'
          : 'Fix the images and call again.',
      ].join('\n'),
      structured: { asset_bundle_id: bundleId, expires_at: expiresAt, placements, images: results },
    };
  },
};
