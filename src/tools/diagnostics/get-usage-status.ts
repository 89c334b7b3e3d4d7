import { z } from 'zod';
import { addedToday } from '../../core/guardrails.js';
import { LIMIT_NAMES, type SpendLimits } from '../../core/spend-limits.js';
import type { ToolDefinition } from '../../core/tool.js';
import type { ToolServices } from '../services.js';

const schema = z.strictObject({});

export const getUsageStatus: ToolDefinition<typeof schema, ToolServices> = {
  name: 'get_usage_status',
  category: 'Account',
  summary:
    "Show this organisation's tier, calls used and left this period, when it resets, keys in use, and what this key may do (scope and spend limits).",
  description:
    'Reports the monthly allowance of the organisation that owns the API key: tier, tool calls used in the current ' +
    'period (calls still running count as used), the limit, the date the counter starts again, and how many API keys are active; ' +
    "and what this key may do: read-only or not, the advertisers it is limited to, the key's and the organisation's " +
    'spend limits and the new daily budget already added today (UTC), so an agent can see a refusal coming. ' +
    'Free: it never counts against the quota.',
  readOnly: true,
  billable: false,
  schema,
  example: {},
  async run(_args, ctx) {
    const { quota, store } = ctx.services;
    const snapshot = await quota.snapshot(ctx.caller.organizationId);
    const keysInUse = await store.apiKeys.countUsable(
      ctx.caller.organizationId,
      ctx.clock.now().toISOString(),
    );
    const added = await addedToday(store, ctx.clock, ctx.caller);
    const remaining = Math.max(0, snapshot.limit - snapshot.used);
    const lines = [
      `**${ctx.caller.organizationName}** is on the **${snapshot.tier}** tier.`,
      `- Tool calls this period: ${snapshot.used} of ${snapshot.limit} used, ${remaining} left.`,
      `- Period: ${snapshot.period_start} to ${snapshot.period_end}; the counter starts again on ${snapshot.period_end}.`,
      `- API keys in use: ${keysInUse}.`,
      ...scopeLines(ctx.caller.scope, ctx.caller.limits, added),
    ];
    return {
      text: lines.join('\n'),
      structured: {
        tier: snapshot.tier,
        used: snapshot.used,
        limit: snapshot.limit,
        remaining,
        period_start: snapshot.period_start,
        period_end: snapshot.period_end,
        keys_in_use: keysInUse,
        key: {
          read_only: ctx.caller.scope.readOnly,
          advertiser_ids: ctx.caller.scope.advertiserIds,
          spend_limits: ctx.caller.limits.key,
        },
        organization_spend_limits: ctx.caller.limits.organization,
        daily_budget_added_today: { day: added.day, key: added.key, organization: added.organization },
      },
    };
  },
};

function limitText(limits: SpendLimits): string {
  const set = (Object.keys(LIMIT_NAMES) as Array<keyof SpendLimits>).filter((k) => limits[k] !== undefined);
  return set.length === 0 ? 'none' : set.map((k) => `${LIMIT_NAMES[k]} ${limits[k]}`).join(', ');
}

function scopeLines(
  scope: { readOnly: boolean; advertiserIds: string[] | null },
  limits: { key: SpendLimits; organization: SpendLimits },
  added: { day: string; key: number; organization: number },
): string[] {
  return [
    `- This key: ${scope.readOnly ? '**read-only** (write tools are refused)' : 'may read and write'}; advertisers: ${
      scope.advertiserIds === null ? 'all of the organisation' : scope.advertiserIds.join(', ')
    }.`,
    `- Spend limits (in the advertiser's currency) of this key: ${limitText(limits.key)}; of the organisation: ${limitText(limits.organization)}.`,
    `- New daily budget added today (${added.day}, UTC): ${added.key} by this key, ${added.organization} by the organisation.`,
  ];
}
