/**
 * The analyses against the emulator's history: each finds its planted pattern, and only it; the
 * numbers they rest on are recomputed here from the history cells.
 */
import { describe, expect, it } from 'vitest';
import { addDays, type Cell, PERFORMANCE } from '../../src/tiktok/emulator/index.js';
import { useSuiteHarness } from '../support/suite.js';
import {
  cellsOf,
  type ReportingHarness,
  seededPerfAds,
  startReportingHarness,
  sumCells,
  YESTERDAY,
} from './support.js';

const START = '2026-03-01';
const P = PERFORMANCE;

describe('analytics tools', () => {
  let h: ReportingHarness;
  let ads: ReturnType<typeof seededPerfAds>;
  const cells = (
    where: (c: Cell) => boolean = () => true,
    filter: (a: (typeof ads)[0]) => boolean = () => true,
    start = START,
    end = YESTERDAY,
  ) => sumCells(cellsOf(ads.filter(filter), start, end, where));

  useSuiteHarness(
    startReportingHarness,
    (started) => {
      h = started.h;
      ads = seededPerfAds(h);
    },
    { resetEmulator: false },
  );

  it('get_tiktok_audience_insights: totals per age and gender from the history; no segment saturates', async () => {
    const { status, body } = await h.call('get_tiktok_audience_insights', {});
    expect(status).toBe(200);
    const s = body.data.structured;
    for (const age of ['AGE_18_24', 'AGE_35_44', 'AGE_55_100']) {
      const c = cells((cell) => cell.age === age);
      const row = s.breakdowns.age.find((r: { segment: string }) => r.segment === age);
      expect(row.metrics.impressions).toBe(c.impressions);
      expect(row.metrics.spend).toBeCloseTo(c.spend / 100, 2);
      expect(row.metrics.cost_per_conversion).toBeCloseTo(c.spend / 100 / c.conversions, 2);
    }
    const female = cells((cell) => cell.gender === 'FEMALE' && cell.age === 'AGE_25_34');
    const row = s.breakdowns.age_gender.find((r: { segment: string }) => r.segment === 'AGE_25_34 × FEMALE');
    expect(row.metrics.clicks).toBe(female.clicks);
    // Ranked by cost per conversion, cheapest first.
    const costs = s.breakdowns.age.map(
      (r: { metrics: { cost_per_conversion: number } }) => r.metrics.cost_per_conversion,
    );
    expect(costs).toEqual([...costs].sort((a: number, b: number) => a - b));
    expect(row.metrics.roas).toBeNull();
    expect(s.saturation).toHaveLength(10);
    expect(s.saturation.filter((x: { saturating: boolean }) => x.saturating)).toEqual([]);
    expect(body.data.text).toContain('no purchase value or reach per segment');
  });

  it('analyze_tiktok_geo_performance: the under-delivering country, and only it', async () => {
    const { body } = await h.call('analyze_tiktok_geo_performance', {});
    const s = body.data.structured;
    for (const country of ['US', 'GB', 'DE', 'FR']) {
      const c = cells((cell) => cell.country === country);
      const row = s.countries.find((r: { country: string }) => r.country === country);
      expect(row.metrics.spend).toBeCloseTo(c.spend / 100, 2);
      expect(row.metrics.conversions).toBe(c.conversions);
    }
    expect(
      s.under_delivering.map(
        (f: { campaign_id: string; country: string }) => `${f.campaign_id}:${f.country}`,
      ),
    ).toEqual([`${P.CAMPAIGN_IDS.APPAREL}:${P.UNDER_DELIVERING_COUNTRY}`]);
    const apparel = (a: (typeof ads)[0]) => a.ad.campaign_id === P.CAMPAIGN_IDS.APPAREL;
    const de = cells((c) => c.country === 'DE', apparel);
    const rest = cells((c) => c.country !== 'DE', apparel);
    const flagged = s.under_delivering[0].comparison;
    expect(flagged.cost_per_result).toBeCloseTo(de.spend / 100 / de.conversions, 2);
    expect(flagged.others_cost_per_result).toBeCloseTo(rest.spend / 100 / rest.conversions, 2);
    expect(flagged.ratio).toBeGreaterThanOrEqual(1.5);
    expect(body.data.text).toContain('**Under-delivering:**\n- DE in Perf Apparel');
  });

  it('analyze_tiktok_wasted_spend: the wasteful ad group with all its spend, the fatigued creative, nothing else', async () => {
    const { body } = await h.call('analyze_tiktok_wasted_spend', {});
    const s = body.data.structured;
    const waste = cells(
      () => true,
      (a) => a.ad.adgroup_id === P.ADGROUP_IDS.SHOES_WASTE,
    );
    expect(waste.conversions).toBe(0);
    expect(s.findings).toHaveLength(1);
    expect(s.findings[0]).toMatchObject({
      id: P.ADGROUP_IDS.SHOES_WASTE,
      severity: 'CRITICAL',
      rule: 'no_results',
      results: 0,
      status: 'ENABLE',
    });
    expect(s.findings[0].wasted).toBeCloseTo(waste.spend / 100, 2);
    expect(s.wasted_spend).toBeCloseTo(waste.spend / 100, 2);
    expect(s.fatigued_ads.map((a: { ad_id: string }) => a.ad_id)).toEqual([P.AD_IDS.SHOES_FATIGUE]);
    expect(body.data.text).toContain('CRITICAL | Shoes - broad test');
  });

  it('analyze_tiktok_wasted_spend with a target ROAS flags exactly the converting ad groups below it', async () => {
    const target = 3.5;
    const { body } = await h.call('analyze_tiktok_wasted_spend', {
      target_roas: target,
      include_fatigue: false,
    });
    const conversionGroups = [P.ADGROUP_IDS.SHOES_CORE, P.ADGROUP_IDS.APPAREL_INTL];
    const below = conversionGroups.filter((g) => {
      const c = cells(
        () => true,
        (a) => a.ad.adgroup_id === g,
      );
      return c.value / c.spend < target;
    });
    const medium = body.data.structured.findings
      .filter((f: { severity: string }) => f.severity === 'MEDIUM')
      .map((f: { id: string }) => f.id);
    expect(medium.sort()).toEqual(below.sort());
    expect(below.length).toBeGreaterThan(0);
    expect(body.data.structured.fatigued_ads).toBeUndefined();
  });

  it('detect_tiktok_creative_fatigue: the fatiguing creative scores high on numbers recomputed here; the others are healthy', async () => {
    const { body } = await h.call('detect_tiktok_creative_fatigue', {});
    const s = body.data.structured;
    const byId = Object.fromEntries(s.ads.map((a: { ad_id: string }) => [a.ad_id, a]));
    expect(byId[P.AD_IDS.SHOES_FATIGUE]).toMatchObject({ status: 'fatigued' });
    expect(byId[P.AD_IDS.SHOES_FATIGUE].score).toBeGreaterThanOrEqual(60);
    expect(byId[P.AD_IDS.SHOES_WASTE_IMAGE].status).toBe('not_enough_data');
    for (const id of [
      P.AD_IDS.SHOES_HERO,
      P.AD_IDS.SHOES_WASTE_VIDEO,
      P.AD_IDS.APPAREL_A,
      P.AD_IDS.APPAREL_B,
      P.AD_IDS.AWARENESS,
    ]) {
      expect(byId[id].status, id).toBe('healthy');
    }
    expect(s.summary).toEqual({ fatigued: 1, at_risk: 0, healthy: 5, not_enough_data: 1 });
    // 30 days of delivery: thirds of 10 days.
    const fatigued = (a: (typeof ads)[0]) => a.ad.ad_id === P.AD_IDS.SHOES_FATIGUE;
    const early = cells(() => true, fatigued, START, '2026-03-10');
    const late = cells(() => true, fatigued, '2026-03-21', YESTERDAY);
    expect(byId[P.AD_IDS.SHOES_FATIGUE].early.hook_rate).toBeCloseTo(early.watched2s / early.plays, 6);
    expect(byId[P.AD_IDS.SHOES_FATIGUE].late.hook_rate).toBeCloseTo(late.watched2s / late.plays, 6);
    expect(byId[P.AD_IDS.SHOES_FATIGUE].late.frequency).toBeCloseTo(late.impressions / late.reach, 6);
    expect(byId[P.AD_IDS.SHOES_FATIGUE].late.frequency).toBeGreaterThan(
      byId[P.AD_IDS.SHOES_FATIGUE].early.frequency,
    );
    expect(s.charts[0].svg).toContain('<svg');
  });

  it('explain_tiktok_anomaly: the anomaly day is unusual, the awareness ad group moved it, and the parts add up', async () => {
    const day = P.ANOMALY_DAY;
    const { status, body } = await h.call('explain_tiktok_anomaly', {
      period_start: day,
      period_end: day,
      metric: 'ctr',
    });
    expect(status).toBe(200);
    const s = body.data.structured;
    const now = cells(
      () => true,
      () => true,
      day,
      day,
    );
    const base = cells(
      () => true,
      () => true,
      addDays(day, -28),
      addDays(day, -1),
    );
    expect(s.value).toBeCloseTo(now.clicks / now.impressions, 8);
    expect(s.baseline.value).toBeCloseTo(base.clicks / base.impressions, 8);
    expect(s.unusual).toBe(true);
    expect(s.z).toBeLessThan(-3);
    const top = (name: string) =>
      s.breakdowns.find((b: { name: string }) => b.name === name).contributions[0].segment;
    expect(top('campaign')).toBe(P.CAMPAIGN_IDS.AWARENESS);
    expect(top('ad_group')).toBe(P.ADGROUP_IDS.AWARENESS);
    expect(top('ad')).toBe(P.AD_IDS.AWARENESS);
    for (const b of s.breakdowns) {
      const sum = b.contributions.reduce(
        (acc: number, c: { contribution: number }) => acc + c.contribution,
        0,
      );
      expect(sum, b.name).toBeCloseTo(s.change, 10);
      for (const c of b.contributions) expect(c.rate_effect + c.mix_effect).toBeCloseTo(c.contribution, 12);
    }
    expect(body.data.text).toContain('**Unusual:**');
  });

  it('explain_tiktok_anomaly: an ordinary day is within normal variation; a period over 30 days is refused', async () => {
    const { body } = await h.call('explain_tiktok_anomaly', {
      period_start: '2026-03-20',
      period_end: '2026-03-20',
      metric: 'cpm',
    });
    expect(body.data.structured.unusual).toBe(false);
    expect(body.data.text).toContain('Within normal variation');
    const refused = await h.call('explain_tiktok_anomaly', {
      period_start: '2026-02-01',
      period_end: '2026-03-10',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toContain('The period can be at most 30 days; it is 38.');
  });

  it('optimize_tiktok_budget: the allocation satisfies every constraint', async () => {
    const args = { total_budget: 18_000, max_change_percentage: 0.4, min_daily_budget: 5 };
    const { status, body } = await h.call('optimize_tiktok_budget', args);
    expect(status).toBe(200);
    const s = body.data.structured;
    const dailyTotal = (18_000 * 12) / 365;
    expect(s.daily_total).toBeCloseTo(dailyTotal, 2);
    expect(s.constraints.floor).toBe(50); // TikTok's USD campaign minimum beats min_daily_budget 5
    const budgets: Record<string, number> = {
      [P.CAMPAIGN_IDS.SHOES]: 300,
      [P.CAMPAIGN_IDS.APPAREL]: 200,
      [P.CAMPAIGN_IDS.AWARENESS]: 100,
    };
    const total = s.allocations.reduce(
      (sum: number, a: { recommended_daily: number }) => sum + a.recommended_daily,
      0,
    );
    expect(total).toBeLessThanOrEqual(dailyTotal + 0.01);
    for (const a of s.allocations) {
      const current = budgets[a.campaign_id] as number;
      expect(a.current_daily).toBe(current);
      expect(a.recommended_daily).toBeGreaterThanOrEqual(Math.max(current * 0.6, 50) - 0.01);
      expect(a.recommended_daily).toBeLessThanOrEqual(current * 1.4 + 0.01);
      if (a.below_target_roas) expect(a.recommended_daily).toBeLessThanOrEqual(current + 0.01);
    }
    // The account's ROAS is the default target; recompute who is below it.
    const roas = (id: string) => {
      const c = cells(
        () => true,
        (a) => a.ad.campaign_id === id,
      );
      return c.value / c.spend;
    };
    const all = cells();
    for (const a of s.allocations)
      expect(a.below_target_roas).toBe(roas(a.campaign_id) < all.value / all.spend);
    expect(body.data.text).toContain('nothing was changed at TikTok');
  });

  it('optimize_tiktok_budget: a total below what the floors and change limits allow is refused with the minimum', async () => {
    const { status, body } = await h.call('optimize_tiktok_budget', { total_budget: 3_000 });
    expect(status).toBe(400);
    expect(body.error).toContain('is below what the constraints allow: at least USD 300.00 a day');
  });
});
