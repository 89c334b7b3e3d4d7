/**
 * update_tiktok_ad_group end to end: the change sent (only what differs), the emulator's state
 * after, a broken creation rule refused with creation's message, fixed fields refused by name,
 * CBO budgets, dry run.
 */
import { describe, expect, it } from 'vitest';
import { ADGROUP_IDS, ADVERTISER_IDS, CAMPAIGN_IDS, TOKENS } from '../../src/tiktok/emulator/index.js';
import { executeRequest } from '../support/harness.js';
import { useSuiteHarness } from '../support/suite.js';
import { startSingleAdvertiserHarness, type TikTokHarness } from '../support/tiktok.js';

describe('update_tiktok_ad_group end to end', () => {
  let h: TikTokHarness;
  let key: string;
  let organizationId: string;
  useSuiteHarness(
    () => startSingleAdvertiserHarness(TOKENS.SINGLE, ADVERTISER_IDS.US),
    (started) => {
      ({ h, key, organizationId } = started);
    },
  );

  const call = async (tool: string, args: Record<string, unknown>) => {
    const res = await executeRequest(h.app, tool, key, { arguments: args });
    return { status: res.statusCode, body: res.json() };
  };
  const saved = (id: string) => h.emulator.state.allAdgroups.get(id)?.saved;
  const used = async () => (await h.gateway.quota.snapshot(organizationId)).used;
  const BROAD = ADGROUP_IDS.US_TRAFFIC_BROAD;

  it('changes budget, ages and name, sending only those, and says what changed from what to what', async () => {
    const { status, body } = await call('update_tiktok_ad_group', {
      adgroup_id: BROAD,
      budget: 75,
      age_groups: ['AGE_25_34', 'AGE_35_44'],
      name: 'US traffic - 25-44',
      gender: 'GENDER_UNLIMITED',
    });
    expect(status, JSON.stringify(body)).toBe(200);
    const [sent] = h.emulator.state.updates;
    expect(sent?.body).toEqual({
      advertiser_id: ADVERTISER_IDS.US,
      adgroup_id: BROAD,
      adgroup_name: 'US traffic - 25-44',
      budget: 75,
      age_groups: ['AGE_25_34', 'AGE_35_44'],
    });
    expect(saved(BROAD)).toMatchObject({
      budget: 75,
      age_groups: ['AGE_25_34', 'AGE_35_44'],
      adgroup_name: 'US traffic - 25-44',
    });
    expect(body.data.text).toContain('budget from USD 50.00 to USD 75.00');
  });

  it("refuses a change that breaks a creation rule with creation's message, before TikTok", async () => {
    const before = await used();
    const update = await call('update_tiktok_ad_group', { adgroup_id: BROAD, budget: 5, frequency: 3 });
    expect(update.status).toBe(400);
    const create = await call('add_tiktok_ad_group', {
      campaign_id: CAMPAIGN_IDS.US_TRAFFIC,
      adgroup_name: 'probe',
      budget: 5,
      frequency: 3,
      dry_run: true,
    });
    const paths = (r: any) => r.body.structured_content.issues.map((i: any) => i.path).sort();
    expect(paths(update)).toEqual(['budget', 'frequency']);
    expect(paths(create)).toEqual(expect.arrayContaining(['budget', 'frequency']));
    const message = (r: any, path: string) =>
      r.body.structured_content.issues.find((i: any) => i.path === path).message;
    expect(message(update, 'budget')).toBe(message(create, 'budget'));
    expect(h.emulator.state.requestCount('/adgroup/update/')).toBe(0);
    expect(await used()).toBe(before);
  });

  it('refuses fields TikTok fixes at creation by name, all at once', async () => {
    const { status, body } = await call('update_tiktok_ad_group', {
      adgroup_id: BROAD,
      placements: ['PLACEMENT_PANGLE'],
      budget_mode: 'BUDGET_MODE_TOTAL',
      operation_status: 'DISABLE',
    });
    expect(status).toBe(400);
    expect(body.structured_content.issues.map((i: any) => [i.path, i.code])).toEqual(
      expect.arrayContaining([
        ['placements', 'not_updatable'],
        ['budget_mode', 'not_updatable'],
        ['operation_status', 'not_updatable'],
      ]),
    );
    expect(h.emulator.state.requestCount('/adgroup/get/')).toBe(0);
  });

  it('dry_run shows the body and the difference, changes nothing and bills nothing', async () => {
    const before = await used();
    const { status, body } = await call('update_tiktok_ad_group', {
      adgroup_id: BROAD,
      location_ids: ['6251999'],
      dry_run: true,
    });
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.data.structured.body).toEqual({
      advertiser_id: ADVERTISER_IDS.US,
      adgroup_id: BROAD,
      location_ids: ['6251999'],
    });
    expect(body.data.text).toContain('| location_ids | 6252001 | 6251999 |');
    expect(saved(BROAD)?.location_ids).toEqual(['6252001']);
    expect(await used()).toBe(before);
  });

  it('an ad group id the advertiser does not have is not_found', async () => {
    const { status, body } = await call('update_tiktok_ad_group', {
      adgroup_id: '1790000000999999',
      budget: 60,
    });
    expect(status).toBe(400);
    expect(body.structured_content.issues[0]).toMatchObject({ path: 'adgroup_id', code: 'not_found' });
  });
});
