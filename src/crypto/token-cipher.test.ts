import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TokenCipher } from './token-cipher.js';

describe('TokenCipher', () => {
  const cipher = new TokenCipher(randomBytes(32));

  it('round-trips a token and never stores it in the clear', () => {
    const sealed = cipher.encrypt('act.secret-token-123', 'org_1:42');
    expect(sealed).not.toContain('secret-token');
    expect(sealed.startsWith('v1.')).toBe(true);
    expect(cipher.decrypt(sealed, 'org_1:42')).toBe('act.secret-token-123');
  });

  it('uses a fresh IV each time', () => {
    expect(cipher.encrypt('same', 'ctx')).not.toBe(cipher.encrypt('same', 'ctx'));
  });

  it('refuses a ciphertext moved to another organisation or advertiser', () => {
    const sealed = cipher.encrypt('token', 'org_1:42');
    expect(() => cipher.decrypt(sealed, 'org_2:42')).toThrow();
  });

  it('refuses a tampered ciphertext and another key', () => {
    const sealed = cipher.encrypt('token', 'ctx');
    const parts = sealed.split('.');
    const flipped = Buffer.from(parts[3] as string, 'base64url');
    flipped[0] = (flipped[0] as number) ^ 1;
    parts[3] = flipped.toString('base64url');
    expect(() => cipher.decrypt(parts.join('.'), 'ctx')).toThrow();
    expect(() => new TokenCipher(randomBytes(32)).decrypt(sealed, 'ctx')).toThrow();
  });

  it('wants a 32-byte key', () => {
    expect(() => new TokenCipher(randomBytes(16))).toThrow(/32 bytes/);
  });
});
