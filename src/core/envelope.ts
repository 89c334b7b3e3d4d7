/** The response envelopes of the API contract (section 3), built in this one place. */
import { AppError } from '../errors.js';
import type { QuotaSnapshot } from './quota.js';
import type { ToolResult } from './tool.js';

export interface SuccessEnvelope {
  success: true;
  data: { text: string; quota?: QuotaSnapshot; structured?: Record<string, unknown> };
  tool: string;
}

export interface ErrorEnvelope {
  success: false;
  error: string;
  is_error: true;
  tool: string;
  error_code: string;
  request_id: string;
  structured_content?: Record<string, unknown>;
  quota?: Record<string, unknown>;
}

export type Envelope = SuccessEnvelope | ErrorEnvelope;

export function successEnvelope(
  tool: string,
  result: ToolResult,
  quota: QuotaSnapshot | undefined,
): SuccessEnvelope {
  const data: SuccessEnvelope['data'] = { text: result.text };
  if (quota) data.quota = quota;
  if (result.structured) data.structured = result.structured;
  return { success: true, data, tool };
}

export function errorEnvelope(error: AppError, tool: string, requestId: string): ErrorEnvelope {
  const envelope: ErrorEnvelope = {
    success: false,
    error: error.message,
    is_error: true,
    tool,
    error_code: error.code,
    request_id: requestId,
  };
  const { quota, ...details } = error.details ?? {};
  if (Object.keys(details).length > 0) envelope.structured_content = details;
  if (quota && typeof quota === 'object') envelope.quota = quota as Record<string, unknown>;
  return envelope;
}

/** Anything that is not an AppError is a bug: the caller gets only the request id; the cause is kept for the log. */
export function toAppError(error: unknown, requestId: string): AppError {
  if (error instanceof AppError) return error;
  return new AppError(
    'internal_error',
    `Something went wrong inside adgate; this is not a problem with your request. If it keeps happening, report request id ${requestId}.`,
    { cause: error },
  );
}
