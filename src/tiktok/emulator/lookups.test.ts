/** The look-up endpoints over real HTTP: whole-list targeting look-ups and the paged lists. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ADVERTISER_IDS,
  AGENCY_SIZES,
  INEFFECTIVE_KEYWORD_ID,
  PIXEL_CODES,
  PIXEL_IDS,
  REGION_IDS,
  TOKENS,
} from './seed.js';
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

describe('targeting look-ups', () => {
  it('/tool/region/ needs placements and objective_type, and keeps to level_range', async () => {
    const missing = await t.api.get('/tool/region/', { advertiser_id: US, objective_type: 'TRAFFIC' });
    expect(missing.json).toMatchObject({
      code: 40002,
      message: 'placements: Missing data for required field.',
    });
    const query = { advertiser_id: US, placements: ['PLACEMENT_TIKTOK'], objective_type: 'TRAFFIC' };
    const countries = await t.api.get('/tool/region/', { ...query, level_range: 'TO_COUNTRY' });
    const levels = new Set(countries.json.data.region_info.map((r: { level: string }) => r.level));
    expect([...levels]).toEqual(['COUNTRY']);
    expect(countries.json.data.region_info.length).toBeGreaterThan(50);
    expect(countries.json.data.page_info).toBeUndefined();
    const all = await t.api.get('/tool/region/', query);
    const california = all.json.data.region_info.find(
      (r: { location_id: string }) => r.location_id === REGION_IDS.CALIFORNIA,
    );
    expect(california).toMatchObject({
      name: 'California',
      parent_id: REGION_IDS.US,
      level: 'PROVINCE',
      support_below_18: false,
    });
    const us = all.json.data.region_info.find(
      (r: { location_id: string }) => r.location_id === REGION_IDS.US,
    );
    expect(us.next_level_ids).toEqual(expect.arrayContaining([REGION_IDS.CALIFORNIA, '4155751']));
  });

  it('/tool/interest_keyword/recommend/ matches the seed by mode and audience type, within limit', async () => {
    const base = { advertiser_id: US, keyword: 'running' };
    const fuzzy = await t.api.get('/tool/interest_keyword/recommend/', base);
    const names = fuzzy.json.data.recommended_keywords.map((k: { keyword: string }) => k.keyword);
    expect(names).toEqual(expect.arrayContaining(['running shoes', 'trail running']));
    expect(names.every((n: string) => n.includes('running'))).toBe(true);
    const intent = await t.api.get('/tool/interest_keyword/recommend/', {
      ...base,
      audience_type: 'PURCHASE_INTENTION',
    });
    expect(intent.json.data.recommended_keywords.map((k: { keyword_id: string }) => k.keyword_id)).toContain(
      '280001',
    );
    const limited = await t.api.get('/tool/interest_keyword/recommend/', { ...base, limit: '2' });
    expect(limited.json.data.recommended_keywords).toHaveLength(2);
    // SDK-HEAD ToolApi.md tool_interest_keyword_recommend: hi is a keyword language, pt is not.
    const hindi = await t.api.get('/tool/interest_keyword/recommend/', { ...base, language: 'hi' });
    expect(hindi.json.code).toBe(0);
    const portuguese = await t.api.get('/tool/interest_keyword/recommend/', { ...base, language: 'pt' });
    expect(portuguese.json).toMatchObject({
      code: 40002,
      message: expect.stringMatching(/^language: Must be one of: fr, id/),
    });
    const retired = await t.api.get('/tool/interest_keyword/recommend/', { ...base, keyword: 'fidget' });
    expect(retired.json.data.recommended_keywords).toEqual([
      expect.objectContaining({ keyword_id: INEFFECTIVE_KEYWORD_ID, status: 'INEFFECTIVE' }),
    ]);
    const noSeed = await t.api.get('/tool/interest_keyword/recommend/', { advertiser_id: US });
    expect(noSeed.json).toMatchObject({ code: 40002, message: 'keyword: Missing data for required field.' });
  });

  it('languages, action categories, carriers and device models come whole', async () => {
    const languages = await t.api.get('/tool/language/', { advertiser_id: US });
    expect(languages.json.data.languages).toContainEqual({ code: 'en', name: 'English' });
    const actions = await t.api.get('/tool/action_category/', { advertiser_id: US });
    expect(actions.json.data.action_categories.length).toBeGreaterThan(20);
    const carriers = await t.api.get('/tool/carrier/', { advertiser_id: US });
    // SDK-HEAD yml_files/tool_carrier.yml: grouped by country.
    expect(carriers.json.data.carriers).toBeUndefined();
    const us = carriers.json.data.countries.find((c: { country_code: string }) => c.country_code === 'US');
    expect(us.carriers).toContainEqual(expect.objectContaining({ name: 'Verizon', in_use: true }));
    expect(us.carriers[0]).not.toHaveProperty('country_code');
    const models = await t.api.get('/tool/device_model/', { advertiser_id: US });
    expect(models.json.data.device_models.length).toBeGreaterThan(150);
  });

  it('answers 40106 for an advertiser outside the token', async () => {
    t.api.token = TOKENS.SINGLE;
    const other = await t.api.get('/tool/language/', { advertiser_id: ADVERTISER_IDS.EU });
    expect(other.json.code).toBe(40106);
  });
});

describe('paged lists', () => {
  it('/dmp/custom_audience/list/ pages the agency audiences, 100 at most per page', async () => {
    t.api.token = TOKENS.AGENCY;
    const query = { advertiser_id: ADVERTISER_IDS.AGENCY, page_size: '100' };
    const first = await t.api.get('/dmp/custom_audience/list/', query);
    expect(first.json.data.page_info).toEqual({
      page: 1,
      page_size: 100,
      total_number: AGENCY_SIZES.AUDIENCES,
      total_page: 3,
    });
    const last = await t.api.get('/dmp/custom_audience/list/', { ...query, page: '3' });
    expect(last.json.data.list).toHaveLength(AGENCY_SIZES.AUDIENCES - 200);
    expect(last.json.data.list[0]).not.toHaveProperty('advertiser_id');
    const tooBig = await t.api.get('/dmp/custom_audience/list/', { ...query, page_size: '101' });
    expect(tooBig.json.code).toBe(40002);
  });

  it('/pixel/list/ answers under `pixels`, ids unquoted, and filters by code', async () => {
    const response = await t.api.get('/pixel/list/', { advertiser_id: US, code: PIXEL_CODES.US });
    expect(response.text).toContain(`"pixel_id":${PIXEL_IDS.US}`);
    expect(response.json.data.pixels).toHaveLength(1);
    expect(
      response.json.data.pixels[0].events.map((e: { optimization_event: string }) => e.optimization_event),
    ).toContain('SHOPPING');
    t.api.token = TOKENS.AGENCY;
    const agency = await t.api.get('/pixel/list/', {
      advertiser_id: ADVERTISER_IDS.AGENCY,
      page_size: '20',
      page: '11',
    });
    expect(agency.json.data.page_info).toMatchObject({ total_number: AGENCY_SIZES.PIXELS, total_page: 11 });
    // SDK-HEAD yml_files/pixel_list.yml: page_size 1-20.
    const tooBig = await t.api.get('/pixel/list/', { advertiser_id: ADVERTISER_IDS.AGENCY, page_size: '21' });
    expect(tooBig.json).toMatchObject({ code: 40002, message: expect.stringMatching(/^page_size: /) });
  });

  it('pixel events carry `deprecated`, audiences `audience_sub_type`', async () => {
    const pixels = await t.api.get('/pixel/list/', { advertiser_id: US, pixel_id: PIXEL_IDS.US_SMALL });
    expect(pixels.json.data.pixels[0].events).toContainEqual(
      expect.objectContaining({ optimization_event: 'ON_WEB_DETAIL', deprecated: true }),
    );
    expect(pixels.json.data.pixels[0].events[0]).toMatchObject({ deprecated: false });
    const audiences = await t.api.get('/dmp/custom_audience/list/', { advertiser_id: US });
    expect(audiences.json.data.list[0]).toMatchObject({ audience_sub_type: 'NORMAL' });
    t.api.token = TOKENS.AGENCY;
    const agency = await t.api.get('/dmp/custom_audience/list/', {
      advertiser_id: ADVERTISER_IDS.AGENCY,
      page_size: '100',
    });
    expect(agency.json.data.list).toContainEqual(
      expect.objectContaining({ audience_sub_type: 'REACH_FREQUENCY' }),
    );
  });
});
