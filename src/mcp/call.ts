/**
 * `tools/call` → the execute pipeline, exactly as REST calls it: the MCP arguments become the
 * `{"arguments": {...}}` body and the idempotency key comes from the request's `_meta`.
 */
import type { CallToolRequestParams, CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { errorEnvelope } from '../core/envelope.js';
import type { ExecuteResult } from '../core/execute.js';
import type { ProgressReporter } from '../core/tool.js';
import { AppError } from '../errors.js';
import type { Gateway } from '../gateway.js';
import { toCallToolResult } from './results.js';

/** Where a `tools/call` carries its idempotency key: `params._meta["adgate/idempotency_key"]`. */
export const IDEMPOTENCY_META_KEY = 'adgate/idempotency_key';

export interface CallContext {
  authorization: string | undefined;
  /** The HTTP request's id, so the envelope's `request_id` matches `X-Request-Id`. */
  requestId: string;
  organizationId: string;
  /** Whether the HTTP request also carried an `Idempotency-Key` header, which MCP calls do not read. */
  idempotencyHeader: boolean;
  /** Where the call's steps are reported (MCP progress notifications), when the client asked. */
  progress?: ProgressReporter;
  /** Receives the call's log fields for the one log line of the HTTP request. */
  onLog(log: ExecuteResult['log']): void;
}

/** Why a call's idempotency key cannot be used, or undefined when it can. */
function idempotencyProblem(key: unknown, context: CallContext): string | undefined {
  if (context.idempotencyHeader) {
    // Clients set HTTP headers once per connection, so a header key would be reused by every call.
    return `Over MCP the Idempotency-Key header is not read; pass the key per call in params._meta["${IDEMPOTENCY_META_KEY}"].`;
  }
  if (key !== undefined && typeof key !== 'string') {
    return `params._meta["${IDEMPOTENCY_META_KEY}"] must be a string of 1 to 255 printable ASCII characters; a UUID is recommended.`;
  }
  return undefined;
}

export async function callTool(
  gateway: Gateway,
  params: CallToolRequestParams,
  context: CallContext,
): Promise<CallToolResult> {
  const key = params._meta?.[IDEMPOTENCY_META_KEY];
  const problem = idempotencyProblem(key, context);
  if (problem !== undefined) {
    // Like a malformed REST body, refused by the transport before the pipeline sees it.
    context.onLog({
      tool: params.name,
      organizationId: context.organizationId,
      errorCode: 'invalid_request',
      replayed: false,
      billed: false,
    });
    const envelope = errorEnvelope(new AppError('invalid_request', problem), params.name, context.requestId);
    return toCallToolResult({ envelope, headers: { 'x-request-id': context.requestId } });
  }
  const result = await gateway.executor.execute({
    toolName: params.name,
    authorization: context.authorization,
    idempotencyKey: key as string | undefined,
    // MCP makes `arguments` optional; a tool without arguments is called with none.
    body: { arguments: params.arguments ?? {} },
    requestId: context.requestId,
    transport: 'mcp',
    progress: context.progress,
  });
  context.onLog(result.log);
  return toCallToolResult(result);
}
