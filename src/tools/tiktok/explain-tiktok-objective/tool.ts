/**
 * `explain_tiktok_objective`: what a TikTok objective is for, what it needs at campaign and ad
 * group level, and the goals add_tiktok_ad_group offers for it. With `advertiser_id`, TikTok's
 * minimum budgets in the advertiser's currency (src/domain/currency.ts).
 */
import { z } from 'zod';
import type { ToolDefinition } from '../../../core/tool.js';
import {
  BILLING_FOR_GOAL,
  DEFAULT_GOAL,
  GOALS_FOR_OBJECTIVE,
  objectiveFromTikTok,
} from '../../../domain/adgroup/enums.js';
import { dailyBudgetRange, formatMoney } from '../../../domain/currency.js';
import type { ToolServices } from '../../services.js';
import { advertiserDetails } from '../advertiser-details.js';
import { enumField } from '../fields/index.js';
import { OBJECTIVE_FACTS, OBJECTIVE_TYPES } from './objectives.js';

const schema = z.strictObject({
  objective_type: enumField('objective_type', OBJECTIVE_TYPES).describe(
    `The TikTok objective to explain: ${OBJECTIVE_TYPES.join(', ')}.`,
  ),
  advertiser_id: z
    .string()
    .regex(/^[0-9]+$/, { error: 'advertiser_id must be a TikTok ID written as a string of digits.' })
    .optional()
    .describe(
      "Optional: a connected advertiser; the answer then gives TikTok's minimum budgets in its currency. Get it from list_connected_accounts.",
    ),
});

async function floors(
  args: z.output<typeof schema>,
  ctx: Parameters<ToolDefinition<typeof schema, ToolServices>['run']>[1],
) {
  if (args.advertiser_id === undefined) return undefined;
  const account = await ctx.accounts.resolve(args.advertiser_id);
  const { currency } = await advertiserDetails(ctx, account);
  const campaign = dailyBudgetRange(currency, 'campaign');
  const adgroup = dailyBudgetRange(currency, 'adgroup');
  return {
    advertiser_id: account.advertiserId,
    currency,
    campaign_daily_minimum: campaign?.min ?? null,
    adgroup_daily_minimum: adgroup?.min ?? null,
    text:
      campaign && adgroup
        ? `**Minimum budgets in ${currency}** (${account.name}): campaign ${formatMoney(campaign.min, currency)} a day, ad group ${formatMoney(adgroup.min, currency)} a day; an ad group's lifetime budget at least its daily minimum times the days scheduled.`
        : `TikTok's budget table does not list ${currency}, so its minimum budget is not known here.`,
  };
}

export const explainTikTokObjective: ToolDefinition<typeof schema, ToolServices> = {
  name: 'explain_tiktok_objective',
  category: 'TikTok Ads Read',
  summary: 'Explain a TikTok campaign objective: what it optimises for and what it needs',
  description: [
    'Explains one TikTok objective: what it optimises for, whether TikTok has deprecated it (and what replaces it),',
    'what the campaign and the ad groups need (promotion type, where the pixel goes, frequency cap, app and',
    'operating system), and the optimisation goals add_tiktok_ad_group offers for it with their billing events.',
    "With `advertiser_id`, it adds TikTok's minimum campaign and ad group budgets in that advertiser's currency.",
    'Free: it does not count as a tool call.',
  ].join('\n'),
  readOnly: true,
  billable: false,
  schema,
  example: { objective_type: 'WEB_CONVERSIONS' },

  async run(args, ctx) {
    const facts = OBJECTIVE_FACTS[args.objective_type];
    const ours = objectiveFromTikTok(
      args.objective_type === 'CONVERSIONS' ? 'WEB_CONVERSIONS' : args.objective_type,
    );
    const goals = ours
      ? GOALS_FOR_OBJECTIVE[ours].map((goal) => ({
          goal,
          billing_event: BILLING_FOR_GOAL[goal],
          default: goal === DEFAULT_GOAL[ours],
        }))
      : [];
    const floor = await floors(args, ctx);
    const bullets = (title: string, items: string[]) =>
      items.length ? `**${title}**\n${items.map((i) => `- ${i}`).join('\n')}` : '';
    const text = [
      `**${args.objective_type}**: ${facts.purpose}`,
      facts.deprecated ? `**Deprecated.** ${facts.deprecated}` : '',
      bullets('Campaign', facts.campaign),
      bullets('Ad groups', facts.adgroup),
      goals.length
        ? `**add_tiktok_ad_group** (objective ${ours}): goals ${goals.map((g) => `${g.goal} (${g.billing_event}${g.default ? ', default' : ''})`).join(', ')}.`
        : facts.deprecated
          ? ''
          : 'add_tiktok_ad_group does not create ad groups for this objective.',
      floor?.text ?? '',
      'Some advertisers lack the permission for an objective; TikTok then refuses the campaign with code 40002.',
    ]
      .filter(Boolean)
      .join('\n\n');
    return {
      text,
      structured: {
        objective_type: args.objective_type,
        purpose: facts.purpose,
        deprecated: facts.deprecated ?? null,
        campaign: facts.campaign,
        adgroup: facts.adgroup,
        add_tiktok_ad_group: ours ? { objective: ours, goals } : null,
        budget_minimums: floor ? { ...floor, text: undefined } : null,
      },
    };
  },
};
