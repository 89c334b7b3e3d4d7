/**
 * `create_tiktok_campaign`: a runnable campaign in one call, as a recorded launch. The steps:
 * campaign (paused) → ad group (paused, through the ad-group domain) → identity → carousel music
 * (for images on TikTok) → ad → enable the ad group → enable the campaign. Nothing spends until the
 * last step; a retry with the same key resumes at the first step not known to be done.
 */
import type { ToolContext, ToolDefinition } from '../../../core/tool.js';
import { buildCreative } from '../../../domain/launch/creative.js';
import { invalidArguments } from '../../../errors.js';
import { createCampaign } from '../../../tiktok/campaign-create.js';
import type { ToolServices } from '../../services.js';
import { onAccount } from '../account-calls.js';
import { dryRunAnswer, launchAnswer, type PlannedCall } from '../launch/answer.js';
import { type Existing, launchFailure } from '../launch/failure.js';
import { identityStep } from '../launch/identity.js';
import { Launch } from '../launch/runner.js';
import { adStep, enableStep, musicStep } from '../launch/steps.js';
import { type LaunchPlan, launchRules, planLaunch } from './plan.js';
import { type CreateTikTokCampaignArgs, createTikTokCampaignSchema } from './schema.js';

type Context = ToolContext<ToolServices>;
const TOOL = 'create_tiktok_campaign';

function creativeFor(
  args: CreateTikTokCampaignArgs,
  plan: LaunchPlan,
  identity: Parameters<typeof buildCreative>[2],
  musicId?: string,
) {
  const source =
    args.tiktok_item_id !== undefined
      ? { kind: 'spark' as const, itemId: args.tiktok_item_id }
      : { kind: 'images' as const, imageIds: plan.images.map((image) => image.image_id) };
  return buildCreative(args, source, identity, {
    tiktokPlacement: plan.carousel,
    musicId,
    adName: `${args.campaign_name} - ad`.slice(0, 512),
  });
}

async function runLaunch(ctx: Context, args: CreateTikTokCampaignArgs, plan: LaunchPlan, launch: Launch) {
  const { account } = plan;
  const { tiktok } = ctx.services;
  const existing: Existing = {};
  try {
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
    const musicId = plan.carousel ? await musicStep(ctx, account, launch, urls) : undefined;
    const adIds = await adStep(
      ctx,
      account,
      launch,
      group.adgroup_id,
      creativeFor(args, plan, identity, musicId),
    );
    existing.ad_ids = adIds;
    await enableStep(ctx, account, launch, 'adgroup', group.adgroup_id);
    await enableStep(ctx, account, launch, 'campaign', campaign.campaign_id);
    return { campaign, group, identity, adIds, adgroupBody };
  } catch (error) {
    throw launchFailure(error, launch, existing, TOOL, ctx.requestId);
  }
}

/** Every call the launch would make, in order, with the ids of earlier steps as placeholders. */
function plannedCalls(args: CreateTikTokCampaignArgs, plan: LaunchPlan): PlannedCall[] {
  const advertiser_id = plan.account.advertiserId;
  const identity = plan.identity ?? { identity_type: 'CUSTOMIZED_USER', identity_id: '<identity_id>' };
  const creative = creativeFor(args, plan, identity, plan.carousel ? '<music_id>' : undefined);
  const calls: PlannedCall[] = [
    {
      step: 'campaign',
      method: 'POST',
      path: '/campaign/create/',
      body: { ...plan.campaignBody, request_id: '<derived from the call>' },
    },
    {
      step: 'adgroup',
      method: 'POST',
      path: '/adgroup/create/',
      body: { ...plan.adgroupBody, campaign_id: '<campaign_id>', request_id: '<derived from the call>' },
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
  if (plan.carousel) {
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

export const createTikTokCampaign: ToolDefinition<typeof createTikTokCampaignSchema, ToolServices> = {
  name: TOOL,
  category: 'TikTok Ads Write',
  summary: 'Create a runnable TikTok campaign with images or a Spark Ad in one call',
  description: [
    'Creates a whole TikTok campaign in one call: the campaign, its ad group (with every rule of',
    '`add_tiktok_ad_group`), the identity and the ad. Images come from `validate_and_prepare_tiktok_assets`',
    '(`asset_bundle_id`) or the library (`existing_image_ids`, from `discover_tiktok_assets`); on TikTok they run',
    'as a carousel ad with music TikTok recommends. `tiktok_item_id` promotes an existing post as a Spark Ad.',
    '',
    'Safe to retry: the campaign and ad group are created paused and enabled only after the ad exists, so a',
    'launch that stops midway never spends. Every step is recorded; calling again with the same',
    '`idempotency_key` resumes at the first step not done and never creates anything twice. If a step fails',
    'for good, the answer lists what exists and the one call that finishes or removes it.',
    '',
    'Everything is checked before the first TikTok call and every problem is reported at once.',
    '`dry_run: true` shows every body that would be sent, in order. The answer lists the steps with their timings.',
    '',
    'Next: `add_tiktok_ad_group` or `add_tiktok_ad` to add more; `pause_tiktok_campaign` to stop it.',
  ].join('\n'),
  readOnly: false,
  billable: true,
  schema: createTikTokCampaignSchema,
  rules: launchRules,
  isDryRun: (args) => args.dry_run === true,
  example: {
    campaign_name: 'Spring sale',
    ad_text: 'Fresh styles for spring, 20% off this week',
    display_name: 'Acme',
    landing_page_url: 'https://example.com/spring',
    budget_daily: 50,
    asset_bundle_id: 'bndl_0123456789abcdef',
  },

  async factIssues(passed, ctx) {
    // Stand-ins for the fields that failed on their own, so the steps' checks can run on the rest.
    const standIns = {
      campaign_name: 'x',
      ad_text: 'x',
      display_name: 'x',
      landing_page_url: 'https://x.example',
    };
    const budget =
      passed.budget_lifetime === undefined ? { budget_daily: passed.budget_daily ?? 1_000_000 } : {};
    const full = createTikTokCampaignSchema.safeParse({ ...standIns, ...passed, ...budget });
    if (!full.success) return [];
    return (await planLaunch(ctx, full.data)).issues;
  },

  async run(args, ctx) {
    const { plan, issues } = await planLaunch(ctx, args);
    if (!plan) throw invalidArguments(issues);
    if (args.dry_run) return dryRunAnswer(TOOL, plannedCalls(args, plan));
    const launch = await Launch.open(ctx, TOOL, args, plan.carousel ? 7 : 6);
    const done = await runLaunch(ctx, args, plan, launch);
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
