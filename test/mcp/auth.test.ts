import { StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgWithKey, type Harness, startHarness } from '../support/harness.js';
import { storeTargets, type TestDatabase } from '../support/stores.js';
import { connectClient, INITIALIZE, listen, postMessage } from './support.js';

const CHALLENGE =
  /^Bearer realm="adgate", error="invalid_token", error_description="([\x20\x21\x23-\x5b\x5d-\x7e]*)"$/;

describe('MCP: authentication with the API keys', () => {
  let db: TestDatabase;
  let h: Harness;
  let url: URL;

  beforeAll(async () => {
    db = await storeTargets[0]!.create();
    h = await startHarness(db);
    url = await listen(h);
  });
  afterAll(async () => {
    await h.close();
    await db.cleanup();
  });

  it('a missing key gets 401 with a WWW-Authenticate challenge and the JSON error envelope', async () => {
    const res = await postMessage(url, undefined, INITIALIZE);
    expect(res.status).toBe(401);
    const challenge = res.headers.get('www-authenticate') ?? '';
    expect(challenge).toMatch(CHALLENGE);
    expect(CHALLENGE.exec(challenge)?.[1]).toMatch(
      /^No API key was sent\. Send your API key as `Authorization: Bearer sk_live_\.\.\.`/,
    );
    const body = (await res.json()) as any;
    expect(body).toMatchObject({ success: false, is_error: true, error_code: 'unauthenticated' });
    expect(body.request_id).toBe(res.headers.get('x-request-id'));
  });

  it('a wrong key gets 401 saying why, before any MCP handling (even of a malformed message)', async () => {
    const unknown = `sk_live_${'A'.repeat(32)}`;
    const res = await postMessage(url, unknown, { not: 'json-rpc' });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/error_description="This API key is not known\./);
    const malformed = await postMessage(url, 'sk_test_nope', INITIALIZE);
    expect(malformed.status).toBe(401);
    expect(malformed.headers.get('www-authenticate')).toMatch(/not a valid API key/);
  });

  it("the SDK client's initialize fails with 401 without a key", async () => {
    const failure = await connectClient(url, undefined).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StreamableHTTPError);
    expect((failure as StreamableHTTPError).code).toBe(401);
    expect((failure as Error).message).toContain('No API key was sent');
  });

  it('tools/list needs a valid key too: revoking the key stops a connected client on its next request', async () => {
    const { key, keyId } = await createOrgWithKey(h.gateway, 'plus');
    const client = await connectClient(url, key);
    expect((await client.listTools()).tools.length).toBeGreaterThan(0);
    await h.gateway.store.apiKeys.revoke(keyId, new Date().toISOString());
    const failure = await client.listTools().catch((error: unknown) => error);
    expect((failure as StreamableHTTPError).code).toBe(401);
    expect((failure as Error).message).toContain('This API key was revoked');
    await client.close();
  });
});
