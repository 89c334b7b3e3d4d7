/**
 * What keeps slow or greedy clients from hurting the others (configuration in
 * `config.server`): timeouts for a request's headers and for the whole request (a client that
 * trickles its body is cut), a cap on open connections and one on requests in flight. Beyond a
 * cap the answer is a clean 503 with `Retry-After` (and, past the connection cap, the connection
 * is closed after it), so overload degrades instead of resetting connections. A hard connection
 * limit at twice the cap backs this up against floods that never send a request.
 */
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { ScaleConfig } from '../config-scale.js';
import { errorEnvelope } from '../core/envelope.js';
import { AppError } from '../errors.js';

type ServerLimits = ScaleConfig['server'];

/** Fastify's options for these timeouts; Node checks them every `connectionsCheckingInterval`. */
export function serverTimeouts(limits: ServerLimits): Partial<FastifyServerOptions> {
  const check = Math.max(100, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4)));
  return {
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    http: {
      headersTimeout: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: check,
    },
  } as Partial<FastifyServerOptions>;
}

/** Health checks stay answerable under load: a balancer must see a saturated instance as alive. */
const EXEMPT = new Set(['/healthz', '/readyz']);

const overCap = new WeakSet<Socket>();

function refusal(message: string): AppError {
  return new AppError('service_unavailable', message, { retryAfterSeconds: 1 });
}

export interface LoadGauge {
  /** Requests being handled now. */
  inFlight(): number;
  connections(): number;
}

export function registerProtection(app: FastifyInstance, limits: ServerLimits): LoadGauge {
  let inFlight = 0;
  let connections = 0;
  app.server.maxConnections = limits.maxConnections * 2;
  app.server.on('connection', (socket: Socket) => {
    connections++;
    if (connections > limits.maxConnections) overCap.add(socket);
    socket.once('close', () => {
      connections--;
    });
  });

  app.addHook('onRequest', async (request, reply) => {
    if (EXEMPT.has(request.url)) return;
    let error: AppError | undefined;
    if (overCap.has(request.raw.socket)) {
      error = refusal('This gateway instance has too many open connections; call again in a moment.');
      reply.header('connection', 'close');
    } else if (inFlight >= limits.maxCallsInFlight) {
      error = refusal('This gateway instance is at its limit of calls in flight; call again in a moment.');
    }
    if (error) {
      request.callLog = { tool: '', errorCode: error.code, replayed: false, billed: false };
      return reply
        .code(error.status)
        .header('retry-after', String(error.retryAfterSeconds))
        .type('application/json')
        .send(JSON.stringify(errorEnvelope(error, '', request.id)));
    }
    inFlight++;
    // 'close' comes once whatever the end: answered, hijacked (MCP) or abandoned by the client.
    reply.raw.once('close', () => {
      inFlight--;
    });
  });

  return { inFlight: () => inFlight, connections: () => connections };
}
