/**
 * Bad clients and prying eyes, over real sockets where it matters: a client trickling its body
 * is cut, the call and connection caps answer 503 with Retry-After instead of resetting
 * connections, metric labels cannot be flooded, /metrics is guarded, /docs cannot be framed.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { ToolDefinition } from '../../src/core/tool.js';
import { startMetricsServer } from '../../src/rest/metrics.js';
import { createOrgWithKey, executeRequest, type Harness, startHarness } from '../support/harness.js';
import { storeTargets, type TestDatabase } from '../support/stores.js';

const sqlite = storeTargets[0] as (typeof storeTargets)[0];

/** A tool that holds its call until the test lets it go. */
function gateTool() {
  let open: () => void = () => {};
  let gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const tool: ToolDefinition<z.ZodObject> = {
    name: 'test_gate',
    category: 'Test',
    summary: 'Wait for the test.',
    description: 'A test fixture.',
    readOnly: true,
    billable: false,
    schema: z.strictObject({}),
    run: async () => {
      await gate;
      return { text: 'released' };
    },
  };
  return {
    tool,
    release: () => open(),
    reset: () => {
      gate = new Promise<void>((resolve) => {
        open = resolve;
      });
    },
  };
}

/** Opens a socket, writes `head`, then one byte of `body` every `everyMs`; resolves what came back once closed. */
function trickle(port: number, head: string, body: string, everyMs: number) {
  return new Promise<{ received: string; sentBodyBytes: number }>((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    socket.on('connect', () => {
      socket.write(head);
      timer = setInterval(() => {
        if (sent < body.length && !socket.destroyed) socket.write(body[sent++] as string);
      }, everyMs);
    });
    socket.on('data', (chunk) => {
      received += chunk.toString();
    });
    socket.on('error', reject);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ received, sentBodyBytes: sent });
    });
  });
}

describe('hardening against bad clients', () => {
  let db: TestDatabase;
  let h: Harness;
  let key: string;
  let port: number;
  const gate = gateTool();

  beforeAll(async () => {
    db = await sqlite.create();
    h = await startHarness(db, {
      tools: [gate.tool],
      env: {
        ADGATE_REQUEST_TIMEOUT_MS: '1000',
        ADGATE_HEADERS_TIMEOUT_MS: '500',
        ADGATE_MAX_CALLS_IN_FLIGHT: '3',
        ADGATE_MAX_CONNECTIONS: '20',
      },
    });
    ({ key } = await createOrgWithKey(h.gateway, 'max'));
    const url = new URL(await h.app.listen({ port: 0, host: '127.0.0.1' }));
    port = Number(url.port);
  });
  afterAll(async () => {
    gate.release();
    await h.close();
    await db.cleanup();
  });

  it('cuts a client that trickles its body, long before the body would be complete', async () => {
    const body = JSON.stringify({ arguments: { pad: 'x'.repeat(200) } });
    const head = [
      'POST /api/v1/tools/get_usage_status/execute HTTP/1.1',
      'Host: 127.0.0.1',
      `Authorization: Bearer ${key}`,
      'Content-Type: application/json',
      `Content-Length: ${body.length}`,
      '',
      '',
    ].join('\r\n');
    // At one byte per 100 ms the body would take over 20 s; the request timeout is 1 s.
    const { received, sentBodyBytes } = await trickle(port, head, body, 100);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(sentBodyBytes).toBeLessThan(body.length);
  });

  it('cuts a client that never finishes its headers', async () => {
    const { received } = await trickle(
      port,
      'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n',
      'X-Slow: 1'.repeat(50),
      100,
    );
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });

  it('answers 503 with Retry-After past the cap of calls in flight, and resets nothing', async () => {
    const call = () =>
      fetch(`http://127.0.0.1:${port}/api/v1/tools/test_gate/execute`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ arguments: {} }),
      });
    const held = [call(), call(), call()];
    await vi.waitFor(() => expect(h.app.load.inFlight()).toBe(3), { timeout: 10_000 });
    const over = await Promise.all(Array.from({ length: 7 }, call));
    for (const res of over) {
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('1');
      expect(await res.json()).toMatchObject({ success: false, error_code: 'service_unavailable' });
    }
    // Health checks are never refused: a balancer must see a busy instance as alive.
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    gate.release();
    for (const res of await Promise.all(held)) expect(res.status).toBe(200);
    await vi.waitFor(() => expect(h.app.load.inFlight()).toBe(0));
    gate.reset();
  });
});

describe('the connection cap', () => {
  let db: TestDatabase;
  let h: Harness;
  let port: number;

  beforeAll(async () => {
    db = await sqlite.create();
    h = await startHarness(db, { env: { ADGATE_MAX_CONNECTIONS: '2' } });
    port = Number(new URL(await h.app.listen({ port: 0, host: '127.0.0.1' })).port);
  });
  afterAll(async () => {
    await h.close();
    await db.cleanup();
  });

  it('answers 503 with Retry-After and closes the connection beyond the cap', async () => {
    const idle = [net.connect(port, '127.0.0.1'), net.connect(port, '127.0.0.1')];
    await vi.waitFor(() => expect(h.app.load.connections()).toBe(2));
    const { received } = await trickle(
      port,
      'GET /openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
      '',
      1000,
    );
    expect(received).toMatch(/^HTTP\/1\.1 503/);
    expect(received).toMatch(/\r\nretry-after: 1\r\n/i);
    expect(received).toMatch(/\r\nconnection: close\r\n/i);
    expect(received).toContain('"error_code":"service_unavailable"');
    for (const socket of idle) socket.destroy();
  });
});

describe('metrics that cannot be flooded, served only where configured', () => {
  const token = 'a-metrics-token-0123456789abcdef';
  let db: TestDatabase;
  let h: Harness;
  let key: string;
  const auth = { authorization: `Bearer ${token}` };

  beforeAll(async () => {
    db = await sqlite.create();
    h = await startHarness(db, { env: { ADGATE_METRICS_TOKEN: token, ADGATE_METRICS_PORT: '0' } });
    ({ key } = await createOrgWithKey(h.gateway, 'max'));
  });
  afterAll(async () => {
    await h.close();
    await db.cleanup();
  });

  const series = (body: string) => body.split('\n').filter((line) => line.startsWith('adgate_tool_call'));

  it('keeps the label series bounded after 10,000 calls to random tool names', async () => {
    await executeRequest(h.app, 'made_up_0', key, { arguments: {} });
    const before = series((await h.app.inject({ url: '/metrics', headers: auth })).body).length;
    for (let batch = 0; batch < 20; batch++) {
      await Promise.all(
        Array.from({ length: 500 }, (_, i) =>
          executeRequest(h.app, `made_up_${batch}_${i}_${Math.random().toString(36).slice(2)}`, key, {
            arguments: {},
          }),
        ),
      );
    }
    const body = (await h.app.inject({ url: '/metrics', headers: auth })).body;
    expect(series(body).length).toBe(before);
    expect(body).toMatch(
      /adgate_tool_calls_total\{tool="\(unknown\)",status="404",error_code="tool_not_found",transport="rest"\} 10001/,
    );
    expect(body).not.toContain('made_up_');
  }, 120_000);

  it('asks for the metrics token on the API port', async () => {
    expect((await h.app.inject({ url: '/metrics' })).statusCode).toBe(401);
    const wrong = await h.app.inject({
      url: '/metrics',
      headers: { authorization: 'Bearer not-the-token-at-all' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ error_code: 'unauthenticated' });
    expect((await h.app.inject({ url: '/metrics', headers: auth })).statusCode).toBe(200);
  });

  it('serves them on a port of their own, with the token as well when one is set', async () => {
    const server = await startMetricsServer(h.gateway);
    try {
      const address = server?.server.address() as net.AddressInfo;
      const url = `http://127.0.0.1:${address.port}/metrics`;
      expect((await fetch(url)).status).toBe(401);
      const res = await fetch(url, { headers: auth });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('adgate_tool_calls_total');
    } finally {
      await server?.close();
    }
  });

  it('does not serve them at all when neither a token nor a port is configured', async () => {
    const plain = await startHarness(db);
    try {
      expect((await plain.app.inject({ url: '/metrics' })).statusCode).toBe(404);
    } finally {
      await plain.close();
    }
  });
});

describe('/docs cannot be framed and runs under a strict CSP', () => {
  let db: TestDatabase;
  let h: Harness;

  beforeAll(async () => {
    db = await sqlite.create();
    h = await startHarness(db);
  });
  afterAll(async () => {
    await h.close();
    await db.cleanup();
  });

  it.each(['/docs', '/docs/static/swagger-ui.css', '/docs/static/swagger-initializer.js'])(
    '%s',
    async (url) => {
      const res = await h.app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).not.toContain('unsafe-eval');
    },
  );

  it('other pages cannot be framed either', async () => {
    const res = await h.app.inject({ url: '/openapi.json' });
    expect(res.headers['x-frame-options']).toBe('DENY');
  });
});
