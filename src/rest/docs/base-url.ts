import type { FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';

/** A host name or address with an optional port; anything else in a Host header is not echoed into docs. */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The URL callers reach this gateway at, for `servers` and the examples: the configured public URL
 * when there is one (behind a proxy the request's own host is not what callers use), else the host
 * the request was sent to, so that "Try it out" calls this very server.
 */
export function baseUrlFor(request: FastifyRequest, config: Config): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/+$/, '');
  const host = HOST.test(request.host) ? request.host : `${config.host}:${config.port}`;
  return `${request.protocol}://${host}`;
}
