/**
 * The execute pipeline, the same for REST and MCP: authenticate → rate limit → find the tool →
 * check the body and the Idempotency-Key → validate the arguments → claim the key → bill quota →
 * run → refund it if unbilled → store the outcome → envelope. Transports only translate in and out.
 */
import type { Logger } from 'pino';
import type { KeyService } from '../auth/api-keys.js';
import { AppError, type ArgumentIssue, invalidArguments } from '../errors.js';
import type { KeyOutcome } from '../store/calls.js';
import type { AccountService } from './accounts.js';
import type { CallHooks } from './call-hooks.js';
import { requestFingerprint } from './canonical-json.js';
import type { Clock } from './clock.js';
import { type Envelope, errorEnvelope, successEnvelope, toAppError } from './envelope.js';
import type { CallGuardrails } from './guardrails.js';
import { type IdempotencyService, parseIdempotencyKey } from './idempotency.js';
import { resolveIdempotencyKey, takeIdempotencyArgument } from './idempotency-argument.js';
import type { Metrics } from './metrics.js';
import type { QuotaCharge, QuotaPlan, QuotaService, QuotaSnapshot } from './quota.js';
import { enforceRateLimit, type KeyRateLimiter } from './rate-limiter.js';
import type { ToolRegistry } from './registry.js';
import type { AffectedObject, AnyTool, Caller, ProgressReporter, ToolContext, ToolResult } from './tool.js';
import { validateArguments } from './validate.js';

export interface ExecuteInput {
  toolName: string;
  /** The `Authorization` header as received. */
  authorization: string | undefined;
  /** The `Idempotency-Key` header as received (an array when it was sent several times). */
  idempotencyKey: string | string[] | undefined;
  /** The request body: `{"arguments": {...}}`. */
  body: unknown;
  requestId: string;
  transport: 'rest' | 'mcp';
  /** Where a long tool call reports its steps (MCP progress notifications); absent over REST. */
  progress?: ProgressReporter;
}

export interface ExecuteResult {
  status: number;
  headers: Record<string, string>;
  envelope: Envelope;
  /** The exact response bytes; a replay sends the stored ones again. */
  body: string;
  /** For the one log line per request. */
  log: { tool: string; organizationId?: string; errorCode?: string; replayed: boolean; billed: boolean };
}

export interface ExecutorDeps {
  registry: ToolRegistry;
  keys: KeyService;
  rateLimiter: KeyRateLimiter;
  idempotency: IdempotencyService;
  quota: QuotaService;
  accounts: AccountService;
  clock: Clock;
  metrics: Metrics;
  logger: Logger;
  /**
   * Handed to tools as `ctx.services`, made for the caller: its TikTok client queues the call's
   * sends under the caller's organisation and tier (src/limits/capacity.ts).
   */
  services: (caller: Caller) => unknown;
  /** Key scopes, spend guardrails, usage history and the audit log (core/call-hooks.ts). */
  hooks: CallHooks;
}

/** Per-call facts gathered along the way, for the error path and the log. */
interface CallState {
  requestId: string;
  toolName: string;
  caller?: Caller;
  idempotencyKey?: string;
  billed: boolean;
  progress?: ProgressReporter;
  tool?: AnyTool;
  guardrails?: CallGuardrails;
  /** For the audit log: the account the call resolved, what it changed, TikTok's request id on failure. */
  advertiserId?: string;
  affected?: AffectedObject[];
  tiktokRequestId?: string;
  /** The last writes, stored with the usage history and the audit record in one commit. */
  keyOutcome?: KeyOutcome;
  refund?: QuotaCharge;
}

/** Error codes after which an idempotency record is kept as "outcome unknown" for the next attempt to reconcile. */
const UNKNOWN_OUTCOME = new Set(['platform_outcome_unknown', 'internal_error']);

/** The metrics label of calls to a tool name the registry does not know. */
export const UNKNOWN_TOOL_LABEL = '(unknown)';

function argumentsOf(body: unknown): Record<string, unknown> {
  const shape = 'The body must be a JSON object of the form {"arguments": {...}}.';
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new AppError('invalid_request', `${shape} This request has no such object.`);
  }
  const extra = Object.keys(body).filter((key) => key !== 'arguments');
  if (extra.length > 0) {
    throw new AppError(
      'invalid_request',
      `${shape} Unexpected top-level ${extra.length === 1 ? 'field' : 'fields'} ${extra.map((k) => `"${k}"`).join(', ')}: tool arguments go inside "arguments".`,
    );
  }
  const args = (body as { arguments?: unknown }).arguments;
  if (args === undefined) throw new AppError('invalid_request', `${shape} "arguments" is missing.`);
  if (args === null || typeof args !== 'object' || Array.isArray(args)) {
    throw new AppError(
      'invalid_request',
      `${shape} "arguments" must be an object, not ${Array.isArray(args) ? 'an array' : String(args === null ? 'null' : typeof args)}.`,
    );
  }
  return args as Record<string, unknown>;
}

/** Success and platform refusals are replayed; an unknown outcome waits for reconciliation; the rest frees the key. */
function keyOutcome(
  tool: AnyTool,
  call: CallState,
  result: ExecuteResult,
  failure: AppError | undefined,
): KeyOutcome {
  if (failure === undefined || failure.code === 'platform_rejected') {
    return { kind: 'complete', status: result.status, body: result.body, requestId: call.requestId };
  }
  if (UNKNOWN_OUTCOME.has(failure.code) && !tool.readOnly) return { kind: 'unknown' };
  return { kind: 'release' };
}

export class Executor {
  constructor(private readonly deps: ExecutorDeps) {}

  async execute(input: ExecuteInput): Promise<ExecuteResult> {
    const started = performance.now();
    const call: CallState = {
      requestId: input.requestId,
      toolName: input.toolName,
      billed: false,
      progress: input.progress,
    };
    let result: ExecuteResult;
    try {
      result = await this.run(input, call);
    } catch (thrown) {
      const error = toAppError(thrown, call.requestId);
      if (error.code === 'internal_error') {
        this.deps.logger.error(
          { err: error.cause, request_id: call.requestId, tool: call.toolName },
          'tool call failed',
        );
      }
      result = this.errorResult(error, call);
    }
    if (call.tool && call.caller) result = await this.finish(input, call, result);
    const { metrics } = this.deps;
    // Label values only from known tools: a made-up name must not add a series.
    const tool = this.deps.registry.get(result.log.tool) ? result.log.tool : UNKNOWN_TOOL_LABEL;
    metrics.calls.inc({
      tool,
      status: String(result.status),
      error_code: result.log.errorCode ?? '',
      transport: input.transport,
    });
    metrics.duration.observe({ tool }, (performance.now() - started) / 1000);
    if (result.log.billed && call.caller) metrics.quotaUsed.inc({ tier: call.caller.tier });
    return result;
  }

  private async run(input: ExecuteInput, call: CallState): Promise<ExecuteResult> {
    const { keys, rateLimiter, registry, idempotency } = this.deps;
    const caller = await keys.authenticate(input.authorization);
    call.caller = caller;
    await enforceRateLimit(rateLimiter, caller.keyId);
    const tool = registry.require(input.toolName);
    call.tool = tool;
    this.deps.hooks.authorize(tool, caller);
    const headerKey = parseIdempotencyKey(input.idempotencyKey);
    const givenArgs = argumentsOf(input.body);
    const validation = validateArguments(tool, givenArgs);
    if (!validation.ok) {
      const more = await this.factIssues(tool, validation.passed, caller, call);
      const seen = new Set(validation.issues.map((issue) => issue.path));
      throw invalidArguments([...validation.issues, ...more.filter((issue) => !seen.has(issue.path))]);
    }
    // The key is not an argument of the tool itself: the same call with the key as a header or as an
    // argument is the same request.
    const { rest: rawArgs, argumentKey } = takeIdempotencyArgument(givenArgs);
    const idempotencyKey = resolveIdempotencyKey(headerKey, argumentKey);
    validation.args = takeIdempotencyArgument(validation.args).rest;

    const { quota } = this.deps;
    const metered = tool.billable && !(tool.isDryRun?.(validation.args) ?? false);
    const plan = metered ? quota.plan(caller) : undefined;
    let reconcile = false;
    let used: number | undefined;
    if (idempotencyKey !== undefined) {
      const fingerprint = requestFingerprint(tool.name, rawArgs);
      // A new key is claimed and billed in one commit.
      const claim = await idempotency.claim(
        caller.organizationId,
        idempotencyKey,
        tool.name,
        fingerprint,
        call.requestId,
        plan && quota.billRequest(plan),
      );
      if (claim.kind === 'replay') {
        return {
          status: claim.status,
          headers: { 'idempotent-replayed': 'true', 'x-request-id': claim.requestId || call.requestId },
          envelope: JSON.parse(claim.body) as Envelope,
          body: claim.body,
          log: { tool: tool.name, organizationId: caller.organizationId, replayed: true, billed: false },
        };
      }
      // Refused before the tool ran: the key was not kept, so it is free for a later retry.
      if (claim.kind === 'refused') return quota.refuse(plan as QuotaPlan);
      call.idempotencyKey = idempotencyKey;
      reconcile = claim.reconcile;
      used = claim.used;
    }

    let charge: QuotaCharge | undefined;
    if (plan) charge = used === undefined ? await this.bill(plan, caller, call) : quota.charged(plan, used);
    return this.runTool(tool, validation.args, caller, call, { reconcile, metered, charge });
  }

  /** Bills a call not billed with its key's claim (no key, or a key taken over). */
  private async bill(plan: QuotaPlan, caller: Caller, call: CallState): Promise<QuotaCharge> {
    try {
      return await this.deps.quota.bill(plan);
    } catch (error) {
      // Refused before the tool ran: the key stays free for a later retry.
      if (call.idempotencyKey !== undefined) {
        await this.deps.idempotency.release(caller.organizationId, call.idempotencyKey, call.requestId);
      }
      throw error;
    }
  }

  private async runTool(
    tool: AnyTool,
    args: Record<string, unknown>,
    caller: Caller,
    call: CallState,
    { reconcile, metered, charge }: { reconcile: boolean; metered: boolean; charge: QuotaCharge | undefined },
  ): Promise<ExecuteResult> {
    const { idempotency } = this.deps;

    let output: ToolResult | undefined;
    let failure: AppError | undefined;
    // While the tool runs its holder renews the key's lease; a crash stops the renewals.
    const stopHeartbeat =
      call.idempotencyKey === undefined
        ? undefined
        : idempotency.keepAlive(caller.organizationId, call.idempotencyKey, call.requestId);
    try {
      output = await tool.run(args, this.context(caller, call, reconcile));
      call.affected = output.affected;
    } catch (thrown) {
      failure = toAppError(thrown, call.requestId);
      if (failure.code === 'internal_error') {
        this.deps.logger.error(
          { err: failure.cause, request_id: call.requestId, tool: tool.name },
          'tool run failed',
        );
      }
      const tiktokRequestId = failure.details?.tiktok_request_id;
      if (typeof tiktokRequestId === 'string') call.tiktokRequestId = tiktokRequestId;
    } finally {
      stopHeartbeat?.();
    }
    if (call.guardrails) await this.deps.hooks.settle(call.guardrails, failure, UNKNOWN_OUTCOME);

    // Billed only for a definitive answer from the platform: success or a platform refusal.
    const billed = metered && (output !== undefined || failure?.billable === true);
    call.billed = billed;
    let snapshot: QuotaSnapshot | undefined;
    if (charge && !billed) call.refund = charge;
    if (charge) snapshot = charge.snapshot;
    else if (tool.billable) snapshot = await this.publicSnapshot(caller);

    const result =
      output !== undefined
        ? this.successResult(tool.name, output, snapshot, caller, call)
        : this.errorResult(failure as AppError, call);
    call.keyOutcome = keyOutcome(tool, call, result, failure);
    return result;
  }

  private context(caller: Caller, call: CallState, reconcile: boolean): ToolContext {
    const { accounts, clock, services, hooks } = this.deps;
    const resolver = accounts.resolverFor(caller.organizationId, caller.scope);
    call.guardrails ??= hooks.guardrails(caller);
    return {
      requestId: call.requestId,
      caller,
      idempotency: call.idempotencyKey === undefined ? undefined : { key: call.idempotencyKey, reconcile },
      accounts: {
        ...resolver,
        resolve: async (advertiserId) => {
          const account = await resolver.resolve(advertiserId);
          call.advertiserId = account.advertiserId;
          return account;
        },
      },
      guardrails: call.guardrails,
      clock,
      progress: call.progress ?? (() => {}),
      services: services(caller),
    };
  }

  /**
   * The call's last writes in one commit: its key's outcome, a refund, the budget it added where no
   * limit held it (core/guardrails.ts), the usage history and the audit record. When the key's
   * outcome or a refund could not be stored, the call answers 500 as any failure to store its
   * outcome would (the key stays held until its lease ends, and the next attempt reconciles); the
   * history, the added budget and the audit record alone never fail a call.
   */
  private async finish(input: ExecuteInput, call: CallState, result: ExecuteResult): Promise<ExecuteResult> {
    const caller = call.caller as Caller;
    const args = (input.body as { arguments?: unknown } | null)?.arguments;
    const named = (args as { advertiser_id?: unknown } | null | undefined)?.advertiser_id;
    const key =
      call.idempotencyKey !== undefined && call.keyOutcome
        ? {
            organizationId: caller.organizationId,
            key: call.idempotencyKey,
            holder: call.requestId,
            outcome: call.keyOutcome,
          }
        : undefined;
    const refund = call.refund && {
      organization_id: call.refund.organizationId,
      period_start: call.refund.periodStart,
    };
    try {
      await this.deps.hooks.finish(
        {
          tool: call.tool as AnyTool,
          caller,
          transport: input.transport,
          args,
          status: result.status,
          errorCode: result.log.errorCode,
          requestId: call.requestId,
          replayed: result.log.replayed,
          billed: result.log.billed,
          advertiserId: call.advertiserId ?? (typeof named === 'string' ? named : undefined),
          affected: call.affected ?? [],
          tiktokRequestId: call.tiktokRequestId,
        },
        { key, refund },
        call.guardrails,
      );
      return result;
    } catch (error) {
      const failsCall = key !== undefined || refund !== undefined;
      this.deps.logger.error(
        { err: error, request_id: call.requestId, tool: call.toolName },
        failsCall ? 'call outcome not stored' : 'audit record not written',
      );
      return failsCall ? this.errorResult(toAppError(error, call.requestId), call) : result;
    }
  }

  /** The tool's I/O checks on the fields that passed; when they cannot run, the static problems stand alone. */
  private async factIssues(
    tool: AnyTool,
    passed: Record<string, unknown>,
    caller: Caller,
    call: CallState,
  ): Promise<ArgumentIssue[]> {
    if (!tool.factIssues) return [];
    try {
      return await tool.factIssues(passed, this.context(caller, call, false));
    } catch (error) {
      this.deps.logger.debug(
        { err: error, request_id: call.requestId },
        'fact checks skipped for an invalid call',
      );
      return [];
    }
  }

  private async publicSnapshot(caller: Caller): Promise<QuotaSnapshot> {
    const { period_start: _start, ...snapshot } = await this.deps.quota.snapshotOf(caller);
    return snapshot;
  }

  private successResult(
    toolName: string,
    output: ToolResult,
    quota: QuotaSnapshot | undefined,
    caller: Caller,
    call: CallState,
  ): ExecuteResult {
    const envelope = successEnvelope(toolName, output, quota);
    return {
      status: 200,
      headers: { 'x-request-id': call.requestId },
      envelope,
      body: JSON.stringify(envelope),
      log: { tool: toolName, organizationId: caller.organizationId, replayed: false, billed: call.billed },
    };
  }

  private errorResult(error: AppError, call: CallState): ExecuteResult {
    const envelope = errorEnvelope(error, call.toolName, call.requestId);
    const headers: Record<string, string> = { 'x-request-id': call.requestId };
    if (error.retryAfterSeconds !== undefined) headers['retry-after'] = String(error.retryAfterSeconds);
    return {
      status: error.status,
      headers,
      envelope,
      body: JSON.stringify(envelope),
      log: {
        tool: call.toolName,
        ...(call.caller ? { organizationId: call.caller.organizationId } : {}),
        errorCode: error.code,
        replayed: false,
        billed: call.billed,
      },
    };
  }
}
