/**
 * Where `/metrics` is served (configuration in `config.metrics`, documented in the README):
 * - `ADGATE_METRICS_TOKEN` set: on the API port, to `Authorization: Bearer <token>` only;
 * - `ADGATE_METRICS_PORT` set: on a port of its own (bound to `ADGATE_METRICS_HOST`, loopback by
 *   default), for a scraper inside the private network; with a token as well, that port asks for it;
 * - neither: not served at all. The metrics are never open to anyone on the API port.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { errorEnvelope } from '../core/envelope.js';
import { AppError } from '../errors.js';
import type { Gateway } from '../gateway.js';

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1] ?? '';
  return timingSafeEqual(digest(given), digest(token));
}

function metricsHandler(gateway: Gateway) {
  const token = gateway.config.metrics.token;
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (token !== undefined && !tokenMatches(request.headers.authorization, token)) {
      const error = new AppError(
        'unauthenticated',
        '/metrics needs `Authorization: Bearer <ADGATE_METRICS_TOKEN>` (the metrics token, not an API key).',
      );
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer realm="metrics"')
        .type('application/json')
        .send(JSON.stringify(errorEnvelope(error, '', request.id)));
    }
    reply.type(gateway.metrics.registry.contentType);
    return gateway.metrics.registry.metrics();
  };
}

/** On the API port only when a token guards it. */
export function registerMetricsRoute(app: FastifyInstance, gateway: Gateway): void {
  if (gateway.config.metrics.token !== undefined) app.get('/metrics', metricsHandler(gateway));
}

/** The metrics port, when configured; resolves to its server (closed with the gateway's server). */
export async function startMetricsServer(gateway: Gateway): Promise<FastifyInstance | undefined> {
  const { port, host } = gateway.config.metrics;
  if (port === undefined) return undefined;
  const app = Fastify({ logger: false });
  app.get('/metrics', metricsHandler(gateway));
  await app.listen({ port, host });
  return app;
}
