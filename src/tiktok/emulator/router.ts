/**
 * Transport for every TikTok endpoint: the order in which a request meets faults, the token
 * check, the QPS limit and the handler, and how the answer leaves (TikTok's envelope, HTTP 200,
 * a fresh log id, big integers unquoted).
 *
 * Order: count → injected faults (latency, then a pre-empting outcome) → Access-Token → QPS →
 * handler → post-commit faults (reset after commit, commit then time out) → answer.
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readId } from './endpoints/params.js';
import type { EmulatorSettings, EndpointContext, EndpointDef } from './endpoints/types.js';
import { CODES, defaultMessage, envelope, newLogId, TikTokError } from './envelope.js';
import { API_PREFIX, type FaultRegistry } from './faults.js';
import { type JsonValue, parseJson, stringifyJson } from './json.js';
import type { SeedAdvertiser, SeedToken } from './seed.js';
import type { EmulatorStore, RequestLogEntry } from './store.js';
import type { SlidingWindowLimiter } from './throttle.js';

export interface RouterDeps {
  store: EmulatorStore;
  faults: FaultRegistry;
  limiter: SlidingWindowLimiter;
  settings: EmulatorSettings;
  /** Sockets held open by commit_then_timeout, destroyed when the emulator closes. */
  hung: Set<Socket>;
}

/** A request body as received: its text, and its JSON value or why it is not JSON. */
export class RequestBody {
  constructor(
    readonly text: string,
    readonly value: JsonValue | undefined,
    readonly error: string | undefined,
  ) {}
}

/** Replaces Fastify's JSON parser so that unquoted big integers in bodies stay exact. */
export function installJsonParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, text, done) => {
    const source = String(text);
    if (source.trim() === '') return done(null, new RequestBody(source, undefined, undefined));
    try {
      done(null, new RequestBody(source, parseJson(source), undefined));
    } catch (error) {
      done(null, new RequestBody(source, undefined, (error as Error).message));
    }
  });
}

/** Unknown paths, including a known path without its trailing slash: a bare 404, as TikTok. */
export function installTransportErrors(app: FastifyInstance): void {
  app.setNotFoundHandler((_request, reply) => {
    void reply
      .code(404)
      .header('X-Tt-Logid', newLogId())
      .type('text/plain; charset=utf-8')
      .send('404 page not found');
  });
  app.setErrorHandler((error: { statusCode?: number; message: string }, _request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    void reply
      .code(status)
      .header('X-Tt-Logid', newLogId())
      .type('text/plain; charset=utf-8')
      .send(`${status} ${error.message}`);
  });
}

export function registerApiRoutes(
  app: FastifyInstance,
  endpoints: readonly EndpointDef[],
  deps: RouterDeps,
): void {
  for (const def of endpoints) {
    app.route({
      method: def.method,
      url: `${API_PREFIX}${def.path}`,
      handler: (request, reply) => serve(def, request, reply, deps),
    });
  }
}

interface Answer {
  code: number;
  message: string;
  data: unknown;
}

async function serve(
  def: EndpointDef,
  request: FastifyRequest,
  reply: FastifyReply,
  deps: RouterDeps,
): Promise<FastifyReply> {
  const { store, faults } = deps;
  store.countRequest(def.path);
  const plan = faults.take(def.path);
  if (plan.latencyMs > 0) await sleep(plan.latencyMs);
  const outcome = plan.outcome;
  const logId = newLogId();
  const log = (entry: Omit<RequestLogEntry, 'seq' | 'at' | 'method' | 'path' | 'logId' | 'fault'>) =>
    store.log({
      method: def.method,
      path: def.path,
      logId,
      fault: outcome?.kind ?? (plan.latencyMs > 0 ? 'latency' : undefined),
      ...entry,
    });

  if (outcome?.kind === 'http_status') {
    const { status, body, contentType } = outcome;
    reply.code(status).header('X-Tt-Logid', logId);
    if (body === undefined) {
      const reason = STATUS_CODES[status] ?? 'Error';
      reply.type(contentType ?? 'text/html; charset=utf-8');
      void reply.send(
        `<html><head><title>${status} ${reason}</title></head><body><h1>${status} ${reason}</h1></body></html>`,
      );
    } else if (typeof body === 'string') {
      void reply.type(contentType ?? 'text/plain; charset=utf-8').send(body);
    } else {
      void reply.type(contentType ?? 'application/json; charset=utf-8').send(stringifyJson(body));
    }
    log({ outcome: 'http_status', httpStatus: status });
    return reply;
  }
  if (outcome?.kind === 'code') {
    const message = outcome.message ?? defaultMessage(outcome.code);
    sendEnvelope(reply, logId, { code: outcome.code, message, data: {} });
    log({ outcome: 'answered', httpStatus: 200, code: outcome.code });
    return reply;
  }
  if (outcome?.kind === 'reset' && !outcome.afterCommit) {
    destroyConnection(request, reply);
    log({ outcome: 'reset' });
    return reply;
  }

  const answer = await runEndpoint(def, request, deps);

  if (outcome?.kind === 'commit_then_timeout') {
    hang(request, reply, deps, outcome.hangMs);
    log({ outcome: 'hung', code: answer.code });
    return reply;
  }
  if (outcome?.kind === 'reset') {
    destroyConnection(request, reply);
    log({ outcome: 'reset', code: answer.code });
    return reply;
  }
  sendEnvelope(reply, logId, answer);
  log({ outcome: 'answered', httpStatus: 200, code: answer.code });
  return reply;
}

function sendEnvelope(reply: FastifyReply, logId: string, answer: Answer): void {
  void reply
    .code(200)
    .header('X-Tt-Logid', logId)
    .header('x-tt-trace-id', logId.slice(-16).toLowerCase())
    .type('application/json; charset=utf-8')
    .send(stringifyJson(envelope(answer.code, answer.message, logId, answer.data)));
}

async function runEndpoint(def: EndpointDef, request: FastifyRequest, deps: RouterDeps): Promise<Answer> {
  const { store, settings, limiter } = deps;
  try {
    let token: SeedToken | undefined;
    if ((def.auth ?? 'token') === 'token') {
      token = authenticate(request, store);
      if (!limiter.tryAcquire(token.app_id)) {
        throw new TikTokError(
          CODES.RATE_LIMITED,
          `Requests too frequent. App ${token.app_id} exceeded its limit of ${limiter.qps} requests per second. Please retry later.`,
        );
      }
      if (def.scope !== undefined && !token.scope.includes(def.scope)) {
        throw new TikTokError(
          CODES.NO_PERMISSION,
          'No permission to perform this operation: the access token lacks the required permission scope.',
        );
      }
    }

    let body: Record<string, JsonValue> = {};
    let rawBody = '';
    if (def.method === 'POST') {
      const received = request.body;
      if (!(received instanceof RequestBody) || received.value === undefined) {
        const problem = received instanceof RequestBody ? received.error : undefined;
        throw new TikTokError(
          CODES.PARAM_ERROR,
          problem
            ? `The request body is not valid JSON: ${problem}.`
            : 'The request body must be a JSON object (Content-Type: application/json).',
        );
      }
      const value = received.value;
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new TikTokError(CODES.PARAM_ERROR, 'The request body must be a JSON object.');
      }
      body = value;
      rawBody = received.text;
    }

    const ctx: EndpointContext = {
      store,
      settings,
      query: flattenQuery(request.query),
      body,
      rawBody,
      token,
      now: settings.now(),
      advertiser: (field, value) => resolveAdvertiser(store, token, field, value),
    };
    const data = await def.handle(ctx);
    return { code: CODES.OK, message: 'OK', data };
  } catch (error) {
    if (error instanceof TikTokError) return { code: error.code, message: error.message, data: {} };
    // A bug in the emulator: answer as TikTok's system error would, but say whose bug it is.
    return {
      code: CODES.SYSTEM_ERROR,
      message: `System error (emulator bug: ${(error as Error).message})`,
      data: {},
    };
  }
}

function authenticate(request: FastifyRequest, store: EmulatorStore): SeedToken {
  const header = request.headers['access-token'];
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) throw new TikTokError(CODES.TOKEN_MISSING);
  // A "Bearer " prefix makes the token unknown, as it does at TikTok (reference §2.2, 40105).
  const token = store.token(value);
  if (!token || token.status === 'revoked') throw new TikTokError(CODES.TOKEN_INVALID);
  return token;
}

/**
 * The reference (§2.2) gives 40106 for "the token does not match the advertiser": that is the
 * answer both for an advertiser outside the token's grant and for one that does not exist
 * (TikTok does not reveal which), and for every advertiser when the token's user is invalid.
 */
function resolveAdvertiser(
  store: EmulatorStore,
  token: SeedToken | undefined,
  field: string,
  value: JsonValue | undefined,
): SeedAdvertiser {
  if (!token) throw new TikTokError(CODES.TOKEN_MISSING);
  const id = readId(field, value);
  const advertiser = store.advertiser(id);
  if (token.status === 'core_user_invalid') {
    throw new TikTokError(
      CODES.CORE_USER_INVALID,
      'Core user is invalid: the user who authorised this access token is no longer valid.',
    );
  }
  if (!advertiser || !token.advertiser_ids.includes(id)) {
    throw new TikTokError(
      CODES.CORE_USER_INVALID,
      `Core user is invalid: the access token does not match advertiser ${id}.`,
    );
  }
  return advertiser;
}

function flattenQuery(query: unknown): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    out[key] = Array.isArray(value) ? String(value[0]) : value === undefined ? undefined : String(value);
  }
  return out;
}

function destroyConnection(request: FastifyRequest, reply: FastifyReply): void {
  reply.hijack();
  const socket = request.raw.socket;
  // A TCP RST where the platform allows it (the client sees ECONNRESET), a plain close otherwise.
  if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
  else socket.destroy();
}

function hang(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: RouterDeps,
  hangMs: number | undefined,
): void {
  reply.hijack();
  const socket = request.raw.socket;
  deps.hung.add(socket);
  const timer = hangMs === undefined ? undefined : setTimeout(() => socket.destroy(), hangMs);
  timer?.unref();
  socket.once('close', () => {
    deps.hung.delete(socket);
    if (timer) clearTimeout(timer);
  });
}
