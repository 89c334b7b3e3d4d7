/**
 * A billable tool that exists only in tests, so the core's quota and idempotency can be tested
 * without TikTok. Its `outcome` argument picks how the run ends.
 */
import { z } from 'zod';
import type { ToolDefinition } from '../../src/core/tool.js';
import { AppError } from '../../src/errors.js';

export interface FixtureRuns {
  count: number;
  reconciled: number;
}

const schema = z.strictObject({
  message: z.string().describe('Anything; echoed back.'),
  outcome: z
    .enum(['ok', 'rejected', 'unavailable', 'unknown', 'crash'])
    .default('ok')
    .describe(
      'How the run ends: success, platform_rejected, platform_unavailable, platform_outcome_unknown, or a bug.',
    ),
  delay_ms: z.number().int().min(0).max(10_000).default(0).describe('How long the run takes.'),
  dry_run: z.boolean().default(false).describe('Validate only.'),
  limit_a: z.number().optional().describe('With limit_b: must not both be set (a cross-field rule).'),
  limit_b: z.number().optional().describe('With limit_a: must not both be set (a cross-field rule).'),
});

export function billableFixture(runs: FixtureRuns): ToolDefinition<typeof schema> {
  return {
    name: 'test_billable_echo',
    category: 'Test',
    summary: 'Echo a message, billed like a platform write.',
    description: 'A test fixture.',
    readOnly: false,
    billable: true,
    schema,
    rules: (args) =>
      args.limit_a !== undefined && args.limit_b !== undefined
        ? [
            {
              path: 'limit_b',
              code: 'not_allowed_with',
              message: '`limit_b` cannot be used with `limit_a`; send one.',
            },
          ]
        : [],
    isDryRun: (args) => args.dry_run,
    async run(args, ctx) {
      runs.count += 1;
      if (ctx.idempotency?.reconcile) runs.reconciled += 1;
      if (args.delay_ms > 0) await new Promise((resolve) => setTimeout(resolve, args.delay_ms));
      switch (args.outcome) {
        case 'rejected':
          throw new AppError('platform_rejected', 'TikTok refused the request (code 40002).', {
            billable: true,
          });
        case 'unavailable':
          throw new AppError('platform_unavailable', 'TikTok is not answering.');
        case 'unknown':
          throw new AppError(
            'platform_outcome_unknown',
            'No answer came; retry with the same Idempotency-Key.',
          );
        case 'crash':
          throw new Error('boom: internal detail that must not leak');
        default:
          return { text: `echo: ${args.message}`, structured: { message: args.message, run: runs.count } };
      }
    },
  };
}
