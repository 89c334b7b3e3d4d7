/**
 * Example response bodies for the docs. They are made by the real envelope functions, the real
 * validator and the real registry wherever the gateway has them, so an example cannot drift from
 * what a caller receives; only the wording of a few messages is restated.
 */
import type { FastifyError } from 'fastify';
import type { Config } from '../../config.js';
import type { Clock } from '../../core/clock.js';
import {
  type ErrorEnvelope,
  errorEnvelope,
  type SuccessEnvelope,
  successEnvelope,
  toAppError,
} from '../../core/envelope.js';
import { periodAt } from '../../core/period.js';
import { type QuotaSnapshot, quotaExhaustedMessage } from '../../core/quota.js';
import type { ToolRegistry } from '../../core/registry.js';
import { validateArguments } from '../../core/validate.js';
import { AppError, type ErrorCode, invalidArguments } from '../../errors.js';
import { fromFastifyError } from '../errors.js';
import type { ToolDoc } from './tool-docs.js';

const EXAMPLE_REQUEST_ID = 'req_Vb3kQ9xLm2TnP7aR';
const EXAMPLE_TIER = 'plus' as const;

export interface ExampleContext {
  registry: ToolRegistry;
  config: Config;
  clock: Clock;
}

export interface ErrorExample {
  status: number;
  code: ErrorCode;
  summary: string;
  value: ErrorEnvelope;
}

function exampleQuota(ctx: ExampleContext, used: number): QuotaSnapshot {
  return {
    used,
    limit: ctx.config.quota.limits[EXAMPLE_TIER],
    tier: EXAMPLE_TIER,
    period_end: periodAt(ctx.clock.now(), 1).end,
  };
}

export function successExample(doc: ToolDoc, ctx: ExampleContext): SuccessEnvelope {
  const text = `(markdown for a person or an agent: what ${doc.tool.name} did, and what to do next)`;
  return successEnvelope(doc.tool.name, { text }, doc.tool.billable ? exampleQuota(ctx, 43) : undefined);
}

function envelope(error: AppError, tool: string): ErrorEnvelope {
  return errorEnvelope(error, tool, EXAMPLE_REQUEST_ID);
}

/** The arguments refused as the validator refuses them: none sent, or (if none are required) an unknown one. */
function invalidArgumentsError(doc: ToolDoc): AppError {
  const empty = validateArguments(doc.tool, {});
  const result = empty.ok ? validateArguments(doc.tool, { unexpected_field: true }) : empty;
  return invalidArguments(result.ok ? [] : result.issues);
}

/** The registry's own 404 for a misspelt tool name: `${near}s`, or longer if that is a tool too. */
function misspeltToolError(near: string, registry: ToolRegistry): { requested: string; error: AppError } {
  let requested = `${near}s`;
  while (registry.get(requested)) requested += 's';
  try {
    registry.require(requested);
  } catch (error) {
    if (error instanceof AppError) return { requested, error };
    throw error;
  }
  throw new Error(`${requested} was expected not to be a tool`);
}

export function toolNotFoundExample(near: string, registry: ToolRegistry): ErrorEnvelope {
  const { requested, error } = misspeltToolError(near, registry);
  return envelope(error, requested);
}

function accountSelectionError(): AppError {
  const accounts = [
    { advertiser_id: '6811000000000001', name: 'Acme US', status: 'active' },
    { advertiser_id: '6811000000000002', name: 'Acme EU', status: 'active' },
  ];
  const list = accounts.map((a) => ` - ${a.name} (advertiser_id="${a.advertiser_id}")`).join('\n');
  return new AppError(
    'account_selection_required',
    `You have ${accounts.length} tiktok_ads accounts connected. Please specify which account to use by passing the advertiser_id parameter:\n${list}`,
    { details: { accounts } },
  );
}

export function accountSelectionExample(doc: ToolDoc): ErrorEnvelope {
  return envelope(accountSelectionError(), doc.tool.name);
}

function quotaExhaustedError(ctx: ExampleContext): AppError {
  const limit = ctx.config.quota.limits[EXAMPLE_TIER];
  const quota = { ...exampleQuota(ctx, limit), upgrade_url: ctx.config.quota.upgradeUrl };
  const message = quotaExhaustedMessage({
    tier: EXAMPLE_TIER,
    used: limit,
    limit,
    periodEnd: quota.period_end,
    upgradeUrl: quota.upgrade_url,
    upgradeText: ctx.config.quota.upgradeText,
  });
  return new AppError('quota_exhausted', message, { details: { quota } });
}

export function quotaExhaustedExample(doc: ToolDoc, ctx: ExampleContext): ErrorEnvelope {
  return envelope(quotaExhaustedError(ctx), doc.tool.name);
}

function fastifyFailure(code: string): string {
  return fromFastifyError({ code } as FastifyError).message;
}

/**
 * Every error the tool can answer, by status. Account and platform errors apply to tools that act
 * on an advertiser account, the quota error to billable tools, an unknown outcome to writes only.
 */
export function errorExamples(doc: ToolDoc, ctx: ExampleContext): ErrorExample[] {
  const { tool, actsOnAccount } = doc;
  const help =
    'Send your API key as `Authorization: Bearer sk_live_...`; an operator creates one with `adgate keys create --org ORG`.';
  const rejection = 'budget: Budget must be greater than or equal to 20.0';
  const misspelt = misspeltToolError(tool.name, ctx.registry);
  const candidates: Array<{ applies: boolean; summary: string; error: AppError; calledAs?: string }> = [
    {
      applies: true,
      summary: 'The body is not {"arguments": {...}}',
      error: new AppError(
        'invalid_request',
        'The body must be a JSON object of the form {"arguments": {...}}. "arguments" is missing.',
      ),
    },
    { applies: true, summary: 'Every problem with the arguments', error: invalidArgumentsError(doc) },
    {
      applies: actsOnAccount,
      summary: 'Several accounts connected, none named',
      error: accountSelectionError(),
    },
    {
      applies: actsOnAccount,
      summary: 'TikTok refused the request',
      error: new AppError(
        'platform_rejected',
        `TikTok refused the request (code 40002): "${rejection}". One of the values sent was not accepted; correct it and call again.`,
        {
          details: {
            tiktok_code: 40002,
            tiktok_message: rejection,
            tiktok_request_id: '202605031200000123456789abcdef0123',
          },
        },
      ),
    },
    {
      applies: true,
      summary: 'No valid API key',
      error: new AppError('unauthenticated', `This API key is not known. ${help}`),
    },
    { applies: tool.billable, summary: 'Monthly limit reached', error: quotaExhaustedError(ctx) },
    {
      applies: actsOnAccount,
      summary: 'The advertiser is not connected',
      error: new AppError(
        'account_not_connected',
        'TikTok advertiser 6811000000000009 is not connected to your organisation. Connected: Acme US (advertiser_id="6811000000000001").',
      ),
    },
    {
      applies: actsOnAccount,
      summary: 'The account must be connected again',
      error: new AppError(
        'account_reauth_required',
        'TikTok no longer accepts the stored authorisation for Acme US (advertiser_id="6811000000000001"). Reconnect the account (the connect link, or `adgate accounts connect`), then call again.',
      ),
    },
    {
      applies: !tool.readOnly,
      summary: 'A read-only key called a write tool',
      error: new AppError(
        'permission_denied',
        `This API key is read-only, and ${tool.name} writes to TikTok. Use a key that may write (an operator sets this on the key), or call a read-only tool.`,
        { details: { reason: 'read_only_key', tool: tool.name } },
      ),
    },
    {
      applies: actsOnAccount && !tool.readOnly,
      summary: 'Over a spend limit',
      error: new AppError(
        'spend_limit_exceeded',
        "This write would add a daily budget of 300 to advertiser 6811000000000001, and the key's limit on new daily budget per day is 500, of which 250 was already added today (UTC). Nothing was sent to TikTok.",
        {
          details: {
            limit: 'max_daily_added',
            scope: 'key',
            limit_amount: 500,
            amount: 300,
            already_added_today: 250,
          },
        },
      ),
    },
    { applies: true, summary: 'No tool has this name', error: misspelt.error, calledAs: misspelt.requested },
    {
      applies: true,
      summary: 'The same key is still being processed',
      error: new AppError(
        'idempotency_key_in_use',
        'A request with this Idempotency-Key is still being processed. Retry in a moment to get its result.',
      ),
    },
    {
      applies: true,
      summary: 'The same key with other arguments',
      error: new AppError(
        'idempotency_key_reused',
        'This Idempotency-Key was already used with other arguments. Use a new key for a different request.',
      ),
    },
    {
      applies: true,
      summary: 'The body is over 1 MiB',
      error: new AppError('payload_too_large', fastifyFailure('FST_ERR_CTP_BODY_TOO_LARGE')),
    },
    {
      applies: true,
      summary: 'The body is not JSON',
      error: new AppError('unsupported_media_type', fastifyFailure('FST_ERR_CTP_INVALID_MEDIA_TYPE')),
    },
    {
      applies: true,
      summary: 'This key sends too fast',
      error: new AppError(
        'rate_limited',
        'This API key is sending requests too fast. Wait a moment and retry.',
      ),
    },
    {
      applies: actsOnAccount,
      summary: 'TikTok kept throttling',
      error: new AppError(
        'platform_rate_limited',
        'TikTok kept throttling requests (code 40100) after 3 attempts; the request was not carried out. Wait about 5 s and call again.',
        { details: { tiktok_code: 40100, attempts: 3 } },
      ),
    },
    {
      applies: true,
      summary: 'A bug in the gateway',
      error: toAppError(new Error('example'), EXAMPLE_REQUEST_ID),
    },
    {
      applies: actsOnAccount,
      summary: 'TikTok failed; nothing was created',
      error: new AppError(
        'platform_unavailable',
        'TikTok is not available right now (HTTP 503, after 3 attempts); the request was not carried out. Try again in a few minutes.',
        { details: { attempts: 3 } },
      ),
    },
    {
      applies: actsOnAccount && !tool.readOnly,
      summary: 'No answer after a write was sent',
      error: new AppError(
        'platform_outcome_unknown',
        'TikTok did not confirm the outcome of this change (no answer within 30 s); it may or may not have been applied. Retry with the same Idempotency-Key: the gateway checks TikTok before sending it again.',
        { details: { attempts: 1 } },
      ),
    },
  ];
  return candidates
    .filter((candidate) => candidate.applies)
    .map(({ summary, error, calledAs }) => ({
      status: error.status,
      code: error.code,
      summary,
      value: envelope(error, calledAs ?? tool.name),
    }))
    .sort((a, b) => a.status - b.status);
}
