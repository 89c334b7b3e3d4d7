/**
 * Headers that keep adgate's pages from being framed or sniffed, and the Content-Security-Policy
 * of Swagger UI at /docs: its scripts and styles come from this server only (the UI sets inline
 * style attributes, hence 'unsafe-inline' for styles alone), "Try it out" may only call this
 * server, and no site may frame it.
 */
import type { FastifyInstance } from 'fastify';

export const DOCS_CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "connect-src 'self'",
  "font-src 'self' data:",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "img-src 'self' data:",
  "object-src 'none'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
].join('; ');

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    return payload;
  });
}
