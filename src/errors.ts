/**
 * The one coded error type of adgate. Every failure a caller can see is an AppError with a
 * stable `code` (the API contract's `error_code`), the HTTP status, a message a person can act
 * on, optional public details, and an internal cause that is logged but never returned.
 * The envelope module is the only place that turns it into a response body.
 */

export type ErrorCode =
  | 'invalid_request'
  | 'invalid_arguments'
  | 'account_selection_required'
  | 'platform_rejected'
  | 'unauthenticated'
  | 'quota_exhausted'
  | 'account_not_connected'
  | 'account_reauth_required'
  | 'permission_denied'
  | 'spend_limit_exceeded'
  | 'tool_not_found'
  | 'not_found'
  | 'idempotency_key_in_use'
  | 'idempotency_key_reused'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'platform_rate_limited'
  | 'platform_unavailable'
  | 'platform_outcome_unknown'
  | 'not_configured'
  | 'service_unavailable'
  | 'internal_error';

export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  invalid_request: 400,
  invalid_arguments: 400,
  account_selection_required: 400,
  platform_rejected: 400,
  unauthenticated: 401,
  quota_exhausted: 402,
  account_not_connected: 403,
  account_reauth_required: 403,
  permission_denied: 403,
  spend_limit_exceeded: 403,
  tool_not_found: 404,
  not_found: 404,
  idempotency_key_in_use: 409,
  idempotency_key_reused: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  platform_rate_limited: 429,
  platform_unavailable: 502,
  platform_outcome_unknown: 504,
  not_configured: 503,
  service_unavailable: 503,
  internal_error: 500,
};

/** One problem with the arguments, as reported in `structured_content.issues`. */
export interface ArgumentIssue {
  /** Dotted path into `arguments`, e.g. `budget` or `placements.0`. */
  path: string;
  code: string;
  message: string;
}

export interface AppErrorOptions {
  /** Public, machine-readable details: becomes `structured_content`. */
  details?: Record<string, unknown>;
  /** Seconds the caller should wait before retrying (sets `Retry-After`). */
  retryAfterSeconds?: number;
  /** Internal cause: logged, never returned. */
  cause?: unknown;
  /**
   * True when the ad platform gave a definitive answer, so the call counts against the quota
   * (API contract, section 5: `platform_rejected` is billed).
   */
  billable?: boolean;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly billable: boolean;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = STATUS_BY_CODE[code];
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.billable = options.billable ?? false;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** A refusal of the arguments that lists every problem at once. */
export function invalidArguments(issues: ArgumentIssue[]): AppError {
  const lines = issues.map((issue) => `- ${issue.path || '(arguments)'}: ${issue.message}`);
  const noun = issues.length === 1 ? 'problem' : 'problems';
  return new AppError(
    'invalid_arguments',
    `The arguments have ${issues.length} ${noun}; fix ${issues.length === 1 ? 'it' : 'them'} and call again:\n${lines.join('\n')}`,
    { details: { issues } },
  );
}
