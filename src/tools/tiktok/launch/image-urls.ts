/** The `image_urls` argument of the image tools, and uploading all of them as one recorded launch. */
import { z } from 'zod';
import type { ToolContext } from '../../../core/tool.js';
import type { ToolServices } from '../../services.js';
import { launchFailure } from './failure.js';
import { Launch } from './runner.js';
import { type UploadOutcome, uploadStep } from './uploads.js';

export const MAX_IMAGE_URLS = 20;

export const imageUrlsField = z
  .array(
    z.string().regex(/^https?:\/\/[^\s/]+[^\s]*$/i, {
      message: 'Must be an http(s) URL that TikTok can download.',
    }),
  )
  .min(1, { message: 'Give at least one image URL.' })
  .max(MAX_IMAGE_URLS, { message: `At most ${MAX_IMAGE_URLS} image URLs per call.` })
  .describe(
    `Public image URLs (1 to ${MAX_IMAGE_URLS}); TikTok downloads each one itself. JPG or PNG, under 50 MB.`,
  );

export async function uploadAll(
  ctx: ToolContext<ToolServices>,
  tool: string,
  args: { image_urls: string[]; advertiser_id?: string | undefined },
): Promise<{ outcomes: UploadOutcome[]; launch: Launch; advertiserId: string }> {
  const account = await ctx.accounts.resolve(args.advertiser_id);
  const launch = await Launch.open(ctx, tool, args, args.image_urls.length);
  const outcomes: UploadOutcome[] = [];
  try {
    for (const [index, url] of args.image_urls.entries()) {
      outcomes.push(await uploadStep(ctx, account, launch, url, index));
    }
  } catch (error) {
    // Uploads spend nothing: what exists is only library images, and the same call finishes them.
    throw launchFailure(error, launch, {}, tool, ctx.requestId);
  }
  return { outcomes, launch, advertiserId: account.advertiserId };
}
