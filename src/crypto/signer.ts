/**
 * Keys derived from the gateway's secret key for purposes other than token encryption, and HMAC
 * signatures made with them. Deriving (HKDF-SHA256, one `purpose` per use) keeps each use's key
 * independent: a signature made for OAuth state can never be replayed as anything else, and
 * the encryption key itself never signs.
 */
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

const SALT = 'adgate derived keys v1';

/** A 32-byte key for `purpose`, derived from the gateway's secret key. */
export function deriveKey(secretKey: Buffer, purpose: string): Buffer {
  if (purpose === '') throw new Error('a derived key needs a purpose');
  return Buffer.from(hkdfSync('sha256', secretKey, SALT, purpose, 32));
}

export class HmacSigner {
  constructor(private readonly key: Buffer) {
    if (key.length < 32) throw new Error('an HMAC key must be at least 32 bytes');
  }

  /** The HMAC-SHA256 of `text`, base64url. */
  sign(text: string): string {
    return createHmac('sha256', this.key).update(text).digest('base64url');
  }

  /** Whether `signature` is this signer's signature of `text`, compared in constant time. */
  verify(text: string, signature: string): boolean {
    const expected = Buffer.from(this.sign(text), 'base64url');
    const given = Buffer.from(signature, 'base64url');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
