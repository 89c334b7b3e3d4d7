/**
 * `POST /mcp`: the registry's tools over MCP (Streamable HTTP, stateless, JSON responses). Every
 * `tools/call` goes through the same execute pipeline as REST: one backend, one quota, one log.
 */
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { enforceRateLimit } from '../core/rate-limiter.js';
import type { Gateway } from '../gateway.js';
import { authenticateOrRefuse } from './auth.js';
import { callTool } from './call.js';
import { buildMcpServer } from './server.js';
import { mcpTools } from './tools.js';

function jsonRpcError(
  reply: FastifyReply,
  status: number,
  code: number,
  message: string,
  id: unknown = null,
): FastifyReply {
  return reply
    .code(status)
    .type('application/json')
    .send(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id }));
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  return value === null ? 'null' : `a ${typeof value}`;
}

/**
 * What is wrong with a `tools/call`'s params, in adgate's words, or undefined. The SDK would refuse
 * these with a bare -32603 "Internal error"; they are the caller's mistake (-32602, invalid params).
 */
function toolCallProblem(params: unknown): string | undefined {
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    return `tools/call needs params {"name": "<tool>", "arguments": {...}}; params is ${kindOf(params)}.`;
  }
  const { name, arguments: args } = params as { name?: unknown; arguments?: unknown };
  if (typeof name !== 'string' || name === '') {
    return `tools/call needs params.name, the tool's name as a string; it is ${name === undefined ? 'missing' : kindOf(name)}.`;
  }
  if (args !== undefined && (args === null || typeof args !== 'object' || Array.isArray(args))) {
    return `params.arguments must be an object of the tool's arguments by name, not ${kindOf(args)}.`;
  }
  return undefined;
}

export async function registerMcpRoute(app: FastifyInstance, gateway: Gateway): Promise<void> {
  const tools = mcpTools(gateway.registry);
  const validator = new AjvJsonSchemaValidator();

  app.post('/mcp', async (request, reply) => {
    const caller = await authenticateOrRefuse(gateway, request, reply);
    if (caller === undefined) return reply;
    // A tools/call is rate-limited by the pipeline it goes through; other requests here (not
    // notifications, which expect no answer and cost nothing).
    const message = request.body as { method?: unknown; id?: unknown } | null;
    if (message?.id !== undefined && message.method !== 'tools/call') {
      await enforceRateLimit(gateway.rateLimiter, caller.keyId);
    }
    if (Array.isArray(request.body)) {
      // One message per request keeps one request id, one call and one log line together
      // (MCP dropped JSON-RPC batches in its 2025-06-18 revision).
      return jsonRpcError(
        reply,
        400,
        -32600,
        'Send one JSON-RPC message per request; batches are not accepted.',
      );
    }
    if (message?.method === 'tools/call') {
      const problem = toolCallProblem((message as { params?: unknown }).params);
      if (problem !== undefined) return jsonRpcError(reply, 200, -32602, problem, message.id ?? null);
    }
    const server = buildMcpServer({
      tools,
      validator,
      callTool: (params, progress) =>
        callTool(gateway, params, {
          progress,
          authorization: request.headers.authorization,
          requestId: request.id,
          organizationId: caller.organizationId,
          idempotencyHeader: request.headers['idempotency-key'] !== undefined,
          onLog: (log) => {
            request.callLog = log;
          },
        }),
    });
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      // Progress notifications need the event stream; every other call answers as plain JSON.
      enableJsonResponse: !asksForProgress(request.body),
    });
    reply.raw.on('close', () => {
      void server.close();
    });
    await server.connect(transport);
    reply.hijack();
    // Fastify's own headers are not written once the reply is hijacked.
    reply.raw.setHeader('x-request-id', request.id);
    await transport.handleRequest(request.raw, reply.raw, request.body);
  });

  const notAllowed = async (_request: unknown, reply: FastifyReply) =>
    jsonRpcError(
      reply.header('allow', 'POST'),
      405,
      -32000,
      'This MCP server is stateless: send every message with POST /mcp. It opens no event stream (GET) and keeps no session to end (DELETE).',
    );
  app.get('/mcp', notAllowed);
  app.delete('/mcp', notAllowed);
}

/** A `tools/call` whose `_meta` carries a progress token. */
function asksForProgress(body: unknown): boolean {
  const meta = (body as { params?: { _meta?: Record<string, unknown> } } | null)?.params?._meta;
  return meta !== undefined && meta !== null && meta.progressToken !== undefined;
}
