/** list_tiktok_saved_audiences and explain_tiktok_objective against the emulator. */
import { describe, expect, it } from 'vitest';
import { ADVERTISER_IDS, SAVED_AUDIENCE_IDS } from '../../src/tiktok/emulator/index.js';
import { type LookupHarness, startLookupHarness } from '../lookups/support.js';
import { useSuiteHarness } from '../support/suite.js';

describe('saved audiences and objectives', () => {
  let h: LookupHarness;
  useSuiteHarness(
    startLookupHarness,
    (started) => {
      h = started.h;
    },
    { resetEmulator: false },
  );

  it('list_tiktok_saved_audiences lists each preset with what it targets', async () => {
    const { status, body } = await h.call(h.single, 'list_tiktok_saved_audiences');
    expect(status).toBe(200);
    expect(body.data.structured.saved_audiences).toEqual([
      expect.objectContaining({
        saved_audience_id: SAVED_AUDIENCE_IDS.US_WOMEN_25_44,
        name: 'US women 25-44',
        gender: 'GENDER_FEMALE',
      }),
      expect.objectContaining({ saved_audience_id: SAVED_AUDIENCE_IDS.NORTH_AMERICA, languages: ['en'] }),
    ]);
    expect(body.data.text).toContain(
      `| US women 25-44 | ${SAVED_AUDIENCE_IDS.US_WOMEN_25_44} | 6252001 | AGE_25_34, AGE_35_44 | GENDER_FEMALE | all |`,
    );
  });

  it('explain_tiktok_objective explains without an account and is free', async () => {
    const before = await h.used(h.multi);
    const { status, body } = await h.call(h.multi, 'explain_tiktok_objective', { objective_type: 'REACH' });
    expect(status).toBe(200);
    expect(body.data.text).toContain('frequency_schedule');
    expect(body.data.structured.add_tiktok_ad_group.goals).toEqual([
      { goal: 'REACH', billing_event: 'CPM', default: true },
    ]);
    expect(body.data.structured.budget_minimums).toBeNull();
    expect(await h.used(h.multi)).toBe(before);
  });

  it('names the replacement of a deprecated objective', async () => {
    const { body } = await h.call(h.single, 'explain_tiktok_objective', { objective_type: 'CONVERSIONS' });
    expect(body.data.structured.deprecated).toMatch(/WEB_CONVERSIONS/);
    expect(body.data.structured.add_tiktok_ad_group.objective).toBe('CONVERSIONS');
  });

  it("gives the minimum budgets in the advertiser's currency with advertiser_id", async () => {
    const jp = await h.call(h.multi, 'explain_tiktok_objective', {
      objective_type: 'TRAFFIC',
      advertiser_id: ADVERTISER_IDS.JP,
    });
    expect(jp.body.data.structured.budget_minimums).toMatchObject({
      currency: 'JPY',
      campaign_daily_minimum: 5000,
      adgroup_daily_minimum: 2000,
    });
    expect(jp.body.data.text).toContain('campaign JPY 5,000 a day, ad group JPY 2,000 a day');
    const eu = await h.call(h.multi, 'explain_tiktok_objective', {
      objective_type: 'TRAFFIC',
      advertiser_id: ADVERTISER_IDS.EU,
    });
    expect(eu.body.data.text).toContain('campaign EUR 50.00 a day');
  });

  it('refuses an unknown objective with the list of values', async () => {
    const { status, body } = await h.call(h.single, 'explain_tiktok_objective', { objective_type: 'SALES' });
    expect(status).toBe(400);
    expect(body.structured_content.issues[0].message).toContain('WEB_CONVERSIONS');
  });
});
