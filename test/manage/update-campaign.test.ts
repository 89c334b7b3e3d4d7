/**
 * update_tiktok_campaign end to end: what reaches TikTok (only what differs), the emulator's state
 * after, TikTok's rules checked first with every problem at once, dry run, and a lost answer read back.
 */
import { describe, expect, it } from 'vitest';
import { ADVERTISER_IDS, CAMPAIGN_IDS, TOKENS } from '../../src/tiktok/emulator/index.js';
import { executeRequest } from '../support/harness.js';
import { useSuiteHarness } from '../support/suite.js';
import { startSingleAdvertiserHarness, type TikTokHarness } from '../support/tiktok.js';

describe('update_tiktok_campaign end to end', () => {
  let h: TikTokHarness;
  let key: string;
  let organizationId: string;
  useSuiteHarness(
    () =>
      startSingleAdvertiserHarness(TOKENS.SINGLE, ADVERTISER_IDS.US, { env: { TIKTOK_TIMEOUT_MS: '400' } }),
    (started) => {
      ({ h, key, organizationId } = started);
    },
  );

  const call = async (args: Record<string, unknown>) => {
    const res = await executeRequest(h.app, 'update_tiktok_campaign', key, { arguments: args });
    return { status: res.statusCode, body: res.json() };
  };
  const campaign = (id: string) => h.emulator.seed.campaigns.find((c) => c.campaign_id === id);
  const used = async () => (await h.gateway.quota.snapshot(organizationId)).used;

  it('renames and re-budgets, sending only what differs, and says what changed from what to what', async () => {
    const { status, body } = await call({
      campaign_id: CAMPAIGN_IDS.US_CBO,
      budget: 800,
      name: 'US Traffic (CBO)',
      budget_mode: 'BUDGET_MODE_DAY',
    });
    expect(status, JSON.stringify(body)).toBe(200);
    const [sent] = h.emulator.state.updates;
    expect(sent?.body).toEqual({
      advertiser_id: ADVERTISER_IDS.US,
      campaign_id: CAMPAIGN_IDS.US_CBO,
      budget: 800,
    });
    expect(campaign(CAMPAIGN_IDS.US_CBO)?.budget).toBe(800);
    expect(body.data.text).toContain('budget from USD 500.00 to USD 800.00');
    expect(body.data.structured.changes).toEqual([{ field: 'budget', before: 500, after: 800 }]);
  });

  it('sends nothing when the campaign already has the values (a retry is harmless)', async () => {
    const { status, body } = await call({ campaign_id: CAMPAIGN_IDS.US_CBO, budget: 500 });
    expect(status).toBe(200);
    expect(body.data.text).toContain('nothing was sent');
    expect(h.emulator.state.requestCount('/campaign/update/')).toBe(0);
  });

  it('refuses a budget type change and a budget below TikTok’s floor together, before TikTok is called', async () => {
    const before = await used();
    const { status, body } = await call({
      campaign_id: CAMPAIGN_IDS.US_CBO,
      budget: 30,
      budget_mode: 'BUDGET_MODE_TOTAL',
    });
    expect(status).toBe(400);
    expect(body.structured_content.issues.map((i: any) => [i.path, i.code])).toEqual([
      ['budget_mode', 'not_updatable'],
      ['budget', 'out_of_range'],
    ]);
    expect(body.structured_content.issues[1].message).toContain('at least USD 50.00');
    expect(h.emulator.state.requestCount('/campaign/update/')).toBe(0);
    expect(await used()).toBe(before);
  });

  it('refuses a budget on a campaign without a limit, and a deleted campaign', async () => {
    const infinite = campaign(CAMPAIGN_IDS.US_TRAFFIC);
    if (infinite) infinite.budget_mode = 'BUDGET_MODE_INFINITE';
    const noLimit = await call({ campaign_id: CAMPAIGN_IDS.US_TRAFFIC, budget: 100 });
    expect(noLimit.body.structured_content.issues[0]).toMatchObject({
      path: 'budget',
      code: 'not_updatable',
    });
    const reach = campaign(CAMPAIGN_IDS.US_REACH);
    if (reach) reach.operation_status = 'DELETE';
    const deleted = await call({ campaign_id: CAMPAIGN_IDS.US_REACH, name: 'x' });
    expect(deleted.body.structured_content.issues[0]).toMatchObject({ path: 'campaign_id', code: 'deleted' });
  });

  it('needs something to change', async () => {
    const { status, body } = await call({ campaign_id: CAMPAIGN_IDS.US_CBO });
    expect(status).toBe(400);
    expect(body.structured_content.issues[0].message).toMatch(/Nothing to change/);
  });

  it('dry_run shows the body and the difference, changes nothing and bills nothing', async () => {
    const before = await used();
    const { status, body } = await call({ campaign_id: CAMPAIGN_IDS.US_CBO, name: 'Renamed', dry_run: true });
    expect(status).toBe(200);
    expect(body.data.structured).toMatchObject({ dry_run: true, body: { campaign_name: 'Renamed' } });
    expect(body.data.text).toContain('| campaign_name | US Traffic (CBO) | Renamed |');
    expect(campaign(CAMPAIGN_IDS.US_CBO)?.campaign_name).toBe('US Traffic (CBO)');
    expect(await used()).toBe(before);
  });

  it('a change whose answer is lost is read back and reported as applied', async () => {
    h.emulator.faults.inject('/campaign/update/', { kind: 'commit_then_timeout', hangMs: 2000, times: 1 });
    const { status, body } = await call({ campaign_id: CAMPAIGN_IDS.US_CBO, budget: 650 });
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.data.structured.confirmed_by_read_back).toBe(true);
    expect(campaign(CAMPAIGN_IDS.US_CBO)?.budget).toBe(650);
  });

  it('a change that did not arrive stays unknown (504), never reported as done', async () => {
    h.emulator.faults.inject('/campaign/update/', { kind: 'reset', times: 1 });
    const { status, body } = await call({ campaign_id: CAMPAIGN_IDS.US_CBO, budget: 650 });
    expect(status).toBe(504);
    expect(body.error_code).toBe('platform_outcome_unknown');
    expect(campaign(CAMPAIGN_IDS.US_CBO)?.budget).toBe(500);
  });
});
