/**
 * TikTok's response envelope and return codes (reference §1.2, §2.1, §2.2).
 *
 * TikTok answers HTTP 200 even when a call fails; the outcome is `code` in the body, and `data`
 * is `{}` on error. Every answer carries a fresh log id, both as `request_id` and as the
 * `X-Tt-Logid` header, which is what a support ticket would quote.
 */
import { randomBytes } from 'node:crypto';

/** The return codes the emulator produces, with TikTok's meaning (reference §2.2). */
export const CODES = {
  OK: 0,
  INVALID_PARAMS: 40000,
  NO_PERMISSION: 40001,
  PARAM_ERROR: 40002,
  NOT_FOUND: 40007,
  TOO_MANY_IDS: 40011,
  DUPLICATED_REQUEST: 40050,
  AGE_RESTRICTED_US: 40065,
  RATE_LIMITED: 40100,
  RATE_LIMITED_APP: 40016,
  RATE_LIMITED_ADVERTISER: 40133,
  APP_AUTH_FAILED: 40101,
  TOKEN_EXPIRED: 40102,
  TOKEN_MISSING: 40104,
  TOKEN_INVALID: 40105,
  CORE_USER_INVALID: 40106,
  AUTH_CODE_INVALID: 40110,
  APP_TOKEN_MISMATCH: 40113,
  NOT_ALLOWLISTED: 40118,
  SYSTEM_ERROR: 50000,
  SERVICE_ERROR: 50002,
  MAINTENANCE: 60001,
} as const;

/** Default messages, worded like TikTok's, used when a fault injects a bare code. */
export const CODE_MESSAGES: Readonly<Record<number, string>> = {
  0: 'OK',
  40000: 'The parameters provided are invalid.',
  40001: 'No permission to operate this advertiser. Please check the advertiser id and the access token.',
  40002: 'Parameter error.',
  40007: 'The object does not exist.',
  40011: 'Too many ids in one request.',
  40050: 'Duplicated requests have been sent. Please try again later.',
  40065: 'The targeting options are not supported for targeting the age group 13-17 in the US.',
  40100: 'Requests too frequent. The app has exceeded its QPS limit for this endpoint. Please retry later.',
  40016: 'Requests made too frequently. Please retry later.',
  40133: 'Requests too frequent for this advertiser on this path. Please retry later.',
  40101: 'The app_id or secret is incorrect.',
  40102: 'Access token has expired.',
  40104: 'Access token is null, you should set it in http header with key Access-Token.',
  40105: 'Access token is incorrect or has been revoked.',
  40106: 'The core user of this access token is invalid.',
  40110: 'The auth_code has been used, has expired or was cancelled. Please authorize again.',
  40113: "The app_id is inconsistent with the token's app information.",
  40118: 'The advertiser is not on the allowlist for this feature.',
  50000: 'System error.',
  50002: 'Error processing request on TikTok side. Please try again later.',
  60001: 'The system is under maintenance. Please try again later.',
};

export function defaultMessage(code: number): string {
  return CODE_MESSAGES[code] ?? `Error ${code}.`;
}

/** Thrown by endpoint handlers to answer with a non-zero code; the router turns it into an envelope. */
export class TikTokError extends Error {
  constructor(
    readonly code: number,
    message: string = defaultMessage(code),
  ) {
    super(message);
    this.name = 'TikTokError';
  }
}

/** A parameter error in TikTok's (marshmallow) style: "<field>: <what is wrong>". */
export function paramError(field: string, problem: string): TikTokError {
  return new TikTokError(CODES.PARAM_ERROR, `${field}: ${problem}`);
}

export interface Envelope {
  code: number;
  message: string;
  request_id: string;
  data: unknown;
}

export function envelope(code: number, message: string, logId: string, data: unknown = {}): Envelope {
  return { code, message, request_id: logId, data: code === 0 ? data : {} };
}

/**
 * A log id shaped like TikTok's: the UTC time to the second, then random hex, e.g.
 * `20260601120000` + `0A1B2C3D4E5F60718293`. Unique per response.
 */
export function newLogId(at: Date = new Date()): string {
  const stamp = at.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `${stamp}${randomBytes(10).toString('hex').toUpperCase()}`;
}
