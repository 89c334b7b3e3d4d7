/** get_tiktok_campaign_performance against the emulator: numbers, splitting, raw_data, periods, cache, billing. */
import { afterEach, describe, expect, it } from 'vitest';
import { PERFORMANCE } from '../../src/tiktok/emulator/index.js';
import { useSuiteHarness } from '../support/suite.js';
import {
  cellsOf,
  type ReportingHarness,
  seededPerfAds,
  startReportingHarness,
  sumCells,
  YESTERDAY,
} from './support.js';

const REPORT = '/report/integrated/get/';

describe('get_tiktok_campaign_performance', () => {
  let h: ReportingHarness;
  let ads: ReturnType<typeof seededPerfAds>;

  useSuiteHarness(
    startReportingHarness,
    (started) => {
      h = started.h;
      ads = seededPerfAds(h);
    },
    { resetEmulator: false },
  );
  afterEach(() => {
    // A fresh cache for each test: move past its five minutes.
    h.clock.advance(10 * 60_000);
  });

  it('totals and derived metrics per campaign match the history, summed independently', async () => {
    const { status, body } = await h.call('get_tiktok_campaign_performance', { lookback_days: 30 });
    expect(status).toBe(200);
    const s = body.data.structured;
    expect(s.period).toEqual({ start: '2026-03-01', end: YESTERDAY, days: 30 });
    expect(s.currency).toBe('USD');
    expect(s.timezone).toBe(PERFORMANCE.TIMEZONE);
    for (const campaignId of Object.values(PERFORMANCE.CAMPAIGN_IDS)) {
      const c = sumCells(
        cellsOf(
          ads.filter((a) => a.ad.campaign_id === campaignId),
          '2026-03-01',
          YESTERDAY,
        ),
      );
      const row = s.campaigns.find((r: { campaign_id: string }) => r.campaign_id === campaignId);
      expect(row.metrics.spend).toBeCloseTo(c.spend / 100, 2);
      expect(row.metrics.impressions).toBe(c.impressions);
      expect(row.metrics.clicks).toBe(c.clicks);
      expect(row.metrics.conversions).toBe(c.conversions);
      expect(row.metrics.ctr).toBeCloseTo(c.clicks / c.impressions, 4);
      expect(row.metrics.cpc).toBeCloseTo(c.spend / 100 / c.clicks, 2);
      expect(row.metrics.cpm).toBeCloseTo((c.spend / 100 / c.impressions) * 1000, 2);
      expect(row.metrics.cost_per_conversion).toBeCloseTo(c.spend / 100 / c.conversions, 2);
      expect(row.metrics.roas).toBeCloseTo(c.value / c.spend, 4);
      expect(row.metrics.hook_rate).toBeCloseTo(c.watched2s / c.plays, 4);
      expect(row.metrics.completion_rate).toBeCloseTo(c.p100 / c.plays, 4);
      expect(row.metrics.engagement_rate).toBeCloseTo((c.likes + c.comments + c.shares) / c.impressions, 4);
    }
    const all = sumCells(cellsOf(ads, '2026-03-01', YESTERDAY));
    expect(s.account.spend).toBeCloseTo(all.spend / 100, 2);
    expect(s.account.impressions).toBe(all.impressions);
    expect(s.account.reach).toBeGreaterThan(0);
    expect(s.daily).toHaveLength(30);
    const march10 = sumCells(cellsOf(ads, '2026-03-10', '2026-03-10'));
    expect(s.daily.find((d: { day: string }) => d.day === '2026-03-10').metrics.clicks).toBe(march10.clicks);
    expect(s.charts[0].svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(s.charts[0].svg).toContain('Daily spend and conversions');
    expect(body.data.text).toContain('| Perf Shoes | 1800000000060001 |');
    expect(body.data.text).toContain('hook rate = video_watched_2s / video_play_actions');
  });

  it('names the rule behind each recommendation, and flags nothing the data does not show', async () => {
    const { body } = await h.call('get_tiktok_campaign_performance', { lookback_days: 30 });
    const rules = body.data.structured.recommendations.map(
      (r: { campaign_id: string; rule: string }) => `${r.campaign_id}:${r.rule}`,
    );
    // The awareness campaign is TRAFFIC: no conversion rule applies to it; nothing else converts at a loss.
    expect(rules.filter((r: string) => r.endsWith(':no_conversions') || r.endsWith(':roas_below_1'))).toEqual(
      [],
    );
    expect(
      await h
        .call('get_tiktok_campaign_performance', { include_recommendations: false, lookback_days: 30 })
        .then((r) => r.body.data.structured.recommendations),
    ).toEqual([]);
  });

  it('raw_data: true answers with the metrics only, as one JSON block', async () => {
    const { body } = await h.call('get_tiktok_campaign_performance', { lookback_days: 30, raw_data: true });
    const s = body.data.structured;
    expect(s.recommendations).toBeUndefined();
    expect(s.charts).toBeUndefined();
    expect(body.data.text.startsWith('```json\n')).toBe(true);
    expect(JSON.parse(body.data.text.slice(8, -4))).toEqual(s);
    expect(s.campaigns).toHaveLength(3);
  });

  it('a 90-day period: the daily report is read in 30-day windows, the rest in one call, and the days add up', async () => {
    const before = h.emulator.state.requestCount(REPORT);
    const { status, body } = await h.call('get_tiktok_campaign_performance', { lookback_days: 90 });
    expect(status).toBe(200);
    const s = body.data.structured;
    expect(s.period).toEqual({ start: '2025-12-31', end: YESTERDAY, days: 90 });
    // campaign totals (1) + account totals (1) + daily, 90 days in windows of 30 (3)
    expect(h.emulator.state.requestCount(REPORT) - before).toBe(5);
    expect(s.daily).toHaveLength(90);
    const all = sumCells(cellsOf(ads, '2025-12-31', YESTERDAY));
    const dailySpend = s.daily.reduce(
      (sum: number, d: { metrics: { spend: number } }) => sum + d.metrics.spend,
      0,
    );
    expect(dailySpend).toBeCloseTo(all.spend / 100, 1);
    expect(s.account.conversions).toBe(all.conversions);
  });

  it('a lookback reaching before the account starts at its first day and says so', async () => {
    const { body } = await h.call('get_tiktok_campaign_performance', { lookback_days: 365 });
    expect(body.data.structured.period.start).toBe(PERFORMANCE.FIRST_DAY);
    expect(body.data.text).toContain(`The account was created on ${PERFORMANCE.FIRST_DAY}`);
  });

  it('bad periods get a clear error and are not billed', async () => {
    const used = await h.used();
    const cases: [Record<string, unknown>, string][] = [
      [
        { start_date: '2026-03-10', end_date: '2026-03-01' },
        'end_date 2026-03-01 is before start_date 2026-03-10',
      ],
      [
        { start_date: '2026-03-01', end_date: '2026-04-02' },
        'end_date 2026-04-02 is in the future (today is 2026-03-31',
      ],
      [
        { start_date: '2025-06-01', end_date: '2025-12-31' },
        'start_date 2025-06-01 is before the advertiser account existed (created 2025-12-01)',
      ],
      [{ start_date: '2026-02-30' }, 'start_date is not a real calendar date'],
      [{ start_date: '03/01/2026' }, 'start_date must be a date written YYYY-MM-DD'],
    ];
    for (const [args, message] of cases) {
      const { status, body } = await h.call('get_tiktok_campaign_performance', args);
      expect(status, JSON.stringify(args)).toBe(400);
      expect(body.error_code).toBe('invalid_arguments');
      expect(body.error).toContain(message);
    }
    expect(await h.used()).toBe(used);
  });

  it('is cached per advertiser and query for five minutes by the gateway clock, and billed once per call', async () => {
    const used = await h.used();
    const first = h.emulator.state.requestCount(REPORT);
    await h.call('get_tiktok_campaign_performance', { lookback_days: 14 });
    const afterFirst = h.emulator.state.requestCount(REPORT);
    expect(afterFirst - first).toBe(3);
    h.clock.advance(4 * 60_000);
    await h.call('get_tiktok_campaign_performance', { lookback_days: 14 });
    expect(h.emulator.state.requestCount(REPORT)).toBe(afterFirst);
    await h.call('get_tiktok_campaign_performance', { lookback_days: 7 });
    expect(h.emulator.state.requestCount(REPORT)).toBe(afterFirst + 3);
    h.clock.advance(60_000);
    await h.call('get_tiktok_campaign_performance', { lookback_days: 14 });
    expect(h.emulator.state.requestCount(REPORT)).toBe(afterFirst + 6);
    expect(await h.used()).toBe(used + 4);
  });
});
