/**
 * The `idempotency_key` argument of every write tool. MCP hosts do not let the model set `_meta`,
 * and some HTTP clients cannot set headers, so the key the `Idempotency-Key` header carries can
 * also be sent as an argument, with the same semantics. It is added here, once, to every tool that
 * is not read-only, so its schema and description appear in the catalog, OpenAPI, the reference
 * pages and MCP without any tool declaring it.
 */
import { z } from 'zod';
import { AppError } from '../errors.js';
import type { AnyTool } from './tool.js';

export const IDEMPOTENCY_ARGUMENT = 'idempotency_key';

const ARGUMENT_DESCRIPTION = [
  'Makes this call safe to retry: send a new unique value (a UUID) for each change you intend, and the',
  'same value when you retry that change. A retry with the same key never changes anything twice; it',
  'returns the first call’s answer, or finishes what the first call started. The same as the',
  'Idempotency-Key header, for clients that cannot set headers (MCP hosts). 1 to 255 printable ASCII',
  'characters.',
].join(' ');

const AGENT_ADVICE =
  'Retrying: always send `idempotency_key` (a new UUID per intended change, the same one when you retry it), so that a retry after a timeout or a lost answer never changes anything twice.';

const argumentSchema = z
  .string()
  .regex(/^[\x21-\x7e][\x20-\x7e]{0,254}$/, {
    message: 'Use 1 to 255 printable ASCII characters (a UUID is recommended).',
  })
  .refine((value) => !value.endsWith(' '), { message: 'Remove the trailing spaces.' })
  .optional()
  .describe(ARGUMENT_DESCRIPTION);

/** The tool as every surface sees it: a write tool gains the `idempotency_key` argument and the advice to send it. */
export function withIdempotencyArgument(tool: AnyTool): AnyTool {
  if (tool.readOnly || IDEMPOTENCY_ARGUMENT in tool.schema.shape) return tool;
  return {
    ...tool,
    description: `${tool.description}\n\n${AGENT_ADVICE}`,
    schema: tool.schema.extend({ [IDEMPOTENCY_ARGUMENT]: argumentSchema }),
  };
}

/**
 * The arguments without the key (the same object when they have none), and the key given as an
 * argument (already validated by the schema).
 */
export function takeIdempotencyArgument(args: Record<string, unknown>): {
  rest: Record<string, unknown>;
  argumentKey: string | undefined;
} {
  // Without the key the arguments are the rest as they are: the copy by object rest was 0.4 % of
  // a billable call's CPU (twice per call, and the key usually comes as a header).
  if (!Object.hasOwn(args, IDEMPOTENCY_ARGUMENT)) return { rest: args, argumentKey: undefined };
  const { [IDEMPOTENCY_ARGUMENT]: key, ...rest } = args;
  return { rest, argumentKey: typeof key === 'string' ? key : undefined };
}

/**
 * The call's key: the header (or MCP `_meta`), the argument, or both when they agree. Two different
 * keys are a contradiction the gateway cannot resolve for the caller: 400.
 */
export function resolveIdempotencyKey(
  fromHeader: string | undefined,
  argumentKey: string | undefined,
): string | undefined {
  if (fromHeader !== undefined && argumentKey !== undefined && fromHeader !== argumentKey) {
    throw new AppError(
      'invalid_request',
      'The Idempotency-Key header and the `idempotency_key` argument differ; send one of them, or the same key in both.',
    );
  }
  return fromHeader ?? argumentKey;
}
