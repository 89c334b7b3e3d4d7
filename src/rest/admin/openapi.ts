/** The admin API in the OpenAPI document: its own tag and security scheme, the shared error envelope. */
import { type JsonSchema, jsonSchemaOf } from '../../core/json-schema.js';
import { ERROR_CODE_DOCS } from '../docs/error-codes.js';
import { ADMIN_PARAMS, adminRoutes } from './routes.js';

export const ADMIN_TAG = {
  name: 'Admin',
  description:
    'For operators: organisations, API keys (scopes and spend limits), usage, connections and the audit log. Admin keys only (`sk_admin_...`, `adgate admin-keys create`); API keys are refused here.',
};

export const ADMIN_SECURITY_SCHEME = 'AdminKeyAuth';

export const ADMIN_SECURITY_SCHEMES = {
  [ADMIN_SECURITY_SCHEME]: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'sk_admin_<32 URL-safe characters>',
    description:
      'An adgate admin key: `sk_admin_` followed by 32 URL-safe characters, made on the gateway host with `adgate admin-keys create`. Send it as `Authorization: Bearer sk_admin_...`.',
  },
};

const errorRef = { $ref: '#/components/schemas/Error' };

function error(codes: Array<keyof typeof ERROR_CODE_DOCS>) {
  return {
    description: codes.map((code) => `\`${code}\`: ${ERROR_CODE_DOCS[code]}`).join('\n\n'),
    content: { 'application/json': { schema: errorRef } },
  };
}

function pathParameters(path: string): JsonSchema[] {
  return [...path.matchAll(/:([a-z_]+)/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: jsonSchemaOf(ADMIN_PARAMS[name as keyof typeof ADMIN_PARAMS], 'input'),
  }));
}

function queryParameters(schema: (typeof adminRoutes)[number]['query']): JsonSchema[] {
  if (!schema) return [];
  const json = jsonSchemaOf(schema, 'input') as { properties?: Record<string, JsonSchema> };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: false,
    schema: property,
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
  }));
}

export function adminPaths(): Record<string, JsonSchema> {
  const paths: Record<string, JsonSchema> = {};
  for (const route of adminRoutes) {
    const openApiPath = route.path.replace(/:([a-z_]+)/g, '{$1}');
    const status = route.status ?? 200;
    const operation: JsonSchema = {
      operationId: route.operationId,
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: [ADMIN_TAG.name],
      security: [{ [ADMIN_SECURITY_SCHEME]: [] }],
      parameters: [...pathParameters(route.path), ...queryParameters(route.query)],
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchemaOf(route.body, 'input') } },
            },
          }
        : {}),
      responses: {
        [status]: {
          description: 'Done.',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['success', 'data'],
                properties: { success: { type: 'boolean', const: true }, data: {} },
              },
            },
          },
        },
        400: error(['invalid_request']),
        401: error(['unauthenticated']),
        404: error(['not_found']),
        429: error(['rate_limited']),
      },
    };
    paths[openApiPath] = { ...(paths[openApiPath] ?? {}), [route.method.toLowerCase()]: operation };
  }
  return paths;
}
