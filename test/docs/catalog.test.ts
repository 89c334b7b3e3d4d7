import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Harness } from '../support/harness.js';
import { docsHarness } from './support.js';

describe('the catalog', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await docsHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('GET /api/v1/tools lists every tool with its input JSON Schema', async () => {
    const res = await h.app.inject({ url: '/api/v1/tools' });
    expect(res.statusCode).toBe(200);
    const { tools } = res.json();
    const registered = h.gateway.registry.list();
    expect(tools.map((entry: any) => entry.name)).toEqual(registered.map((tool) => tool.name));
    for (const [index, tool] of registered.entries()) {
      const { $schema: _dialect, ...schema } = z.toJSONSchema(tool.schema, { io: 'input' });
      expect(tools[index]).toEqual({
        name: tool.name,
        category: tool.category,
        read_only: tool.readOnly,
        destructive: tool.destructive === true,
        billable: tool.billable,
        summary: tool.summary,
        input_schema: schema,
      });
    }
  });

  it('GET /api/v1/tools/{tool} adds the full description', async () => {
    const res = await h.app.inject({ url: '/api/v1/tools/add_tiktok_ad_group' });
    expect(res.statusCode).toBe(200);
    const entry = res.json();
    expect(entry).toMatchObject({
      name: 'add_tiktok_ad_group',
      category: 'TikTok Ads Write',
      billable: true,
    });
    expect(entry.description).toBe(h.gateway.registry.require('add_tiktok_ad_group').description);
    expect(entry.input_schema.properties.campaign_id.description).toBe(
      'Existing TikTok campaign ID to add the ad group to',
    );
  });

  it('answers an unknown tool with 404 tool_not_found, naming the closest', async () => {
    const res = await h.app.inject({ url: '/api/v1/tools/add_tiktok_adgroup' });
    expect(res.statusCode).toBe(404);
    const body = res.json();
    expect(body).toMatchObject({
      success: false,
      is_error: true,
      error_code: 'tool_not_found',
      tool: 'add_tiktok_adgroup',
      structured_content: { suggestions: ['add_tiktok_ad_group'] },
    });
    expect(body.error).toMatch(/Did you mean `add_tiktok_ad_group`/);
    expect(res.headers['x-request-id']).toBe(body.request_id);
  });
});
