/**
 * The images an ad will show, checked before a launch's first write: an asset bundle made by
 * validate_and_prepare_tiktok_assets (this organisation's, this advertiser's, not expired), or
 * image ids already in the advertiser's library (read back with `/file/image/ad/info/`).
 */
import type { ResolvedAccount, ToolContext } from '../../../core/tool.js';
import type { ArgumentIssue } from '../../../errors.js';
import { libraryInfo } from '../../../tiktok/files.js';
import type { ToolServices } from '../../services.js';
import { onAccount } from '../account-calls.js';

export interface PreparedImage {
  image_id: string;
  image_url?: string | undefined;
  width?: number | undefined;
  height?: number | undefined;
}

type Context = ToolContext<ToolServices>;
export type ImageLookup = { images: PreparedImage[] } | { issue: ArgumentIssue };

export async function bundleImages(
  ctx: Context,
  account: ResolvedAccount,
  bundleId: string,
): Promise<ImageLookup> {
  const bundle = await ctx.services.store.launches.getBundle(ctx.caller.organizationId, bundleId);
  const issue = (message: string): ImageLookup => ({
    issue: { path: 'asset_bundle_id', code: 'not_found', message },
  });
  if (!bundle)
    return issue(`There is no asset bundle ${bundleId}; validate_and_prepare_tiktok_assets makes one.`);
  if (bundle.advertiser_id !== account.advertiserId) {
    return issue(
      `Asset bundle ${bundleId} was prepared for advertiser ${bundle.advertiser_id}, not ${account.advertiserId}.`,
    );
  }
  if (bundle.expires_at <= ctx.clock.now().toISOString()) {
    return issue(
      `Asset bundle ${bundleId} expired at ${bundle.expires_at}; run validate_and_prepare_tiktok_assets again.`,
    );
  }
  return { images: JSON.parse(bundle.images) as PreparedImage[] };
}

export async function libraryImages(
  ctx: Context,
  account: ResolvedAccount,
  ids: string[],
  path: string,
): Promise<ImageLookup> {
  const { tiktok } = ctx.services;
  const found = await onAccount(ctx, account, () =>
    libraryInfo(tiktok, account.accessToken, account.advertiserId, 'image', ids),
  );
  const missing = ids.filter((id) => !found.some((image) => String(image.image_id) === id));
  if (missing.length > 0) {
    return {
      issue: {
        path,
        code: 'not_found',
        message: `Not in this advertiser's image library: ${missing.join(', ')}. discover_tiktok_assets lists the images there.`,
      },
    };
  }
  return {
    images: ids.map((id) => {
      const image = found.find((item) => String(item.image_id) === id);
      return { image_id: id, image_url: image?.image_url, width: image?.width, height: image?.height };
    }),
  };
}
