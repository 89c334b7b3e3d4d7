import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, parseJson, stringifyJson } from './json.js';

describe('parseJson', () => {
  it('keeps integers beyond 2^53 exact as bigint and leaves safe numbers alone', () => {
    const value = parseJson(
      '{"a":7349123456789012345,"b":42,"c":-9007199254740993,"d":1.5,"e":1e3}',
    ) as Record<string, unknown>;
    expect(value.a).toBe(7349123456789012345n);
    expect(value.b).toBe(42);
    expect(value.c).toBe(-9007199254740993n);
    expect(value.d).toBe(1.5);
    expect(value.e).toBe(1000);
  });

  it('parses strings, escapes, nesting and literals like JSON.parse', () => {
    const text = '{"s":"a\\"b\\u00e9\\n","l":[true,false,null,[],{}],"n":{"x":[1,{"y":"z"}]}}';
    expect(parseJson(text)).toEqual(JSON.parse(text));
  });

  it('refuses malformed JSON', () => {
    for (const bad of ['{', '{"a":}', '[1,]', '01', '"abc', '{"a":1}x', 'tru', '']) {
      expect(() => parseJson(bad), bad).toThrow(JsonSyntaxError);
    }
  });

  it('keeps a "__proto__" key as data', () => {
    const value = parseJson('{"__proto__":{"polluted":true}}') as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(value)).toEqual(['__proto__']);
  });
});

describe('stringifyJson', () => {
  it('writes bigint as raw digits and otherwise matches JSON.stringify', () => {
    expect(stringifyJson({ id: 7400000000000000001n, s: 'x', n: 1, u: undefined, a: [undefined, 2n] })).toBe(
      '{"id":7400000000000000001,"s":"x","n":1,"a":[null,2]}',
    );
    expect(stringifyJson({ d: new Date('2026-06-01T00:00:00Z') })).toBe('{"d":"2026-06-01T00:00:00.000Z"}');
  });

  it('round-trips with parseJson exactly', () => {
    const text = '{"adgroup_id":7400000000000000001,"pixel_id":7212345678901234567,"x":[1,"2"]}';
    expect(stringifyJson(parseJson(text))).toBe(text);
  });
});
