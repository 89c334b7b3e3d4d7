/**
 * The API key is checked before any MCP handling, `initialize` and `tools/list` included, and a
 * refusal is a plain HTTP 401 with `WWW-Authenticate` (RFC 6750), which is how MCP clients learn
 * that the server wants a Bearer token and why the one they sent was refused.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorEnvelope } from '../core/envelope.js';
import type { Caller } from '../core/tool.js';
import { type AppError, isAppError } from '../errors.js';
import type { Gateway } from '../gateway.js';

/** RFC 6750 allows only printable ASCII without `"` and `\` in `error_description`. */
function quotable(text: string): string {
  return text
    .replace(/"/g, "'")
    .replace(/[^\x20-\x7e\s]|\\/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function wwwAuthenticate(message: string): string {
  return `Bearer realm="adgate", error="invalid_token", error_description="${quotable(message)}"`;
}

/** The caller, or undefined once the 401 has been sent. */
export async function authenticateOrRefuse(
  gateway: Gateway,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<Caller | undefined> {
  let refusal: AppError;
  try {
    return await gateway.keys.authenticate(request.headers.authorization);
  } catch (error) {
    if (!isAppError(error) || error.code !== 'unauthenticated') throw error;
    refusal = error;
  }
  request.callLog = { tool: '', errorCode: refusal.code, replayed: false, billed: false };
  await reply
    .code(refusal.status)
    .header('www-authenticate', wwwAuthenticate(refusal.message))
    .type('application/json')
    .send(JSON.stringify(errorEnvelope(refusal, '', request.id)));
  return undefined;
}
