/**
 * The execute pipeline, the same for REST and MCP: authenticate → rate limit → find the tool →
 * check the body and the Idempotency-Key → validate the arguments → claim the key → bill quota →
 * run → refund it if unbilled → store the outcome → envelope. Transports only translate in and out.
 */
import type { Logger } from 'pino';
import type { KeyService } from '../auth/api-keys.js';
import { AppError, type ArgumentIssue, invalidArguments } from '../errors.js';
import { runInCallScope } from '../limits/call-scope.js';
import type { AccountService } from './accounts.js';
import type { CallHooks } from './call-hooks.js';
import { requestFingerprint } from './canonical-json.js';
import type { Clock } from './clock.js';
import { type Envelope, errorEnvelope, successEnvelope, toAppError } from './envelope.js';
import type { CallGuardrails } from './guardrails.js';
import { type IdempotencyService, parseIdempotencyKey } from './idempotency.js';
import { resolveIdempotencyKey, takeIdempotencyArgument } from './idempotency-argument.js';
import type { Metrics } from './metrics.js';
import type { QuotaCharge, QuotaService, QuotaSnapshot } from './quota.js';
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
  /** Handed to tools as `ctx.services`. */
  services: unknown;
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
    if (call.tool && call.caller) await this.finish(input, call, result);
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

    let reconcile = false;
    if (idempotencyKey !== undefined) {
      const fingerprint = requestFingerprint(tool.name, rawArgs);
      const claim = await idempotency.claim(
        caller.organizationId,
        idempotencyKey,
        tool.name,
        fingerprint,
        call.requestId,
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
      call.idempotencyKey = idempotencyKey;
      reconcile = claim.reconcile;
    }

    const metered = tool.billable && !(tool.isDryRun?.(validation.args) ?? false);
    let charge: QuotaCharge | undefined;
    if (metered) {
      try {
        charge = await this.deps.quota.bill(caller);
      } catch (error) {
        // Refused before the tool ran: the key stays free for a later retry.
        if (call.idempotencyKey !== undefined) {
          await idempotency.release(caller.organizationId, call.idempotencyKey, call.requestId);
        }
        throw error;
      }
    }
    return this.runTool(tool, validation.args, caller, call, { reconcile, metered, charge });
  }

  private async runTool(
    tool: AnyTool,
    args: Record<string, unknown>,
    caller: Caller,
    call: CallState,
    { reconcile, metered, charge }: { reconcile: boolean; metered: boolean; charge: QuotaCharge | undefined },
  ): Promise<ExecuteResult> {
    const { quota, idempotency } = this.deps;

    let output: ToolResult | undefined;
    let failure: AppError | undefined;
    // While the tool runs its holder renews the key's lease; a crash stops the renewals.
    const stopHeartbeat =
      call.idempotencyKey === undefined
        ? undefined
        : idempotency.keepAlive(caller.organizationId, call.idempotencyKey, call.requestId);
    try {
      const scope = { organizationId: caller.organizationId, tier: caller.tier };
      output = await runInCallScope(scope, () => tool.run(args, this.context(caller, call, reconcile)));
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
    if (charge && !billed) await quota.refund(charge);
    if (charge) snapshot = charge.snapshot;
    else if (tool.billable) snapshot = await this.publicSnapshot(caller);

    const result =
      output !== undefined
        ? this.successResult(tool.name, output, snapshot, caller, call)
        : this.errorResult(failure as AppError, call);
    await this.storeOutcome(tool, caller, call, result, failure);
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
      services,
    };
  }

  private async finish(input: ExecuteInput, call: CallState, result: ExecuteResult): Promise<void> {
    const args = (input.body as { arguments?: unknown } | null)?.arguments;
    const named = (args as { advertiser_id?: unknown } | null | undefined)?.advertiser_id;
    await this.deps.hooks.finish({
      tool: call.tool as AnyTool,
      caller: call.caller as Caller,
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
    });
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

  /** Success and platform refusals are replayed; an unknown outcome waits for reconciliation; the rest frees the key. */
  private async storeOutcome(
    tool: AnyTool,
    caller: Caller,
    call: CallState,
    result: ExecuteResult,
    failure: AppError | undefined,
  ): Promise<void> {
    const key = call.idempotencyKey;
    if (key === undefined) return;
    const { idempotency } = this.deps;
    if (failure === undefined || failure.code === 'platform_rejected') {
      await idempotency.complete(caller.organizationId, key, call.requestId, {
        status: result.status,
        body: result.body,
        requestId: call.requestId,
      });
    } else if (UNKNOWN_OUTCOME.has(failure.code) && !tool.readOnly) {
      await idempotency.markOutcomeUnknown(caller.organizationId, key, call.requestId);
    } else {
      await idempotency.release(caller.organizationId, key, call.requestId);
    }
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
