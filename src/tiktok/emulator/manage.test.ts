/**
 * The management endpoints over real HTTP: /ad/get/, the three status updates (transitions, the
 * delete cascade, ids per call, partial success) and the campaign and ad group updates.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sampleAdGroupBody } from './samples.js';
import { ADVERTISER_IDS, CAMPAIGN_IDS, TOKENS } from './seed.js';
import { AD_IDS, ADGROUP_IDS } from './seed-delivery.js';
import { startTestEmulator, type TestEmulator } from './test-helpers.js';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
});
afterAll(async () => {
  await t.emulator.close();
});
afterEach(() => {
  t.emulator.reset();
  t.api.token = TOKENS.MULTI;
});

const US = ADVERTISER_IDS.US;
const ids = (rows: { [k: string]: string }[], key: string) => rows.map((r) => r[key]);

async function ads(filtering: Record<string, unknown> = {}) {
  const res = await t.api.get('/ad/get/', { advertiser_id: US, filtering });
  expect(res.json.code).toBe(0);
  return res.json.data.list as { ad_id: string; secondary_status: string; operation_status: string }[];
}
async function adgroups(filtering: Record<string, unknown> = {}) {
  const res = await t.api.get('/adgroup/get/', { advertiser_id: US, filtering });
  expect(res.json.code).toBe(0);
  return res.json.data.list as { adgroup_id: string; secondary_status: string; budget: number }[];
}

describe('GET /ad/get/', () => {
  it('lists the advertiser ads, filtered by ad group, campaign and status, paged', async () => {
    expect(ids(await ads(), 'ad_id')).toEqual(Object.values(AD_IDS));
    expect(ids(await ads({ adgroup_ids: [ADGROUP_IDS.US_TRAFFIC_PAUSED] }), 'ad_id')).toEqual([
      AD_IDS.US_TRAFFIC_PAUSED_IMAGE,
    ]);
    expect(await ads({ campaign_ids: [CAMPAIGN_IDS.US_REACH] })).toEqual([]);
    expect(ids(await ads({ primary_status: 'STATUS_DISABLE' }), 'ad_id')).toEqual([
      AD_IDS.US_TRAFFIC_PAUSED_IMAGE,
    ]);
    const page = await t.api.get('/ad/get/', { advertiser_id: US, page: '2', page_size: '2' });
    expect(page.json.data.page_info).toEqual({ page: 2, page_size: 2, total_number: 3, total_page: 2 });
    const bad = await t.api.get('/ad/get/', { advertiser_id: US, filtering: { primary_status: 'LIVE' } });
    expect(bad.json.code).toBe(40002);
    expect(bad.json.message).toMatch(/^filtering.primary_status: Must be one of/);
  });

  it('shows nothing of an advertiser the token is not authorised for', async () => {
    t.api.token = TOKENS.SINGLE;
    const res = await t.api.get('/ad/get/', { advertiser_id: ADVERTISER_IDS.EU });
    expect(res.json.code).not.toBe(0);
  });
});

describe('status updates', () => {
  it('pauses and resumes an ad group; the ads show the parent status', async () => {
    const pause = await t.api.post('/adgroup/status/update/', {
      advertiser_id: US,
      adgroup_ids: [ADGROUP_IDS.US_TRAFFIC_BROAD],
      operation_status: 'DISABLE',
    });
    expect(pause.json).toMatchObject({
      code: 0,
      data: { adgroup_ids: [ADGROUP_IDS.US_TRAFFIC_BROAD], status: 'DISABLE' },
    });
    const [group] = await adgroups({ adgroup_ids: [ADGROUP_IDS.US_TRAFFIC_BROAD] });
    expect(group).toMatchObject({ operation_status: 'DISABLE', secondary_status: 'ADGROUP_STATUS_DISABLE' });
    const [ad] = await ads({ ad_ids: [AD_IDS.US_TRAFFIC_IMAGE] });
    expect(ad).toMatchObject({ operation_status: 'ENABLE', secondary_status: 'AD_STATUS_ADGROUP_DISABLE' });

    await t.api.post('/adgroup/status/update/', {
      advertiser_id: US,
      adgroup_ids: [ADGROUP_IDS.US_TRAFFIC_BROAD],
      operation_status: 'ENABLE',
    });
    const [again] = await ads({ ad_ids: [AD_IDS.US_TRAFFIC_IMAGE] });
    expect(again?.secondary_status).toBe('AD_STATUS_DELIVERY_OK');
  });

  it('deleting a campaign cascades to its ad groups and ads, and nothing of it can change again', async () => {
    const del = await t.api.post('/campaign/status/update/', {
      advertiser_id: US,
      campaign_ids: [CAMPAIGN_IDS.US_TRAFFIC],
      operation_status: 'DELETE',
    });
    expect(del.json.data).toEqual({
      campaign_ids: [CAMPAIGN_IDS.US_TRAFFIC],
      status: 'DELETE',
      campaign_list: [{ campaign_id: CAMPAIGN_IDS.US_TRAFFIC, status: 'DELETE' }],
    });
    expect(await adgroups({ campaign_ids: [CAMPAIGN_IDS.US_TRAFFIC] })).toEqual([]);
    expect(await ads()).toEqual([]);
    const gone = await adgroups({ campaign_ids: [CAMPAIGN_IDS.US_TRAFFIC], primary_status: 'STATUS_DELETE' });
    expect(gone.map((g) => g.secondary_status)).toEqual([
      'ADGROUP_STATUS_CAMPAIGN_DELETE',
      'ADGROUP_STATUS_CAMPAIGN_DELETE',
    ]);
    const deletedAds = await ads({ primary_status: 'STATUS_ALL' });
    expect(new Set(deletedAds.map((a) => a.secondary_status))).toEqual(
      new Set(['AD_STATUS_CAMPAIGN_DELETE']),
    );
    const campaigns = await t.api.get('/campaign/get/', {
      advertiser_id: US,
      filtering: { campaign_ids: [CAMPAIGN_IDS.US_TRAFFIC] },
    });
    expect(campaigns.json.data.list).toEqual([]);

    for (const [path, body] of [
      ['/campaign/status/update/', { campaign_ids: [CAMPAIGN_IDS.US_TRAFFIC], operation_status: 'ENABLE' }],
      [
        '/adgroup/status/update/',
        { adgroup_ids: [ADGROUP_IDS.US_TRAFFIC_BROAD], operation_status: 'ENABLE' },
      ],
      ['/ad/status/update/', { ad_ids: [AD_IDS.US_TRAFFIC_IMAGE], operation_status: 'DISABLE' }],
      ['/adgroup/update/', { adgroup_id: ADGROUP_IDS.US_TRAFFIC_BROAD, adgroup_name: 'x' }],
      ['/campaign/update/', { campaign_id: CAMPAIGN_IDS.US_TRAFFIC, campaign_name: 'x' }],
    ] as const) {
      const res = await t.api.post(path, { advertiser_id: US, ...body });
      expect(res.json.code, path).toBe(40002);
      expect(res.json.message, path).toMatch(/deleted/);
    }
    const create = await t.api.post('/adgroup/create/', sampleAdGroupBody('TRAFFIC'));
    expect(create.json).toMatchObject({
      code: 40002,
      message: expect.stringMatching(/^campaign_id: .*deleted/),
    });
  });

  it('deleting an ad group marks its ads AD_STATUS_ADGROUP_DELETE', async () => {
    await t.api.post('/adgroup/status/update/', {
      advertiser_id: US,
      adgroup_ids: [ADGROUP_IDS.US_TRAFFIC_PAUSED],
      operation_status: 'DELETE',
    });
    const [ad] = await ads({ ad_ids: [AD_IDS.US_TRAFFIC_PAUSED_IMAGE], primary_status: 'STATUS_ALL' });
    expect(ad?.secondary_status).toBe('AD_STATUS_ADGROUP_DELETE');
    expect(ids(await ads(), 'ad_id')).toEqual([AD_IDS.US_TRAFFIC_IMAGE, AD_IDS.US_TRAFFIC_VIDEO]);
  });

  it('takes 1 to 20 ids, and an unknown id refuses the whole call', async () => {
    const many = Array.from({ length: 21 }, (_, i) => String(1780000000990000 + i));
    const res = await t.api.post('/ad/status/update/', {
      advertiser_id: US,
      ad_ids: many,
      operation_status: 'DISABLE',
    });
    expect(res.json).toMatchObject({ code: 40002, message: 'ad_ids: Length must be between 1 and 20.' });
    const none = await t.api.post('/ad/status/update/', {
      advertiser_id: US,
      ad_ids: [],
      operation_status: 'DISABLE',
    });
    expect(none.json.code).toBe(40002);
    const mixed = await t.api.post('/ad/status/update/', {
      advertiser_id: US,
      ad_ids: [AD_IDS.US_TRAFFIC_IMAGE, '1780000000999999'],
      operation_status: 'DISABLE',
    });
    expect(mixed.json).toMatchObject({
      code: 40007,
      message: expect.stringMatching(/^ad_ids: Ad 1780000000999999 does not exist/),
    });
    expect(t.emulator.state.ads.get(AD_IDS.US_TRAFFIC_IMAGE)?.operation_status).toBe('ENABLE');
    const badStatus = await t.api.post('/ad/status/update/', {
      advertiser_id: US,
      ad_ids: [AD_IDS.US_TRAFFIC_IMAGE],
      operation_status: 'PAUSE',
    });
    expect(badStatus.json.message).toBe('operation_status: Must be one of: ENABLE, DISABLE, DELETE.');
  });

  it('an ad group status change with allow_partial_success applies the good ids and lists the bad', async () => {
    const res = await t.api.post('/adgroup/status/update/', {
      advertiser_id: US,
      adgroup_ids: [ADGROUP_IDS.US_TRAFFIC_BROAD, '1790000000999999'],
      operation_status: 'DISABLE',
      allow_partial_success: true,
    });
    expect(res.json.data.adgroup_ids).toEqual([ADGROUP_IDS.US_TRAFFIC_BROAD]);
    expect(res.json.data.error_list).toEqual([
      { adgroup_id: '1790000000999999', error_message: expect.stringMatching(/does not exist/) },
    ]);
  });

  it("another advertiser's campaign is not found, and a read-only token cannot write", async () => {
    const res = await t.api.post('/campaign/status/update/', {
      advertiser_id: ADVERTISER_IDS.EU,
      campaign_ids: [CAMPAIGN_IDS.US_TRAFFIC],
      operation_status: 'DISABLE',
    });
    expect(res.json.code).toBe(40007);
    t.api.token = TOKENS.READ_ONLY;
    const ro = await t.api.post('/campaign/status/update/', {
      advertiser_id: US,
      campaign_ids: [CAMPAIGN_IDS.US_TRAFFIC],
      operation_status: 'DISABLE',
    });
    expect(ro.json.code).toBe(40001);
  });
});

describe('updates', () => {
  it('/campaign/update/ renames and re-budgets; budget_mode is not an update field', async () => {
    const res = await t.api.post('/campaign/update/', {
      advertiser_id: US,
      campaign_id: CAMPAIGN_IDS.US_CBO,
      campaign_name: 'CBO renamed',
      budget: 800,
    });
    expect(res.json).toMatchObject({ code: 0, data: { campaign_name: 'CBO renamed', budget: 800 } });
    expect(t.emulator.seed.campaigns.find((c) => c.campaign_id === CAMPAIGN_IDS.US_CBO)?.budget).toBe(800);
    const mode = await t.api.post('/campaign/update/', {
      advertiser_id: US,
      campaign_id: CAMPAIGN_IDS.US_CBO,
      budget_mode: 'BUDGET_MODE_TOTAL',
    });
    expect(mode.json).toMatchObject({ code: 40002, message: 'budget_mode: Unknown field.' });
    const low = await t.api.post('/campaign/update/', {
      advertiser_id: US,
      campaign_id: CAMPAIGN_IDS.US_CBO,
      budget: 10,
    });
    expect(low.json.message).toMatch(/^budget: The campaign daily budget must be at least 50 USD/);
  });

  it('/adgroup/update/ changes budget and targeting, arrays replacing the stored ones', async () => {
    const res = await t.api.post('/adgroup/update/', {
      advertiser_id: US,
      adgroup_id: ADGROUP_IDS.US_TRAFFIC_BROAD,
      budget: 75,
      age_groups: ['AGE_25_34'],
    });
    expect(res.json.code).toBe(0);
    const [group] = await adgroups({ adgroup_ids: [ADGROUP_IDS.US_TRAFFIC_BROAD] });
    expect(group).toMatchObject({ budget: 75, age_groups: ['AGE_25_34'], budget_mode: 'BUDGET_MODE_DAY' });
    expect(t.emulator.state.updates.at(-1)).toMatchObject({
      path: '/adgroup/update/',
      ids: [ADGROUP_IDS.US_TRAFFIC_BROAD],
    });
  });

  it('/adgroup/update/ refuses what creation refuses, and fields the update body lacks', async () => {
    const low = await t.api.post('/adgroup/update/', {
      advertiser_id: US,
      adgroup_id: ADGROUP_IDS.US_TRAFFIC_BROAD,
      budget: 5,
    });
    expect(low.json).toMatchObject({
      code: 40002,
      message: expect.stringMatching(/^budget: The daily budget must be at least 20 USD/),
    });
    const teens = await t.api.post('/adgroup/update/', {
      advertiser_id: US,
      adgroup_id: ADGROUP_IDS.US_TRAFFIC_BROAD,
      gender: 'MALE',
    });
    expect(teens.json).toMatchObject({ code: 40002, message: expect.stringMatching(/^gender: /) });
    const placements = await t.api.post('/adgroup/update/', {
      advertiser_id: US,
      adgroup_id: ADGROUP_IDS.US_TRAFFIC_BROAD,
      placements: ['PLACEMENT_PANGLE'],
    });
    expect(placements.json).toMatchObject({ code: 40002, message: 'placements: Unknown field.' });
    const [group] = await adgroups({ adgroup_ids: [ADGROUP_IDS.US_TRAFFIC_BROAD] });
    expect(group?.budget).toBe(50);
  });

  it('/adgroup/update/ on a created ad group keeps its settings and takes the change', async () => {
    const created = await t.api.post('/adgroup/create/', sampleAdGroupBody('TRAFFIC'));
    expect(created.json.code).toBe(0);
    const id = String(created.json.data.adgroup_id);
    const res = await t.api.post('/adgroup/update/', {
      advertiser_id: US,
      adgroup_id: id,
      adgroup_name: 'Renamed',
    });
    expect(res.json).toMatchObject({
      code: 0,
      data: { adgroup_name: 'Renamed', budget: created.json.data.budget },
    });
  });
});
