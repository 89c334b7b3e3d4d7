/**
 * Transport, auth, reads, big integers, idempotency, throttling, faults and the control API,
 * all over real HTTP against a listening emulator.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulatorCli } from './cli.js';
import { createEmulator } from './emulator.js';
import { parseJson } from './json.js';
import { sampleAdGroupBody } from './samples.js';
import { ADVERTISER_IDS, APP, CAMPAIGN_IDS, PIXEL_IDS, TOKENS } from './seed.js';
import { ApiClient, startTestEmulator, type TestEmulator } from './test-helpers.js';

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

const advertiserGet = () => t.api.get('/oauth2/advertiser/get/', { app_id: APP.ID, secret: APP.SECRET });

describe('transport', () => {
  it('answers in TikTok envelope with a fresh log id in the body and the X-Tt-Logid header', async () => {
    const first = await advertiserGet();
    const second = await advertiserGet();
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^application\/json/);
    expect(first.json).toMatchObject({ code: 0, message: 'OK' });
    expect(Object.keys(first.json)).toEqual(['code', 'message', 'request_id', 'data']);
    expect(first.json.request_id).toMatch(/^\d{14}[0-9A-F]{20}$/);
    expect(first.headers.get('x-tt-logid')).toBe(first.json.request_id);
    expect(second.json.request_id).not.toBe(first.json.request_id);
  });

  it('needs the trailing slash and the right method (HTTP 404 otherwise)', async () => {
    const noSlash = await t.api.get('/oauth2/advertiser/get', { app_id: APP.ID, secret: APP.SECRET });
    expect(noSlash.status).toBe(404);
    expect(noSlash.json).toBeUndefined();
    const wrongMethod = await t.api.get('/adgroup/create/');
    expect(wrongMethod.status).toBe(404);
  });

  it('answers errors with HTTP 200, a non-zero code and data {}', async () => {
    const response = await t.api.get('/campaign/get/', {});
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ code: 40002, data: {} });
    expect(response.json.message).toBe('advertiser_id: Missing data for required field.');
  });

  it('refuses a body that is not JSON or not an object with 40002', async () => {
    const broken = await t.api.post('/adgroup/create/', '{"advertiser_id": ');
    expect(broken.json.code).toBe(40002);
    expect(broken.json.message).toMatch(/not valid JSON/);
    const list = await t.api.post('/adgroup/create/', '[1]');
    expect(list.json).toMatchObject({ code: 40002, message: 'The request body must be a JSON object.' });
  });
});

describe('access tokens', () => {
  it('40104 without the Access-Token header', async () => {
    t.api.token = undefined;
    const response = await advertiserGet();
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({
      code: 40104,
      message: 'Access token is null, you should set it in http header with key Access-Token.',
      data: {},
    });
  });

  it('40105 for an unknown token, a "Bearer " prefix, and a revoked token', async () => {
    t.api.token = 'nope';
    expect((await advertiserGet()).json.code).toBe(40105);
    t.api.token = `Bearer ${TOKENS.SINGLE}`;
    expect((await advertiserGet()).json.code).toBe(40105);
    t.api.token = TOKENS.SINGLE;
    expect((await advertiserGet()).json.code).toBe(0);
    expect(t.emulator.revokeToken(TOKENS.SINGLE)).toBe(true);
    expect((await advertiserGet()).json.code).toBe(40105);
  });

  it('40106 when the token does not cover the advertiser or its user is invalid', async () => {
    t.api.token = TOKENS.SINGLE;
    const other = await t.api.get('/campaign/get/', { advertiser_id: ADVERTISER_IDS.EU });
    expect(other.json.code).toBe(40106);
    expect(other.json.message).toContain(ADVERTISER_IDS.EU);
    const unknown = await t.api.get('/campaign/get/', { advertiser_id: '123' });
    expect(unknown.json.code).toBe(40106);
    t.api.token = TOKENS.CORE_USER_INVALID;
    expect((await t.api.get('/campaign/get/', { advertiser_id: ADVERTISER_IDS.US })).json.code).toBe(40106);
  });

  it('40001 for a token without the Ads Management scope on a write; its reads work', async () => {
    t.api.token = TOKENS.READ_ONLY;
    expect((await t.api.get('/campaign/get/', { advertiser_id: ADVERTISER_IDS.US })).json.code).toBe(0);
    const create = await t.api.post('/adgroup/create/', sampleAdGroupBody('TRAFFIC'));
    expect(create.json.code).toBe(40001);
    expect(t.emulator.state.adgroups.size).toBe(0);
  });
});

describe('read endpoints', () => {
  it('/oauth2/advertiser/get/ lists the advertisers of the token and checks the app credentials', async () => {
    const multi = await advertiserGet();
    expect(multi.json.data.list).toEqual([
      { advertiser_id: ADVERTISER_IDS.US, advertiser_name: 'Acme US' },
      { advertiser_id: ADVERTISER_IDS.EU, advertiser_name: 'Acme EU' },
      { advertiser_id: ADVERTISER_IDS.UK, advertiser_name: 'Acme UK' },
      { advertiser_id: ADVERTISER_IDS.JP, advertiser_name: 'Acme Japan' },
    ]);
    const wrong = await t.api.get('/oauth2/advertiser/get/', { app_id: APP.ID, secret: 'wrong' });
    expect(wrong.json.code).toBe(40101);
    const missing = await t.api.get('/oauth2/advertiser/get/', { secret: APP.SECRET });
    expect(missing.json).toMatchObject({ code: 40002, message: 'app_id: Missing data for required field.' });
  });

  it('/oauth2/advertiser/get/ answers 40113 for a token of another app', async () => {
    // TikTok doc 1737172488964097 (restated by api-evangelist/tiktok-ads): 40113, "The app_id is
    // inconsistent with the token's app information".
    t.emulator.seed.tokens.push({
      token: 'emu-token-other-app',
      app_id: '7300000000000000999',
      advertiser_ids: [ADVERTISER_IDS.US],
      status: 'active',
      scope: [1, 2, 3, 4, 5],
    });
    t.api.token = 'emu-token-other-app';
    const other = await advertiserGet();
    expect(other.json).toMatchObject({
      code: 40113,
      message: "The app_id is inconsistent with the token's app information.",
    });
  });

  it('/advertiser/info/ gives currency and timezone; advertiser_ids is a JSON list', async () => {
    const info = await t.api.get('/advertiser/info/', {
      advertiser_ids: [ADVERTISER_IDS.US, ADVERTISER_IDS.JP],
    });
    expect(info.json.data.list).toMatchObject([
      { advertiser_id: ADVERTISER_IDS.US, currency: 'USD', timezone: 'America/Los_Angeles', country: 'US' },
      { advertiser_id: ADVERTISER_IDS.JP, currency: 'JPY', timezone: 'Asia/Tokyo' },
    ]);
    const projected = await t.api.get('/advertiser/info/', {
      advertiser_ids: [ADVERTISER_IDS.EU],
      fields: ['currency'],
    });
    expect(projected.json.data.list).toEqual([{ advertiser_id: ADVERTISER_IDS.EU, currency: 'EUR' }]);
    const notJson = await t.api.get('/advertiser/info/', { advertiser_ids: ADVERTISER_IDS.US });
    expect(notJson.json).toMatchObject({ code: 40002, message: 'advertiser_ids: Not a valid list.' });
  });

  it('/campaign/get/ pages and filters', async () => {
    const first = await t.api.get('/campaign/get/', { advertiser_id: ADVERTISER_IDS.US, page_size: '3' });
    expect(first.json.data.page_info).toEqual({ page: 1, page_size: 3, total_number: 7, total_page: 3 });
    expect(first.json.data.list).toHaveLength(3);
    const last = await t.api.get('/campaign/get/', {
      advertiser_id: ADVERTISER_IDS.US,
      page_size: '3',
      page: '3',
    });
    expect(last.json.data.list.map((c: { campaign_id: string }) => c.campaign_id)).toEqual([
      CAMPAIGN_IDS.US_CBO,
    ]);

    const filtered = await t.api.get('/campaign/get/', {
      advertiser_id: ADVERTISER_IDS.US,
      filtering: { campaign_ids: [CAMPAIGN_IDS.US_CBO, CAMPAIGN_IDS.EU_TRAFFIC] },
    });
    expect(filtered.json.data.list).toEqual([
      expect.objectContaining({
        campaign_id: CAMPAIGN_IDS.US_CBO,
        objective_type: 'TRAFFIC',
        budget_optimize_on: true,
        budget_mode: 'BUDGET_MODE_DAY',
        budget: 500,
      }),
    ]);
    const byObjective = await t.api.get('/campaign/get/', {
      advertiser_id: ADVERTISER_IDS.US,
      filtering: { objective_type: 'REACH' },
    });
    expect(byObjective.json.data.list.map((c: { campaign_id: string }) => c.campaign_id)).toEqual([
      CAMPAIGN_IDS.US_REACH,
    ]);

    const badFilter = await t.api.get('/campaign/get/', {
      advertiser_id: ADVERTISER_IDS.US,
      filtering: '{campaign_ids',
    });
    expect(badFilter.json.code).toBe(40002);
    const badPage = await t.api.get('/campaign/get/', {
      advertiser_id: ADVERTISER_IDS.US,
      page_size: '1001',
    });
    expect(badPage.json).toMatchObject({ code: 40002 });
    expect(badPage.json.message).toMatch(/^page_size:/);
  });

  it('/adgroup/get/ lists created ad groups by campaign or id, with paging', async () => {
    const a = await t.api.post(
      '/adgroup/create/',
      sampleAdGroupBody('TRAFFIC', new Date(), { adgroup_name: 'A' }),
    );
    const b = await t.api.post(
      '/adgroup/create/',
      sampleAdGroupBody('TRAFFIC', new Date(), { adgroup_name: 'B' }),
    );
    await t.api.post('/adgroup/create/', sampleAdGroupBody('REACH'));
    const byCampaign = await t.api.get('/adgroup/get/', {
      advertiser_id: ADVERTISER_IDS.US,
      filtering: { campaign_ids: [CAMPAIGN_IDS.US_TRAFFIC] },
    });
    expect(byCampaign.json.data.list.map((g: { adgroup_name: string }) => g.adgroup_name)).toEqual([
      'US traffic - broad',
      'US traffic - paused test',
      'A',
      'B',
    ]);
    expect(byCampaign.json.data.page_info).toEqual({
      page: 1,
      page_size: 10,
      total_number: 4,
      total_page: 1,
    });
    const byId = await t.api.get('/adgroup/get/', {
      advertiser_id: ADVERTISER_IDS.US,
      filtering: { adgroup_ids: [b.json.data.adgroup_id] },
    });
    expect(a.json.data.adgroup_id).not.toBe(b.json.data.adgroup_id);
    expect(byId.json.data.list).toEqual([b.json.data]);
  });

  it('can hide fresh ad groups from /adgroup/get/ for a while (read index lag)', async () => {
    const lagging = await startTestEmulator({ readAfterWriteDelayMs: 150 });
    try {
      const created = await lagging.api.post('/adgroup/create/', sampleAdGroupBody('TRAFFIC'));
      const query = {
        advertiser_id: ADVERTISER_IDS.US,
        filtering: { adgroup_ids: [created.json.data.adgroup_id] },
      };
      expect((await lagging.api.get('/adgroup/get/', query)).json.data.list).toHaveLength(0);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await lagging.api.get('/adgroup/get/', query)).json.data.list).toHaveLength(1);
    } finally {
      await lagging.emulator.close();
    }
  });
});

describe('big integers', () => {
  it('sends the big-id advertiser ad group ids unquoted, which plain JSON.parse corrupts', async () => {
    t.api.token = TOKENS.BIG;
    const created = await t.api.post('/adgroup/create/', sampleAdGroupBody('BIG_TRAFFIC'));
    expect(created.json.code).toBe(0);
    const id = created.json.data.adgroup_id as bigint;
    expect(typeof id).toBe('bigint');
    expect(id > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(created.text).toContain(`"adgroup_id":${id}`);
    expect(String(JSON.parse(created.text).data.adgroup_id)).not.toBe(id.toString());
    expect(created.json.data.advertiser_id).toBe(ADVERTISER_IDS.BIG);

    const listed = await t.api.get('/adgroup/get/', {
      advertiser_id: ADVERTISER_IDS.BIG,
      filtering: { adgroup_ids: [id.toString()] },
    });
    expect(listed.text).toContain(`"adgroup_id":${id}`);
    expect(t.emulator.state.adgroups.get(id.toString())?.advertiserId).toBe(ADVERTISER_IDS.BIG);
  });

  it('sends pixel ids unquoted and keeps ordinary ad group ids quoted', async () => {
    const created = await t.api.post('/adgroup/create/', sampleAdGroupBody('WEB_CONVERSIONS'));
    expect(created.json.code).toBe(0);
    expect(created.text).toContain(`"pixel_id":${PIXEL_IDS.US}`);
    expect(created.text).toMatch(/"adgroup_id":"\d+"/);
  });

  it('keeps big integers the client sends unquoted exact', async () => {
    t.api.token = TOKENS.BIG;
    const body = JSON.stringify(sampleAdGroupBody('BIG_TRAFFIC'))
      .replace(`"advertiser_id":"${ADVERTISER_IDS.BIG}"`, `"advertiser_id":${ADVERTISER_IDS.BIG}`)
      .replace(`"campaign_id":"${CAMPAIGN_IDS.BIG_TRAFFIC}"`, `"campaign_id":${CAMPAIGN_IDS.BIG_TRAFFIC}`);
    const created = await t.api.post('/adgroup/create/', body);
    expect(created.json.code).toBe(0);
    expect(created.json.data.campaign_id).toBe(CAMPAIGN_IDS.BIG_TRAFFIC);
    const stored = t.emulator.state.adgroupList()[0];
    expect(stored?.body.advertiser_id).toBe(BigInt(ADVERTISER_IDS.BIG));
    expect(stored?.rawBody).toBe(body);
  });
});

describe('request_id idempotency', () => {
  it('a second create with the same request_id returns the same ad group', async () => {
    const body = sampleAdGroupBody('TRAFFIC', new Date(), { request_id: '7000000000000000123' });
    const first = await t.api.post('/adgroup/create/', body);
    const second = await t.api.post('/adgroup/create/', { ...body, adgroup_name: 'changed' });
    expect(first.json.code).toBe(0);
    expect(second.json.data).toEqual(first.json.data);
    expect(t.emulator.state.adgroups.size).toBe(1);
    expect(t.emulator.state.adgroupList()[0]).toMatchObject({
      requestId: '7000000000000000123',
      dedupHits: 1,
    });
  });

  it('is scoped to the advertiser', async () => {
    const us = await t.api.post(
      '/adgroup/create/',
      sampleAdGroupBody('TRAFFIC', new Date(), { request_id: '55' }),
    );
    t.api.token = TOKENS.BIG;
    const big = await t.api.post(
      '/adgroup/create/',
      sampleAdGroupBody('BIG_TRAFFIC', new Date(), { request_id: '55' }),
    );
    expect(String(big.json.data.adgroup_id)).not.toBe(us.json.data.adgroup_id);
    expect(t.emulator.state.adgroups.size).toBe(2);
  });

  it('must be a 64-bit integer written as a string', async () => {
    for (const requestId of ['abc', '1.5', '99999999999999999999', 42]) {
      const response = await t.api.post(
        '/adgroup/create/',
        sampleAdGroupBody('TRAFFIC', new Date(), { request_id: requestId }),
      );
      expect(response.json.code, String(requestId)).toBe(40002);
      expect(response.json.message).toMatch(/^request_id: /);
    }
    expect(t.emulator.state.adgroups.size).toBe(0);
  });

  it('without a request_id, a duplicate name in the campaign is refused', async () => {
    expect((await t.api.post('/adgroup/create/', sampleAdGroupBody('TRAFFIC'))).json.code).toBe(0);
    const again = await t.api.post('/adgroup/create/', sampleAdGroupBody('TRAFFIC'));
    expect(again.json.code).toBe(40002);
    expect(again.json.message).toMatch(/^adgroup_name: .*already exists/);
  });
});

describe('throttling', () => {
  it('answers 40100 past the QPS and admits again a second later', async () => {
    const limited = await startTestEmulator({ qps: 3 });
    try {
      const call = () =>
        limited.api
          .get('/oauth2/advertiser/get/', { app_id: APP.ID, secret: APP.SECRET })
          .then((r) => r.json.code);
      const codes = await Promise.all([call(), call(), call(), call(), call()]);
      expect(codes.filter((c) => c === 0)).toHaveLength(3);
      expect(codes.filter((c) => c === 40100)).toHaveLength(2);
      const throttled = await limited.api.get('/campaign/get/', { advertiser_id: ADVERTISER_IDS.US });
      expect(throttled.status).toBe(200);
      expect(throttled.json.message).toMatch(/^Requests too frequent/);
      expect(throttled.headers.get('retry-after')).toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 1050));
      expect(await call()).toBe(0);
    } finally {
      await limited.emulator.close();
    }
  });
});

describe('fault injection', () => {
  it('latency delays the answer', async () => {
    t.emulator.faults.inject('/oauth2/advertiser/get/', { kind: 'latency', ms: 150, times: 1 });
    const started = performance.now();
    expect((await advertiserGet()).json.code).toBe(0);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(t.emulator.faults.list()).toHaveLength(0);
  });

  it('http_status answers a bare HTTP error (HTML by default, JSON when asked)', async () => {
    t.emulator.faults.inject('oauth2/advertiser/get', { kind: 'http_status', status: 503, times: 1 });
    t.emulator.faults.inject('/oauth2/advertiser/get/', {
      kind: 'http_status',
      status: 500,
      body: { error: 'boom' },
      times: 1,
    });
    const html = await advertiserGet();
    expect(html.status).toBe(503);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    expect(html.json).toBeUndefined();
    const json = await advertiserGet();
    expect(json.status).toBe(500);
    expect(json.json).toEqual({ error: 'boom' });
    expect((await advertiserGet()).status).toBe(200);
  });

  it('code answers a TikTok error code for the next N requests, with TikTok wording', async () => {
    t.emulator.faults.inject('/adgroup/create/', { kind: 'code', code: 50002, times: 2 });
    const body = sampleAdGroupBody('TRAFFIC', new Date(), { request_id: '1' });
    const one = await t.api.post('/adgroup/create/', body);
    const two = await t.api.post('/adgroup/create/', body);
    expect(one.status).toBe(200);
    expect(one.json).toMatchObject({
      code: 50002,
      message: 'Error processing request on TikTok side. Please try again later.',
      data: {},
    });
    expect(two.json.code).toBe(50002);
    expect(t.emulator.state.adgroups.size).toBe(0);
    expect((await t.api.post('/adgroup/create/', body)).json.code).toBe(0);
    expect(t.emulator.state.requestCount('/adgroup/create/')).toBe(3);
  });

  it('reset drops the connection without doing anything', async () => {
    t.emulator.faults.inject('/adgroup/create/', { kind: 'reset', times: 1 });
    await expect(t.api.post('/adgroup/create/', sampleAdGroupBody('TRAFFIC'))).rejects.toThrow();
    expect(t.emulator.state.adgroups.size).toBe(0);
    expect(t.emulator.state.requests.at(-1)).toMatchObject({ outcome: 'reset', fault: 'reset' });
  });

  it('reset after commit creates the ad group, then drops the connection', async () => {
    t.emulator.faults.inject('/adgroup/create/', { kind: 'reset', afterCommit: true, times: 1 });
    await expect(t.api.post('/adgroup/create/', sampleAdGroupBody('TRAFFIC'))).rejects.toThrow();
    expect(t.emulator.state.adgroups.size).toBe(1);
  });

  it('commit_then_timeout creates the ad group and never answers; a retry with the request_id finds it', async () => {
    t.emulator.faults.inject('/adgroup/create/', { kind: 'commit_then_timeout', times: 1 });
    const body = sampleAdGroupBody('TRAFFIC', new Date(), { request_id: '8000000000000000001' });
    await expect(
      t.api.post('/adgroup/create/', body, { signal: AbortSignal.timeout(300) }),
    ).rejects.toThrow();
    expect(t.emulator.state.adgroups.size).toBe(1);
    expect(t.emulator.state.requests.at(-1)).toMatchObject({ outcome: 'hung', code: 0 });
    const retry = await t.api.post('/adgroup/create/', body);
    expect(retry.json.data.adgroup_id).toBe(t.emulator.state.adgroupList()[0]?.adgroupId);
    expect(t.emulator.state.adgroups.size).toBe(1);
  });

  it('commit_then_timeout with hangMs closes the connection after that long', async () => {
    t.emulator.faults.inject('/adgroup/create/', { kind: 'commit_then_timeout', hangMs: 100 });
    const started = performance.now();
    await expect(t.api.post('/adgroup/create/', sampleAdGroupBody('TRAFFIC'))).rejects.toThrow();
    expect(performance.now() - started).toBeGreaterThanOrEqual(90);
  });

  it("'*' applies to every endpoint until cleared", async () => {
    t.emulator.faults.inject('*', { kind: 'code', code: 40100 });
    expect((await advertiserGet()).json.code).toBe(40100);
    expect((await t.api.get('/campaign/get/', { advertiser_id: ADVERTISER_IDS.US })).json.code).toBe(40100);
    expect(t.emulator.faults.clear()).toBe(1);
    expect((await advertiserGet()).json.code).toBe(0);
  });

  it('a hung request does not keep close() waiting', async () => {
    const own = await startTestEmulator();
    own.emulator.faults.inject('/oauth2/advertiser/get/', { kind: 'commit_then_timeout' });
    const pending = own.api
      .get('/oauth2/advertiser/get/', { app_id: APP.ID, secret: APP.SECRET })
      .catch((e) => e);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await own.emulator.close();
    expect(await pending).toBeInstanceOf(Error);
  });
});

describe('control API over HTTP', () => {
  it('injects, lists and clears faults', async () => {
    const injected = await t.api.post('/__emulator/faults', {
      path: '/adgroup/create/',
      kind: 'code',
      code: 40105,
      times: 1,
    });
    expect(injected.status).toBe(201);
    expect(injected.json.fault).toMatchObject({ path: '/adgroup/create/', remaining: 1 });
    const nested = await t.api.post('/__emulator/faults', {
      path: '/campaign/get/',
      fault: { kind: 'latency', ms: 1 },
    });
    expect(nested.status).toBe(201);
    expect((await t.api.get('/__emulator/faults')).json.faults).toHaveLength(2);

    const create = await t.api.post('/adgroup/create/', sampleAdGroupBody('TRAFFIC'));
    expect(create.json).toMatchObject({
      code: 40105,
      message: 'Access token is incorrect or has been revoked.',
    });

    expect((await t.api.send('/__emulator/faults', { method: 'DELETE' })).json).toEqual({ cleared: 1 });
    expect((await t.api.get('/__emulator/faults')).json.faults).toHaveLength(0);
  });

  it('refuses a malformed fault with 400', async () => {
    const bad = await t.api.post('/__emulator/faults', { path: '/adgroup/create/', kind: 'explode' });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatch(/Expected/);
  });

  it('GET /__emulator/state shows created ad groups with the exact body, counts and the log', async () => {
    t.api.token = TOKENS.BIG;
    await t.api.post('/adgroup/create/', sampleAdGroupBody('BIG_TRAFFIC', new Date(), { request_id: '9' }));
    const state = await t.api.get('/__emulator/state');
    expect(state.status).toBe(200);
    const [group] = state.json.adgroups;
    expect(group).toMatchObject({ advertiser_id: ADVERTISER_IDS.BIG, request_id: '9', dedup_hits: 0 });
    expect(group.body).toMatchObject({
      campaign_id: CAMPAIGN_IDS.BIG_TRAFFIC,
      adgroup_name: 'Sample BIG_TRAFFIC',
    });
    expect(state.json.request_counts).toEqual({ '/adgroup/create/': 1 });
    expect(state.json.requests[0]).toMatchObject({
      method: 'POST',
      path: '/adgroup/create/',
      code: 0,
      outcome: 'answered',
    });
  });

  it('revokes tokens and resets', async () => {
    expect((await t.api.post('/__emulator/tokens/revoke', { token: TOKENS.MULTI })).json).toEqual({
      revoked: true,
    });
    expect((await advertiserGet()).json.code).toBe(40105);
    expect((await t.api.post('/__emulator/reset', {})).json).toEqual({ ok: true });
    expect((await advertiserGet()).json.code).toBe(0);
  });
});

describe('startEmulatorCli', () => {
  it('listens and prints the base URL, tokens and advertisers', async () => {
    let printed = '';
    const emulator = await startEmulatorCli({ port: 0, print: (text) => (printed += text) });
    try {
      expect(printed).toContain(`listening on ${emulator.baseUrl}`);
      expect(printed).toContain(TOKENS.MULTI);
      expect(printed).toContain(ADVERTISER_IDS.BIG);
      expect(printed).toMatch(new RegExp(`${CAMPAIGN_IDS.US_CBO}.*CBO`));
      const response = await new ApiClient(emulator.baseUrl ?? '').get('/oauth2/advertiser/get/', {
        app_id: APP.ID,
        secret: APP.SECRET,
      });
      expect(response.json.code).toBe(0);
    } finally {
      await emulator.close();
    }
  });

  it('createEmulator works without listening, through app.inject', async () => {
    const emulator = createEmulator();
    const response = await emulator.app.inject({
      method: 'GET',
      url: `/open_api/v1.3/oauth2/advertiser/get/?app_id=${APP.ID}&secret=${APP.SECRET}`,
      headers: { 'access-token': TOKENS.SINGLE },
    });
    expect(parseJson(response.body)).toMatchObject({ code: 0 });
    await emulator.close();
  });
});
