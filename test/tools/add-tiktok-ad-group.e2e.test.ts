/**
 * add_tiktok_ad_group through the whole gateway against the TikTok emulator: campaign facts,
 * account selection, dry runs, TikTok's faults, exactly-once creation and big ids.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADVERTISER_IDS, CAMPAIGN_IDS, TOKENS } from '../../src/tiktok/emulator/index.js';
import { createOrgWithKey, executeRequest } from '../support/harness.js';
import { storeTargets, type TestDatabase } from '../support/stores.js';
import { orgWithAdvertisers, startTikTokHarness, type TikTokHarness } from '../support/tiktok.js';

const TOOL = 'add_tiktok_ad_group';

describe('add_tiktok_ad_group end to end', () => {
  let db: TestDatabase;
  let h: TikTokHarness;
  let key: string;
  let organizationId: string;

  beforeAll(async () => {
    db = await storeTargets[0]!.create();
    // A short per-attempt timeout keeps the "no answer" cases quick.
    h = await startTikTokHarness(db, { env: { TIKTOK_TIMEOUT_MS: '400' } });
    ({ key, organizationId } = await orgWithAdvertisers(h, TOKENS.SINGLE, [ADVERTISER_IDS.US]));
  });
  afterAll(async () => {
    await h.close();
    await db.cleanup();
  });
  beforeEach(() => {
    h.emulator.faults.clear();
  });

  const create = (args: Record<string, unknown>, headers: Record<string, string> = {}, apiKey = key) =>
    executeRequest(h.app, TOOL, apiKey, { arguments: { adgroup_name: 'E2E', budget: 50, ...args } }, headers);
  const adGroupsNamed = (name: string) =>
    h.emulator.state.adgroupList().filter((g) => g.body.adgroup_name === name);
  const used = async () => (await h.gateway.quota.snapshot(organizationId)).used;

  it('takes the objective from the campaign and records it as a default', async () => {
    const res = await create({ campaign_id: CAMPAIGN_IDS.US_REACH, adgroup_name: 'reach from campaign' });
    expect(res.statusCode, res.body).toBe(200);
    const { structured, text } = res.json().data;
    expect(structured.defaults_applied).toContainEqual(
      expect.objectContaining({ field: 'objective', value: 'REACH' }),
    );
    expect(structured.body).toMatchObject({
      optimization_goal: 'REACH',
      billing_event: 'CPM',
      frequency: 3,
      frequency_schedule: 7,
    });
    expect(text).toContain('reach from campaign');
    expect(adGroupsNamed('reach from campaign')).toHaveLength(1);
  });

  it('refuses an objective that conflicts with the campaign, naming both, and bills nothing', async () => {
    const before = await used();
    const res = await create({
      campaign_id: CAMPAIGN_IDS.US_TRAFFIC,
      objective: 'CONVERSIONS',
      adgroup_name: 'conflict',
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error_code).toBe('invalid_arguments');
    const issue = body.structured_content.issues.find((i: any) => i.path === 'objective');
    expect(issue.message).toMatch(/CONVERSIONS/);
    expect(issue.message).toMatch(/TRAFFIC/);
    expect(adGroupsNamed('conflict')).toHaveLength(0);
    expect(await used()).toBe(before);
  });

  it('reports static and campaign problems together in one refusal', async () => {
    const res = await create({
      campaign_id: CAMPAIGN_IDS.US_TRAFFIC,
      objective: 'REACH',
      gender: 'male',
      dayparting: '1'.repeat(168),
      mystery: 1,
    });
    expect(res.statusCode).toBe(400);
    const paths = res
      .json()
      .structured_content.issues.map((i: any) => i.path)
      .sort();
    expect(paths).toEqual(['dayparting', 'gender', 'mystery', 'objective']);
    expect(res.json().error).toMatch(/4 problems/);
  });

  it('under CBO sends no ad-group budget, budget mode or pacing, and says so', async () => {
    const res = await create({
      campaign_id: CAMPAIGN_IDS.US_CBO,
      adgroup_name: 'cbo',
      budget: 80,
      pacing: 'PACING_MODE_SMOOTH',
    });
    expect(res.statusCode, res.body).toBe(200);
    const { structured, text } = res.json().data;
    expect(structured.cbo).toBe(true);
    const [sent] = adGroupsNamed('cbo');
    for (const field of ['budget', 'budget_mode', 'pacing']) expect(sent?.body).not.toHaveProperty(field);
    expect(text).toMatch(/campaign budget optimi[sz]ation/i);
  });

  it('names the budget floor in the advertiser currency (EUR, JPY)', async () => {
    const multi = await orgWithAdvertisers(h, TOKENS.MULTI, [ADVERTISER_IDS.EU, ADVERTISER_IDS.JP]);
    const eur = await create(
      { campaign_id: CAMPAIGN_IDS.EU_TRAFFIC, advertiser_id: ADVERTISER_IDS.EU, budget: 10 },
      {},
      multi.key,
    );
    expect(eur.statusCode).toBe(400);
    expect(eur.json().structured_content.issues).toContainEqual(
      expect.objectContaining({ path: 'budget', message: expect.stringContaining('EUR 20') }),
    );
    const jpy = await create(
      { campaign_id: CAMPAIGN_IDS.JP_TRAFFIC, advertiser_id: ADVERTISER_IDS.JP, budget: 1000 },
      {},
      multi.key,
    );
    expect(jpy.statusCode).toBe(400);
    expect(jpy.json().error).toContain('at least JPY 2,000 per day');
  });

  it('dry_run returns the body, writes nothing in the emulator and bills nothing', async () => {
    const before = await used();
    const count = h.emulator.state.requestCount('/adgroup/create/');
    const res = await create({ campaign_id: CAMPAIGN_IDS.US_TRAFFIC, adgroup_name: 'dry', dry_run: true });
    expect(res.statusCode).toBe(200);
    const { structured, quota, text } = res.json().data;
    expect(structured).toMatchObject({
      dry_run: true,
      adgroup_id: null,
      campaign_id: CAMPAIGN_IDS.US_TRAFFIC,
    });
    expect(structured.body).toMatchObject({
      adgroup_name: 'dry',
      budget: 50,
      advertiser_id: ADVERTISER_IDS.US,
    });
    expect(structured.defaults_applied.length).toBeGreaterThan(5);
    expect(text).toMatch(/dry run|nothing was created/i);
    expect(h.emulator.state.requestCount('/adgroup/create/')).toBe(count);
    expect(adGroupsNamed('dry')).toHaveLength(0);
    expect(quota.used).toBe(before);
    expect(await used()).toBe(before);
  });

  it('an unknown campaign is an argument problem, not billed', async () => {
    const before = await used();
    const res = await create({ campaign_id: '1800000000009999' });
    expect(res.statusCode).toBe(400);
    expect(res.json().structured_content.issues[0]).toMatchObject({ path: 'campaign_id', code: 'not_found' });
    expect(await used()).toBe(before);
  });

  it('throttling is retried, then answered 429 platform_rate_limited with Retry-After, unbilled', async () => {
    const before = await used();
    h.emulator.faults.inject('/adgroup/create/', { kind: 'code', code: 40100, times: 1 });
    const recovered = await create({ campaign_id: CAMPAIGN_IDS.US_TRAFFIC, adgroup_name: 'throttled once' });
    expect(recovered.statusCode, recovered.body).toBe(200);
    expect(adGroupsNamed('throttled once')).toHaveLength(1);

    h.emulator.faults.inject('/adgroup/create/', { kind: 'code', code: 40100 });
    const res = await create({ campaign_id: CAMPAIGN_IDS.US_TRAFFIC, adgroup_name: 'throttled' });
    expect(res.statusCode).toBe(429);
    expect(res.json().error_code).toBe('platform_rate_limited');
    expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(adGroupsNamed('throttled')).toHaveLength(0);
    expect(await used()).toBe(before + 1);
  });

  it.each([
    ['code 50002', { kind: 'code', code: 50002 }],
    ['HTTP 503', { kind: 'http_status', status: 503 }],
  ] as const)('%s is retried, then answered 502 platform_unavailable', async (_label, fault) => {
    h.emulator.faults.inject('/campaign/get/', { ...fault, times: 1 });
    const recovered = await create({
      campaign_id: CAMPAIGN_IDS.US_TRAFFIC,
      adgroup_name: `recovered ${_label}`,
    });
    expect(recovered.statusCode, recovered.body).toBe(200);

    h.emulator.faults.inject('/campaign/get/', fault);
    const res = await create({ campaign_id: CAMPAIGN_IDS.US_TRAFFIC, adgroup_name: `down ${_label}` });
    expect(res.statusCode).toBe(502);
    expect(res.json().error_code).toBe('platform_unavailable');
    expect(adGroupsNamed(`down ${_label}`)).toHaveLength(0);
  });

  it('a create that commits and then times out, retried with the same Idempotency-Key, leaves exactly one ad group', async () => {
    const before = await used();
    h.emulator.faults.inject('/adgroup/create/', { kind: 'commit_then_timeout' });
    const headers = { 'idempotency-key': 'commit-then-timeout-1' };
    const first = await create(
      { campaign_id: CAMPAIGN_IDS.US_TRAFFIC, adgroup_name: 'exactly once' },
      headers,
    );
    expect(first.statusCode, first.body).toBe(504);
    expect(first.json().error_code).toBe('platform_outcome_unknown');
    expect(adGroupsNamed('exactly once')).toHaveLength(1);
    expect(await used()).toBe(before);

    h.emulator.faults.clear();
    const retry = await create(
      { campaign_id: CAMPAIGN_IDS.US_TRAFFIC, adgroup_name: 'exactly once' },
      headers,
    );
    expect(retry.statusCode, retry.body).toBe(200);
    const [only] = adGroupsNamed('exactly once');
    expect(adGroupsNamed('exactly once')).toHaveLength(1);
    expect(retry.json().data.structured.adgroup_id).toBe(only?.adgroupId);
    expect(await used()).toBe(before + 1);
    // And from now on it is a plain replay.
    const replay = await create(
      { campaign_id: CAMPAIGN_IDS.US_TRAFFIC, adgroup_name: 'exactly once' },
      headers,
    );
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toBe(retry.body);
  });

  it("without an Idempotency-Key, the gateway's own retry of a lost answer creates nothing twice", async () => {
    h.emulator.faults.inject('/adgroup/create/', { kind: 'commit_then_timeout', times: 1 });
    const res = await create({ campaign_id: CAMPAIGN_IDS.US_TRAFFIC, adgroup_name: 'internal retry' });
    expect(res.statusCode, res.body).toBe(200);
    expect(adGroupsNamed('internal retry')).toHaveLength(1);
  });

  it('a 64-bit ad group id survives the round trip unchanged', async () => {
    const big = await orgWithAdvertisers(h, TOKENS.BIG, [ADVERTISER_IDS.BIG]);
    const res = await create({ campaign_id: CAMPAIGN_IDS.BIG_TRAFFIC, adgroup_name: 'big ids' }, {}, big.key);
    expect(res.statusCode, res.body).toBe(200);
    const [stored] = adGroupsNamed('big ids');
    const id = res.json().data.structured.adgroup_id;
    expect(id).toMatch(/^\d{19}$/);
    expect(BigInt(id)).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER));
    expect(id).toBe(stored?.adgroupId);
    expect(res.json().data.structured.advertiser_id).toBe(ADVERTISER_IDS.BIG);
  });

  it('several advertisers and none named: 400 listing them by name and id', async () => {
    const multi = await orgWithAdvertisers(h, TOKENS.MULTI, [
      ADVERTISER_IDS.US,
      ADVERTISER_IDS.EU,
      ADVERTISER_IDS.UK,
    ]);
    const res = await create({ campaign_id: CAMPAIGN_IDS.US_TRAFFIC }, {}, multi.key);
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error_code).toBe('account_selection_required');
    expect(body.error).toMatch(/3 tiktok_ads accounts connected/);
    for (const id of [ADVERTISER_IDS.US, ADVERTISER_IDS.EU, ADVERTISER_IDS.UK]) {
      expect(body.error).toContain(`advertiser_id="${id}"`);
    }
    expect(body.structured_content.accounts).toHaveLength(3);
    expect(body.structured_content.accounts[0]).toEqual(
      expect.objectContaining({ name: expect.any(String), advertiser_id: expect.any(String) }),
    );
  });

  it("another organisation's advertiser: 403 account_not_connected", async () => {
    const other = await createOrgWithKey(h.gateway, 'plus');
    const res = await create(
      { campaign_id: CAMPAIGN_IDS.US_TRAFFIC, advertiser_id: ADVERTISER_IDS.US },
      {},
      other.key,
    );
    expect(res.statusCode).toBe(403);
    expect(res.json().error_code).toBe('account_not_connected');
  });

  it('a TikTok refusal is 400 platform_rejected with TikTok code and request id, billed', async () => {
    const readOnly = await orgWithAdvertisers(h, TOKENS.READ_ONLY, [ADVERTISER_IDS.US], 'plus');
    const res = await create(
      { campaign_id: CAMPAIGN_IDS.US_TRAFFIC, adgroup_name: 'no scope' },
      {},
      readOnly.key,
    );
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error_code).toBe('platform_rejected');
    expect(body.structured_content).toMatchObject({
      tiktok_code: 40001,
      tiktok_request_id: expect.any(String),
    });
    expect((await h.gateway.quota.snapshot(readOnly.organizationId)).used).toBe(1);
  });

  // Last: it revokes the token the other tests use.
  it('a revoked token gives 403 account_reauth_required and marks the account', async () => {
    // Connecting a token TikTok refuses is refused too, with a message for the operator.
    await expect(
      orgWithAdvertisers(h, TOKENS.CORE_USER_INVALID, [ADVERTISER_IDS.US], 'plus'),
    ).rejects.toThrow(/does not accept this access token/);

    const solo = await orgWithAdvertisers(h, TOKENS.SINGLE, [ADVERTISER_IDS.US], 'plus');
    h.emulator.revokeToken(TOKENS.SINGLE);
    const res = await create({ campaign_id: CAMPAIGN_IDS.US_TRAFFIC, adgroup_name: 'revoked' }, {}, solo.key);
    expect(res.statusCode).toBe(403);
    expect(res.json().error_code).toBe('account_reauth_required');
    expect(res.json().error).toMatch(/Reconnect/);
    const listed = await executeRequest(h.app, 'list_connected_accounts', solo.key, { arguments: {} });
    expect(listed.json().data.structured.accounts).toEqual([
      expect.objectContaining({ advertiser_id: ADVERTISER_IDS.US, status: 'reauth_required' }),
    ]);
    // The next call is refused without asking TikTok.
    const count = h.emulator.state.requestCount('/campaign/get/');
    expect((await create({ campaign_id: CAMPAIGN_IDS.US_TRAFFIC }, {}, solo.key)).statusCode).toBe(403);
    expect(h.emulator.state.requestCount('/campaign/get/')).toBe(count);
    expect(JSON.stringify(listed.json())).not.toContain(TOKENS.SINGLE);
  });
});
