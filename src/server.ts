/**
 * Runs the gateway as a long-lived HTTP server: build, listen, purge expired idempotency records
 * in the background, and shut down cleanly.
 *
 * Drain (SIGTERM): stop accepting connections, answer 503 to new requests on open ones, refuse the
 * calls still waiting for TikTok capacity (nothing was sent for them: their quota and key are
 * released), let the calls already at TikTok finish, for at most `ADGATE_SHUTDOWN_TIMEOUT_MS`;
 * then close. A call cut by that bound keeps its key in flight until its lease (seconds) ends,
 * and its quota reservation until it expires: a retry reconciles it.
 */
import v8 from 'node:v8';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { createGateway, type Gateway, type GatewayOptions } from './gateway.js';
import { guardSharedDatabase } from './limits/instance-guard.js';
import { buildApp } from './rest/app.js';
import { startMetricsServer } from './rest/metrics.js';

const PURGE_EVERY_MS = 10 * 60 * 1000;

/**
 * How much V8 lets the old generation grow past what the last full collection kept (percent).
 * A call in flight lives for its upstream's seconds, so everything it allocates is promoted; V8's
 * own choice (up to 4x the live heap under a high allocation rate) then let 10,000 calls in flight
 * reach about 700 MiB, two thirds of it already garbage (bench/inflight.ts; docs/scaling.md).
 * 1.5x keeps the peak under 512 MB for a few more collections. An operator who starts node with
 * its own `--heap-growing-percent` keeps it.
 */
const HEAP_GROWING_PERCENT = 50;

/**
 * The flag to set, or undefined when the operator chose one: on node's command line or in
 * `NODE_OPTIONS` (which `process.execArgv` does not show).
 */
export function heapGrowthFlag(
  execArgv: readonly string[],
  nodeOptions: string | undefined,
): string | undefined {
  const given = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)];
  if (given.some((arg) => /^--heap[-_]growing[-_]percent\b/.test(arg))) return undefined;
  return `--heap-growing-percent=${HEAP_GROWING_PERCENT}`;
}

function boundHeapGrowth(): void {
  const flag = heapGrowthFlag(process.execArgv, process.env.NODE_OPTIONS);
  // A V8 flag read at every full collection, so setting it once the process runs takes effect.
  if (flag) v8.setFlagsFromString(flag);
}

export interface RunningServer {
  url: string;
  gateway: Gateway;
  app: FastifyInstance;
  /** Drains (see above) and closes; resolves `true` when everything in flight finished. */
  close(): Promise<boolean>;
}

export async function startServer(config: Config, options: GatewayOptions = {}): Promise<RunningServer> {
  boundHeapGrowth();
  const gateway = await createGateway(config, options);
  let guard: Awaited<ReturnType<typeof guardSharedDatabase>> | undefined;
  let metrics: FastifyInstance | undefined;
  let app: FastifyInstance | undefined;
  let url: string;
  try {
    guard = await guardSharedDatabase(config, gateway.store, gateway.logger);
    app = await buildApp(gateway);
    url = await app.listen({ port: config.port, host: config.host, backlog: 4096 });
    metrics = await startMetricsServer(gateway);
  } catch (error) {
    await app?.close();
    await guard?.release();
    await gateway.close();
    throw error;
  }
  const server = app;
  if (gateway.limits.backend === 'memory' && gateway.store.db.dialect === 'postgres') {
    gateway.logger.warn(
      'ADGATE_REDIS_URL is not set: the limits live in this process, so this must stay the only instance on this database (a second one is refused).',
    );
  }
  const purge = setInterval(() => {
    gateway.idempotency
      .purgeExpired()
      .then((count) => count > 0 && gateway.logger.info({ count }, 'purged expired idempotency records'))
      .catch((error) => gateway.logger.warn({ err: error }, 'could not purge idempotency records'));
  }, PURGE_EVERY_MS);
  purge.unref();

  const drain = async (): Promise<boolean> => {
    clearInterval(purge);
    const closing = server.close();
    gateway.limits.capacity.close();
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), config.server.shutdownTimeoutMs);
    });
    const drained = await Promise.race([closing.then(() => true as const), bound]);
    clearTimeout(timer);
    if (!drained) {
      gateway.logger.warn(
        { in_flight: server.load.inFlight() },
        'shutdown bound reached with calls still in flight; their keys are released when their leases end',
      );
      server.server.closeAllConnections();
    }
    await metrics?.close();
    await guard?.release();
    await gateway.close();
    return drained;
  };
  return { url, gateway, app: server, close: drain };
}
