import { z } from 'zod';
import type { ToolDefinition } from '../../core/tool.js';
import type { ToolServices } from '../services.js';

const schema = z.strictObject({});

export const getUsageStatus: ToolDefinition<typeof schema, ToolServices> = {
  name: 'get_usage_status',
  category: 'Account',
  summary: "Show this organisation's tier, calls used and left this period, when it resets, and keys in use.",
  description:
    'Reports the monthly allowance of the organisation that owns the API key: tier, tool calls used in the current ' +
    'period (calls still running count as used), the limit, the date the counter starts again, and how many API keys are active. ' +
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
    const remaining = Math.max(0, snapshot.limit - snapshot.used);
    const lines = [
      `**${ctx.caller.organizationName}** is on the **${snapshot.tier}** tier.`,
      `- Tool calls this period: ${snapshot.used} of ${snapshot.limit} used, ${remaining} left.`,
      `- Period: ${snapshot.period_start} to ${snapshot.period_end}; the counter starts again on ${snapshot.period_end}.`,
      `- API keys in use: ${keysInUse}.`,
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
      },
    };
  },
};
