import { describe, expect, it } from 'vitest';
import { BoundedMemo } from './bounded-memo.js';

describe('BoundedMemo', () => {
  it('computes each key once, undefined answers included', () => {
    const memo = new BoundedMemo<string, number | undefined>(10);
    let computed = 0;
    const parse = (text: string) => {
      computed++;
      return text === 'none' ? undefined : text.length;
    };
    expect(memo.get('abc', parse)).toBe(3);
    expect(memo.get('abc', parse)).toBe(3);
    expect(memo.get('none', parse)).toBeUndefined();
    expect(memo.get('none', parse)).toBeUndefined();
    expect(computed).toBe(2);
  });

  it('never holds more than its bound: full, it starts again empty', () => {
    const memo = new BoundedMemo<number, number>(3);
    for (let i = 0; i < 10; i++) memo.get(i, (n) => n * 2);
    expect([...memo.keys()].length).toBeLessThanOrEqual(3);
    expect([...memo.keys()]).toContain(9);
  });
});
