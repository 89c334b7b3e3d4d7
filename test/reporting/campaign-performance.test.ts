/** get_tiktok_campaign_performance against the emulator's seeded history. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERFORMANCE } from '../../src/tiktok/emulator/index.js';
import type { TestDatabase } from '../support/stores.js';
import {
  cellsOf,
  perfAds,
  type ReportingHarness,
  startReportingHarness,
  sumCells,
  YESTERDAY,
} from './support.js';

describe('get_tiktok_campaign_performance', () => {
  let h: ReportingHarness;
  let db: TestDatabase;
  let ads: ReturnType<typeof perfAds>;

  beforeAll(async () => {
    ({ h, db } = await startReportingHarness());
    const objectives = Object.fromEntries(
      h.emulator.seed.campaigns.map((c) => [c.campaign_id, c.objective_type]),
    );
    ads = perfAds(h.emulator.seed.ads, h.emulator.seed.adgroups, objectives);
  });
  afterAll(async () => {
    await h.close();
    await db.cleanup();
  });

  it('totals and derived metrics per campaign match the history, summed independently', async () => {
    const { status, body } = await h.call('get_tiktok_campaign_performance', { lookback_days: 30 });
    expect(status).toBe(200);
    const s = body.data.structured;
    expect(s.period).toEqual({ start: '2026-03-01', end: YESTERDAY, days: 30 });
    expect(s.currency).toBe('USD');
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
      expect(row.metrics.cpm).toBeCloseTo((c.spend / 100 / c.impressions) * 1000, 2);
      expect(row.metrics.roas).toBeCloseTo(c.value / c.spend, 4);
      expect(row.metrics.hook_rate).toBeCloseTo(c.watched2s / c.plays, 4);
      expect(row.metrics.completion_rate).toBeCloseTo(c.p100 / c.plays, 4);
      expect(row.metrics.engagement_rate).toBeCloseTo((c.likes + c.comments + c.shares) / c.impressions, 4);
    }
    const all = sumCells(cellsOf(ads, '2026-03-01', YESTERDAY));
    expect(s.account.spend).toBeCloseTo(all.spend / 100, 2);
    expect(s.account.impressions).toBe(all.impressions);
    expect(s.daily).toHaveLength(30);
    expect(s.charts[0].svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(await h.used()).toBe(1);
  });
});
