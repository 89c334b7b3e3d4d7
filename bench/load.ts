/** The load generator (autocannon, in the bench's own process): as fast as possible, or at a fixed rate. */
import autocannon from 'autocannon';

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
  /** Requests per second over all connections; closed loop (as fast as answers come) when absent. */
  rate?: number;
  /** Stop after this many requests instead of after `durationS`. */
  amount?: number;
}

export async function load(target: LoadTarget, options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    connections: options.connections,
    duration: options.durationS,
    ...(options.rate ? { overallRate: options.rate } : {}),
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
