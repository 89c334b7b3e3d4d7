/**
 * `create_tiktok_campaign`: a runnable campaign in one call, as a recorded launch
 * (launch/campaign-sequence.ts): campaign (paused) → ad group (paused, through the ad-group domain)
 * → identity → carousel music (for images on TikTok) → ad → enable the ad group → enable the
 * campaign. Nothing spends until the last step; a retry with the same key resumes at the first step
 * not known to be done.
 */
import type { ToolDefinition } from '../../../core/tool.js';
import { invalidArguments } from '../../../errors.js';
import type { ToolServices } from '../../services.js';
import { dryRunAnswer, launchAnswer } from '../launch/answer.js';
import { launchRules, planLaunch, withStandIns } from '../launch/campaign-plan.js';
import { plannedCalls, runCampaignLaunch, stepCount } from '../launch/campaign-sequence.js';
import { Launch } from '../launch/runner.js';
import { createTikTokCampaignSchema } from './schema.js';

const TOOL = 'create_tiktok_campaign';

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
  rules: (args) => launchRules(args),
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
    const full = createTikTokCampaignSchema.safeParse(withStandIns(passed, { display_name: 'x' }));
    if (!full.success) return [];
    return (await planLaunch(ctx, full.data)).issues;
  },

  async run(args, ctx) {
    const { plan, issues } = await planLaunch(ctx, args);
    if (!plan) throw invalidArguments(issues);
    if (args.dry_run) return dryRunAnswer(TOOL, plannedCalls(args, plan));
    const launch = await Launch.open(ctx, TOOL, args, stepCount(plan));
    const done = await runCampaignLaunch(ctx, TOOL, args, plan, launch);
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
