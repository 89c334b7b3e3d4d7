/** /campaign/create/ keeps a campaign budget within the currency's campaign range (TT-CURRENCY). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADVERTISER_IDS } from './seed.js';
import { startTestEmulator, type TestEmulator } from './test-helpers.js';

describe('campaign budget range', () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator();
  });
  afterAll(() => t.emulator.close());

  const create = (budget: number, mode = 'BUDGET_MODE_DAY') =>
    t.api.post('/campaign/create/', {
      advertiser_id: ADVERTISER_IDS.US,
      campaign_name: `CBO ${budget} ${mode}`,
      objective_type: 'TRAFFIC',
      budget_optimize_on: true,
      budget_mode: mode,
      budget,
    });

  it('refuses a daily campaign budget under 50 (USD), accepts 50, and caps every budget', async () => {
    const low = await create(49.99);
    expect(low.json.code).toBe(40002);
    expect(low.json.message).toMatch(/at least 50 USD/);
    expect((await create(50)).json.code).toBe(0);
    expect((await create(10_000_000, 'BUDGET_MODE_TOTAL')).json.message).toMatch(/less than 10000000 USD/);
  });
});
