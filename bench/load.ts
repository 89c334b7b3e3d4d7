/**
 * The load generators, in the bench's own process.
 * - As fast as answers come (closed loop): autocannon, `load`.
 * - At a fixed rate (open loop): loadtest, `loadAtRate`. autocannon's own rate option is not one: each
 *   connection sends back to back until it has sent its share of the second, then waits for the next
 *   second (`reqsMadeThisSecond` in its httpClient.js). At "half capacity" the server ran at full load
 *   for half of each second and idled for the rest, so its p99 was the closed loop's. loadtest sends
 *   one request every 1/rate seconds from a timer, whether or not earlier ones have been answered.
 */
import type http from 'node:http';
import autocannon from 'autocannon';
import { loadTest } from 'loadtest';
import { quantileSorted } from 'simple-statistics';

export interface LoadResult {
  requests_per_s: number;
  latency_p50_ms: number;
  latency_p99_ms: number;
  non_2xx: number;
  errors: number;
  ok: number;
}

export interface LoadTarget {
  url: string;
  headers: Record<string, string>;
  /** Each request's body and extra headers (a fresh Idempotency-Key, a fresh request_id). */
  next: () => { body: string; headers?: Record<string, string> };
}

export interface LoadOptions {
  durationS: number;
  connections: number;
  /** Stop after this many requests instead of after `durationS`. */
  amount?: number;
}

export async function load(target: LoadTarget, options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    connections: options.connections,
    duration: options.durationS,
    ...(options.amount ? { amount: options.amount } : {}),
    headers: { 'content-type': 'application/json', ...target.headers },
    requests: [
      {
        setupRequest: (request) => {
          const { body, headers } = target.next();
          return { ...request, body, headers: { ...request.headers, ...headers } };
        },
      },
    ],
  });
  return {
    requests_per_s: Math.round(result.requests.average),
    latency_p50_ms: result.latency.p50,
    latency_p99_ms: result.latency.p99,
    non_2xx: result.non2xx,
    errors: result.errors,
    ok: result['2xx'],
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** `rate` requests per second, evenly spaced, for `durationS`; each latency to the microsecond. */
export async function loadAtRate(
  target: LoadTarget,
  options: { durationS: number; rate: number },
): Promise<LoadResult> {
  const latencies: number[] = [];
  let ok = 0;
  let non2xx = 0;
  let errors = 0;
  // loadtest keeps whole milliseconds (floored), too coarse for a 3 ms goal: each request is timed
  // here, from its creation to its answer's last byte. loadtest calls this with its own options
  // first, then the request's (its index.d.ts has them swapped).
  const requestGenerator = (
    _options: unknown,
    params: http.RequestOptions,
    request: typeof http.request,
    callback: (response: http.IncomingMessage) => void,
  ) => {
    const { body, headers } = target.next();
    params.headers = {
      ...params.headers,
      ...target.headers,
      ...headers,
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    };
    const sent = performance.now();
    const outgoing = request(params, (response) => {
      response.once('end', () => {
        latencies.push(performance.now() - sent);
        if ((response.statusCode ?? 0) < 300) ok += 1;
        else non2xx += 1;
      });
      callback(response);
    });
    outgoing.once('error', () => {
      errors += 1;
    });
    outgoing.write(body);
    return outgoing;
  };
  const started = performance.now();
  await (loadTest as unknown as (options: object) => Promise<unknown>)({
    url: target.url,
    method: 'POST',
    requestsPerSecond: options.rate,
    maxSeconds: options.durationS,
    agentKeepAlive: true,
    quiet: true,
    requestGenerator,
  });
  const elapsedS = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const quantile = (p: number) =>
    latencies.length === 0 ? Number.NaN : round2(quantileSorted(latencies, p));
  return {
    requests_per_s: Math.round(latencies.length / elapsedS),
    latency_p50_ms: quantile(0.5),
    latency_p99_ms: quantile(0.99),
    non_2xx: non2xx,
    errors,
    ok,
  };
}
