/**
 * The reporting client against the emulator: a report of more rows than one page, a period longer
 * than one window, and windows merged without a time dimension. Expected numbers come from the
 * emulator's history cells.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessCapacity } from '../../src/limits/capacity.js';
import { createTikTokClient, type TikTokClient } from '../../src/tiktok/client.js';
import { createEmulator, type Emulator, PERFORMANCE } from '../../src/tiktok/emulator/index.js';
import { fetchReport, idFilter, REPORT_PAGE_SIZE } from '../../src/tiktok/reports.js';
import { cellsOf, NOW, perfAds, sumCells } from './support.js';

describe('fetchReport', () => {
  let emulator: Emulator;
  let client: TikTokClient;
  let ads: ReturnType<typeof perfAds>;

  beforeAll(async () => {
    emulator = createEmulator({ qps: Number.POSITIVE_INFINITY, now: () => new Date(NOW) });
    client = createTikTokClient({
      baseUrl: await emulator.listen({ port: 0 }),
      timeoutMs: 10_000,
      limiter: inProcessCapacity(1_000),
    });
    const objectives = Object.fromEntries(
      emulator.seed.campaigns.map((c) => [c.campaign_id, c.objective_type]),
    );
    ads = perfAds(emulator.seed.ads, emulator.seed.adgroups, objectives);
  });
  afterAll(async () => {
    await client.close();
    await emulator.close();
  });

  const base = { advertiserId: PERFORMANCE.ADVERTISER_ID } as const;

  it('reads every page of a report longer than one page', async () => {
    const report = await fetchReport(client, PERFORMANCE.TOKEN, {
      ...base,
      reportType: 'AUDIENCE',
      dataLevel: 'AUCTION_AD',
      dimensions: ['ad_id', 'stat_time_day', 'age', 'gender'],
      metrics: ['spend', 'clicks'],
      startDate: '2026-03-01',
      endDate: '2026-03-30',
    });
    // 7 ads × 30 days × 5 ages × 2 genders
    expect(report.rows).toHaveLength(2100);
    expect(report.rows.length).toBeGreaterThan(REPORT_PAGE_SIZE);
    expect(report.calls).toBe(3);
    expect(new Set(report.rows.map((r) => JSON.stringify(r.dimensions))).size).toBe(2100);
    const expected = sumCells(cellsOf(ads, '2026-03-01', '2026-03-30'));
    expect(report.rows.reduce((s, r) => s + Number(r.metrics.clicks), 0)).toBe(expected.clicks);
  });

  it('reads a 90-day daily report in three 30-day windows', async () => {
    const before = emulator.state.requestCount('/report/integrated/get/');
    const report = await fetchReport(client, PERFORMANCE.TOKEN, {
      ...base,
      reportType: 'BASIC',
      dataLevel: 'AUCTION_CAMPAIGN',
      dimensions: ['campaign_id', 'stat_time_day'],
      metrics: ['spend', 'impressions'],
      startDate: '2025-12-31',
      endDate: '2026-03-30',
    });
    expect(report.windows.map((w) => `${w.start}/${w.end}`)).toEqual([
      '2025-12-31/2026-01-29',
      '2026-01-30/2026-02-28',
      '2026-03-01/2026-03-30',
    ]);
    expect(emulator.state.requestCount('/report/integrated/get/') - before).toBe(3);
    expect(report.rows).toHaveLength(3 * 90);
    const shoes = ads.filter((a) => a.ad.campaign_id === PERFORMANCE.CAMPAIGN_IDS.SHOES);
    const day = report.rows.find(
      (r) =>
        r.dimensions.campaign_id === PERFORMANCE.CAMPAIGN_IDS.SHOES &&
        r.dimensions.stat_time_day === '2026-01-30 00:00:00',
    );
    expect(Number(day?.metrics.impressions)).toBe(
      sumCells(cellsOf(shoes, '2026-01-30', '2026-01-30')).impressions,
    );
  });

  it('adds up windows of a period over 365 days without a time dimension, leaving reach out', async () => {
    const report = await fetchReport(client, PERFORMANCE.TOKEN, {
      ...base,
      reportType: 'BASIC',
      dataLevel: 'AUCTION_AD',
      dimensions: ['ad_id'],
      metrics: ['spend', 'clicks', 'reach', 'ad_name'],
      startDate: '2025-03-01',
      endDate: '2026-03-30',
      filtering: [idFilter('ad_ids', [PERFORMANCE.AD_IDS.SHOES_HERO])],
    });
    expect(report.windows).toHaveLength(2);
    expect(report.rows).toHaveLength(1);
    const hero = ads.filter((a) => a.ad.ad_id === PERFORMANCE.AD_IDS.SHOES_HERO);
    const expected = sumCells(cellsOf(hero, '2025-03-01', '2026-03-30'));
    expect(Number(report.rows[0]?.metrics.clicks)).toBe(expected.clicks);
    expect(Number(report.rows[0]?.metrics.spend)).toBeCloseTo(expected.spend / 100, 2);
    expect(report.rows[0]?.metrics.reach).toBe('-');
    expect(report.rows[0]?.metrics.ad_name).toBe('Shoes hero video');
  });
});
