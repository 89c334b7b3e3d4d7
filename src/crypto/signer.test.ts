import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveKey, HmacSigner } from './signer.js';

describe('deriveKey', () => {
  const secret = randomBytes(32);

  it('gives the same 32-byte key for the same secret and purpose, another for another purpose', () => {
    const key = deriveKey(secret, 'oauth-state');
    expect(key).toHaveLength(32);
    expect(deriveKey(secret, 'oauth-state').equals(key)).toBe(true);
    expect(deriveKey(secret, 'other').equals(key)).toBe(false);
    expect(deriveKey(randomBytes(32), 'oauth-state').equals(key)).toBe(false);
    expect(key.equals(secret)).toBe(false);
  });
});

describe('HmacSigner', () => {
  const signer = new HmacSigner(deriveKey(randomBytes(32), 'test'));

  it('verifies its own signature and nothing else', () => {
    const signature = signer.sign('v1.abc.123');
    expect(signer.verify('v1.abc.123', signature)).toBe(true);
    expect(signer.verify('v1.abc.124', signature)).toBe(false);
    const tampered = `${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    expect(signer.verify('v1.abc.123', tampered)).toBe(false);
    expect(signer.verify('v1.abc.123', '')).toBe(false);
    expect(new HmacSigner(deriveKey(randomBytes(32), 'test')).verify('v1.abc.123', signature)).toBe(false);
  });
});
