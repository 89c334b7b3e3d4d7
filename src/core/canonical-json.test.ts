import { describe, expect, it } from 'vitest';
import { canonicalJson, requestFingerprint } from './canonical-json.js';

describe('canonicalJson', () => {
  it('sorts keys by UTF-16 code units at every level and leaves out undefined values', () => {
    const long = 'k'.repeat(70);
    expect(canonicalJson({ b: 1, a: [true, null, { d: undefined, c: 'x"' }], B: 2, é: 0, [long]: 1 })).toBe(
      `{"B":2,"a":[true,null,{"c":"x\\""}],"b":1,"${long}":1,"é":0}`,
    );
  });

  it('gives equal arguments in any key order the same fingerprint', () => {
    expect(requestFingerprint('t', { a: 1, b: [2, { c: 3, d: 4 }] })).toBe(
      requestFingerprint('t', { b: [2, { d: 4, c: 3 }], a: 1 }),
    );
  });
});
