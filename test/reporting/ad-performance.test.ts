/** get_tiktok_ad_performance: per-ad numbers from the history, the creative from /ad/get/, limit and offset. */
import { describe, expect, it } from 'vitest';
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

describe('get_tiktok_ad_performance', () => {
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

  it('pages through the ads by spend, each with its numbers and creative', async () => {
    const bySpend = ads
      .map((a) => ({ id: a.ad.ad_id, ad: a.ad, c: sumCells(cellsOf([a], '2026-03-01', YESTERDAY)) }))
      .sort((x, y) => y.c.spend - x.c.spend);
    const first = (await h.call('get_tiktok_ad_performance', { limit: 3 })).body.data.structured;
    expect(first).toMatchObject({ total_ads: 7, offset: 0, limit: 3, next_offset: 3 });
    expect(first.ads.map((a: { ad_id: string }) => a.ad_id)).toEqual(bySpend.slice(0, 3).map((x) => x.id));
    const second = (await h.call('get_tiktok_ad_performance', { limit: 3, offset: 3 })).body.data.structured;
    expect(second.ads.map((a: { ad_id: string }) => a.ad_id)).toEqual(bySpend.slice(3, 6).map((x) => x.id));
    const last = (await h.call('get_tiktok_ad_performance', { limit: 3, offset: 6 })).body.data.structured;
    expect(last.ads).toHaveLength(1);
    expect(last.next_offset).toBeNull();

    const fatigue = bySpend.find((x) => x.id === PERFORMANCE.AD_IDS.SHOES_FATIGUE);
    const row = [...first.ads, ...second.ads, ...last.ads].find(
      (a: { ad_id: string }) => a.ad_id === PERFORMANCE.AD_IDS.SHOES_FATIGUE,
    );
    expect(row.metrics.spend).toBeCloseTo((fatigue?.c.spend ?? 0) / 100, 2);
    expect(row.metrics.hook_rate).toBeCloseTo((fatigue?.c.watched2s ?? 0) / (fatigue?.c.plays ?? 1), 4);
    expect(row.ad_name).toBe('Shoes unboxing video');
    expect(row.creative).toMatchObject({
      ad_format: 'SINGLE_VIDEO',
      video_id: fatigue?.ad.video_id,
      call_to_action: 'SHOP_NOW',
    });
  });

  it('names the ads that spent without converting, and refuses a limit over 50', async () => {
    const { body } = await h.call('get_tiktok_ad_performance', { limit: 50 });
    const line = body.data.text
      .split('\n\n')
      .find((l: string) => l.startsWith('**Spent without a conversion:**'));
    expect(line).toBe(
      `**Spent without a conversion:** Shoes broad video (${PERFORMANCE.AD_IDS.SHOES_WASTE_VIDEO}), Shoes broad image (${PERFORMANCE.AD_IDS.SHOES_WASTE_IMAGE}); analyze_tiktok_wasted_spend weighs whether that is waste.`,
    );
    expect(body.data.text).toContain(`**Top ad:** Shoes hero video (${PERFORMANCE.AD_IDS.SHOES_HERO})`);
    const refused = await h.call('get_tiktok_ad_performance', { limit: 51 });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toContain('limit can be at most 50');
  });

  it('raw_data: true gives the metrics only', async () => {
    const { body } = await h.call('get_tiktok_ad_performance', { raw_data: true, limit: 2 });
    expect(body.data.text.startsWith('```json\n')).toBe(true);
    expect(body.data.text).not.toContain('Top ad');
    expect(body.data.structured.ads).toHaveLength(2);
  });
});
