/**
 * The execute pipeline's envelope as an MCP `CallToolResult`. Nothing is reworded: the text, the
 * structured result and, on error, the whole REST error envelope pass through unchanged, and what
 * REST sends in headers (request id, replay, Retry-After) and `data.quota` goes into `_meta`.
 */
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { ExecuteResult } from '../core/execute.js';
import { chartImages } from './images.js';

export const META = {
  requestId: 'adgate/request_id',
  quota: 'adgate/quota',
  replayed: 'adgate/idempotent_replayed',
  retryAfter: 'adgate/retry_after_seconds',
} as const;

export function toCallToolResult({
  envelope,
  headers,
}: Pick<ExecuteResult, 'envelope' | 'headers'>): CallToolResult {
  const meta: Record<string, unknown> = { [META.requestId]: headers['x-request-id'] };
  if (headers['idempotent-replayed'] === 'true') meta[META.replayed] = true;
  if (headers['retry-after'] !== undefined) meta[META.retryAfter] = Number(headers['retry-after']);
  if (envelope.success) {
    if (envelope.data.quota) meta[META.quota] = envelope.data.quota;
    return {
      content: [{ type: 'text', text: envelope.data.text }, ...chartImages(envelope.data.structured)],
      // Every tool declares an output schema, and clients then require structured content.
      structuredContent: envelope.data.structured ?? {},
      _meta: meta,
    };
  }
  return {
    content: [{ type: 'text', text: envelope.error }],
    structuredContent: { ...envelope },
    isError: true,
    _meta: meta,
  };
}
