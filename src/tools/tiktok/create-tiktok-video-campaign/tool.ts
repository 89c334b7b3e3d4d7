/**
 * `create_tiktok_video_campaign`: create_tiktok_campaign with a video from a URL, in the same
 * recorded launch (launch/campaign-sequence.ts). Before any TikTok call, everything is checked,
 * including the video URL itself through the guarded fetcher (it must serve a video of at most
 * 500 MB). The media steps come first: the video upload (TikTok downloads it), reading it back
 * once TikTok has measured it, the cover image; then campaign and ad group (paused), identity, the
 * SINGLE_VIDEO ad with its cover, and enabling. A Spark post (`tiktok_item_id`) needs no media.
 */
import type { ResolvedAccount, ToolContext, ToolDefinition } from '../../../core/tool.js';
import type { CreativeSource } from '../../../domain/launch/creative.js';
import { type ArgumentIssue, invalidArguments } from '../../../errors.js';
import type { ToolServices } from '../../services.js';
import type { CreateTikTokCampaignArgs } from '../create-tiktok-campaign/schema.js';
import { dryRunAnswer, launchAnswer } from '../launch/answer.js';
import { launchRules, planLaunch, withStandIns } from '../launch/campaign-plan.js';
import { type MediaSteps, plannedCalls, runCampaignLaunch, stepCount } from '../launch/campaign-sequence.js';
import { Launch } from '../launch/runner.js';
import { coverStep, videoReadyStep, videoStep, videoUrlIssue } from '../launch/video.js';
import { type CreateTikTokVideoCampaignArgs, createTikTokVideoCampaignSchema } from './schema.js';

type Context = ToolContext<ToolServices>;
const TOOL = 'create_tiktok_video_campaign';
export const VIDEO_SOURCES = ['video_url', 'tiktok_item_id'];
/**
 * adgate's own check, not a TikTok rule (no first-party source found that TikTok refuses a cover of
 * another ratio): a cover of the video's ratio, within the ±0.05 of TikTok's ratio searches.
 * ADGATE_CHECK_COVER_RATIO=false switches it off.
 */
const RATIO_TOLERANCE = 0.05;

function videoRules(args: Partial<CreateTikTokVideoCampaignArgs>): ArgumentIssue[] {
  const { card_id, card_type, video_url: _v, cover_image_url: _c, ...rest } = args;
  const issues = launchRules({ ...rest, video_url: args.video_url }, VIDEO_SOURCES);
  if (card_id !== undefined || card_type !== undefined) {
    issues.push({
      path: card_id !== undefined ? 'card_id' : 'card_type',
      code: 'invalid_combination',
      message:
        'A carousel card is a set of images, not a video: use create_tiktok_campaign with card_id, or give video_url here.',
    });
  }
  if (args.cover_image_url !== undefined && args.tiktok_item_id !== undefined) {
    issues.push({
      path: 'cover_image_url',
      code: 'invalid_combination',
      message: 'A Spark Ad shows the post itself: leave cover_image_url out with tiktok_item_id.',
    });
  }
  return issues;
}

/** The launch arguments the shared plan reads: the display name defaults to the campaign name. */
function asLaunch(args: CreateTikTokVideoCampaignArgs): CreateTikTokCampaignArgs {
  const { video_url: _v, cover_image_url: _c, card_id: _i, card_type: _t, ...rest } = args;
  return { ...rest, display_name: args.display_name ?? args.campaign_name.slice(0, 40) };
}

async function planVideo(ctx: Context, args: CreateTikTokVideoCampaignArgs) {
  const planned = await planLaunch(ctx, asLaunch(args), { video: true });
  const issues = [...planned.issues];
  if (args.video_url !== undefined) {
    const issue = await videoUrlIssue(ctx, args.video_url);
    if (issue) issues.push(issue);
  }
  return { plan: issues.length === 0 ? planned.plan : undefined, issues };
}

function coverIssue(cover: { width: number; height: number }, video: { width: number; height: number }) {
  const ratio = (x: { width: number; height: number }) => x.width / x.height;
  if (Math.abs(ratio(cover) - ratio(video)) <= RATIO_TOLERANCE) return undefined;
  return invalidArguments([
    {
      path: 'cover_image_url',
      code: 'invalid_value',
      message: `The cover is ${cover.width}×${cover.height} and the video ${video.width}×${video.height}: adgate asks for a cover in the video's aspect ratio (its own check; TikTok documents no such rule). Give a cover of that ratio, or leave cover_image_url out to use the frame TikTok extracts.`,
    },
  ]);
}

function mediaSteps(ctx: Context, args: CreateTikTokVideoCampaignArgs, account: ResolvedAccount): MediaSteps {
  const url = args.video_url as string;
  const advertiser_id = account.advertiserId;
  return {
    count: 3,
    async run(launch): Promise<CreativeSource> {
      const uploaded = await videoStep(ctx, account, launch, url);
      const video = await videoReadyStep(ctx, account, launch, uploaded);
      const cover = await coverStep(ctx, account, launch, video, args.cover_image_url);
      const wrong =
        args.cover_image_url && ctx.services.ownChecks.coverRatio ? coverIssue(cover, video) : undefined;
      if (wrong) throw wrong;
      return { kind: 'video', videoId: video.video_id, coverImageId: cover.image_id };
    },
    planned: { kind: 'video', videoId: '<video_id>', coverImageId: '<cover_image_id>' },
    calls: [
      {
        step: 'video',
        method: 'POST',
        path: '/file/video/ad/upload/',
        body: {
          advertiser_id,
          upload_type: 'UPLOAD_BY_URL',
          video_url: url,
          file_name: '<unique per launch>',
        },
      },
      {
        step: 'video_ready',
        method: 'GET',
        path: '/file/video/ad/info/',
        body: { advertiser_id, video_ids: ['<video_id>'] },
      },
      {
        step: 'cover',
        method: 'POST',
        path: '/file/image/ad/upload/',
        body: {
          advertiser_id,
          upload_type: 'UPLOAD_BY_URL',
          image_url: args.cover_image_url ?? '<video_cover_url TikTok answered>',
          file_name: '<unique per launch>',
        },
      },
    ],
  };
}

export const createTikTokVideoCampaign: ToolDefinition<typeof createTikTokVideoCampaignSchema, ToolServices> =
  {
    name: TOOL,
    category: 'TikTok Ads Write',
    summary: 'Create a runnable TikTok campaign with a video from a URL (or a Spark Ad) in one call',
    description: [
      'Creates a whole TikTok campaign around a video in one call: TikTok downloads the video from `video_url`',
      '(MP4, MOV, MPEG or AVI, up to 500 MB), then the campaign, its ad group (with every rule of `add_tiktok_ad_group`),',
      'the identity and a video ad with its cover (`cover_image_url`, or the frame TikTok extracts). The link must be',
      'the file itself: before anything is sent the gateway checks that it serves a video. `tiktok_item_id` promotes an',
      'existing post as a Spark Ad instead.',
      '',
      'Safe to retry: the video is uploaded first, the campaign and ad group are created paused and enabled only after',
      'the ad exists, and every step is recorded. Send an `idempotency_key`: calling again with it resumes at the first',
      'step not done and never uploads or creates anything twice. If a step fails for good, the answer lists what exists',
      'and the one call that finishes or removes it.',
      '',
      'Everything is checked before the first TikTok call and every problem is reported at once. `dry_run: true` shows',
      'every body that would be sent, in order. The answer lists the steps with their timings.',
    ].join('\n'),
    readOnly: false,
    billable: true,
    schema: createTikTokVideoCampaignSchema,
    rules: videoRules,
    isDryRun: (args) => args.dry_run === true,
    example: {
      campaign_name: 'Spring video',
      ad_text: 'See the spring collection in motion',
      landing_page_url: 'https://example.com/spring',
      video_url: 'https://cdn.example.com/spring-9x16.mp4',
      budget_daily: 50,
    },

    async factIssues(passed, ctx) {
      const full = createTikTokVideoCampaignSchema.safeParse(withStandIns(passed));
      if (!full.success) return [];
      return (await planVideo(ctx, full.data)).issues;
    },

    async run(args, ctx) {
      const { plan, issues } = await planVideo(ctx, args);
      if (!plan) throw invalidArguments(issues);
      const media = args.video_url !== undefined ? mediaSteps(ctx, args, plan.account) : undefined;
      const launchArgs = asLaunch(args);
      if (args.dry_run) return dryRunAnswer(TOOL, plannedCalls(launchArgs, plan, media));
      const launch = await Launch.open(ctx, TOOL, args, stepCount(plan, media));
      const done = await runCampaignLaunch(ctx, TOOL, launchArgs, plan, launch, media);
      return launchAnswer({
        campaignId: done.campaign.campaign_id,
        adgroupId: done.group.adgroup_id,
        adIds: done.adIds,
        identity: done.identity,
        launch,
        name: args.campaign_name,
      });
    },
  };
