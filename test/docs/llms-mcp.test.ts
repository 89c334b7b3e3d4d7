import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/harness.js';
import { storeTargets, type TestDatabase } from '../support/stores.js';

let db: TestDatabase;
let h: Harness;
beforeAll(async () => {
  db = await storeTargets[0]!.create();
  h = await startHarness(db);
});
afterAll(async () => {
  await h.close();
  await db.cleanup();
});

it('llms-full.txt says how to add the MCP server to a client, and that only the transport differs', async () => {
  const res = await h.app.inject({ url: '/llms-full.txt', headers: { host: 'gw.example.test' } });
  expect(res.statusCode).toBe(200);
  expect(res.body).toContain('Nothing but the transport differs');
  expect(res.body).toContain('"url": "http://gw.example.test/mcp"');
  expect(res.body).toContain('adgate/idempotency_key');
});
