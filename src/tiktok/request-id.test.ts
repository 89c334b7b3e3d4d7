import { describe, expect, it } from 'vitest';
import { newRequestId, requestIdFrom } from './request-id.js';

const MAX_INT64 = (1n << 63n) - 1n;

describe('TikTok request_id', () => {
  it('newRequestId gives distinct positive 64-bit integer strings', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newRequestId()));
    expect(ids.size).toBe(200);
    for (const id of ids) {
      expect(id).toMatch(/^[1-9][0-9]*$/);
      expect(BigInt(id) <= MAX_INT64).toBe(true);
    }
  });

  it('requestIdFrom is stable per seed and differs between seeds', () => {
    const a = requestIdFrom('org_1\nkey-123');
    expect(requestIdFrom('org_1\nkey-123')).toBe(a);
    expect(requestIdFrom('org_2\nkey-123')).not.toBe(a);
    expect(a).toMatch(/^[1-9][0-9]*$/);
    expect(BigInt(a) <= MAX_INT64).toBe(true);
    // Pinned: the derivation must not change between releases, or retried creates would duplicate.
    expect(a).toBe('3389507370872111827');
  });
});
