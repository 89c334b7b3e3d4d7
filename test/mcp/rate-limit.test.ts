import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billableFixture } from '../support/fixture-tools.js';
import { createOrgWithKey, executeRequest, type Harness, startHarness } from '../support/harness.js';
import { storeTargets, type TestDatabase } from '../support/stores.js';
import { connectClient, listen } from './support.js';

describe('MCP: the per-key rate limit is the one REST uses', () => {
  let db: TestDatabase;
  let h: Harness;
  let url: Awaited<ReturnType<typeof listen>>;

  beforeAll(async () => {
    db = await storeTargets[0]!.create();
    h = await startHarness(db, {
      tools: [billableFixture({ count: 0, reconciled: 0 })],
      env: { ADGATE_RATE_LIMIT_RPS: '1', ADGATE_RATE_LIMIT_BURST: '2' },
    });
    url = await listen(h);
  });
  afterAll(async () => {
    await h.close();
    await db.cleanup();
  });

  it('after initialize and a REST call take both tokens, MCP calls are refused with rate_limited and a retry delay', async () => {
    const { key } = await createOrgWithKey(h.gateway, 'max');
    const client = await connectClient(url, key);
    expect((await executeRequest(h.app, 'get_usage_status', key, { arguments: {} })).statusCode).toBe(200);
    // With one token a second, four calls sent at once cannot all be let through.
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        client.callTool({ name: 'test_billable_echo', arguments: { message: 'hi' } }),
      ),
    );
    await client.close();
    const limited = results.filter((r) => r.isError);
    expect(limited.length).toBeGreaterThan(0);
    for (const result of limited) {
      expect(result.structuredContent).toMatchObject({ error_code: 'rate_limited' });
      expect(result._meta?.['adgate/retry_after_seconds']).toBeGreaterThanOrEqual(1);
    }
  });

  it('initialize and tools/list count too: past the rate, an HTTP 429', async () => {
    const { key } = await createOrgWithKey(h.gateway, 'max');
    const client = await connectClient(url, key);
    expect((await executeRequest(h.app, 'get_usage_status', key, { arguments: {} })).statusCode).toBe(200);
    await expect(client.listTools()).rejects.toThrow(/429|rate/i);
    await client.close();
  });
});
