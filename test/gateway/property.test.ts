/**
 * Arbitrary bodies, headers and argument shapes thrown at the endpoint: never a 5xx, always the
 * envelope, never a stack trace or a secret.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billableFixture } from '../support/fixture-tools.js';
import { createOrgWithKey, type Harness, startHarness } from '../support/harness.js';
import { storeTargets, type TestDatabase } from '../support/stores.js';

describe('the execute endpoint under arbitrary input', () => {
  let db: TestDatabase;
  let h: Harness;
  let key: string;

  beforeAll(async () => {
    db = await (storeTargets[0] as (typeof storeTargets)[0]).create();
    h = await startHarness(db, { tools: [billableFixture({ count: 0, reconciled: 0 })] });
    ({ key } = await createOrgWithKey(h.gateway, 'max'));
  });
  afterAll(async () => {
    await h.close();
    await db.cleanup();
  });

  const argumentValue = fc.oneof(
    fc.jsonValue(),
    fc.constantFrom('ok', 'rejected', 'unavailable', 'okk', '', '𝕏'),
    fc.integer(),
    fc.double(),
    fc.constant(Number.MAX_SAFE_INTEGER + 2),
  );
  const argumentsShape = fc.oneof(
    fc.dictionary(
      fc.oneof(
        fc.constantFrom(
          'message',
          'outcome',
          'delay_ms',
          'dry_run',
          'limit_a',
          'mesage',
          '__proto__',
          'constructor',
        ),
        fc.string(),
      ),
      argumentValue,
      { maxKeys: 6 },
    ),
    fc.jsonValue(),
  );
  const body = fc.oneof(
    argumentsShape.map((args) => JSON.stringify({ arguments: args })),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.string(),
    fc.constantFrom(
      '',
      '{',
      '{"arguments":',
      'null',
      '{"arguments":{}, "x":1}',
      '\u0000',
      '{"__proto__":{"a":1}}',
    ),
  );
  const authorization = fc.oneof(
    fc.constant(`Bearer ${'KEY'}`),
    fc.string(),
    fc.constant(undefined),
    fc.constantFrom('Bearer ', 'Bearer sk_live_', `bearer  ${'x'.repeat(40)}`),
  );
  const idempotencyKey = fc.oneof(fc.constant(undefined), fc.string({ maxLength: 300 }), fc.uuid());
  const contentType = fc.oneof(
    fc.constant('application/json'),
    fc.constantFrom(
      'application/json; charset=utf-8',
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/xml',
    ),
    fc.constant(undefined),
  );
  const tool = fc.oneof(
    fc.constantFrom('test_billable_echo', 'get_usage_status', 'list_connected_accounts'),
    fc.webSegment(),
  );

  it('never answers 5xx, always answers the envelope', async () => {
    await fc.assert(
      fc.asyncProperty(
        body,
        authorization,
        idempotencyKey,
        contentType,
        tool,
        async (payload, auth, idem, type, name) => {
          const headers: Record<string, string> = {};
          if (auth !== undefined) headers.authorization = auth.replace('KEY', key);
          if (idem !== undefined && /^[\x20-\x7e]*$/.test(idem)) headers['idempotency-key'] = idem;
          if (type !== undefined) headers['content-type'] = type;
          const res = await h.app.inject({
            method: 'POST',
            url: `/api/v1/tools/${encodeURIComponent(name)}/execute`,
            headers,
            payload,
          });
          expect(res.statusCode).toBeLessThan(500);
          const envelope = res.json();
          expect(typeof envelope.success).toBe('boolean');
          if (envelope.success) {
            expect(res.statusCode).toBe(200);
            expect(typeof envelope.data.text).toBe('string');
          } else {
            expect(envelope).toMatchObject({ is_error: true, request_id: res.headers['x-request-id'] });
            expect(typeof envelope.error).toBe('string');
            expect(typeof envelope.error_code).toBe('string');
          }
          expect(res.body).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
          expect(res.body).not.toContain(key);
        },
      ),
      { numRuns: 400 },
    );
  });
});
