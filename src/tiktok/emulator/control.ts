/**
 * The control API under /__emulator/, so that a separately running emulator (`adgate emulator`)
 * can be driven by test scripts and the demo: read what was created, inject and clear faults,
 * revoke a token, reset. Plain JSON here, not TikTok's envelope: these are not TikTok's paths.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { type FaultRegistry, faultSpecSchema } from './faults.js';
import { stringifyJson } from './json.js';
import { RequestBody } from './router.js';
import type { EmulatorStore } from './store.js';

export const CONTROL_PREFIX = '/__emulator';

export interface ControlDeps {
  store: EmulatorStore;
  faults: FaultRegistry;
  revokeToken(token: string): boolean;
  reset(): void;
}

/** The state as JSON: created ad groups (request bodies exact, big integers unquoted), counts, log. */
export function stateSnapshot(store: EmulatorStore, faults: FaultRegistry): Record<string, unknown> {
  return {
    adgroups: [...store.adgroups.values()]
      .filter((a) => !a.seeded)
      .map((a) => ({
        adgroup_id: a.adgroupId,
        advertiser_id: a.advertiserId,
        campaign_id: a.campaignId,
        request_id: a.requestId ?? null,
        created_at: a.createdAt.toISOString(),
        dedup_hits: a.dedupHits,
        ignored_fields: a.ignoredFields,
        body: a.body,
        saved: a.saved,
      })),
    request_counts: { ...store.requestCounts },
    requests: store.requestLog,
    faults: faults.list(),
    revoked_tokens: store.seed.tokens.filter((t) => t.status === 'revoked').map((t) => t.token),
  };
}

const injectSchema = z.union([
  z.object({ path: z.string().min(1), fault: faultSpecSchema }),
  z.intersection(z.object({ path: z.string().min(1) }), faultSpecSchema),
]);

function sendJson(reply: FastifyReply, status: number, value: unknown): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(stringifyJson(value));
}

function bodyOf(body: unknown): unknown {
  return body instanceof RequestBody ? body.value : body;
}

export function registerControlRoutes(app: FastifyInstance, deps: ControlDeps): void {
  app.get(`${CONTROL_PREFIX}/state`, async (_request, reply) =>
    sendJson(reply, 200, stateSnapshot(deps.store, deps.faults)),
  );

  app.get(`${CONTROL_PREFIX}/faults`, async (_request, reply) =>
    sendJson(reply, 200, { faults: deps.faults.list() }),
  );

  app.post(`${CONTROL_PREFIX}/faults`, async (request, reply) => {
    const parsed = injectSchema.safeParse(bodyOf(request.body));
    if (!parsed.success) {
      return sendJson(reply, 400, {
        error:
          'Expected {"path": "/adgroup/create/", "kind": "latency|http_status|code|reset|commit_then_timeout", ...}',
        issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      });
    }
    const { path, ...rest } = parsed.data as { path: string; fault?: unknown };
    const spec = faultSpecSchema.parse('fault' in rest ? rest.fault : rest);
    return sendJson(reply, 201, { fault: deps.faults.inject(path, spec) });
  });

  app.delete(`${CONTROL_PREFIX}/faults`, async (request, reply) => {
    const path = (request.query as Record<string, string | undefined>).path;
    return sendJson(reply, 200, { cleared: deps.faults.clear(path || undefined) });
  });

  app.post(`${CONTROL_PREFIX}/tokens/revoke`, async (request, reply) => {
    const body = bodyOf(request.body) as { token?: unknown } | undefined;
    if (typeof body?.token !== 'string') return sendJson(reply, 400, { error: 'Expected {"token": "..."}' });
    return sendJson(reply, 200, { revoked: deps.revokeToken(body.token) });
  });

  app.post(`${CONTROL_PREFIX}/reset`, async (_request, reply) => {
    deps.reset();
    return sendJson(reply, 200, { ok: true });
  });
}
