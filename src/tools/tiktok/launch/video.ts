/**
 * A video from a URL as launch steps: the gateway first checks the URL itself through the guarded
 * fetcher (what it serves and how big it is, before TikTok's long upload), then TikTok downloads it
 * (`/file/video/ad/upload/`, `UPLOAD_BY_URL`), the gateway reads it back until TikTok has measured
 * it (`/file/video/ad/info/`), and the cover (the caller's image, or the one TikTok extracted,
 * `video_cover_url`) goes into the image library, since a video ad needs exactly one cover image.
 *
 * TikTok's limits (its video upload page, marketing_api/docs?id=1737587322856449, linked from the
 * SDK's FileApi.md, as summarised in reference tiktok-tool-family.md §4.6): up to 500 MB; .mp4,
 * .mov, .mpeg, .avi; a URL whose answer is `text/*` is refused. A video upload has no request_id
 * (SDK ad_video_upload's fields), so after an unknown outcome the earlier upload is found by the
 * unique file name the launch gave it (`/file/video/ad/search/`).
 */
import type { ResolvedAccount, ToolContext } from '../../../core/tool.js';
import { AppError, type ArgumentIssue } from '../../../errors.js';
import { FetchRefused } from '../../../net/guarded-fetch.js';
import {
  type LibraryVideo,
  libraryInfo,
  searchLibraryPage,
  uploadVideoByUrl,
} from '../../../tiktok/files.js';
import type { ToolServices } from '../../services.js';
import { onAccount } from '../account-calls.js';
import { collectPages } from '../paging.js';
import type { Launch } from './runner.js';
import { launchFileName, uploadStep } from './uploads.js';

type Context = ToolContext<ToolServices>;

export const MAX_VIDEO_BYTES = 500 * 1024 * 1024;
/** The content types of TikTok's formats (.mp4, .mov, .mpeg, .avi). */
export const VIDEO_TYPES = ['video/mp4', 'video/quicktime', 'video/mpeg', 'video/x-msvideo', 'video/avi'];
/** Enough of the file to see what it is; the size comes from Content-Length. */
const PEEK_BYTES = 64 * 1024;

/** An ISO media file (MP4, MOV) starts with an `ftyp` box: bytes 4-8. */
function looksLikeIsoMedia(start: Buffer): boolean {
  return start.length >= 8 && start.subarray(4, 8).toString('latin1') === 'ftyp';
}

/** What is wrong with the video URL, read through the guarded fetcher; undefined when it looks right. */
export async function videoUrlIssue(
  ctx: Context,
  url: string,
  path = 'video_url',
): Promise<ArgumentIssue | undefined> {
  const issue = (code: string, message: string) => ({ path, code, message });
  let got: Awaited<ReturnType<ToolServices['fetcher']['get']>>;
  try {
    got = await ctx.services.fetcher.get(url, { maxBytes: PEEK_BYTES, peek: true });
  } catch (error) {
    if (error instanceof FetchRefused) return issue('unreadable_url', error.message);
    throw error;
  }
  const type = got.contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const generic = type === 'application/octet-stream' || type === '';
  if (!VIDEO_TYPES.includes(type) && !(generic && looksLikeIsoMedia(got.body))) {
    return issue(
      'not_a_video',
      `${url} serves ${type || 'no content type'}, not a video file (${VIDEO_TYPES.join(', ')}). Give a direct link to the file: a share page (for example a Google Drive or Dropbox page) is HTML, not the video.`,
    );
  }
  if (got.declaredSize !== undefined && got.declaredSize > MAX_VIDEO_BYTES) {
    return issue(
      'too_large',
      `The video at ${url} is ${Math.ceil(got.declaredSize / 1024 / 1024)} MB; TikTok takes at most 500 MB.`,
    );
  }
  return undefined;
}

export interface UploadedVideo {
  video_id: string;
  video_cover_url: string;
  width: number;
  height: number;
  duration: number;
  file_name: string;
}

function uploaded(video: LibraryVideo): UploadedVideo {
  return {
    video_id: String(video.video_id),
    video_cover_url: String(video.video_cover_url ?? ''),
    width: Number(video.width ?? 0),
    height: Number(video.height ?? 0),
    duration: Number(video.duration ?? 0),
    file_name: String(video.file_name ?? ''),
  };
}

/** A video already in the library, as TikTok measured it. */
export async function libraryVideo(
  ctx: Context,
  account: ResolvedAccount,
  videoId: string,
): Promise<{ video: UploadedVideo } | { issue: ArgumentIssue }> {
  const [info] = await onAccount(ctx, account, () =>
    libraryInfo(ctx.services.tiktok, account.accessToken, account.advertiserId, 'video', [videoId]),
  );
  if (!info) {
    return {
      issue: {
        path: 'video_id',
        code: 'not_found',
        message: `Video ${videoId} is not in this advertiser's library; discover_tiktok_assets lists the videos there.`,
      },
    };
  }
  return { video: uploaded(info) };
}

export function videoStep(
  ctx: Context,
  account: ResolvedAccount,
  launch: Launch,
  url: string,
): Promise<UploadedVideo> {
  const { tiktok } = ctx.services;
  const name = launchFileName(url, launch, 'video', 'video');
  return launch.step<UploadedVideo>({
    name: 'video',
    label: 'Upload the video (TikTok downloads it)',
    run: async () =>
      uploaded(
        await onAccount(ctx, account, () =>
          uploadVideoByUrl(tiktok, account.accessToken, account.advertiserId, url, name),
        ),
      ),
    reconcile: async () => {
      const { items } = await onAccount(ctx, account, () =>
        collectPages<LibraryVideo>(
          (page, size) =>
            searchLibraryPage(tiktok, account.accessToken, account.advertiserId, 'video', page, size),
          100,
        ),
      );
      const found = items.find((video) => video.file_name === name);
      return found ? uploaded(found) : undefined;
    },
  });
}

/** TikTok has measured the video (duration, width and height known): it can go into an ad. */
export function videoReadyStep(
  ctx: Context,
  account: ResolvedAccount,
  launch: Launch,
  video: UploadedVideo,
): Promise<UploadedVideo> {
  const { tiktok } = ctx.services;
  return launch.step<UploadedVideo>({
    name: 'video_ready',
    label: 'Read the video back once TikTok has processed it',
    run: async () => {
      const [info] = await onAccount(ctx, account, () =>
        libraryInfo(tiktok, account.accessToken, account.advertiserId, 'video', [video.video_id]),
      );
      const ready = info ? uploaded(info) : undefined;
      if (!ready || ready.duration <= 0 || ready.width <= 0 || ready.height <= 0) {
        // Resumable: the same call with the same key picks up here once TikTok is done.
        throw new AppError(
          'platform_unavailable',
          // Named, since the gateway may have made the key: nothing exists yet that an answer would list.
          `TikTok is still processing video ${video.video_id}; call again in a minute with the same arguments and idempotency_key "${launch.key}" (the upload is not repeated).`,
          { billable: true },
        );
      }
      return { ...ready, video_cover_url: ready.video_cover_url || video.video_cover_url };
    },
  });
}

/** The cover image: the caller's, or the frame TikTok extracted; TikTok downloads either. */
export async function coverStep(
  ctx: Context,
  account: ResolvedAccount,
  launch: Launch,
  video: UploadedVideo,
  coverUrl: string | undefined,
): Promise<{ image_id: string; width: number; height: number }> {
  const url = coverUrl ?? video.video_cover_url;
  const outcome = await uploadStep(ctx, account, launch, url, 0, {
    name: 'cover',
    label: coverUrl ? 'Upload the cover image' : 'Upload the cover TikTok extracted from the video',
  });
  if (!outcome.image) {
    throw new AppError(
      'platform_rejected',
      `TikTok could not use the cover image${coverUrl ? ` at ${coverUrl}` : ''}: ${outcome.error}`,
      { billable: true },
    );
  }
  return outcome.image;
}
