import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inputJsonSchema } from '../../src/core/json-schema.js';
import { STATUS_BY_CODE } from '../../src/errors.js';
import { createOrgWithKey, executeRequest, type Harness } from '../support/harness.js';
import { docsHarness } from './support.js';

const CONTRACT_STATUSES = [400, 401, 402, 403, 404, 409, 413, 415, 429, 500, 502, 504];

function resolve(document: any, value: any): any {
  if (value && typeof value.$ref === 'string') {
    return value.$ref
      .slice(2)
      .split('/')
      .reduce((node: any, part: string) => node[part], document);
  }
  return value;
}

describe('GET /openapi.json', () => {
  let h: Harness;
  let key: string;
  let document: any;

  beforeAll(async () => {
    h = await docsHarness();
    ({ key } = await createOrgWithKey(h.gateway));
    const res = await h.app.inject({ url: '/openapi.json', headers: { host: 'gateway.test:8080' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    document = res.json();
  });
  afterAll(async () => {
    await h.close();
  });

  const operation = (tool: string) => document.paths[`/api/v1/tools/${tool}/execute`].post;

  it('validates as OpenAPI 3.1 with swagger-parser', async () => {
    const api = await SwaggerParser.validate(structuredClone(document));
    expect((api as { openapi?: string }).openapi).toBe('3.1.0');
  });

  it('has one operation per registered tool, at its own path, with what the definition says', () => {
    const tools = h.gateway.registry.list();
    const toolPaths = Object.keys(document.paths).filter((path) => path.endsWith('/execute'));
    expect(toolPaths).toEqual(tools.map((tool) => `/api/v1/tools/${tool.name}/execute`));
    for (const tool of tools) {
      expect(operation(tool.name)).toMatchObject({
        operationId: tool.name,
        summary: tool.summary,
        description: tool.description,
        tags: [tool.category],
        'x-adgate-read-only': tool.readOnly,
        'x-adgate-billable': tool.billable,
        security: [{ ApiKeyAuth: [] }],
      });
    }
    expect(document.tags.map((tag: any) => tag.name)).toEqual(
      expect.arrayContaining(['TikTok Ads Write', 'Account', 'Catalog', 'Service', 'MCP']),
    );
  });

  it("takes {arguments} with the tool's input schema, an example and a dry-run example", () => {
    const tool = h.gateway.registry.require('add_tiktok_ad_group');
    const body = operation(tool.name).requestBody;
    expect(body.required).toBe(true);
    const media = body.content['application/json'];
    expect(media.schema).toEqual({
      type: 'object',
      required: ['arguments'],
      additionalProperties: false,
      properties: { arguments: inputJsonSchema(tool) },
    });
    const args = media.schema.properties.arguments;
    expect(args.required).toEqual(['campaign_id', 'adgroup_name', 'budget']);
    expect(args.properties.budget_mode).toMatchObject({
      type: 'string',
      enum: ['BUDGET_MODE_DAY', 'BUDGET_MODE_TOTAL'],
      default: 'BUDGET_MODE_DAY',
    });
    expect(media.examples.example.value).toEqual({ arguments: tool.example });
    expect(media.examples.dry_run.value).toEqual({ arguments: { ...tool.example, dry_run: true } });
    expect(
      operation('get_usage_status').requestBody.content['application/json'].examples.dry_run,
    ).toBeUndefined();
  });

  it('documents the Idempotency-Key header and the sk_live_ bearer key', () => {
    expect(resolve(document, operation('add_tiktok_ad_group').parameters[0])).toMatchObject({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      schema: { type: 'string', minLength: 1, maxLength: 255 },
    });
    expect(document.components.securitySchemes.ApiKeyAuth).toMatchObject({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: expect.stringContaining('sk_live_'),
    });
  });

  it('describes the success envelope with data.text, data.quota and data.structured', () => {
    const success = operation('add_tiktok_ad_group').responses[200];
    const schema = resolve(document, success.content['application/json'].schema);
    expect(schema.required).toEqual(['success', 'data', 'tool']);
    expect(schema.properties.tool.const).toBe('add_tiktok_ad_group');
    expect(resolve(document, schema.properties.data.properties.quota).required).toEqual([
      'used',
      'limit',
      'tier',
      'period_end',
    ]);
    expect(schema.properties.data.required).toEqual(['text', 'quota', 'structured']);
    expect(schema.properties.data.properties.structured).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['adgroup_id', 'advertiser_id', 'campaign_id', 'dry_run', 'body']),
      properties: { adgroup_id: { type: ['string', 'null'] } },
    });
    expect(success.content['application/json'].example).toMatchObject({
      success: true,
      data: { quota: { limit: 150, tier: 'plus' } },
      tool: 'add_tiktok_ad_group',
    });
    const free = resolve(
      document,
      operation('get_usage_status').responses[200].content['application/json'].schema,
    );
    expect(free.properties.data.properties.quota).toBeUndefined();
    expect(free.properties.data.properties.structured).toMatchObject({
      type: 'object',
      additionalProperties: true,
    });
  });

  it("lists every error status of the contract, each example in the real envelope with its code's status", () => {
    const responses = operation('add_tiktok_ad_group').responses;
    expect(Object.keys(responses).map(Number)).toEqual([200, ...CONTRACT_STATUSES]);
    for (const status of CONTRACT_STATUSES) {
      const media = responses[status].content['application/json'];
      expect(resolve(document, media.schema).required).toContain('error_code');
      const examples = Object.values(media.examples) as Array<{ value: any }>;
      expect(examples.length).toBeGreaterThan(0);
      for (const { value } of examples) {
        expect(Object.keys(value).slice(0, 6)).toEqual([
          'success',
          'error',
          'is_error',
          'tool',
          'error_code',
          'request_id',
        ]);
        expect(value).toMatchObject({
          success: false,
          is_error: true,
          request_id: expect.stringMatching(/^req_/),
        });
        expect(STATUS_BY_CODE[value.error_code as keyof typeof STATUS_BY_CODE]).toBe(status);
      }
    }
    expect(responses[402].content['application/json'].examples.quota_exhausted.value.quota).toMatchObject({
      limit: 150,
      upgrade_url: 'https://adgate.dev/pricing',
    });
    // A free tool that acts on no account can answer neither 402 nor the platform's errors.
    expect(Object.keys(operation('get_usage_status').responses).map(Number)).toEqual([
      200, 400, 401, 404, 409, 413, 415, 429, 500,
    ]);
  });

  it('gives error examples equal to what the gateway answers', async () => {
    const examples = (status: number) =>
      operation('add_tiktok_ad_group').responses[status].content['application/json'].examples;
    const same = (actual: any, example: any) =>
      expect({ ...actual, request_id: example.request_id }).toEqual(example);

    const invalid = await executeRequest(h.app, 'add_tiktok_ad_group', key, { arguments: {} });
    same(invalid.json(), examples(400).invalid_arguments.value);

    const unknownKey = await executeRequest(h.app, 'add_tiktok_ad_group', `sk_live_${'A'.repeat(32)}`, {
      arguments: {},
    });
    same(unknownKey.json(), examples(401).unauthenticated.value);

    const misspelt = await executeRequest(h.app, 'add_tiktok_ad_groups', key, { arguments: {} });
    same(misspelt.json(), examples(404).tool_not_found.value);

    const text = await h.app.inject({
      method: 'POST',
      url: '/api/v1/tools/add_tiktok_ad_group/execute',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${key}` },
      payload: 'hello',
    });
    same(text.json(), examples(415).unsupported_media_type.value);

    const big = await executeRequest(h.app, 'add_tiktok_ad_group', key, {
      arguments: { x: 'x'.repeat(1024 * 1024) },
    });
    same(big.json(), examples(413).payload_too_large.value);
  });

  it('describes the catalog, health, readiness, metrics and MCP endpoints', () => {
    expect(document.paths['/api/v1/tools'].get.operationId).toBe('listTools');
    expect(document.paths['/api/v1/tools/{tool}'].get.responses[404]).toBeDefined();
    expect(document.paths['/healthz'].get.operationId).toBe('getHealth');
    expect(document.paths['/readyz'].get.responses[503]).toBeDefined();
    expect(document.paths['/metrics'].get.responses[200].content['text/plain']).toBeDefined();
    expect(document.paths['/mcp'].post.security).toEqual([{ ApiKeyAuth: [] }]);
  });

  it('names the server the request was sent to, and serves the same document to Swagger UI', async () => {
    expect(document.servers).toEqual([{ url: 'http://gateway.test:8080', description: 'This gateway' }]);
    expect(document.info.description).toContain('`http://gateway.test:8080`');
    const forUi = await h.app.inject({ url: '/docs/json', headers: { host: 'gateway.test:8080' } });
    expect(forUi.json()).toEqual(document);
  });

  it('does not echo a Host header that is no host name', async () => {
    const res = await h.app.inject({ url: '/openapi.json', headers: { host: 'evil"><script>' } });
    expect(res.json().servers[0].url).toBe('http://127.0.0.1:8080');
  });
});

describe('GET /openapi.json behind a proxy', () => {
  it('names ADGATE_PUBLIC_URL as the server', async () => {
    const h = await docsHarness({ env: { ADGATE_PUBLIC_URL: 'https://ads.example.com/' } });
    try {
      const res = await h.app.inject({ url: '/openapi.json', headers: { host: 'internal:8080' } });
      expect(res.json().servers[0].url).toBe('https://ads.example.com');
    } finally {
      await h.close();
    }
  });
});
