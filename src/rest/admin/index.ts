/**
 * `/api/v1/admin/...`: managing organisations, keys, usage, connections and the audit log over
 * HTTP, for operators. Admin keys only (`sk_admin_...`): a tool key is refused here as an admin key
 * is refused on tools. Errors use the one error envelope; successes are `{"success": true, "data"}`.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { enforceRateLimit } from '../../core/rate-limiter.js';
import { AppError } from '../../errors.js';
import type { Gateway } from '../../gateway.js';
import { adminRoutes } from './routes.js';

function parse(schema: z.ZodObject | undefined, value: unknown, where: string): Record<string, unknown> {
  if (schema === undefined) {
    const empty =
      value === undefined ||
      value === null ||
      (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);
    if (!empty) throw new AppError('invalid_request', `This endpoint takes no ${where}.`);
    return {};
  }
  const result = schema.safeParse(value ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || where}: ${i.message}`);
    throw new AppError('invalid_request', `The ${where} is not valid: ${problems.join('; ')}.`, {
      details: { issues: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) },
    });
  }
  return result.data as Record<string, unknown>;
}

export async function registerAdminRoutes(app: FastifyInstance, gateway: Gateway): Promise<void> {
  for (const route of adminRoutes) {
    app.route({
      method: route.method,
      url: route.path,
      handler: async (request: FastifyRequest, reply) => {
        const admin = await gateway.adminKeys.authenticate(request.headers.authorization);
        enforceRateLimit(gateway.rateLimiter, admin.adminKeyId);
        request.callLog = { tool: '', replayed: false, billed: false };
        const data = await route.handle(gateway, {
          params: request.params as Record<string, string>,
          body: parse(route.body, request.body, 'body'),
          query: parse(route.query, request.query, 'query'),
        });
        return reply
          .code(route.status ?? 200)
          .type('application/json')
          .send(JSON.stringify({ success: true, data }));
      },
    });
  }
}
