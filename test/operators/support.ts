/** Admin API helpers for the operator suites. */
import type { FastifyInstance } from 'fastify';
import type { Gateway } from '../../src/gateway.js';

export async function adminKey(gateway: Gateway): Promise<string> {
  return (await gateway.adminKeys.create('test-admin')).key;
}

export function adminRequest(
  app: FastifyInstance,
  key: string | undefined,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
) {
  return app.inject({
    method,
    url,
    headers: {
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
  });
}
