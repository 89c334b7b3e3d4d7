/**
 * The REST transport: Fastify routes that translate HTTP to the execute pipeline and back, plus
 * health and metrics. One log line per request, written here, with no header or body in it.
 */
import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  LogController,
} from 'fastify';
import { errorEnvelope, toAppError } from '../core/envelope.js';
import { newRequestId } from '../core/ids.js';
import { AppError } from '../errors.js';
import type { Gateway } from '../gateway.js';
import { registerMcpRoute } from '../mcp/route.js';
import { registerAdminRoutes } from './admin/index.js';
import { registerConnectRoutes } from './connect/index.js';
import { registerConsoleRoutes } from './console/index.js';
import { registerDocsRoutes } from './docs/index.js';
import { fromFastifyError } from './errors.js';
import { registerMetricsRoute } from './metrics.js';
import { type LoadGauge, registerProtection, serverTimeouts } from './protection.js';
import { registerSecurityHeaders } from './security-headers.js';

const ONE_MIB = 1024 * 1024;

declare module 'fastify' {
  interface FastifyInstance {
    /** Requests and connections open now (the caps of src/rest/protection.ts). */
    load: LoadGauge;
  }
  interface FastifyRequest {
    /** Set by the execute route for the log line. */
    callLog?: {
      tool: string;
      organizationId?: string;
      errorCode?: string;
      replayed: boolean;
      billed: boolean;
    };
  }
}

/**
 * One header's value, or all of its values when it was sent more than once (which the caller
 * refuses). Read from the raw header list because Node joins repeated unknown headers with ", ".
 */
function headerValues(raw: { rawHeaders: string[] }, name: string): string | string[] | undefined {
  const values: string[] = [];
  for (let i = 0; i + 1 < raw.rawHeaders.length; i += 2) {
    if (raw.rawHeaders[i]?.toLowerCase() === name) values.push(raw.rawHeaders[i + 1] as string);
  }
  return values.length === 0 ? undefined : values.length === 1 ? values[0] : values;
}

function toolParam(params: unknown): string {
  const tool = (params as { tool?: unknown } | undefined)?.tool;
  return typeof tool === 'string' ? tool : '';
}

export async function buildApp(gateway: Gateway): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: gateway.logger as FastifyBaseLogger,
    // adgate writes its own single line per request (onResponse below).
    logController: new LogController({ disableRequestLogging: true }),
    // No child logger per request: every line adgate writes names its request_id itself, and a
    // pino child (with its bindings serialised through the redaction) cost 0.7 % of a call.
    childLoggerFactory: (logger) => logger,
    bodyLimit: ONE_MIB,
    genReqId: () => newRequestId(),
    requestIdHeader: false,
    trustProxy: false,
    ...serverTimeouts(gateway.config.server),
  });
  registerSecurityHeaders(app);

  // JSON only (API contract, section 2): anything else is 415, text/plain included.
  app.removeContentTypeParser('text/plain');

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.decorate('load', registerProtection(app, gateway.config.server));

  app.addHook('onResponse', async (request, reply) => {
    // The line's fields are gathered only when it is written (the default level, warn, skips it).
    if (!gateway.logger.isLevelEnabled('info')) return;
    const call = request.callLog;
    request.log.info(
      {
        request_id: request.id,
        method: request.method,
        route: request.routeOptions.url ?? request.url.split('?')[0],
        tool: call?.tool,
        status: reply.statusCode,
        duration_ms: Math.round(reply.elapsedTime * 10) / 10,
        organization_id: call?.organizationId,
        error_code: call?.errorCode,
        replayed: call?.replayed || undefined,
        billed: call?.billed || undefined,
      },
      'request',
    );
  });

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const appError = error instanceof AppError ? error : fromFastifyError(error);
    const safe = toAppError(appError, request.id);
    if (safe.code === 'internal_error')
      request.log.error({ err: error, request_id: request.id }, 'unhandled error');
    const tool = toolParam(request.params);
    request.callLog = { tool, errorCode: safe.code, replayed: false, billed: false };
    if (safe.retryAfterSeconds !== undefined) reply.header('retry-after', String(safe.retryAfterSeconds));
    return reply
      .code(safe.status)
      .type('application/json')
      .send(JSON.stringify(errorEnvelope(safe, tool, request.id)));
  });

  app.setNotFoundHandler(async (request, reply) => {
    const error = new AppError(
      'not_found',
      `Nothing is served at ${request.method} ${request.url.split('?')[0]}. Tools run at POST /api/v1/tools/{tool}/execute.`,
    );
    return reply
      .code(404)
      .type('application/json')
      .send(JSON.stringify(errorEnvelope(error, '', request.id)));
  });

  app.post<{ Params: { tool: string } }>('/api/v1/tools/:tool/execute', async (request, reply) => {
    const result = await gateway.executor.execute({
      toolName: request.params.tool,
      authorization: request.headers.authorization,
      idempotencyKey: headerValues(request.raw, 'idempotency-key'),
      body: request.body,
      requestId: request.id,
      transport: 'rest',
    });
    request.callLog = result.log;
    return reply.code(result.status).headers(result.headers).type('application/json').send(result.body);
  });

  await registerDocsRoutes(app, gateway);
  await registerConnectRoutes(app, gateway);
  await registerMcpRoute(app, gateway);
  await registerAdminRoutes(app, gateway);
  await registerConsoleRoutes(app, gateway);

  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/readyz', async (_request, reply) => {
    try {
      await gateway.store.ping();
      return { status: 'ready', database: gateway.store.db.dialect };
    } catch {
      reply.code(503);
      return {
        status: 'unavailable',
        database: gateway.store.db.dialect,
        reason: 'the database is not reachable',
      };
    }
  });

  registerMetricsRoute(app, gateway);

  return app;
}
