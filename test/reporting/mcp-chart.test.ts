/** Over MCP, an analytics answer's charts arrive as PNG image blocks after the text. */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, listen } from '../mcp/support.js';
import type { TestDatabase } from '../support/stores.js';
import { type ReportingHarness, startReportingHarness } from './support.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('MCP: charts as image blocks', () => {
  let h: ReportingHarness;
  let db: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    ({ h, db } = await startReportingHarness());
    client = await connectClient(await listen(h), h.org.key);
  });
  afterAll(async () => {
    await client.close();
    await h.close();
    await db.cleanup();
  });

  it('detect_tiktok_creative_fatigue: text, then the hook-rate chart as a PNG; the SVG stays in structuredContent', async () => {
    const result = await client.callTool({ name: 'detect_tiktok_creative_fatigue', arguments: {} });
    expect(result.isError, JSON.stringify(result).slice(0, 500)).toBeFalsy();
    const content = result.content as { type: string; mimeType?: string; data?: string }[];
    expect(content.map((c) => c.type)).toEqual(['text', 'image']);
    expect(content[1]?.mimeType).toBe('image/png');
    const png = Buffer.from(content[1]?.data ?? '', 'base64');
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    // IHDR: width and height of the rendered chart.
    expect(png.readUInt32BE(16)).toBeGreaterThan(600);
    expect(png.readUInt32BE(20)).toBeGreaterThan(250);
    const structured = result.structuredContent as { charts: { mime_type: string; svg: string }[] };
    expect(structured.charts[0]?.mime_type).toBe('image/svg+xml');
    expect(structured.charts[0]?.svg).toContain('Daily hook rate');
  });

  it('raw_data: no chart, so no image block', async () => {
    const result = await client.callTool({
      name: 'detect_tiktok_creative_fatigue',
      arguments: { raw_data: true },
    });
    expect((result.content as { type: string }[]).map((c) => c.type)).toEqual(['text']);
  });
});
