import { describe, expect, it } from 'vitest';
import { parsedTextHeld, parseUtc, TIME_FORMAT } from './time.js';

describe('parseUtc', () => {
  it('reads a real UTC time, and refuses what is not one', () => {
    expect(parseUtc('2026-05-03 14:00:00')?.toISOString()).toBe('2026-05-03T14:00:00.000Z');
    expect(parseUtc('2026-02-30 14:00:00')).toBeUndefined();
    expect(parseUtc('2026-05-03T14:00:00Z')).toBeUndefined();
    expect(parseUtc(`2026-05-03 14:00:00${' '.repeat(10)}`)).toBeUndefined();
  });

  it('gives each caller its own Date', () => {
    const first = parseUtc('2026-05-03 14:00:00') as Date;
    first.setUTCFullYear(2000);
    expect(parseUtc('2026-05-03 14:00:00')?.getUTCFullYear()).toBe(2026);
  });

  it('keeps no long text a client sent: what it caches stays bounded by the format', () => {
    for (let i = 0; i < 300; i++) expect(parseUtc(`${i}`.padEnd(10_000, 'x'))).toBeUndefined();
    expect(parsedTextHeld()).toBeLessThanOrEqual(1000 * TIME_FORMAT.length);
    // And times of the format: a thousand at most (emptied when full).
    for (let i = 0; i < 2500; i++) parseUtc(`2026-05-03 14:${String(i % 60).padStart(2, '0')}:${i}`);
    expect(parsedTextHeld()).toBeLessThanOrEqual(1000 * TIME_FORMAT.length);
  });
});
