/**
 * Launch steps shared by the campaign tools and add_tiktok_ad: the ad (reconciled by reading the
 * ad group's ads back, since `/ad/create/` has no request_id), carousel music, and the status
 * changes that put a finished launch live.
 */
import type { ResolvedAccount, ToolContext } from '../../../core/tool.js';
import { AppError } from '../../../errors.js';
import { createAds } from '../../../tiktok/ads.js';
import { type Ad, type Level, listAdsPage, updateStatus } from '../../../tiktok/delivery.js';
import { carouselMusic } from '../../../tiktok/files.js';
import type { ToolServices } from '../../services.js';
import { onAccount } from '../account-calls.js';
import { collectPages } from '../paging.js';
import type { Launch } from './runner.js';

type Context = ToolContext<ToolServices>;

export function adStep(
  ctx: Context,
  account: ResolvedAccount,
  launch: Launch,
  adgroupId: string,
  creative: Record<string, unknown>,
): Promise<string[]> {
  const { tiktok } = ctx.services;
  const adName = String(creative.ad_name);
  return launch.step<string[]>({
    name: 'ad',
    label: `Create the ad "${adName}"`,
    run: async () => {
      const ids = await onAccount(ctx, account, () =>
        createAds(tiktok, account.accessToken, account.advertiserId, adgroupId, [creative]),
      );
      if (ids.length === 0)
        throw new AppError('platform_unavailable', 'TikTok answered the ad create without an ad id.');
      return ids;
    },
    reconcile: async () => {
      const { items } = await onAccount(ctx, account, () =>
        collectPages<Ad>((page, size) =>
          listAdsPage(
            tiktok,
            account.accessToken,
            account.advertiserId,
            { adgroupIds: [adgroupId] },
            page,
            size,
          ),
        ),
      );
      const mine = items.filter((ad) => ad.ad_name === adName).map((ad) => String(ad.ad_id));
      return mine.length > 0 ? mine : undefined;
    },
  });
}

export function musicStep(
  ctx: Context,
  account: ResolvedAccount,
  launch: Launch,
  imageUrls: string[],
): Promise<string> {
  const { tiktok } = ctx.services;
  return launch.step<string>({
    name: 'music',
    label: 'Pick the carousel music TikTok recommends for these images',
    run: async () => {
      const musics = await onAccount(ctx, account, () =>
        carouselMusic(tiktok, account.accessToken, account.advertiserId, imageUrls),
      );
      const first = musics[0];
      if (!first) {
        throw new AppError(
          'platform_rejected',
          'TikTok recommends no music for these images, and a carousel needs one.',
          {
            billable: true,
          },
        );
      }
      return first.music_id;
    },
  });
}

/** Sets ENABLE on one object; setting the status it already has is accepted, so a re-send is safe. */
export function enableStep(
  ctx: Context,
  account: ResolvedAccount,
  launch: Launch,
  level: Exclude<Level, 'ad'>,
  id: string,
): Promise<string> {
  const { tiktok } = ctx.services;
  const what = level === 'campaign' ? 'campaign' : 'ad group';
  return launch.step<string>({
    name: `enable_${level}`,
    label: `Enable the ${what} now that the ad exists`,
    run: async () => {
      await onAccount(ctx, account, () =>
        updateStatus(tiktok, account.accessToken, account.advertiserId, level, [id], 'ENABLE'),
      );
      return 'ENABLE';
    },
  });
}
