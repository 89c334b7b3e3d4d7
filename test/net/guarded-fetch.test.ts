/**
 * The guarded fetcher against local servers: loopback refused unless the operator allows it, each
 * redirect hop checked again, a bounded number of redirects, and caps on bytes and time.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { type FetchPolicy, FetchRefused, GuardedFetcher } from '../../src/net/guarded-fetch.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const LOCAL: FetchPolicy = {
  allowPrivate: ['127.0.0.1/32'],
  allowHttp: true,
  maxRedirects: 3,
  timeoutMs: 5_000,
};

async function refusal(promise: Promise<unknown>): Promise<FetchRefused> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchRefused);
  return error as FetchRefused;
}

describe('guarded fetcher', () => {
  let server: Server;
  let base: string;
  const hits: string[] = [];
  const routes: Record<string, Handler> = {
    '/video.mp4': (_req, res) =>
      res.writeHead(200, { 'content-type': 'video/mp4' }).end(Buffer.alloc(1000, 1)),
    '/to-metadata': (_req, res) =>
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
    '/to-private': (_req, res) => res.writeHead(301, { location: 'http://10.0.0.5/file' }).end(),
    '/to-video': (_req, res) => res.writeHead(307, { location: '/video.mp4' }).end(),
    '/to-nowhere': (_req, res) => res.writeHead(302, { location: 'http://exa mple.com/' }).end(),
    '/big-declared': (_req, res) =>
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': '5000' }).end(Buffer.alloc(5000)),
    '/big-chunked': (_req, res) => {
      res.writeHead(200, { 'content-type': 'video/mp4' });
      for (let i = 0; i < 10; i++) res.write(Buffer.alloc(1000, i));
      res.end();
    },
    '/missing': (_req, res) => res.writeHead(404).end('no'),
    // Accepts the request and never answers.
    '/silent': () => {},
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = req.url ?? '/';
      hits.push(path);
      const loop = /^\/loop\/(\d+)$/.exec(path);
      if (loop) {
        res.writeHead(302, { location: `/loop/${Number(loop[1]) + 1}` }).end();
        return;
      }
      (routes[path] ?? ((_q, r) => r.writeHead(404).end()))(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('refuses loopback by default, by IP and by a name that resolves to it, before connecting', async () => {
    const strict = new GuardedFetcher({ ...LOCAL, allowPrivate: false });
    const before = hits.length;
    const byIp = await refusal(strict.get(`${base}/video.mp4`, { maxBytes: 10_000 }));
    expect(byIp.reason).toBe('private_address');
    expect(byIp.message).toMatch(/127\.0\.0\.1, in the loopback range/);
    expect(byIp.message).toContain('ADGATE_FETCH_ALLOW_PRIVATE');
    const port = new URL(base).port;
    const byName = await refusal(strict.get(`http://localhost:${port}/video.mp4`, { maxBytes: 10_000 }));
    expect(byName.reason).toBe('private_address');
    expect(byName.message).toMatch(/localhost \((127\.0\.0\.1|::1)\), in the loopback range/);
    expect(hits.length).toBe(before);
  });

  it('refuses plain http unless the operator allows it', async () => {
    const httpsOnly = new GuardedFetcher({ ...LOCAL, allowHttp: false });
    const error = await refusal(httpsOnly.get(`${base}/video.mp4`, { maxBytes: 10_000 }));
    expect(error.reason).toBe('scheme');
    expect(error.message).toMatch(/must use https:\/\//);
  });

  it('reads an allowed URL, following a redirect', async () => {
    const fetcher = new GuardedFetcher(LOCAL);
    const got = await fetcher.get(`${base}/to-video`, { maxBytes: 10_000 });
    expect(got).toMatchObject({ status: 200, contentType: 'video/mp4', complete: true });
    expect(got.url).toBe(`${base}/video.mp4`);
    expect(got.body.length).toBe(1000);
  });

  it('checks every redirect hop: a redirect to link-local or private space is refused', async () => {
    const fetcher = new GuardedFetcher(LOCAL);
    const metadata = await refusal(fetcher.get(`${base}/to-metadata`, { maxBytes: 10_000 }));
    expect(metadata.reason).toBe('private_address');
    expect(metadata.message).toMatch(/169\.254\.169\.254, in the link-local range/);
    const privateHop = await refusal(fetcher.get(`${base}/to-private`, { maxBytes: 10_000 }));
    expect(privateHop.message).toMatch(/10\.0\.0\.5, in the private range/);
  });

  it('refuses a redirect to a Location that is not a URL, saying so', async () => {
    const fetcher = new GuardedFetcher(LOCAL);
    const error = await refusal(fetcher.get(`${base}/to-nowhere`, { maxBytes: 10_000 }));
    expect(error.reason).toBe('invalid_url');
    expect(error.message).toMatch(/redirects to http:\/\/exa mple\.com\/, which is not a valid URL/);
  });

  it('refuses IPv6 spellings of loopback and the unspecified address, before connecting', async () => {
    const strict = new GuardedFetcher({ ...LOCAL, allowPrivate: false });
    const port = new URL(base).port;
    const before = hits.length;
    const spellings: Array<[string, RegExp]> = [
      ['[::ffff:127.0.0.1]', /in the loopback range/],
      ['[::127.0.0.1]', /in the IPv4-compatible range/],
      ['[::1]', /in the loopback range/],
      ['0', /0\.0\.0\.0, in the unspecified range/],
    ];
    for (const [host, message] of spellings) {
      const error = await refusal(strict.get(`http://${host}:${port}/video.mp4`, { maxBytes: 10 }));
      expect(error.reason).toBe('private_address');
      expect(error.message).toMatch(message);
    }
    expect(hits.length).toBe(before);
  });

  it('follows at most the configured number of redirects', async () => {
    const fetcher = new GuardedFetcher({ ...LOCAL, maxRedirects: 2 });
    const before = hits.length;
    const error = await refusal(fetcher.get(`${base}/loop/0`, { maxBytes: 10_000 }));
    expect(error.reason).toBe('too_many_redirects');
    expect(error.message).toMatch(/more than 2 times/);
    expect(hits.slice(before)).toEqual(['/loop/0', '/loop/1', '/loop/2']);
  });

  it('caps the bytes read: declared or streamed, or stops early when peeking', async () => {
    const fetcher = new GuardedFetcher(LOCAL);
    const declared = await refusal(fetcher.get(`${base}/big-declared`, { maxBytes: 4000 }));
    expect(declared.reason).toBe('too_large');
    expect(declared.message).toMatch(/larger than 4000 bytes/);
    const streamed = await refusal(fetcher.get(`${base}/big-chunked`, { maxBytes: 4000 }));
    expect(streamed.reason).toBe('too_large');
    const peeked = await fetcher.get(`${base}/big-declared`, { maxBytes: 100, peek: true });
    expect(peeked).toMatchObject({ complete: false, declaredSize: 5000 });
    expect(peeked.body.length).toBe(100);
  });

  it('gives up on a server that never answers', async () => {
    const fetcher = new GuardedFetcher({ ...LOCAL, timeoutMs: 200 });
    const error = await refusal(fetcher.get(`${base}/silent`, { maxBytes: 10_000 }));
    expect(error.reason).toBe('timeout');
    expect(error.message).toMatch(/did not answer within 200 ms/);
  });

  it('names an HTTP error and a host that does not resolve', async () => {
    const fetcher = new GuardedFetcher({ ...LOCAL, allowPrivate: true });
    const missing = await refusal(fetcher.get(`${base}/missing`, { maxBytes: 10_000 }));
    expect(missing).toMatchObject({ reason: 'http_status', message: expect.stringMatching(/HTTP 404/) });
    const nowhere = await refusal(fetcher.get('http://no-such-host.invalid/x', { maxBytes: 10 }));
    expect(nowhere.reason).toBe('unresolvable');
  });

  it('reads its policy from the configuration', () => {
    expect(loadConfig({}).fetch).toEqual({
      allowPrivate: false,
      allowHttp: false,
      maxRedirects: 3,
      timeoutMs: 10_000,
    });
    expect(
      loadConfig({ ADGATE_FETCH_ALLOW_PRIVATE: '10.1.0.0/16, fd00::/8', ADGATE_FETCH_ALLOW_HTTP: 'true' })
        .fetch,
    ).toMatchObject({ allowPrivate: ['10.1.0.0/16', 'fd00::/8'], allowHttp: true });
    expect(loadConfig({ ADGATE_FETCH_ALLOW_PRIVATE: 'true' }).fetch.allowPrivate).toBe(true);
    expect(() => loadConfig({ ADGATE_FETCH_ALLOW_PRIVATE: 'intranet' })).toThrow(ConfigError);
    expect(() => loadConfig({ ADGATE_FETCH_ALLOW_HTTP: 'yes' })).toThrow(/true or false/);
  });
});
