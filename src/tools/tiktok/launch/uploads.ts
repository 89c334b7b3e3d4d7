/**
 * Image uploads as launch steps. TikTok downloads each URL itself (`UPLOAD_BY_URL`); the gateway
 * never fetches it. An upload has no idempotency key at TikTok, but its file name must be unique
 * per advertiser, so each upload is named after the launch and its position: after an unknown
 * outcome the earlier upload is found in the library by that name instead of being sent again.
 * A URL TikTok refuses (not an image, unreachable) is a problem of that image, not of the call.
 */
import type { ResolvedAccount, ToolContext } from '../../../core/tool.js';
import { AppError } from '../../../errors.js';
import { type LibraryImage, searchLibraryPage, uploadImageByUrl } from '../../../tiktok/files.js';
import type { ToolServices } from '../../services.js';
import { onAccount } from '../account-calls.js';
import { collectPages } from '../paging.js';
import type { Launch } from './runner.js';

type Context = ToolContext<ToolServices>;

export interface UploadOutcome {
  url: string;
  image?: {
    image_id: string;
    width: number;
    height: number;
    format: string;
    size: number;
    image_url: string;
    file_name: string;
  };
  /** TikTok's refusal of this URL. */
  error?: string;
}

/**
 * The name a launch gives an upload: the URL's file name and a suffix from the launch's key and
 * step, unique per advertiser as TikTok requires, so that a retry finds the earlier upload by it.
 */
export function launchFileName(url: string, launch: Launch, step: string, fallback = 'image'): string {
  let base = fallback;
  try {
    base = decodeURIComponent(new URL(url).pathname.split('/').pop() || fallback);
  } catch {
    // The URL was checked already; a name is all that is needed here.
  }
  return `${base.slice(0, 60)}-${launch.requestId(step).slice(-12)}`;
}

function outcomeOf(url: string, image: LibraryImage): UploadOutcome {
  return {
    url,
    image: {
      image_id: String(image.image_id),
      width: Number(image.width ?? 0),
      height: Number(image.height ?? 0),
      format: String(image.format ?? ''),
      size: Number(image.size ?? 0),
      image_url: String(image.image_url ?? ''),
      file_name: String(image.file_name ?? ''),
    },
  };
}

export function uploadStep(
  ctx: Context,
  account: ResolvedAccount,
  launch: Launch,
  url: string,
  index: number,
  /** Another step name and label than `image_<index>` (a video's cover). */
  as?: { name: string; label: string },
): Promise<UploadOutcome> {
  const { tiktok } = ctx.services;
  const stepName = as?.name ?? `image_${index}`;
  const name = launchFileName(url, launch, stepName);
  const findByName = async () => {
    const { items } = await onAccount(ctx, account, () =>
      collectPages((page, size) =>
        searchLibraryPage(tiktok, account.accessToken, account.advertiserId, 'image', page, size),
      ),
    );
    const found = items.find((image) => image.file_name === name);
    return found ? outcomeOf(url, found) : undefined;
  };
  return launch.step<UploadOutcome>({
    name: stepName,
    label: as?.label ?? `Upload image ${index + 1}`,
    run: async () => {
      try {
        const image = await onAccount(ctx, account, () =>
          uploadImageByUrl(tiktok, account.accessToken, account.advertiserId, url, name),
        );
        return outcomeOf(url, image);
      } catch (error) {
        if (error instanceof AppError && error.code === 'platform_rejected') {
          return { url, error: error.message };
        }
        throw error;
      }
    },
    reconcile: findByName,
  });
}
