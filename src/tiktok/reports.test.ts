import { describe, expect, it } from 'vitest';
import { splitPeriod, windowDays } from './reports.js';

describe('report windows', () => {
  it('cut a period into windows no longer than TikTok takes for the dimensions', () => {
    expect(windowDays(['campaign_id', 'stat_time_day'])).toBe(30);
    expect(windowDays(['stat_time_hour'])).toBe(1);
    expect(windowDays(['campaign_id'])).toBe(365);
    expect(splitPeriod('2026-01-01', '2026-03-31', 30)).toEqual([
      { start: '2026-01-01', end: '2026-01-30' },
      { start: '2026-01-31', end: '2026-03-01' },
      { start: '2026-03-02', end: '2026-03-31' },
    ]);
    expect(splitPeriod('2026-03-01', '2026-03-01', 30)).toEqual([{ start: '2026-03-01', end: '2026-03-01' }]);
  });
});
