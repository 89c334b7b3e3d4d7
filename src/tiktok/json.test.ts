import { describe, expect, it } from 'vitest';
import { parseJsonExact, quoteUnsafeIntegers } from './json.js';

describe('parseJsonExact', () => {
  it('keeps 19-digit ids exact as strings', () => {
    const parsed = parseJsonExact('{"pixel_id":7234567890123456789,"campaign_id":"1800000000000000001"}');
    expect(parsed).toEqual({ pixel_id: '7234567890123456789', campaign_id: '1800000000000000001' });
  });

  it('leaves safe integers, fractions and exponents as numbers', () => {
    const parsed = parseJsonExact(
      '{"a":9007199254740991,"b":-9007199254740991,"c":12.5,"d":1e21,"e":12345678901234567.5,"f":0,"g":-0.25}',
    );
    expect(parsed).toEqual({
      a: Number.MAX_SAFE_INTEGER,
      b: -Number.MAX_SAFE_INTEGER,
      c: 12.5,
      d: 1e21,
      e: Number('12345678901234567.5'),
      f: 0,
      g: -0.25,
    });
  });

  it('quotes integers just beyond the safe range, with their sign', () => {
    expect(parseJsonExact('[9007199254740992,-9007199254740993,-7234567890123456789]')).toEqual([
      '9007199254740992',
      '-9007199254740993',
      '-7234567890123456789',
    ]);
  });

  it('does not touch digits inside strings, including after escaped quotes and backslashes', () => {
    const text =
      '{"msg":"id 7234567890123456789 \\" 7234567890123456780 \\\\","k\\"7234567890123456781":7234567890123456782}';
    expect(parseJsonExact(text)).toEqual({
      msg: 'id 7234567890123456789 " 7234567890123456780 \\',
      'k"7234567890123456781': '7234567890123456782',
    });
  });

  it('handles nested arrays and objects, and whitespace around numbers', () => {
    const text =
      '{"list":[[ 7234567890123456789 ,1,[ -18446744073709551615 ]],{"x":{"y":[12345678901234567890]}}]}';
    expect(parseJsonExact(text)).toEqual({
      list: [['7234567890123456789', 1, ['-18446744073709551615']], { x: { y: ['12345678901234567890'] } }],
    });
  });

  it('quotes an unsafe integer that is the whole text, or follows whitespace', () => {
    expect(parseJsonExact('7234567890123456789')).toBe('7234567890123456789');
    expect(parseJsonExact('{"a":\n\t -7234567890123456789}')).toEqual({ a: '-7234567890123456789' });
  });

  it('returns the text unchanged when there is nothing to quote', () => {
    const text = '{"a":"12345678901234567890","b":123}';
    expect(quoteUnsafeIntegers(text)).toBe(text);
  });

  it('still rejects invalid JSON', () => {
    expect(() => parseJsonExact('<html>7234567890123456789</html>')).toThrow(SyntaxError);
    expect(() => parseJsonExact('{"a":"unterminated 7234567890123456789')).toThrow(SyntaxError);
    expect(() => parseJsonExact('')).toThrow(SyntaxError);
  });
});
