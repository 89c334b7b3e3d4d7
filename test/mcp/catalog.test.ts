import fs from 'node:fs';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { billableFixture } from '../support/fixture-tools.js';
import { createOrgWithKey, type Harness, startHarness } from '../support/harness.js';
import { storeTargets, type TestDatabase } from '../support/stores.js';
import { connectClient, listen, postMessage } from './support.js';

describe('MCP: initialize and the tool catalog', () => {
  let db: TestDatabase;
  let h: Harness;
  let url: URL;
  let key: string;
  let client: Client;

  beforeAll(async () => {
    db = await storeTargets[0]!.create();
    h = await startHarness(db, { tools: [billableFixture({ count: 0, reconciled: 0 })] });
    url = await listen(h);
    ({ key } = await createOrgWithKey(h.gateway, 'plus'));
    client = await connectClient(url, key);
  });
  afterAll(async () => {
    await client.close();
    await h.close();
    await db.cleanup();
  });

  it('initialize names adgate and its version, offers tools and gives agents instructions', () => {
    const version = JSON.parse(fs.readFileSync('package.json', 'utf8')).version;
    expect(client.getServerVersion()).toEqual({ name: 'adgate', version });
    expect(client.getServerCapabilities()?.tools).toBeDefined();
    expect(client.getInstructions()).toContain('dry_run');
  });

  it('tools/list lists every registry tool with its name, summary, description and annotations', async () => {
    const { tools } = await client.listTools();
    const registry = h.gateway.registry.list();
    expect(tools.map((t) => t.name)).toEqual(registry.map((t) => t.name));
    for (const tool of registry) {
      const listed = tools.find((t) => t.name === tool.name)!;
      expect(listed.title).toBe(tool.summary);
      expect(listed.description).toBe(tool.description);
      expect(listed.outputSchema).toMatchObject({ type: 'object' });
    }
    const byName = new Map(tools.map((t) => [t.name, t]));
    expect(byName.get('add_tiktok_ad_group')?.annotations).toMatchObject({
      readOnlyHint: false,
      destructiveHint: false,
      idempotentHint: false,
      openWorldHint: true,
    });
    expect(byName.get('get_usage_status')?.annotations).toMatchObject({
      readOnlyHint: true,
      destructiveHint: false,
      idempotentHint: true,
      openWorldHint: false,
    });
  });

  it("every input schema carries each field with the zod schema's description, and required fields", async () => {
    const { tools } = await client.listTools();
    for (const tool of h.gateway.registry.list()) {
      const schema = tools.find((t) => t.name === tool.name)!.inputSchema;
      const properties = (schema.properties ?? {}) as Record<string, { description?: string }>;
      const shape = tool.schema.shape as Record<string, z.ZodType>;
      expect(Object.keys(properties).sort(), tool.name).toEqual(Object.keys(shape).sort());
      for (const [field, zodField] of Object.entries(shape)) {
        expect(properties[field]?.description, `${tool.name}.${field}`).toBe(zodField.description);
        expect(properties[field]?.description, `${tool.name}.${field}`).toBeTruthy();
      }
      expect(schema.additionalProperties).toBe(false);
    }
    const adGroup = tools.find((t) => t.name === 'add_tiktok_ad_group')!.inputSchema;
    expect(adGroup.required).toEqual(expect.arrayContaining(['campaign_id', 'adgroup_name', 'budget']));
  });

  it('input schemas are the ones the REST catalog serves', async () => {
    const { tools } = await client.listTools();
    const catalog = (await h.app.inject({ url: '/api/v1/tools' })).json() as {
      tools: Array<{ name: string; input_schema: unknown }>;
    };
    expect(catalog.tools.length).toBe(tools.length);
    for (const entry of catalog.tools) {
      expect(tools.find((t) => t.name === entry.name)?.inputSchema, entry.name).toEqual(entry.input_schema);
    }
  });

  it('input schemas keep enums and defaults', async () => {
    const { tools } = await client.listTools();
    const echo = tools.find((t) => t.name === 'test_billable_echo')!.inputSchema;
    expect(echo.properties?.outcome).toMatchObject({
      enum: ['ok', 'rejected', 'unavailable', 'unknown', 'crash'],
      default: 'ok',
    });
    // With a default the field is optional for the caller.
    expect(echo.required).toEqual(['message']);
    const adGroup = tools.find((t) => t.name === 'add_tiktok_ad_group')!.inputSchema;
    expect((adGroup.properties!.bid_type as { enum: string[] }).enum).toContain('BID_TYPE_NO_BID');
  });

  it('GET and DELETE /mcp answer 405 and say why', async () => {
    for (const method of ['GET', 'DELETE']) {
      const res = await fetch(url, { method, headers: { authorization: `Bearer ${key}` } });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('POST');
      expect(((await res.json()) as any).error.message).toMatch(
        /stateless: send every message with POST \/mcp/,
      );
    }
  });

  it('refuses a JSON-RPC batch, keeping one call per request', async () => {
    const list = { jsonrpc: '2.0', id: 1, method: 'tools/list' };
    const res = await postMessage(url, key, [list, { ...list, id: 2 }]);
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error).toMatchObject({
      code: -32600,
      message: expect.stringMatching(/one JSON-RPC message/),
    });
  });
});
