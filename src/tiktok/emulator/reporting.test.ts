/** /report/integrated/get/: TikTok's request rules and errors, and answers from the history. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adDayCells } from './reporting/history.js';
import { ADVERTISER_IDS, TOKENS } from './seed.js';
import { PERFORMANCE } from './seed-performance.js';
import { ApiClient, startTestEmulator, type TestEmulator } from './test-helpers.js';

const NOW = new Date('2026-03-31T18:00:00Z');
const PATH = '/report/integrated/get/';
const base = {
  advertiser_id: PERFORMANCE.ADVERTISER_ID,
  report_type: 'BASIC',
  data_level: 'AUCTION_CAMPAIGN',
  dimensions: ['campaign_id'],
  metrics: ['spend', 'impressions'],
  start_date: '2026-03-01',
  end_date: '2026-03-30',
};

describe('emulator /report/integrated/get/', () => {
  let t: TestEmulator;
  let api: ApiClient;
  let lax: TestEmulator;

  beforeAll(async () => {
    t = await startTestEmulator({ now: () => NOW });
    api = new ApiClient(t.baseUrl, PERFORMANCE.TOKEN);
    lax = await startTestEmulator({ now: () => NOW, peerRules: false });
  });
  afterAll(async () => {
    await t.emulator.close();
    await lax.emulator.close();
  });

  const refusal = async (query: Record<string, unknown>, client = api) => {
    const r = await client.get(PATH, query);
    return `${r.json.code} ${r.json.message}`;
  };

  it('refuses what TikTok refuses, one problem at a time, with 40002', async () => {
    const { report_type: _r, ...noType } = base;
    expect(await refusal(noType)).toBe('40002 report_type: Missing data for required field.');
    expect(await refusal({ ...base, report_type: 'WEEKLY' })).toContain(
      '40002 report_type: Must be one of: AUDIENCE, BASIC',
    );
    expect(await refusal({ ...base, data_level: 'CAMPAIGN' })).toContain('40002 data_level: Must be one of');
    expect(await refusal({ ...base, dimensions: ['adgroup_id'] })).toBe(
      '40002 dimensions: At data_level AUCTION_CAMPAIGN the id dimension is campaign_id.',
    );
    expect(await refusal({ ...base, dimensions: ['campaign_id', 'age'] })).toBe(
      '40002 dimensions: Invalid dimension for report_type BASIC: age.',
    );
    expect(await refusal({ ...base, metrics: ['spend', 'ad_name', 'nonsense'] })).toBe(
      "40002 metrics: Invalid metric fields: ['ad_name', 'nonsense']",
    );
    expect(
      await refusal({ ...base, report_type: 'AUDIENCE', dimensions: ['gender'], metrics: ['reach'] }),
    ).toBe("40002 metrics: Invalid metric fields: ['reach']");
    expect(await refusal({ ...base, end_date: '2026-02-28' })).toBe(
      '40002 end_date: end_date must be on or after start_date.',
    );
    expect(await refusal({ ...base, start_date: '2026-02-30' })).toContain(
      '40002 start_date: Not a valid date.',
    );
    expect(await refusal({ ...base, page_size: 1001 })).toContain(
      '40002 page_size: Must be greater than or equal to 1 and less than or equal to 1000.',
    );
    expect(await refusal({ ...base, order_type: 'UP' })).toContain(
      '40002 order_type: Must be one of: ASC, DESC.',
    );
    expect(await refusal({ ...base, advertiser_id: ADVERTISER_IDS.US })).toMatch(/^40106 /);
  });

  it('holds each call to the date window its dimensions allow (peer-observed; off without peerRules)', async () => {
    const daily = { ...base, dimensions: ['campaign_id', 'stat_time_day'], start_date: '2026-02-28' };
    expect(await refusal(daily)).toBe(
      '40002 end_date: The time span is 31 days; with these dimensions it can be at most 30 days.',
    );
    expect(await refusal({ ...daily, start_date: '2026-03-01' })).toBe('0 OK');
    expect(
      await refusal({ ...base, dimensions: ['campaign_id', 'stat_time_hour'], start_date: '2026-03-29' }),
    ).toContain('can be at most 1 day.');
    expect(await refusal({ ...base, start_date: '2025-03-30' })).toContain('The time span is 366 days');
    const laxApi = new ApiClient(lax.baseUrl, PERFORMANCE.TOKEN);
    expect(await refusal(daily, laxApi)).toBe('0 OK');
  });

  it('answers from the history: rows per dimension, strings, paging, only complete days', async () => {
    const r = await api.get(PATH, {
      ...base,
      data_level: 'AUCTION_AD',
      dimensions: ['ad_id', 'stat_time_day'],
      metrics: ['impressions', 'ctr'],
      start_date: '2026-03-30',
      end_date: '2026-03-31',
      page_size: 5,
    });
    expect(r.json.code).toBe(0);
    // Today (2026-03-31 in New York) is not complete: only 2026-03-30, for 7 ads, 5 a page.
    expect(r.json.data.page_info).toEqual({ page: 1, page_size: 5, total_number: 7, total_page: 2 });
    const row = r.json.data.list.find(
      (x: { dimensions: { ad_id: string } }) => x.dimensions.ad_id === PERFORMANCE.AD_IDS.SHOES_HERO,
    );
    expect(row.dimensions.stat_time_day).toBe('2026-03-30 00:00:00');
    const cells = adDayCells(
      {
        adId: PERFORMANCE.AD_IDS.SHOES_HERO,
        format: 'SINGLE_VIDEO',
        objective: 'WEB_CONVERSIONS',
        currency: 'USD',
        countries: ['US'],
      },
      '2026-03-30',
    );
    const impressions = cells.reduce((s, c) => s + c.impressions, 0);
    const clicks = cells.reduce((s, c) => s + c.clicks, 0);
    expect(row.metrics.impressions).toBe(String(impressions));
    expect(row.metrics.ctr).toBe(((clicks / impressions) * 100).toFixed(2));
  });

  it('other advertisers: the seeded US ads have a history from their creation; a campaign without ads has no rows', async () => {
    const us = new ApiClient(t.baseUrl, TOKENS.SINGLE);
    const r = await us.get(PATH, {
      ...base,
      advertiser_id: ADVERTISER_IDS.US,
      data_level: 'AUCTION_AD',
      dimensions: ['ad_id'],
      metrics: ['spend'],
    });
    expect(r.json.code).toBe(0);
    // Two enabled seeded ads deliver; the paused one does not.
    expect(r.json.data.list.map((x: { dimensions: { ad_id: string } }) => x.dimensions.ad_id).sort()).toEqual(
      ['1780000000900001', '1780000000900002'],
    );
  });
});
