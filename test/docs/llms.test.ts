import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUS_BY_CODE } from '../../src/errors.js';
import type { Harness } from '../support/harness.js';
import { docsHarness } from './support.js';

const HOST = { host: 'gateway.test:8080' };
const BASE = 'http://gateway.test:8080';

describe('llms.txt and llms-full.txt', () => {
  let h: Harness;
  const get = (url: string) => h.app.inject({ url, headers: HOST });

  beforeAll(async () => {
    h = await docsHarness({ env: { ADGATE_QUOTA_LIMITS: 'plus=250' } });
  });
  afterAll(async () => {
    await h.close();
  });

  it('llms.txt is a short index: title, summary, links to the full reference and every tool', async () => {
    const res = await get('/llms.txt');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    const lines = res.body.split('\n');
    expect(lines[0]).toBe('# adgate');
    expect(lines[2]).toMatch(/^> /);
    expect(res.body).toContain(`- [Full reference](${BASE}/llms-full.txt)`);
    expect(res.body).toContain(`- [OpenAPI 3.1](${BASE}/openapi.json)`);
    expect(res.body).toContain(`- [MCP](${BASE}/mcp)`);
    for (const tool of h.gateway.registry.list()) {
      expect(res.body).toContain(
        `- [${tool.name}](${BASE}/reference/tools/${tool.name}.html): ${tool.summary}`,
      );
    }
    expect(res.body.indexOf('## TikTok Ads Write')).toBeLessThan(res.body.indexOf('[add_tiktok_ad_group]'));
  });

  it('llms-full.txt opens with the core concepts of this server', async () => {
    const text = (await get('/llms-full.txt')).body;
    const concepts = text.slice(0, text.indexOf('\n# Tools'));
    for (const heading of [
      '## Base URL',
      '## Authentication',
      '## Responses',
      '## Status codes and error codes',
      '## Idempotency',
      '## Quota',
    ]) {
      expect(concepts).toContain(heading);
    }
    expect(concepts).toContain(`\`POST ${BASE}/api/v1/tools/{tool}/execute\``);
    expect(concepts).toContain('`sk_live_` followed by 32 URL-safe characters');
    expect(concepts).toContain('Idempotent-Replayed: true');
    expect(concepts).toContain('plus 250');
    for (const [code, status] of Object.entries(STATUS_BY_CODE)) {
      expect(concepts).toMatch(new RegExp(`^\\| ${status} \\| \`${code}\` \\| .+ \\|$`, 'm'));
    }
  });

  it('then every tool: endpoint, description and argument table', async () => {
    const text = (await get('/llms-full.txt')).body;
    const tools = text.slice(text.indexOf('\n# Tools'));
    for (const tool of h.gateway.registry.list()) {
      const start = tools.indexOf(`\n## ${tool.name}\n`);
      expect(start, tool.name).toBeGreaterThan(0);
      const end = tools.indexOf('\n## ', start + 1);
      const section = tools.slice(start, end < 0 ? undefined : end);
      expect(section).toContain(`- Endpoint: \`POST ${BASE}/api/v1/tools/${tool.name}/execute\``);
      expect(section).toContain(`- Category: ${tool.category}`);
      expect(section).toContain(tool.description);
      expect(section).toContain('### Arguments');
    }
    expect(tools).toContain('| Field | Type | Required | Default | Description |');
    expect(tools).toContain('No arguments: send `{"arguments": {}}`.');
  });
});
