import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ToolDefinition } from '../../src/core/tool.js';
import { ADVERTISER_IDS, CAMPAIGN_IDS, TOKENS } from '../../src/tiktok/emulator/index.js';
import { executeRequest } from '../support/harness.js';
import { storeTargets, type TestDatabase } from '../support/stores.js';
import { orgWithAdvertisers, startTikTokHarness, type TikTokHarness } from '../support/tiktok.js';
import { connectClient, listen, postMessage } from './support.js';

const schema = z.strictObject({});

/** A tool whose answer is text only, as tools may be. */
const textOnly: ToolDefinition<typeof schema> = {
  name: 'test_text_only',
  category: 'Test',
  summary: 'Answer with text and no structured result.',
  description: 'A test fixture.',
  readOnly: true,
  billable: false,
  schema,
  run: async () => ({ text: 'just text' }),
};

describe('MCP: tools/call runs the execute pipeline', () => {
  let db: TestDatabase;
  let h: TikTokHarness;
  let key: string;
  let url: URL;
  let client: Client;

  beforeAll(async () => {
    db = await storeTargets[0]!.create();
    h = await startTikTokHarness(db, { tools: [textOnly] });
    ({ key } = await orgWithAdvertisers(h, TOKENS.SINGLE, [ADVERTISER_IDS.US]));
    url = await listen(h);
    client = await connectClient(url, key);
  });
  afterAll(async () => {
    await client.close();
    await h.close();
    await db.cleanup();
  });

  it('add_tiktok_ad_group creates the ad group in TikTok and returns its id as structured content', async () => {
    const result = await client.callTool({
      name: 'add_tiktok_ad_group',
      arguments: {
        campaign_id: CAMPAIGN_IDS.US_TRAFFIC,
        adgroup_name: 'MCP - US - 18-34',
        budget: 50,
        age_groups: ['AGE_18_24', 'AGE_25_34'],
      },
    });
    expect(result.isError, JSON.stringify(result)).toBeFalsy();
    const structured = result.structuredContent as { adgroup_id: string; campaign_id: string };
    const created = h.emulator.state.adgroups.get(structured.adgroup_id);
    expect(created?.body).toMatchObject({
      adgroup_name: 'MCP - US - 18-34',
      campaign_id: CAMPAIGN_IDS.US_TRAFFIC,
    });
    expect(structured.campaign_id).toBe(CAMPAIGN_IDS.US_TRAFFIC);
    const text = (result.content as Array<{ type: string; text: string }>)[0]!;
    expect(text.type).toBe('text');
    expect(text.text).toContain(structured.adgroup_id);
    expect(result._meta).toMatchObject({
      'adgate/request_id': expect.stringMatching(/^req_/),
      'adgate/quota': { used: 1, tier: 'max' },
    });
  });

  it('a call with several mistakes is an error result listing every issue, worded as over REST', async () => {
    const before = h.emulator.state.adgroups.size;
    const args = {
      campaign_id: CAMPAIGN_IDS.US_TRAFFIC,
      adgroup_name: 'bad',
      budget: 'fifty',
      age_groups: ['AGE_18_34'],
      bid_typ: 'BID_TYPE_NO_BID',
    };
    const rest = (await executeRequest(h.app, 'add_tiktok_ad_group', key, { arguments: args })).json();
    const result = await client.callTool({ name: 'add_tiktok_ad_group', arguments: args });
    expect(result.isError).toBe(true);
    const envelope = result.structuredContent as typeof rest;
    expect(envelope.error_code).toBe('invalid_arguments');
    expect(envelope.structured_content.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      'age_groups.0',
      'bid_typ',
      'budget',
    ]);
    expect(envelope.structured_content).toEqual(rest.structured_content);
    expect(envelope.error).toBe(rest.error);
    expect((result.content as Array<{ text: string }>)[0]!.text).toBe(rest.error);
    expect(envelope.request_id).toBe(result._meta?.['adgate/request_id']);
    expect(h.emulator.state.adgroups.size).toBe(before);
  });

  it('an unknown tool is an error result naming the closest tools, as over REST', async () => {
    const result = await client.callTool({ name: 'add_tiktok_adgroup', arguments: {} });
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toMatchObject({
      error_code: 'tool_not_found',
      tool: 'add_tiktok_adgroup',
    });
    expect((result.content as Array<{ text: string }>)[0]!.text).toContain('`add_tiktok_ad_group`');
  });

  it('a tool without arguments can be called with none', async () => {
    const result = await client.callTool({ name: 'list_connected_accounts' });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toEqual({
      accounts: [expect.objectContaining({ advertiser_id: ADVERTISER_IDS.US, status: 'active' })],
    });
  });

  it('several connected accounts and none named: account_selection_required lists them', async () => {
    const multi = await orgWithAdvertisers(h, TOKENS.MULTI, [ADVERTISER_IDS.US, ADVERTISER_IDS.EU]);
    const other = await connectClient(url, multi.key);
    const result = await other.callTool({
      name: 'add_tiktok_ad_group',
      arguments: { campaign_id: CAMPAIGN_IDS.US_TRAFFIC, adgroup_name: 'which account', budget: 50 },
    });
    await other.close();
    expect(result.isError).toBe(true);
    const envelope = result.structuredContent as {
      error_code: string;
      structured_content: { accounts: unknown[] };
    };
    expect(envelope.error_code).toBe('account_selection_required');
    expect(envelope.structured_content.accounts).toHaveLength(2);
  });

  it('a result without structured data still satisfies the declared output schema', async () => {
    const result = await client.callTool({ name: 'test_text_only' });
    expect(result.isError).toBeFalsy();
    expect(result.content).toEqual([{ type: 'text', text: 'just text' }]);
    expect(result.structuredContent).toEqual({});
  });

  it.each([
    [[], "params.arguments must be an object of the tool's arguments by name, not an array."],
    ['x', "params.arguments must be an object of the tool's arguments by name, not a string."],
    [null, "params.arguments must be an object of the tool's arguments by name, not null."],
  ])("answers -32602 with the gateway's message when arguments is %j", async (args, message) => {
    const res = await postMessage(url, key, {
      jsonrpc: '2.0',
      id: 7,
      method: 'tools/call',
      params: { name: 'get_usage_status', arguments: args },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ jsonrpc: '2.0', id: 7, error: { code: -32602, message } });
  });

  it('answers -32602 when the tool name is missing', async () => {
    const res = await postMessage(url, key, { jsonrpc: '2.0', id: 8, method: 'tools/call', params: {} });
    const body = (await res.json()) as { error: { code: number; message: string } };
    expect(body.error).toEqual({
      code: -32602,
      message: "tools/call needs params.name, the tool's name as a string; it is missing.",
    });
  });
});
