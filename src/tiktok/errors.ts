/**
 * How TikTok's answers and failures become the project's AppError.
 *
 * TikTok's `message` is data: it is cleaned (no control or bidi characters, bounded length),
 * quoted, and never presented as an instruction. The access token never appears in any message,
 * detail, cause or log line: every text taken from a response or a transport error is redacted.
 */
import { AppError } from '../errors.js';

/** Throttling: TikTok's app-level QPS/QPM/QPD (40100, 40016) and advertiser-level (40133) limits. */
export const THROTTLE_CODES: ReadonlySet<number> = new Set([40100, 40016, 40133]);
/** The stored token was refused: expired (40102), invalid or revoked (40105), not this advertiser's (40106). */
export const REAUTH_CODES: ReadonlySet<number> = new Set([40102, 40105, 40106]);
/** The Access-Token header was missing: a bug on our side. */
export const MISSING_TOKEN_CODE = 40104;
/** TikTok maintenance: nothing was done, always safe to retry. */
export const MAINTENANCE_CODE = 60001;
/** TikTok reports a duplicate request (for a create: one with this request_id was already received). */
export const DUPLICATE_REQUEST_CODE = 40050;

/** "Write or update entity conflict. Retry may resolve this issue." (TikTok's error-code doc, id 1737172488964097). */
export const WRITE_CONFLICT_CODE = 40202;

/**
 * Codes that mean the gateway's own TikTok setup is wrong, not the caller's request: API version
 * incompatible (40006) or invalid (40051), endpoint not implemented or not in the sandbox (40008,
 * 40014), domain not supported (40010) (TikTok's error-code doc, id 1737172488964097).
 */
export const SETUP_CODES: ReadonlySet<number> = new Set([40006, 40008, 40010, 40014, 40051]);

/**
 * Codes worth another attempt: 5xxxx are TikTok service errors (50000 system error, 50002
 * processing error, 51305, ...), 60001 maintenance, and 40202 a transient write conflict.
 */
export function isServerCode(code: number): boolean {
  return (code >= 50000 && code <= 59999) || code === MAINTENANCE_CODE || code === WRITE_CONFLICT_CODE;
}

const MAX_TIKTOK_MESSAGE = 300;
// C0/C1 controls, zero-width and bidirectional formatting characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]+/g;

/** Removes every occurrence of `secret` (when it is long enough to be one) from `text`. */
export function redact(text: string, ...secrets: Array<string | undefined>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 6) out = out.split(secret).join('[redacted]');
  }
  return out;
}

/** TikTok's message made safe to show as quoted data: one line, no control characters, bounded. */
export function cleanTikTokMessage(message: unknown, ...secrets: Array<string | undefined>): string {
  const text = typeof message === 'string' ? message : message === undefined ? '' : String(message);
  const cleaned = redact(text, ...secrets)
    .replace(UNSAFE_CHARS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length > MAX_TIKTOK_MESSAGE ? `${cleaned.slice(0, MAX_TIKTOK_MESSAGE - 1)}…` : cleaned;
}

/** What went wrong on one attempt; kept as the internal `cause` of the AppError (never returned). */
export type FailureKind =
  /** TikTok answered with a throttling code (or a bare HTTP 429). */
  | 'throttled'
  /** TikTok answered with a 5xxxx/60001 code: a definitive "failed on our side". */
  | 'server_code'
  /** TikTok answered with any other non-zero code. */
  | 'rejected'
  /** HTTP 5xx, whatever the body. */
  | 'http_5xx'
  /** HTTP 4xx without TikTok's envelope: wrong path or method, never reached the API. */
  | 'http_4xx'
  /** A 2xx answer that is not TikTok's envelope (not JSON, or no numeric `code`). */
  | 'bad_body'
  /** The connection could not be made: nothing was sent. */
  | 'not_sent'
  /** The connection broke after the request may have been sent. */
  | 'connection_lost'
  /** No answer within the per-request timeout. */
  | 'timeout'
  /** The caller's signal aborted the call. */
  | 'aborted';

export interface TikTokFailureInit {
  kind: FailureKind;
  method: string;
  path: string;
  /** The request may have reached TikTok's logic and no definitive answer came back. */
  maybeApplied: boolean;
  httpStatus?: number;
  tiktokCode?: number;
  tiktokMessage?: string;
  tiktokRequestId?: string;
  /** Transport error code (`ECONNREFUSED`, `UND_ERR_SOCKET`, ...). */
  errorCode?: string;
  /** Redacted, truncated extra text: a transport error message or the start of an unreadable body. */
  detail?: string;
}

/** The raw failure of one attempt. Internal only: it is attached as `cause`, logged, never returned. */
export class TikTokFailure extends Error {
  readonly kind: FailureKind;
  readonly method: string;
  readonly path: string;
  readonly maybeApplied: boolean;
  readonly httpStatus: number | undefined;
  readonly tiktokCode: number | undefined;
  readonly tiktokMessage: string | undefined;
  readonly tiktokRequestId: string | undefined;
  readonly errorCode: string | undefined;
  readonly detail: string | undefined;
  /** Filled in when the call gives up. */
  attempts = 1;

  constructor(init: TikTokFailureInit) {
    super(describeFailure(init));
    this.name = 'TikTokFailure';
    this.kind = init.kind;
    this.method = init.method;
    this.path = init.path;
    this.maybeApplied = init.maybeApplied;
    this.httpStatus = init.httpStatus;
    this.tiktokCode = init.tiktokCode;
    this.tiktokMessage = init.tiktokMessage;
    this.tiktokRequestId = init.tiktokRequestId;
    this.errorCode = init.errorCode;
    this.detail = init.detail;
  }

  /** Log-friendly fields (no token, no query string). */
  toLogFields(): Record<string, unknown> {
    return {
      kind: this.kind,
      method: this.method,
      path: this.path,
      http_status: this.httpStatus,
      tiktok_code: this.tiktokCode,
      tiktok_request_id: this.tiktokRequestId,
      error_code: this.errorCode,
      maybe_applied: this.maybeApplied,
    };
  }
}

function describeFailure(init: TikTokFailureInit): string {
  const where = `${init.method} ${init.path}`;
  switch (init.kind) {
    case 'throttled':
      return `${where}: throttled (${init.tiktokCode === undefined ? `HTTP ${init.httpStatus}` : `code ${init.tiktokCode}`})`;
    case 'server_code':
    case 'rejected':
      return `${where}: code ${init.tiktokCode} "${init.tiktokMessage ?? ''}"`;
    case 'http_5xx':
    case 'http_4xx':
    case 'bad_body':
      return `${where}: HTTP ${init.httpStatus}, ${init.kind === 'bad_body' ? 'not a TikTok answer' : 'server fault'}${init.detail ? `: ${init.detail}` : ''}`;
    case 'not_sent':
    case 'connection_lost':
      return `${where}: ${init.errorCode ?? 'connection error'}${init.detail ? `: ${init.detail}` : ''}`;
    case 'timeout':
      return `${where}: no answer before the timeout`;
    case 'aborted':
      return `${where}: aborted by the caller`;
  }
}

/** A short phrase for a failure, as it appears in public messages. */
function failurePhrase(failure: TikTokFailure): string {
  switch (failure.kind) {
    case 'throttled':
      return failure.tiktokCode === undefined ? `HTTP ${failure.httpStatus}` : `code ${failure.tiktokCode}`;
    case 'server_code':
      return `code ${failure.tiktokCode}`;
    case 'http_5xx':
    case 'http_4xx':
    case 'bad_body':
      return `HTTP ${failure.httpStatus}${failure.kind === 'bad_body' ? ' with an unreadable answer' : ''}`;
    case 'not_sent':
      return 'the connection was refused';
    case 'connection_lost':
      return 'the connection was cut';
    case 'timeout':
      return 'no answer in time';
    case 'aborted':
      return 'the call was cancelled';
    case 'rejected':
      return `code ${failure.tiktokCode}`;
  }
}

const REJECTION_HINTS: Record<number, string> = {
  40001:
    'The connected advertiser account did not grant the permission this operation needs; check the scopes it authorised.',
  40002: 'One of the values sent was not accepted; correct it and call again.',
  40007: 'The object named does not exist (or is not visible to this advertiser account).',
  40300: 'TikTok does not know this advertiser account.',
  40301: 'TikTok could not match this advertiser account.',
};

function publicTikTokDetails(failure: TikTokFailure): Record<string, unknown> {
  const details: Record<string, unknown> = {};
  if (failure.tiktokCode !== undefined) details.tiktok_code = failure.tiktokCode;
  if (failure.tiktokMessage !== undefined) details.tiktok_message = failure.tiktokMessage;
  if (failure.tiktokRequestId) details.tiktok_request_id = failure.tiktokRequestId;
  return details;
}

/** A definitive TikTok answer with a non-zero, non-retryable code. */
export function rejectionError(failure: TikTokFailure, write: boolean): AppError {
  const code = failure.tiktokCode ?? -1;
  const quoted = JSON.stringify(failure.tiktokMessage ?? '');
  if (REAUTH_CODES.has(code)) {
    return new AppError(
      'account_reauth_required',
      `TikTok refused the stored authorisation for this advertiser account (code ${code}): it has expired, ` +
        'been revoked or does not match the advertiser. Reconnect the account with `adgate accounts connect` ' +
        'or the connect link, then call again.',
      { details: publicTikTokDetails(failure), cause: failure },
    );
  }
  if (code === MISSING_TOKEN_CODE) {
    return new AppError(
      'internal_error',
      `The gateway called TikTok without an access token (code ${code}); this is a bug in the gateway.`,
      { cause: failure },
    );
  }
  if (SETUP_CODES.has(code)) {
    return new AppError(
      'internal_error',
      `TikTok says this gateway's TikTok setup is wrong (code ${code}): ${quoted}. The operator must check TIKTOK_API_BASE_URL (TikTok's is https://business-api.tiktok.com), the API version and, in the sandbox, which endpoints it supports.`,
      { cause: failure },
    );
  }
  if (write && code === DUPLICATE_REQUEST_CODE) {
    return outcomeUnknownError(
      failure,
      `TikTok reports this change as a duplicate of a request it already received (code ${code}): ${quoted}`,
    );
  }
  const hint = REJECTION_HINTS[code];
  return new AppError(
    'platform_rejected',
    `TikTok refused the request (code ${code}): ${quoted}${hint ? `. ${hint}` : ''}`,
    {
      details: publicTikTokDetails(failure),
      billable: true,
      cause: failure,
    },
  );
}

/** TikTok kept throttling (or the limiter's wait ran past the deadline). */
export function rateLimitedError(
  failure: TikTokFailure | undefined,
  retryAfterSeconds: number,
  attempts: number,
  cause?: unknown,
): AppError {
  const why = failure
    ? `TikTok kept throttling requests (${failurePhrase(failure)}) after ${attempts} ${attempts === 1 ? 'attempt' : 'attempts'}`
    : 'Requests to TikTok are queued beyond this call’s time budget';
  return new AppError(
    'platform_rate_limited',
    `${why}; the request was not carried out. Wait about ${retryAfterSeconds} s and call again.`,
    {
      details: failure ? { ...publicTikTokDetails(failure), attempts } : { attempts },
      retryAfterSeconds,
      cause: cause ?? failure,
    },
  );
}

/** TikTok failed and nothing was applied (or the call was a read). */
export function unavailableError(failure: TikTokFailure): AppError {
  return new AppError(
    'platform_unavailable',
    `TikTok is not available right now (${failurePhrase(failure)}, after ${failure.attempts} ` +
      `${failure.attempts === 1 ? 'attempt' : 'attempts'}); the request was not carried out. Try again in a few minutes.`,
    { details: { ...publicTikTokDetails(failure), attempts: failure.attempts }, cause: failure },
  );
}

/** A write may have reached TikTok and no definitive answer came back. */
export function outcomeUnknownError(failure: TikTokFailure, reason?: string): AppError {
  const why = reason ?? `TikTok did not confirm the outcome of this change (${failurePhrase(failure)})`;
  return new AppError(
    'platform_outcome_unknown',
    `${why}; it may or may not have been applied. Retry with the same Idempotency-Key: the gateway checks ` +
      'TikTok before sending it again.',
    { details: { ...publicTikTokDetails(failure), attempts: failure.attempts }, cause: failure },
  );
}

/** A 4xx without TikTok's envelope: the gateway called a path or method TikTok does not have. */
export function misrouteError(failure: TikTokFailure): AppError {
  return new AppError(
    'internal_error',
    `TikTok answered HTTP ${failure.httpStatus} to ${failure.method} ${failure.path}; this is a bug or a misconfigured TikTok base URL.`,
    { cause: failure },
  );
}
