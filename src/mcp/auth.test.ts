import { describe, expect, it } from 'vitest';
import { wwwAuthenticate } from './auth.js';

describe('wwwAuthenticate', () => {
  it('keeps the challenge a valid RFC 6750 header whatever the message holds', () => {
    const header = wwwAuthenticate('Key "sk_live_x" is\nnot known \\ 🚨 retry.');
    expect(header).toBe(
      `Bearer realm="adgate", error="invalid_token", error_description="Key 'sk_live_x' is not known retry."`,
    );
  });
});
