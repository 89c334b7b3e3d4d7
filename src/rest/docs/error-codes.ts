/**
 * When each error code is answered (API contract, section 3). Keyed by ErrorCode so that a new
 * code cannot be added without saying here what it means; the status comes from STATUS_BY_CODE.
 */
import { type ErrorCode, STATUS_BY_CODE } from '../../errors.js';

export const ERROR_CODE_DOCS: Record<ErrorCode, string> = {
  invalid_request:
    'Malformed JSON, no `arguments` object, another top-level field, or a bad `Idempotency-Key`.',
  invalid_arguments:
    "The arguments break the tool's schema or its rules; `structured_content.issues` lists every problem at once as `{path, code, message}`.",
  account_selection_required:
    'Several advertiser accounts are connected and none was named; the message and `structured_content.accounts` list them.',
  platform_rejected:
    "TikTok refused the request; the message says why, with TikTok's code and request id in `structured_content`.",
  unauthenticated: 'The API key is missing, malformed, unknown, expired or revoked.',
  quota_exhausted: "The monthly allowance is used up; the body's `quota` carries `upgrade_url`.",
  account_not_connected: "The named advertiser is not connected to the caller's organisation.",
  account_reauth_required:
    'TikTok refused the stored authorisation for the account; the message says how to reconnect it.',
  permission_denied:
    "The API key's scope does not allow the call: a read-only key called a write tool, or the key is limited to other advertisers (`structured_content.reason`).",
  spend_limit_exceeded:
    'A write would set or add more budget than a spend limit of the key or the organisation allows; the message and `structured_content` name the limit and the amount. Nothing was sent to TikTok.',
  tool_not_found: 'No tool has this name; the message names the closest tools.',
  not_found: 'Nothing is served at this method and path.',
  idempotency_key_in_use:
    'A request with the same `Idempotency-Key` is still being processed: `Retry-After` is 1 while its holder renews its lease, else the seconds until that lease ends and a retry takes over (the holder crashed).',
  idempotency_key_reused: 'The `Idempotency-Key` was already used with another tool or other arguments.',
  payload_too_large: 'The body is larger than 1 MiB.',
  unsupported_media_type: 'The body is not sent as `Content-Type: application/json`.',
  rate_limited: 'This API key exceeded its request rate; wait for `Retry-After` seconds.',
  platform_rate_limited:
    'TikTok kept throttling after the retries the gateway makes; nothing was carried out (`Retry-After`).',
  platform_unavailable: 'TikTok failed (5xx, connection refused) and nothing was created.',
  platform_outcome_unknown:
    'A write was sent and no answer came; retry with the same `Idempotency-Key` and the gateway reconciles.',
  not_configured:
    "A feature this gateway's operator has not set up (for example connecting TikTok accounts by OAuth without a TikTok app); the message names the setting.",
  service_unavailable:
    'This instance is at its cap of calls or connections in flight, or is shutting down; nothing was carried out: call again after `Retry-After` seconds.',
  internal_error: 'A bug in the gateway; the body holds only the request id to report.',
};

/** Every error code with its HTTP status, in the order of the contract's table (by status). */
export function errorCodesByStatus(): Array<{ code: ErrorCode; status: number; when: string }> {
  return (Object.keys(ERROR_CODE_DOCS) as ErrorCode[])
    .map((code) => ({ code, status: STATUS_BY_CODE[code], when: ERROR_CODE_DOCS[code] }))
    .sort((a, b) => a.status - b.status);
}
