import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billableFixture, type FixtureRuns } from '../support/fixture-tools.js';
import { createOrgWithKey, executeRequest, type Harness, startHarness } from '../support/harness.js';
import { skipNotice, storeTargets, type TestDatabase } from '../support/stores.js';

for (const target of storeTargets) {
  skipNotice(target, 'request checks');
  describe.skipIf(!target.available)(`request checks (${target.name})`, () => {
    let db: TestDatabase;
    let h: Harness;
    let key: string;
    const runs: FixtureRuns = { count: 0, reconciled: 0 };

    beforeAll(async () => {
      db = await target.create();
      h = await startHarness(db, { tools: [billableFixture(runs)] });
      ({ key } = await createOrgWithKey(h.gateway));
    });
    afterAll(async () => {
      await h.close();
      await db.cleanup();
    });

    const expectError = (
      res: { statusCode: number; json(): any; headers: Record<string, unknown> },
      status: number,
      code: string,
    ) => {
      expect(res.statusCode).toBe(status);
      const body = res.json();
      expect(body).toMatchObject({ success: false, is_error: true, error_code: code });
      expect(typeof body.error).toBe('string');
      expect(body.request_id).toMatch(/^req_/);
      expect(res.headers['x-request-id']).toBe(body.request_id);
      expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
      return body;
    };

    it.each([
      ['malformed JSON', '{"arguments": {', /not valid JSON/],
      ['an empty body', '', /empty|arguments/],
      ['a JSON array', '[]', /"arguments"/],
      ['no arguments', '{}', /"arguments" is missing/],
      ['arguments as an array', '{"arguments": []}', /must be an object, not an array/],
      ['arguments as a string', '{"arguments": "x"}', /must be an object, not string/],
      ['arguments null', '{"arguments": null}', /must be an object, not null/],
      [
        'an extra top-level key',
        '{"arguments": {}, "advertiser_id": "1"}',
        /Unexpected top-level field "advertiser_id"/,
      ],
    ])('400 invalid_request for %s', async (_label, payload, message) => {
      const res = await executeRequest(h.app, 'get_usage_status', key, payload);
      const body = expectError(res, 400, 'invalid_request');
      expect(body.error).toMatch(message);
      expect(body.tool).toBe('get_usage_status');
    });

    it.each([
      ['too long', 'k'.repeat(256)],
      ['non-ASCII', 'clé-ü'],
      ['a control character', 'a\tb'],
      ['sent twice', ['one', 'two']],
    ])('400 invalid_request for an Idempotency-Key that is %s', async (_label, value) => {
      const res = await executeRequest(
        h.app,
        'get_usage_status',
        key,
        { arguments: {} },
        { 'idempotency-key': value },
      );
      const body = expectError(res, 400, 'invalid_request');
      expect(body.error).toMatch(/Idempotency-Key/);
    });

    it('accepts an Idempotency-Key of 255 characters and the quoted RFC 8941 form', async () => {
      const long = await executeRequest(
        h.app,
        'get_usage_status',
        key,
        { arguments: {} },
        { 'idempotency-key': 'k'.repeat(255) },
      );
      expect(long.statusCode).toBe(200);
      const quoted = await executeRequest(
        h.app,
        'get_usage_status',
        key,
        { arguments: {} },
        { 'idempotency-key': '"8e03978e-40d5-43e8"' },
      );
      expect(quoted.statusCode).toBe(200);
    });

    it('413 over 1 MiB', async () => {
      const payload = JSON.stringify({ arguments: { message: 'x'.repeat(1024 * 1024) } });
      const res = await executeRequest(h.app, 'test_billable_echo', key, payload);
      expectError(res, 413, 'payload_too_large');
    });

    it('415 for another content type', async () => {
      const res = await h.app.inject({
        method: 'POST',
        url: '/api/v1/tools/get_usage_status/execute',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'text/plain' },
        payload: 'arguments=1',
      });
      const body = expectError(res, 415, 'unsupported_media_type');
      expect(body.error).toMatch(/application\/json/);
    });

    it('404 tool_not_found names the nearest tools', async () => {
      const res = await executeRequest(h.app, 'get_usage_stats', key, { arguments: {} });
      const body = expectError(res, 404, 'tool_not_found');
      expect(body.error).toContain('`get_usage_status`');
      expect(body.structured_content.suggestions).toContain('get_usage_status');
      expect(body.tool).toBe('get_usage_stats');
    });

    it('an unknown argument field is refused with a suggestion', async () => {
      const res = await executeRequest(h.app, 'test_billable_echo', key, { arguments: { mesage: 'hi' } });
      const body = expectError(res, 400, 'invalid_arguments');
      const issues = body.structured_content.issues;
      expect(issues).toContainEqual(expect.objectContaining({ path: 'mesage', code: 'unknown_field' }));
      expect(issues.find((i: any) => i.path === 'mesage').message).toContain('Did you mean `message`?');
    });

    it('reports every problem of one call together: schema, unknown fields, enum near misses, rules', async () => {
      const res = await executeRequest(h.app, 'test_billable_echo', key, {
        arguments: { outcome: 'okk', delay_ms: -5, extra: true, limit_a: 1, limit_b: 2 },
      });
      const body = expectError(res, 400, 'invalid_arguments');
      const paths = body.structured_content.issues.map((i: any) => i.path).sort();
      expect(paths).toEqual(['delay_ms', 'extra', 'limit_b', 'message', 'outcome']);
      const outcome = body.structured_content.issues.find((i: any) => i.path === 'outcome');
      expect(outcome.message).toContain('Did you mean `ok`?');
      expect(body.error).toMatch(/5 problems/);
      expect(runs.count).toBe(0);
    });

    it('every response carries X-Request-Id, success included', async () => {
      const res = await executeRequest(h.app, 'get_usage_status', key, { arguments: {} });
      expect(res.statusCode).toBe(200);
      expect(res.headers['x-request-id']).toMatch(/^req_/);
    });

    it('unknown paths answer 404 in the error envelope', async () => {
      const res = await h.app.inject({ method: 'GET', url: '/nowhere' });
      expectError(res, 404, 'not_found');
    });

    it('a bug in a tool is a 500 with only the request id, no internals', async () => {
      const res = await executeRequest(h.app, 'test_billable_echo', key, {
        arguments: { message: 'x', outcome: 'crash' },
      });
      const body = expectError(res, 500, 'internal_error');
      expect(body.error).toContain(body.request_id);
      expect(res.body).not.toContain('boom');
      expect(res.body).not.toContain('internal detail');
    });
  });
}
