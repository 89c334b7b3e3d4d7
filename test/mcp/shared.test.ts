/** One backend under both transports: quota, idempotency, log and metrics are shared with REST. */
import { Writable } from 'node:stream';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { ADVERTISER_IDS, CAMPAIGN_IDS, TOKENS } from '../../src/tiktok/emulator/index.js';
import { billableFixture, type FixtureRuns } from '../support/fixture-tools.js';
import { createOrgWithKey, executeRequest } from '../support/harness.js';
import { storeTargets, type TestDatabase } from '../support/stores.js';
import { orgWithAdvertisers, startTikTokHarness, type TikTokHarness } from '../support/tiktok.js';
import { connectClient, listen, postMessage } from './support.js';

const UPGRADE_URL = 'https://example.test/upgrade';

type Text = Array<{ text: string }>;

const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';

describe('MCP and REST share one pipeline', () => {
  let db: TestDatabase;
  let h: TikTokHarness;
  let url: URL;
  const runs: FixtureRuns = { count: 0, reconciled: 0 };
  const lines: string[] = [];
  const clients: Client[] = [];

  beforeAll(async () => {
    db = await storeTargets[0]!.create();
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    h = await startTikTokHarness(db, {
      tools: [billableFixture(runs)],
      logger: createLogger('info', sink),
      env: { ADGATE_UPGRADE_URL: UPGRADE_URL, ADGATE_METRICS_TOKEN: METRICS_TOKEN },
    });
    url = await listen(h);
  });
  afterAll(async () => {
    for (const client of clients) await client.close();
    await h.close();
    await db.cleanup();
  });

  async function client(key: string): Promise<Client> {
    const connected = await connectClient(url, key);
    clients.push(connected);
    return connected;
  }

  it('calls over both transports count against one allowance; the 402 is an error result with the upgrade link', async () => {
    const { key, organizationId } = await createOrgWithKey(h.gateway, 'free');
    const mcp = await client(key);
    const echo = { name: 'test_billable_echo', arguments: { message: 'hi' } };
    for (let i = 0; i < 7; i++) {
      expect(
        (await executeRequest(h.app, 'test_billable_echo', key, { arguments: { message: 'hi' } })).statusCode,
      ).toBe(200);
      expect((await mcp.callTool(echo)).isError).toBeFalsy();
    }
    expect(
      (await executeRequest(h.app, 'test_billable_echo', key, { arguments: { message: 'hi' } })).statusCode,
    ).toBe(200);
    const last = await mcp.callTool(echo);
    expect(last.isError).toBe(true);
    expect(last.structuredContent).toMatchObject({
      error_code: 'quota_exhausted',
      quota: { used: 15, limit: 15, tier: 'free', upgrade_url: UPGRADE_URL },
    });
    expect((last.content as Text)[0]!.text).toContain(
      `Monthly limit reached (15/15 tool calls on Free tier).`,
    );
    expect((last.content as Text)[0]!.text).toContain(UPGRADE_URL);
    expect(
      (await executeRequest(h.app, 'test_billable_echo', key, { arguments: { message: 'hi' } })).statusCode,
    ).toBe(402);
    expect(await h.gateway.quota.snapshot(organizationId)).toMatchObject({ used: 15 });
  });

  it('an MCP call and a REST call with the same idempotency key create one ad group, billed once', async () => {
    const { key, organizationId } = await orgWithAdvertisers(h, TOKENS.SINGLE, [ADVERTISER_IDS.US]);
    const mcp = await client(key);
    const args = { campaign_id: CAMPAIGN_IDS.US_TRAFFIC, adgroup_name: 'shared key', budget: 50 };
    const idempotencyKey = 'shared-key-0001';

    const first = await mcp.callTool({
      name: 'add_tiktok_ad_group',
      arguments: args,
      _meta: { 'adgate/idempotency_key': idempotencyKey },
    });
    expect(first.isError, JSON.stringify(first)).toBeFalsy();
    const adgroupId = (first.structuredContent as { adgroup_id: string }).adgroup_id;

    const rest = await executeRequest(
      h.app,
      'add_tiktok_ad_group',
      key,
      { arguments: args },
      {
        'idempotency-key': idempotencyKey,
      },
    );
    expect(rest.headers['idempotent-replayed']).toBe('true');
    expect(rest.json().data.structured.adgroup_id).toBe(adgroupId);

    const again = await mcp.callTool({
      name: 'add_tiktok_ad_group',
      arguments: args,
      _meta: { 'adgate/idempotency_key': idempotencyKey },
    });
    expect(again.structuredContent).toEqual(first.structuredContent);
    expect(again._meta).toMatchObject({
      'adgate/idempotent_replayed': true,
      'adgate/request_id': first._meta?.['adgate/request_id'],
    });

    expect(h.emulator.state.adgroupList().filter((g) => g.body.adgroup_name === 'shared key')).toHaveLength(
      1,
    );
    expect(await h.gateway.quota.snapshot(organizationId)).toMatchObject({ used: 1 });
  });

  it('the same key with other arguments is refused as over REST', async () => {
    const { key } = await createOrgWithKey(h.gateway, 'max');
    const mcp = await client(key);
    const call = (message: string) =>
      mcp.callTool({
        name: 'test_billable_echo',
        arguments: { message },
        _meta: { 'adgate/idempotency_key': 'reused-0001' },
      });
    expect((await call('one')).isError).toBeFalsy();
    expect((await call('two')).structuredContent).toMatchObject({ error_code: 'idempotency_key_reused' });
  });

  it('refuses an idempotency key that is not a string, or one sent as a header, without running the tool', async () => {
    const { key } = await createOrgWithKey(h.gateway, 'max');
    const mcp = await client(key);
    const before = runs.count;
    const numeric = await mcp.callTool({
      name: 'test_billable_echo',
      arguments: { message: 'hi' },
      _meta: { 'adgate/idempotency_key': 42 },
    });
    expect(numeric.isError).toBe(true);
    expect(numeric.structuredContent).toMatchObject({
      error_code: 'invalid_request',
      tool: 'test_billable_echo',
    });
    expect((numeric.content as Text)[0]!.text).toContain('must be a string');

    const call = {
      jsonrpc: '2.0',
      id: 7,
      method: 'tools/call',
      params: { name: 'test_billable_echo', arguments: { message: 'hi' } },
    };
    const res = await postMessage(url, key, call, { 'idempotency-key': 'header-key' });
    const { result } = (await res.json()) as any;
    expect(result.isError).toBe(true);
    expect(result.structuredContent.error_code).toBe('invalid_request');
    expect(result.content[0].text).toContain('params._meta["adgate/idempotency_key"]');
    expect(runs.count).toBe(before);
  });

  it('logs one line per request and counts the call in metrics with transport "mcp"', async () => {
    const { key, organizationId } = await createOrgWithKey(h.gateway, 'plus');
    lines.length = 0;
    const call = {
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/call',
      params: { name: 'test_billable_echo', arguments: { message: 'log' } },
    };
    const res = await postMessage(url, key, call);
    const { result } = (await res.json()) as any;
    await postMessage(url, undefined, call);

    const requestId = res.headers.get('x-request-id');
    expect(result._meta['adgate/request_id']).toBe(requestId);
    const requests = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'request');
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({
      request_id: requestId,
      method: 'POST',
      route: '/mcp',
      tool: 'test_billable_echo',
      status: 200,
      organization_id: organizationId,
      billed: true,
    });
    expect(requests[1]).toMatchObject({ route: '/mcp', status: 401, error_code: 'unauthenticated' });
    expect(lines.join('\n')).not.toContain(key);

    const metrics = await (
      await h.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
    ).body;
    expect(metrics).toMatch(
      /adgate_tool_calls_total\{tool="test_billable_echo",status="200",error_code="",transport="mcp"\} \d+/,
    );
  });
});
