/**
 * TikTok's `request_id` on writes such as `/adgroup/create/`: a 64-bit integer sent as a decimal
 * string. Re-sending a create with the same request_id is idempotent on TikTok's side, so a retried
 * create must re-send the id it used the first time: `requestIdFrom(seed)` derives it from a stable
 * seed (e.g. organisation id and Idempotency-Key).
 */
import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../errors.js';

const MASK_63 = (1n << 63n) - 1n;

function toRequestId(bytes: Buffer): string {
  const value = bytes.readBigUInt64BE(0) & MASK_63;
  // Positive, non-zero, fits a signed 64-bit integer.
  return (value === 0n ? 1n : value).toString();
}

/** A fresh random request_id: a positive 63-bit integer as a decimal string. */
export function newRequestId(): string {
  return toRequestId(randomBytes(8));
}

/**
 * A stable request_id derived from `seed` (SHA-256, first 8 bytes, reduced to a positive 63-bit
 * integer). Join the parts of the seed with a separator that cannot occur in them, for example
 * `requestIdFrom(\`${organisationId}\n${idempotencyKey}\`)`.
 */
export function requestIdFrom(seed: string): string {
  return toRequestId(createHash('sha256').update(seed, 'utf8').digest());
}

const MAX_INT64 = (1n << 63n) - 1n;

/** Refuses anything TikTok would not take as a `request_id`: a bug in the gateway, never the caller's. */
export function assertRequestId(requestId: string): void {
  if (!/^[1-9][0-9]{0,18}$/.test(requestId) || BigInt(requestId) > MAX_INT64) {
    throw new AppError('internal_error', 'The TikTok request_id must be a positive 64-bit integer string.');
  }
}
