import { describe, expect, it } from 'vitest';
import { summarizeArguments } from './audit.js';

describe('summarizeArguments', () => {
  it('redacts credentials by field name and by value, and cuts deep nesting', () => {
    const args = JSON.parse(
      '{"__proto__":{"x":1},"2":"a","1":["Bearer abc","sk_live_123 and more"],"access_token":"x","nested":{"api_key":3,"a":[[[[[[1]]]]]]}}',
    );
    expect(summarizeArguments(args)).toBe(
      '{"1":["[redacted]","[redacted] and more"],"2":"a","__proto__":{"x":1},"access_token":"[redacted]","nested":{"api_key":"[redacted]","a":[[[["…"]]]]}}',
    );
  });

  it('cuts long strings and long lists, saying how much was left out', () => {
    const summary = JSON.parse(
      summarizeArguments({ long: 'y'.repeat(201), list: Array.from({ length: 27 }, (_, i) => i) }),
    );
    expect(summary.long).toBe(`${'y'.repeat(200)}… (201 characters)`);
    expect(summary.list).toEqual([...Array.from({ length: 25 }, (_, i) => i), '… 2 more']);
  });
});
