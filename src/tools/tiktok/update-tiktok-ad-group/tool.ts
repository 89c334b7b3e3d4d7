/**
 * `update_tiktok_ad_group`: reads the ad group (`/adgroup/get/`) and its campaign, applies the
 * change to its settings, checks the result with the ad-group domain's creation rules (every
 * problem at once, before TikTok is called), refuses fields TikTok fixes at creation by name, and
 * sends exactly what changes (`/adgroup/update/`).
 */
import type { ToolDefinition } from '../../../core/tool.js';
import type { AdGroupFacts } from '../../../domain/adgroup/index.js';
import { formatMoney } from '../../../domain/currency.js';
import { invalidArguments } from '../../../errors.js';
import type { AdGroup } from '../../../tiktok/client.js';
import { updateAdGroup } from '../../../tiktok/delivery.js';
import type { ToolServices } from '../../services.js';
import { onAccount } from '../account-calls.js';
import { advertiserDetails } from '../advertiser-details.js';
import { changeSentence, changeTable, plainShow, type Show, sendOrReadBack } from '../changes.js';
import { readAdGroup, readByIds, readCampaign } from '../delivery-reads.js';
import { isDeleted } from '../delivery-summary.js';
import { fixedIssues, planUpdate } from './plan.js';
import { type UpdateAdGroupArgs, updateTikTokAdGroupSchema } from './schema.js';

const MONEY = new Set(['budget', 'bid_price', 'conversion_bid_price', 'deep_cpa_bid']);

export const updateTikTokAdGroup: ToolDefinition<typeof updateTikTokAdGroupSchema, ToolServices> = {
  name: 'update_tiktok_ad_group',
  category: 'TikTok Ads Write',
  summary: 'Update TikTok ad group settings: name, budget, targeting (age, gender, locations), schedule',
  description: [
    'Changes an existing ad group: its name, budget, schedule, targeting (locations, ages, gender, languages,',
    'interests, audiences, devices...), bidding, frequency cap and the other settings TikTok lets change after',
    'creation; every setting takes the same values as in add_tiktok_ad_group. The ad group is read first; a given',
    'list replaces the existing one. The result is checked with the same rules as a new ad group and refused, with',
    'every problem at once, before TikTok is called. Settings TikTok fixes at creation (objective, promotion type,',
    'budget mode, placements, optimisation goal and event, pixel...) are refused by name. Under campaign budget',
    'optimisation the budget is the campaign’s: change it with update_tiktok_campaign. TikTok documents no limit',
    'on how often or how far a budget may change. The answer says what changed from what to what.',
    '',
    '`dry_run: true` shows the body and the before/after difference without changing anything or using quota. With',
    "an Idempotency-Key a retry never applies the change twice; if TikTok's answer is lost, the ad group is read",
    'back. Pausing and resuming are pause_tiktok_ad_group and resume_tiktok_ad_group. Counts as one tool call.',
  ].join('\n'),
  readOnly: false,
  idempotent: true,
  billable: true,
  schema: updateTikTokAdGroupSchema,
  rules: (args) => fixedIssues(args),
  isDryRun: (args) => args.dry_run === true,
  example: { adgroup_id: '1790000000900001', budget: 75, age_groups: ['AGE_25_34', 'AGE_35_44'] },

  async run(input, ctx) {
    const args = input as UpdateAdGroupArgs;
    const account = await ctx.accounts.resolve(args.advertiser_id);
    const existing = await readAdGroup(ctx, account, args.adgroup_id);
    if (isDeleted(String(existing.operation_status ?? ''), String(existing.secondary_status ?? ''))) {
      throw invalidArguments([
        {
          path: 'adgroup_id',
          code: 'deleted',
          message: `Ad group ${args.adgroup_id} is deleted (or its campaign is); TikTok does not let it change.`,
        },
      ]);
    }
    const campaign = await readCampaign(ctx, account, String(existing.campaign_id));
    const { currency, timezone } = await advertiserDetails(ctx, account);
    const facts: AdGroupFacts = {
      campaign: {
        campaign_id: String(campaign.campaign_id),
        objective_type: String(campaign.objective_type ?? ''),
        budget_optimize_on: campaign.budget_optimize_on === true,
        budget_mode: String(campaign.budget_mode ?? ''),
        ...(typeof campaign.budget === 'number' ? { budget: campaign.budget } : {}),
        ...(campaign.campaign_name ? { campaign_name: String(campaign.campaign_name) } : {}),
      },
      advertiser: { advertiser_id: account.advertiserId, currency, timezone, name: account.name },
      now: ctx.clock.now(),
    };
    if (facts.campaign.budget_optimize_on && args.budget !== undefined) {
      throw invalidArguments([
        {
          path: 'budget',
          code: 'not_updatable',
          message: `Campaign ${facts.campaign.campaign_id} uses campaign budget optimisation, so TikTok spends the campaign's budget and ignores the ad group's: change it with update_tiktok_campaign.`,
        },
      ]);
    }
    const plan = planUpdate(existing, args, facts);
    if (plan.issues.length > 0) throw invalidArguments(plan.issues);

    const show: Show = (field, value) =>
      MONEY.has(field) && typeof value === 'number' ? formatMoney(value, currency) : plainShow(field, value);
    const title = `**${String(existing.adgroup_name ?? args.adgroup_id)}** (adgroup_id ${args.adgroup_id}) in ${account.name}`;
    const body = { advertiser_id: account.advertiserId, adgroup_id: args.adgroup_id, ...plan.body };
    const structured = (extra: Record<string, unknown>) => ({
      advertiser_id: account.advertiserId,
      adgroup_id: args.adgroup_id,
      currency,
      body,
      changes: plan.changes,
      ...extra,
    });
    if (plan.changes.length === 0) {
      return {
        text: `${title} already has these settings; nothing was sent to TikTok.`,
        structured: structured({ changed: false }),
      };
    }
    if (args.dry_run) {
      return {
        text: [
          `Dry run for ${title}: nothing was changed.`,
          changeTable(plan.changes, show),
          `Body for /adgroup/update/:\n\n\`\`\`json\n${JSON.stringify(body, null, 2)}\n\`\`\``,
        ].join('\n\n'),
        structured: structured({ dry_run: true, changed: false }),
      };
    }
    const { tiktok } = ctx.services;
    // The one place the new ad group budget (plan.body.budget) is known before TikTok is called:
    // a spend guardrail belongs here.
    const sent = await sendOrReadBack(
      () =>
        onAccount(ctx, account, () =>
          updateAdGroup(tiktok, account.accessToken, account.advertiserId, args.adgroup_id, plan.body),
        ),
      async () => (await readByIds<AdGroup>(ctx, account, 'adgroup', [args.adgroup_id])).get(args.adgroup_id),
      plan.changes,
    );
    const note = sent.readBack
      ? "\n\nTikTok's answer was lost; reading the ad group back shows the change was applied."
      : '';
    return {
      text: `Updated ${title}: ${changeSentence(plan.changes, show)}.\n\n${changeTable(plan.changes, show)}${note}`,
      structured: structured({
        changed: true,
        confirmed_by_read_back: sent.readBack,
        tiktok_request_id: sent.result?.requestId ?? null,
      }),
    };
  },
};
