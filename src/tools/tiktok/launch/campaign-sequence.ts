/**
 * The recorded sequence of a whole campaign launch, shared by create_tiktok_campaign and
 * create_tiktok_video_campaign: media steps first (the video and its cover: TikTok refusing them
 * leaves nothing behind), then campaign (paused) → ad group (paused) → identity → carousel music
 * (images on TikTok) → ad → enable the ad group → enable the campaign. Nothing spends until the last
 * step; a retry with the same key resumes at the first step not known to be done.
 */
import type { ToolContext } from '../../../core/tool.js';
import { buildCreative, type CreativeSource } from '../../../domain/launch/creative.js';
import { createCampaign } from '../../../tiktok/campaign-create.js';
import type { ToolServices } from '../../services.js';
import { onAccount } from '../account-calls.js';
import type { CreateTikTokCampaignArgs } from '../create-tiktok-campaign/schema.js';
import type { PlannedCall } from './answer.js';
import type { LaunchPlan } from './campaign-plan.js';
import { type Existing, launchFailure } from './failure.js';
import { type ChosenIdentity, identityStep } from './identity.js';
import type { Launch } from './runner.js';
import { adStep, enableStep, musicStep } from './steps.js';

type Context = ToolContext<ToolServices>;

/** Steps that make the ad's media before anything else exists, and their calls for a dry run. */
export interface MediaSteps {
  run(launch: Launch): Promise<CreativeSource>;
  calls: PlannedCall[];
  count: number;
  /** The source as a dry run shows it (ids made by the media steps as placeholders). */
  planned: CreativeSource;
}

/** The images (or Spark post) of the plan, made by no step. */
export function planSource(args: CreateTikTokCampaignArgs, plan: LaunchPlan): CreativeSource {
  return args.tiktok_item_id !== undefined
    ? { kind: 'spark', itemId: args.tiktok_item_id }
    : { kind: 'images', imageIds: plan.images.map((image) => image.image_id) };
}

function creativeFor(
  args: CreateTikTokCampaignArgs,
  plan: LaunchPlan,
  source: CreativeSource,
  identity: Parameters<typeof buildCreative>[2],
  musicId?: string,
) {
  const input = { ...args, call_to_action: args.call_to_action ?? plan.card?.call_to_action };
  return buildCreative(input, source, identity, {
    tiktokPlacement: plan.carousel,
    musicId,
    adName: `${args.campaign_name} - ad`.slice(0, 512),
  });
}

export interface Launched {
  campaign: { campaign_id: string };
  group: { adgroup_id: string };
  identity: ChosenIdentity;
  adIds: string[];
}

/** How many steps the sequence reports (for MCP progress). */
export function stepCount(plan: LaunchPlan, media?: MediaSteps): number {
  return (plan.carousel && !plan.card ? 7 : 6) + (media?.count ?? 0);
}

async function structure(ctx: Context, plan: LaunchPlan, launch: Launch, existing: Existing) {
  const { account } = plan;
  const { tiktok } = ctx.services;
  const campaign = await launch.step<{ campaign_id: string }>({
    name: 'campaign',
    label: 'Create the campaign (paused)',
    run: async (requestId) => {
      const made = await onAccount(ctx, account, () =>
        createCampaign(tiktok, account.accessToken, plan.campaignBody, requestId),
      );
      return { campaign_id: made.campaign_id };
    },
  });
  existing.campaign_id = campaign.campaign_id;
  const adgroupBody = { ...plan.adgroupBody, campaign_id: campaign.campaign_id };
  const group = await launch.step<{ adgroup_id: string }>({
    name: 'adgroup',
    label: 'Create the ad group (paused)',
    run: async (requestId) => {
      const made = await onAccount(ctx, account, () =>
        tiktok.createAdGroup(account.accessToken, adgroupBody, requestId),
      );
      return { adgroup_id: String(made.data.adgroup_id) };
    },
  });
  existing.adgroup_id = group.adgroup_id;
  return { campaign, group };
}

export async function runCampaignLaunch(
  ctx: Context,
  tool: string,
  args: CreateTikTokCampaignArgs,
  plan: LaunchPlan,
  launch: Launch,
  media?: MediaSteps,
): Promise<Launched> {
  const { account } = plan;
  const existing: Existing = {};
  try {
    const source = media ? await media.run(launch) : planSource(args, plan);
    const { campaign, group } = await structure(ctx, plan, launch, existing);
    const spark = args.tiktok_item_id !== undefined;
    const identity = await identityStep(
      ctx,
      account,
      launch,
      { display_name: args.display_name, spark },
      plan.identity,
    );
    const urls = plan.images
      .map((image) => image.image_url)
      .filter((url): url is string => typeof url === 'string');
    // A carousel card carries the music TikTok recommended for its images.
    const musicId =
      plan.card?.music_id ?? (plan.carousel ? await musicStep(ctx, account, launch, urls) : undefined);
    const creative = creativeFor(args, plan, source, identity, musicId);
    const adIds = await adStep(ctx, account, launch, group.adgroup_id, creative);
    existing.ad_ids = adIds;
    await enableStep(ctx, account, launch, 'adgroup', group.adgroup_id);
    await enableStep(ctx, account, launch, 'campaign', campaign.campaign_id);
    return { campaign, group, identity, adIds };
  } catch (error) {
    throw launchFailure(error, launch, existing, tool, ctx.requestId);
  }
}

const DERIVED = '<derived from the call>';

/** Every call the launch would make, in order, with the ids of earlier steps as placeholders. */
export function plannedCalls(
  args: CreateTikTokCampaignArgs,
  plan: LaunchPlan,
  media?: MediaSteps,
): PlannedCall[] {
  const advertiser_id = plan.account.advertiserId;
  const identity = plan.identity ?? { identity_type: 'CUSTOMIZED_USER', identity_id: '<identity_id>' };
  const source = media?.planned ?? planSource(args, plan);
  const music = plan.card?.music_id ?? (plan.carousel ? '<music_id>' : undefined);
  const creative = creativeFor(args, plan, source, identity, music);
  const calls: PlannedCall[] = [
    ...(media?.calls ?? []),
    {
      step: 'campaign',
      method: 'POST',
      path: '/campaign/create/',
      body: { ...plan.campaignBody, request_id: DERIVED },
    },
    {
      step: 'adgroup',
      method: 'POST',
      path: '/adgroup/create/',
      body: { ...plan.adgroupBody, campaign_id: '<campaign_id>', request_id: DERIVED },
    },
  ];
  if (!plan.identity) {
    calls.push({
      step: 'identity',
      method: 'POST',
      path: '/identity/create/',
      body: { advertiser_id, display_name: args.display_name },
    });
  }
  if (plan.carousel && !plan.card) {
    calls.push({
      step: 'music',
      method: 'GET',
      path: '/file/music/get/',
      body: { advertiser_id, music_scene: 'CAROUSEL_ADS', search_type: 'SEARCH_BY_RECOMMEND' },
    });
  }
  calls.push(
    {
      step: 'ad',
      method: 'POST',
      path: '/ad/create/',
      body: { advertiser_id, adgroup_id: '<adgroup_id>', creatives: [creative] },
    },
    {
      step: 'enable_adgroup',
      method: 'POST',
      path: '/adgroup/status/update/',
      body: { advertiser_id, adgroup_ids: ['<adgroup_id>'], operation_status: 'ENABLE' },
    },
    {
      step: 'enable_campaign',
      method: 'POST',
      path: '/campaign/status/update/',
      body: { advertiser_id, campaign_ids: ['<campaign_id>'], operation_status: 'ENABLE' },
    },
  );
  return calls;
}
