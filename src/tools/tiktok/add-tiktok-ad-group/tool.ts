/**
 * The `add_tiktok_ad_group` tool: the seed page's schema and rules (pure, in this folder) plus the
 * I/O: account, campaign, advertiser, then TikTok's `/adgroup/create/` with a `request_id` tied to
 * the call, so that no retry ever creates a second ad group.
 */
import { isDailyBudgetMode, spendLimitsVerdictSchema } from '../../../core/guardrails.js';
import type { ResolvedAccount, ToolContext, ToolDefinition } from '../../../core/tool.js';
import {
  type AdGroupFacts,
  adGroupFactRules,
  adGroupRules,
  buildAdGroupRequest,
  CREATE_WORDING,
} from '../../../domain/adgroup/index.js';
import { AppError, invalidArguments } from '../../../errors.js';
import { DUPLICATE_REQUEST_CODE } from '../../../tiktok/errors.js';
import { newRequestId, requestIdFrom } from '../../../tiktok/request-id.js';
import type { ToolServices } from '../../services.js';
import { onAccount } from '../account-calls.js';
import { retryIfFactsWereStale } from '../campaign-facts.js';
import { loadFacts } from './facts.js';
import { adGroupStructuredResult, adGroupStructuredResultSchema } from './result.js';
import { type AddTikTokAdGroupArgs, addTikTokAdGroupSchema, isAddTikTokAdGroupDryRun } from './schema.js';
import { renderAdGroupText } from './text.js';

type Context = ToolContext<ToolServices>;

/**
 * TikTok's `request_id` for this create. With an Idempotency-Key it is derived from the organisation
 * and the key, so every attempt of the same call re-sends the same id and TikTok creates at most one
 * ad group; without one it is fresh per call (the client's own retries still reuse it).
 */
function tiktokRequestId(ctx: Context, retry: boolean): string {
  if (!ctx.idempotency) return newRequestId();
  // The send after fresh campaign facts is another request: TikTok must not take it for the refused one.
  const seed = `${ctx.caller.organizationId}\n${ctx.idempotency.key}${retry ? '\nfresh-campaign-facts' : ''}`;
  return requestIdFrom(seed);
}

/**
 * After an unknown outcome, TikTok may answer the re-sent request_id as a duplicate (40050) instead
 * of returning the ad group: then the campaign's ad groups are searched for the one that was made.
 */
async function findEarlierAdGroup(
  ctx: Context,
  args: AddTikTokAdGroupArgs,
  facts: AdGroupFacts,
  accessToken: string,
): Promise<string | undefined> {
  const { data } = await ctx.services.tiktok.listAdGroups(
    accessToken,
    facts.advertiser.advertiser_id,
    { campaign_ids: [facts.campaign.campaign_id] },
    { pageSize: 1000 },
  );
  const matches = data.list.filter((group) => group.adgroup_name === args.adgroup_name);
  return matches.length === 1 ? String(matches[0]?.adgroup_id) : undefined;
}

function isDuplicateRequest(error: unknown): boolean {
  return error instanceof AppError && error.details?.tiktok_code === DUPLICATE_REQUEST_CODE;
}

/** Checks against the facts, then (unless a dry run) creates the ad group on TikTok. */
async function createWith(
  args: AddTikTokAdGroupArgs,
  ctx: Context,
  account: ResolvedAccount,
  facts: AdGroupFacts,
  retry: boolean,
) {
  // The arguments passed `adGroupRules` before the tool ran (the tool's `rules`, core/validate.ts).
  const issues = adGroupFactRules(args, facts, CREATE_WORDING, []);
  if (issues.length > 0) throw invalidArguments(issues);

  const request = buildAdGroupRequest(args, facts);
  // Spend limits on what is really sent (under CBO no ad-group budget is), before TikTok is called;
  // once per call: a send after fresh campaign facts is the same write.
  const budget = typeof request.body.budget === 'number' ? request.body.budget : undefined;
  const budgetMode = String(request.body.budget_mode ?? '');
  const spend = retry
    ? undefined
    : await ctx.guardrails.checkBudget({
        advertiserId: account.advertiserId,
        object: 'adgroup',
        budget,
        budgetMode,
        addedDailyBudget: budget !== undefined && isDailyBudgetMode(budgetMode) ? budget : 0,
        dryRun: args.dry_run,
      });
  if (args.dry_run) {
    const answer = { ...request, args, facts, dryRun: true, hasTool: ctx.services.hasTool };
    const text = [renderAdGroupText(answer), spend?.text].filter(Boolean).join('\n\n');
    const spendLimits = spend && {
      allowed: spend.allowed,
      refusals: spend.refusals.map(({ message: _m, ...r }) => r),
    };
    return { text, structured: { ...adGroupStructuredResult(answer), spend_limits: spendLimits } };
  }

  const requestId = tiktokRequestId(ctx, retry);
  const { tiktok } = ctx.services;
  let adgroupId: string;
  try {
    const created = await onAccount(ctx, account, () =>
      tiktok.createAdGroup(account.accessToken, request.body, requestId),
    );
    adgroupId = String(created.data.adgroup_id);
  } catch (error) {
    const earlier =
      ctx.idempotency?.reconcile && isDuplicateRequest(error)
        ? await findEarlierAdGroup(ctx, args, facts, account.accessToken)
        : undefined;
    if (earlier === undefined) throw error;
    adgroupId = earlier;
  }

  const answer = {
    ...request,
    body: { ...request.body, request_id: requestId },
    adgroupId,
    args,
    facts,
    dryRun: false,
    hasTool: ctx.services.hasTool,
  };
  return {
    text: renderAdGroupText(answer),
    structured: { ...adGroupStructuredResult(answer) },
    affected: [{ object: 'adgroup' as const, id: adgroupId, action: 'created' as const }],
  };
}

async function loadFound(ctx: Context, args: AddTikTokAdGroupArgs, fresh: boolean) {
  const loaded = await loadFacts(ctx, args.campaign_id, args.advertiser_id, { fresh });
  if (!loaded.found) throw invalidArguments([loaded.issue]);
  return loaded;
}

export const addTikTokAdGroup: ToolDefinition<typeof addTikTokAdGroupSchema, ToolServices> = {
  name: 'add_tiktok_ad_group',
  category: 'TikTok Ads Write',
  summary: 'Add a new ad group to an existing TikTok campaign',
  description: [
    'Adds a new ad group to a TikTok campaign that already exists, with its own targeting, budget, schedule,',
    'placements and bidding: for testing audiences side by side, splitting budget across targeting strategies,',
    'or adding a new segment to a running campaign.',
    '',
    'Required: `campaign_id`, `adgroup_name`, `budget`. The objective is read from the campaign (an `objective`',
    'that contradicts it is refused), and it decides the defaults: optimisation goal, billing event,',
    'frequency caps for REACH. Every default applied is listed, with its reason, in `data.structured.defaults_applied`.',
    'Under campaign budget optimisation the ad-group budget is not sent, and the answer says so.',
    '',
    'Everything is checked before TikTok is called, and every problem is reported in one answer. Pass',
    '`dry_run: true` to see the exact body that would be sent, without creating anything or using quota.',
    'Send an `Idempotency-Key`: a retry with the same key never creates a second ad group.',
  ].join('\n'),
  readOnly: false,
  billable: true,
  schema: addTikTokAdGroupSchema,
  rules: (args) => adGroupRules(args),
  isDryRun: isAddTikTokAdGroupDryRun,
  outputSchema: adGroupStructuredResultSchema.extend({ spend_limits: spendLimitsVerdictSchema.optional() }),
  example: {
    campaign_id: '1800000000000101',
    adgroup_name: 'US - broad - 18-34',
    budget: 50,
    age_groups: ['AGE_18_24', 'AGE_25_34'],
  },

  async factIssues(passed, ctx) {
    if (passed.campaign_id === undefined) return [];
    const loaded = await loadFacts(ctx, passed.campaign_id, passed.advertiser_id);
    return loaded.found ? adGroupFactRules(passed, loaded.facts) : [loaded.issue];
  },

  async run(args, ctx) {
    const { account, facts, fromCache } = await loadFound(ctx, args, false);
    return retryIfFactsWereStale(
      facts,
      fromCache,
      (current, retry) => createWith(args, ctx, account, current, retry),
      async () => (await loadFound(ctx, args, true)).facts,
    );
  },
};
