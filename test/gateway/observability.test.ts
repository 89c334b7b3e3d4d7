import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { billableFixture } from '../support/fixture-tools.js';
import { createOrgWithKey, executeRequest, type Harness, startHarness } from '../support/harness.js';
import { storeTargets, type TestDatabase } from '../support/stores.js';

const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';

describe('logs, health and metrics', () => {
  let db: TestDatabase;
  let h: Harness;
  let key: string;
  let organizationId: string;
  const lines: string[] = [];

  beforeAll(async () => {
    db = await (storeTargets[0] as (typeof storeTargets)[0]).create();
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    h = await startHarness(db, {
      tools: [billableFixture({ count: 0, reconciled: 0 })],
      logger: createLogger('info', sink),
      env: { ADGATE_METRICS_TOKEN: METRICS_TOKEN },
    });
    ({ key, organizationId } = await createOrgWithKey(h.gateway, 'plus'));
  });
  afterAll(async () => {
    await h.close();
    await db.cleanup();
  });

  it('writes one line per request with request id, tool, status, duration and organisation, and no secret', async () => {
    lines.length = 0;
    const res = await executeRequest(
      h.app,
      'test_billable_echo',
      key,
      { arguments: { message: 'hello' } },
      {
        'idempotency-key': 'log-check',
      },
    );
    await executeRequest(h.app, 'test_billable_echo', key, { arguments: { message: 'x', outcome: 'crash' } });
    await executeRequest(h.app, 'get_usage_status', `${key.slice(0, -1)}Z`, { arguments: {} });
    const requests = lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'request');
    expect(requests).toHaveLength(3);
    expect(requests[0]).toMatchObject({
      request_id: res.headers['x-request-id'],
      tool: 'test_billable_echo',
      status: 200,
      organization_id: organizationId,
      billed: true,
    });
    expect(typeof requests[0].duration_ms).toBe('number');
    expect(requests[1]).toMatchObject({ status: 500, error_code: 'internal_error' });
    expect(requests[2]).toMatchObject({ status: 401, error_code: 'unauthenticated' });
    // The crash is logged with its cause for operators, and still no secret anywhere.
    expect(lines.some((l) => l.includes('boom'))).toBe(true);
    const all = lines.join('\n');
    expect(all).not.toContain(key);
    expect(all).not.toContain(key.slice(8));
    expect(all.toLowerCase()).not.toContain('bearer');
  });

  it('redacts secrets even when code logs them by mistake', () => {
    lines.length = 0;
    h.gateway.logger.info(
      { access_token: 'tt-secret-token', headers: { authorization: `Bearer ${key}` } },
      'oops',
    );
    const all = lines.join('\n');
    expect(all).not.toContain('tt-secret-token');
    expect(all).not.toContain(key);
    expect(all).toContain('[redacted]');
  });

  it('GET /healthz is alive and /readyz checks the database', async () => {
    expect((await h.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await h.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', database: 'sqlite' });
  });

  it('GET /metrics counts calls by tool and status, latency, and quota used by tier', async () => {
    await executeRequest(h.app, 'test_billable_echo', key, { arguments: { message: 'metric' } });
    await executeRequest(h.app, 'nope', key, { arguments: {} });
    const res = await h.app.inject({
      url: '/metrics',
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(
      /adgate_tool_calls_total\{tool="test_billable_echo",status="200",error_code="",transport="rest"\} \d+/,
    );
    expect(res.body).toMatch(
      /adgate_tool_calls_total\{tool="\(unknown\)",status="404",error_code="tool_not_found",transport="rest"\} 1/,
    );
    expect(res.body).toMatch(
      /adgate_tool_call_duration_seconds_bucket\{le="0\.1",tool="test_billable_echo"\} \d+/,
    );
    expect(res.body).toMatch(/adgate_quota_used_total\{tier="plus"\} [1-9]/);
  });

  it('/readyz answers 503 when the database is gone', async () => {
    await h.gateway.store.close();
    const res = await h.app.inject({ url: '/readyz' });
    expect(res.statusCode).toBe(503);
    expect(res.json().status).toBe('unavailable');
    await h.app.close();
    h = await startHarness(db);
  });
});
