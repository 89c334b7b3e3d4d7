import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import { dayIn, resolvePeriod } from './period.js';

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? `${error.code}: ${error.message}` : String(error);
  }
  return 'accepted';
};

describe('resolvePeriod', () => {
  it('counts lookback days ending yesterday; explicit dates override', () => {
    expect(resolvePeriod({ lookback_days: 7 }, '2026-03-31', undefined)).toMatchObject({
      start: '2026-03-24',
      end: '2026-03-30',
      days: 7,
    });
    expect(
      resolvePeriod(
        { start_date: '2026-03-01', end_date: '2026-03-02', lookback_days: 90 },
        '2026-03-31',
        undefined,
      ),
    ).toMatchObject({ start: '2026-03-01', end: '2026-03-02', days: 2 });
    expect(resolvePeriod({ start_date: '2026-03-20' }, '2026-03-31', undefined)).toMatchObject({
      end: '2026-03-30',
      days: 11,
    });
    expect(resolvePeriod({ start_date: '2026-03-31' }, '2026-03-31', undefined).notes[0]).toContain(
      'still in progress',
    );
  });

  it('refuses an end before the start, the future, a start before the account, and over 730 days', () => {
    expect(
      refusal(() =>
        resolvePeriod({ start_date: '2026-03-05', end_date: '2026-03-04' }, '2026-03-31', undefined),
      ),
    ).toContain('is before start_date');
    expect(refusal(() => resolvePeriod({ end_date: '2026-04-01' }, '2026-03-31', undefined))).toContain(
      'is in the future',
    );
    expect(
      refusal(() =>
        resolvePeriod({ start_date: '2025-01-01', end_date: '2025-02-01' }, '2026-03-31', '2025-06-01'),
      ),
    ).toContain('before the advertiser account existed');
    expect(
      refusal(() =>
        resolvePeriod({ start_date: '2020-01-01', end_date: '2026-01-01' }, '2026-03-31', undefined),
      ),
    ).toContain('at most 730');
  });

  it('cuts a lookback at the account creation day and says so', () => {
    const p = resolvePeriod({ lookback_days: 90 }, '2026-03-31', '2026-03-15');
    expect(p).toMatchObject({ start: '2026-03-15', end: '2026-03-30', days: 16 });
    expect(p.notes[0]).toContain('created on 2026-03-15');
  });

  it("the day is the advertiser's", () => {
    const at = new Date('2026-03-31T02:00:00Z');
    expect(dayIn('America/New_York', at)).toBe('2026-03-30');
    expect(dayIn('Asia/Tokyo', at)).toBe('2026-03-31');
  });
});
