/**
 * `update_tiktok_campaign`: reads the campaign (`/campaign/get/`), checks the change against it and
 * TikTok's budget range in the advertiser's currency, and sends only what differs
 * (`/campaign/update/`), through campaign-writes.ts like every campaign write.
 */
import { z } from 'zod';
import type { ToolDefinition } from '../../../core/tool.js';
import { dailyBudgetRange, formatMoney, hasCurrencyPrecision } from '../../../domain/currency.js';
import { type ArgumentIssue, invalidArguments } from '../../../errors.js';
import type { Campaign } from '../../../tiktok/client.js';
import { updateCampaign } from '../../../tiktok/delivery.js';
import type { ToolServices } from '../../services.js';
import { advertiserDetails } from '../advertiser-details.js';
import { advertiserIdField } from '../advertiser-field.js';
import { writeCampaign } from '../campaign-writes.js';
import { changeSentence, changeTable, diff, nameField, type Show, sendOrReadBack } from '../changes.js';
import { readByIds, readCampaign } from '../delivery-reads.js';
import { isDeleted } from '../delivery-summary.js';
import { enumField, idString } from '../fields/index.js';

const BUDGET_MODES = ['BUDGET_MODE_DAY', 'BUDGET_MODE_TOTAL'] as const;

const schema = z.strictObject({
  campaign_id: idString('campaign_id', { required: true }).describe(
    'TikTok campaign ID; list_tiktok_campaigns lists them.',
  ),
  advertiser_id: advertiserIdField(),
  budget: z
    .number({ error: 'budget must be a number in the account currency, e.g. 75.' })
    .positive({ error: 'budget must be greater than 0.' })
    .optional()
    .describe(
      "New campaign budget in the advertiser's currency: a day's budget for a daily campaign, the total for a lifetime one.",
    ),
  budget_mode: enumField('budget_mode', BUDGET_MODES)
    .optional()
    .describe(
      'BUDGET_MODE_DAY or BUDGET_MODE_TOTAL. TikTok does not let a campaign change its budget type after creation, so only the ' +
        'current mode is accepted (kept for compatibility).',
    ),
  name: nameField('name', 'campaign')
    .optional()
    .describe('New campaign name (1 to 512 characters, no emoji).'),
  dry_run: z
    .boolean({ error: 'dry_run must be true or false.' })
    .optional()
    .meta({ default: false })
    .describe(
      'true: check the change and show the body and the before/after difference, without changing anything or using quota.',
    ),
});

type Args = z.output<typeof schema>;

/** Problems of the change against the campaign as it is and the advertiser's currency. */
function problems(args: Args, campaign: Campaign, currency: string): ArgumentIssue[] {
  const issues: ArgumentIssue[] = [];
  const mode = String(campaign.budget_mode ?? '');
  if (args.budget_mode !== undefined && args.budget_mode !== mode) {
    issues.push({
      path: 'budget_mode',
      code: 'not_updatable',
      message: `TikTok does not let a campaign change its budget type after creation: this one is ${mode || 'unknown'}, not ${args.budget_mode}. Create a new campaign for a different budget type.`,
    });
  }
  if (args.budget !== undefined) {
    const range = dailyBudgetRange(currency, 'campaign');
    if (mode === 'BUDGET_MODE_INFINITE') {
      issues.push({
        path: 'budget',
        code: 'not_updatable',
        message:
          'This campaign has no budget limit (BUDGET_MODE_INFINITE), and TikTok does not let it take one after creation; set budgets on its ad groups with update_tiktok_ad_group.',
      });
    } else if (range && !hasCurrencyPrecision(args.budget, range)) {
      issues.push({
        path: 'budget',
        code: 'invalid_value',
        message: `budget ${args.budget} has more decimals than ${currency} takes (${range.decimals}).`,
      });
    } else if (range && (args.budget < range.min || args.budget >= range.maxExclusive)) {
      issues.push({
        path: 'budget',
        code: 'out_of_range',
        message: `A campaign budget in ${currency} must be at least ${formatMoney(range.min, currency)} and below ${formatMoney(range.maxExclusive, currency)}; ${formatMoney(args.budget, currency)} is not.`,
      });
    }
  }
  return issues;
}

export const updateTikTokCampaign: ToolDefinition<typeof schema, ToolServices> = {
  name: 'update_tiktok_campaign',
  category: 'TikTok Ads Write',
  summary: 'Update TikTok campaign settings like name, budget, or budget mode',
  description: [
    "Changes a campaign's name and budget. The campaign is read first: the budget is checked against TikTok's range",
    "in the advertiser's currency, only values that differ are sent, and the answer says what changed from what to",
    'what. TikTok does not let a campaign change its budget type (daily or lifetime) after creation, nor give a',
    'budget to a campaign without a limit: those are refused with the reason. TikTok documents no limit on how often',
    'or how far a budget may change. Deleted campaigns cannot be changed.',
    '',
    '`dry_run: true` shows the body and the before/after difference without changing anything or using quota. With',
    "an Idempotency-Key a retry never applies the change twice; if TikTok's answer is lost, the campaign is read back.",
    'Counts as one tool call.',
  ].join('\n'),
  readOnly: false,
  idempotent: true,
  billable: true,
  schema,
  rules: (args) =>
    args.name === undefined && args.budget === undefined && args.budget_mode === undefined
      ? [{ path: 'name', code: 'required', message: 'Nothing to change: give name, budget or budget_mode.' }]
      : [],
  isDryRun: (args) => args.dry_run === true,
  example: { campaign_id: '1800000000000107', budget: 800 },

  async run(args, ctx) {
    const account = await ctx.accounts.resolve(args.advertiser_id);
    const campaign = await readCampaign(ctx, account, args.campaign_id);
    if (isDeleted(String(campaign.operation_status ?? ''), String(campaign.secondary_status ?? ''))) {
      throw invalidArguments([
        {
          path: 'campaign_id',
          code: 'deleted',
          message: `Campaign ${args.campaign_id} is deleted; TikTok does not let a deleted campaign change.`,
        },
      ]);
    }
    const { currency } = await advertiserDetails(ctx, account);
    const issues = problems(args, campaign, currency);
    if (issues.length > 0) throw invalidArguments(issues);

    const wanted: Record<string, unknown> = {};
    if (args.name !== undefined) wanted.campaign_name = args.name;
    if (args.budget !== undefined) wanted.budget = args.budget;
    const changes = diff(campaign, wanted);
    const body = Object.fromEntries(changes.map((c) => [c.field, c.after]));
    const show: Show = (field, value) =>
      field === 'budget' && typeof value === 'number' ? formatMoney(value, currency) : String(value ?? '-');
    const title = `**${String(campaign.campaign_name ?? args.campaign_id)}** (campaign_id ${args.campaign_id}) in ${account.name}`;
    const structured = (extra: Record<string, unknown>) => ({
      advertiser_id: account.advertiserId,
      campaign_id: args.campaign_id,
      currency,
      body: { advertiser_id: account.advertiserId, campaign_id: args.campaign_id, ...body },
      changes,
      ...extra,
    });
    if (changes.length === 0) {
      return {
        text: `${title} already has these values; nothing was sent to TikTok.`,
        structured: structured({ changed: false }),
      };
    }
    if (args.dry_run) {
      return {
        text: [
          `Dry run for ${title}: nothing was changed.`,
          changeTable(changes, show),
          `Body for /campaign/update/:\n\n\`\`\`json\n${JSON.stringify(structured({}).body, null, 2)}\n\`\`\``,
        ].join('\n\n'),
        structured: structured({ dry_run: true, changed: false }),
      };
    }
    const { tiktok } = ctx.services;
    const sent = await sendOrReadBack(
      () =>
        writeCampaign(
          ctx,
          account,
          { campaignIds: [args.campaign_id], ...(args.budget === undefined ? {} : { budget: args.budget }) },
          () => updateCampaign(tiktok, account.accessToken, account.advertiserId, args.campaign_id, body),
        ),
      async () =>
        (await readByIds<Campaign>(ctx, account, 'campaign', [args.campaign_id])).get(args.campaign_id),
      changes,
    );
    const note = sent.readBack
      ? "\n\nTikTok's answer was lost; reading the campaign back shows the change was applied."
      : '';
    return {
      text: `Updated ${title}: ${changeSentence(changes, show)}.\n\n${changeTable(changes, show)}${note}`,
      structured: structured({
        changed: true,
        confirmed_by_read_back: sent.readBack,
        tiktok_request_id: sent.result?.requestId ?? null,
      }),
    };
  },
};
