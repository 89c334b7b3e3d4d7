/** search_tiktok_targeting against the emulator: each targeting type, its arguments, and the bounds. */
import { describe, expect, it } from 'vitest';
import {
  INTEREST_CATEGORY_IDS,
  INTEREST_KEYWORD_IDS,
  PURCHASE_INTENTION_KEYWORD_IDS,
  REGION_IDS,
} from '../../src/tiktok/emulator/index.js';
import { useSuiteHarness } from '../support/suite.js';
import { type LookupHarness, startLookupHarness } from './support.js';

const TOOL = 'search_tiktok_targeting';

describe(TOOL, () => {
  let h: LookupHarness;
  useSuiteHarness(startLookupHarness, (started) => {
    h = started.h;
  });

  const search = (args: Record<string, unknown>) => h.call(h.single, TOOL, args);
  const ids = (body: { data: { structured: { results: Array<{ id: string }> } } }) =>
    body.data.structured.results.map((r) => r.id);

  it('finds regions by name, countries by default, as location_ids', async () => {
    const { status, body } = await search({ targeting_type: 'regions', keyword: 'united' });
    expect(status).toBe(200);
    expect(body.data.structured).toMatchObject({
      targeting_type: 'regions',
      add_tiktok_ad_group_argument: 'location_ids',
      total: 3,
      truncated: false,
      ignored_arguments: [],
    });
    expect(body.data.structured.results).toContainEqual(
      expect.objectContaining({
        id: REGION_IDS.US,
        name: 'United States',
        level: 'COUNTRY',
        support_below_18: false,
      }),
    );
    expect(body.data.text).toContain(`| United States | ${REGION_IDS.US} | COUNTRY | US | no |`);
    expect(body.data.text).toContain('"location_ids": [');

    const deeper = await search({
      targeting_type: 'regions',
      keyword: 'california',
      level_range: 'TO_PROVINCE',
    });
    expect(ids(deeper.body)).toEqual([REGION_IDS.CALIFORNIA]);
    const countriesOnly = await search({ targeting_type: 'regions', keyword: 'california' });
    expect(ids(countriesOnly.body)).toEqual([]);
    expect(countriesOnly.body.data.text).toContain('No regions found.');
  });

  it("sends CONVERSIONS as TikTok's WEB_CONVERSIONS, and passes placements, OS and level through", async () => {
    const cities = await search({
      targeting_type: 'regions',
      placements: ['PLACEMENT_PANGLE'],
      objective_type: 'CONVERSIONS',
      level_range: 'TO_CITY',
      operating_system: 'IOS',
    });
    // The emulator refuses an objective TikTok does not know (40002): CONVERSIONS was translated.
    expect(cities.status, JSON.stringify(cities.body)).toBe(200);
    const levels = new Set(cities.body.data.structured.results.map((r: { level: string }) => r.level));
    expect([...levels].sort()).toEqual(['CITY', 'COUNTRY', 'PROVINCE']);
    const wrong = await search({ targeting_type: 'regions', placements: ['PLACEMENT_TIKTOK', 'TIKTOK'] });
    expect(wrong.status).toBe(400);
    expect(wrong.body.structured_content.issues[0]).toMatchObject({ path: 'placements.1' });
    expect(h.emulator.state.requestCount('/tool/region/')).toBe(1);
  });

  it('browses interest categories, narrowed by keyword', async () => {
    const { body } = await search({ targeting_type: 'interest_categories', keyword: 'apparel' });
    expect(body.data.structured.add_tiktok_ad_group_argument).toBe('interest_category_ids');
    expect(ids(body)).toEqual(
      expect.arrayContaining([INTEREST_CATEGORY_IDS.APPAREL, INTEREST_CATEGORY_IDS.WOMENS_APPAREL]),
    );
    const all = await search({ targeting_type: 'interest_categories' });
    expect(all.body.data.structured.total).toBeGreaterThan(30);
  });

  it('recommends interest keywords for a seed, and purchase-intent ones for their own argument', async () => {
    const general = await search({ targeting_type: 'interest_keywords', keyword: 'running', limit: 3 });
    expect(general.body.data.structured.add_tiktok_ad_group_argument).toBe('interest_keyword_ids');
    expect(ids(general.body)).toContain(INTEREST_KEYWORD_IDS.RUNNING_SHOES);
    expect(ids(general.body)).toHaveLength(3);
    expect(general.body.data.text).toContain('interest_keyword_ids');

    const intent = await search({
      targeting_type: 'interest_keywords',
      keyword: 'running',
      audience_type: 'PURCHASE_INTENTION',
      mode: 'SEMANTIC_RECOMMEND',
    });
    expect(intent.body.data.structured.add_tiktok_ad_group_argument).toBe('purchase_intention_keyword_ids');
    expect(ids(intent.body)).toContain(PURCHASE_INTENTION_KEYWORD_IDS.BUY_RUNNING_SHOES);
  });

  it('wants a keyword for interest_keywords, refused before TikTok and not billed', async () => {
    const before = await h.used(h.single);
    const { status, body } = await search({ targeting_type: 'interest_keywords' });
    expect(status).toBe(400);
    expect(body.structured_content.issues).toEqual([
      expect.objectContaining({ path: 'keyword', code: 'required' }),
    ]);
    expect(h.emulator.state.requestCount('/tool/interest_keyword/recommend/')).toBe(0);
    expect(await h.used(h.single)).toBe(before);
  });

  it('lists languages, action categories and carriers, and says where each goes', async () => {
    const languages = await search({ targeting_type: 'languages', keyword: 'german' });
    expect(languages.body.data.structured.results).toEqual([{ id: 'de', name: 'German' }]);
    const actions = await search({ targeting_type: 'action_categories' });
    expect(actions.body.data.structured.add_tiktok_ad_group_argument).toBeNull();
    expect(actions.body.data.text).toContain('does not set');
    const carriers = await search({ targeting_type: 'carriers', keyword: 'sprint' });
    expect(carriers.body.data.structured.results).toEqual([
      expect.objectContaining({ name: 'Sprint (retired)', country_code: 'US', in_use: false }),
    ]);
    expect(carriers.body.data.text).not.toContain('"carrier_ids"');
  });

  it('names the arguments that do not apply instead of dropping them silently', async () => {
    const { body } = await search({
      targeting_type: 'languages',
      mode: 'FUZZ_MATCH',
      limit: 5,
      level_range: 'ALL',
    });
    expect(body.data.structured.ignored_arguments).toEqual(['mode', 'limit', 'level_range']);
    expect(body.data.text).toContain('ignored: `mode`, `limit`, `level_range`');
  });

  it('shows 100 rows as text with all of them in data.structured, and cuts past 1,000 saying so', async () => {
    const models = await search({ targeting_type: 'device_models' });
    const { total, returned, truncated } = models.body.data.structured;
    expect(total).toBeGreaterThan(150);
    expect([returned, truncated]).toEqual([total, false]);
    expect(
      models.body.data.text.split('\n').filter((line: string) => /^\| .+ \| 91\d+ \|/.test(line)),
    ).toHaveLength(100);
    expect(models.body.data.text).toContain(`Showing the first 100 of the ${total} device models read`);

    const ios = await search({ targeting_type: 'device_models', operating_system: 'IOS' });
    expect(ios.body.data.structured.results.every((m: { os_type: string }) => m.os_type === 'IOS')).toBe(
      true,
    );

    for (let n = 0; n < 1_000; n++) {
      h.emulator.seed.deviceModels.push({
        device_model_id: String(9_900_000 + n),
        device_model_name: `Test phone ${n}`,
        brand: 'Test',
        os_type: 'ANDROID',
        is_active: true,
      });
    }
    const many = await search({ targeting_type: 'device_models' });
    expect(many.body.data.structured).toMatchObject({
      total: total + 1_000,
      returned: 1_000,
      truncated: true,
    });
    expect(many.body.data.structured.results).toHaveLength(1_000);
    expect(many.body.data.text).toContain(`**The list was cut:** TikTok has ${total + 1_000} device models`);
    expect(many.body.data.text).toContain('Pass `keyword` to narrow the list by name.');
  });
});
