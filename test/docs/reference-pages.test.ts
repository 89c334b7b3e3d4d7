import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from '../support/harness.js';
import { docsHarness, htmlText } from './support.js';

const HOST = { host: 'gateway.test:8080' };

describe('the reference pages', () => {
  let h: Harness;
  const get = (url: string) => h.app.inject({ url, headers: HOST });

  beforeAll(async () => {
    h = await docsHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('the index lists the tools by category, linked to their pages', async () => {
    const res = await get('/reference/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    const sections = res.body.split('<h2 ').slice(1);
    const section = (category: string) => sections.find((s) => s.includes(`>${category}</h2>`));
    expect(section('TikTok Ads Write')).toContain('href="/reference/tools/add_tiktok_ad_group.html"');
    expect(section('Account')).toContain('href="/reference/tools/get_usage_status.html"');
    expect(section('Account')).toContain('href="/reference/tools/list_connected_accounts.html"');
    expect(section('Account')).not.toContain('add_tiktok_ad_group');
    expect((await get('/reference')).body).toBe(res.body);
  });

  it('a tool page has the seed page parts: category, endpoint, headers, description, arguments, examples', async () => {
    const res = await get('/reference/tools/add_tiktok_ad_group.html');
    expect(res.statusCode).toBe(200);
    const text = htmlText(res.body);
    const tool = h.gateway.registry.require('add_tiktok_ad_group');
    expect(res.body).toContain('<p class="category">TikTok Ads Write</p>');
    expect(text).toContain('POST http://gateway.test:8080/api/v1/tools/add_tiktok_ad_group/execute');
    expect(text).toContain('Authorization: Bearer sk_live_...: your adgate API key (required)');
    expect(text).toContain('Content-Type: application/json (required)');
    expect(text).toContain('Idempotency-Key: <uuid>: recommended for write operations to make retries safe');
    expect(text).toContain('All tool arguments are wrapped in an arguments object.');
    expect(text).toContain('Adds a new ad group to a TikTok campaign that already exists');
    expect(res.body).toContain('<table id="arguments">');
    expect(text).toContain(
      `-d '${JSON.stringify({ arguments: tool.example }, null, 2).replace(/\s+/g, ' ')}'`,
    );
    expect(text).toContain('"success": true');
    expect(text).toContain('You have 2 tiktok_ads accounts connected. Please specify which account to use');
    expect(text).toContain('Monthly limit reached (150/150 tool calls on Plus tier)');
    expect(text).toContain('platform_outcome_unknown');
  });

  it('a free tool that acts on no account shows neither the account nor the quota error', async () => {
    const text = htmlText((await get('/reference/tools/get_usage_status.html')).body);
    expect(text).toContain('This tool takes no arguments');
    expect(text).not.toContain('Monthly limit reached');
    expect(text).not.toContain('tiktok_ads accounts connected');
  });

  it('links to each other, to Swagger UI, the OpenAPI document and llms-full.txt, and every link works', async () => {
    const page = (await get('/reference/tools/add_tiktok_ad_group.html')).body;
    const index = (await get('/reference/')).body;
    const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1] as string);
    expect(hrefs(page)).toEqual(
      expect.arrayContaining([
        '/reference/',
        '/reference/#tiktok-ads-write',
        '/docs#/TikTok%20Ads%20Write/add_tiktok_ad_group',
        '/openapi.json',
        '/llms-full.txt',
      ]),
    );
    for (const href of new Set([...hrefs(page), ...hrefs(index)])) {
      const res = await get(href.split('#')[0] as string);
      expect(res.statusCode, href).toBe(200);
    }
  });

  it('needs no script: none is sent, and the pages forbid any', async () => {
    for (const url of ['/reference/', '/reference/tools/add_tiktok_ad_group.html']) {
      const res = await get(url);
      expect(res.body).not.toMatch(/<script/i);
      expect(res.headers['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'");
    }
  });

  it('an unknown page is a 404 page that suggests the closest tool; a bare tool name redirects', async () => {
    const res = await get('/reference/tools/add_tiktok_adgroup.html');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('href="/reference/tools/add_tiktok_ad_group.html"');
    const bare = await get('/reference/tools/add_tiktok_ad_group');
    expect(bare.statusCode).toBe(301);
    expect(bare.headers.location).toBe('/reference/tools/add_tiktok_ad_group.html');
  });
});
