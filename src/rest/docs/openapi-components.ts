/**
 * The parts of the OpenAPI document every operation shares: the envelopes of the API contract
 * (section 3), the quota block, the API key scheme, the Idempotency-Key parameter and the headers.
 */
import { TIERS } from '../../config.js';
import type { JsonSchema } from '../../core/json-schema.js';
import { ERROR_CODE_DOCS } from './error-codes.js';

export const SECURITY_SCHEME = 'ApiKeyAuth';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const quotaProperties = {
  used: { type: 'integer', minimum: 0, description: 'Tool calls billed in the current period.' },
  limit: { type: 'integer', minimum: 0, description: "The tier's monthly allowance." },
  tier: { type: 'string', enum: [...TIERS], description: "The organisation's tier." },
  period_end: {
    type: 'string',
    format: 'date',
    description: 'The day the counter starts again at 0 (ISO date, UTC).',
  },
};

function errorResponseSchema(withQuota: boolean): JsonSchema {
  const required = ['success', 'error', 'is_error', 'tool', 'error_code', 'request_id'];
  return {
    type: 'object',
    required: withQuota ? [...required, 'quota'] : required,
    properties: {
      success: { type: 'boolean', const: false },
      error: { type: 'string', description: 'A message a person can act on.' },
      is_error: { type: 'boolean', const: true },
      tool: { type: 'string', description: 'The tool named in the URL.' },
      error_code: {
        type: 'string',
        enum: Object.keys(ERROR_CODE_DOCS),
        description: 'Stable machine code; see the status table in the API description.',
      },
      request_id: {
        type: 'string',
        pattern: '^req_',
        description: 'Equal to the `X-Request-Id` header; quote it when reporting a problem.',
      },
      structured_content: {
        type: 'object',
        additionalProperties: true,
        description:
          "Details: `issues` ([{path, code, message}]) for invalid_arguments, `accounts` for account_selection_required, TikTok's code and request id for platform errors, `suggestions` for tool_not_found.",
      },
      quota: { ...ref('QuotaExhausted'), description: 'On 402 only.' },
    },
  };
}

const catalogEntryProperties = {
  name: { type: 'string' },
  category: { type: 'string', description: 'e.g. "TikTok Ads Write".' },
  read_only: { type: 'boolean' },
  destructive: { type: 'boolean' },
  billable: { type: 'boolean', description: 'Whether a call counts against the monthly quota.' },
  summary: { type: 'string' },
  input_schema: {
    type: 'object',
    additionalProperties: true,
    description: 'The `arguments` object as JSON Schema (draft 2020-12).',
  },
};
const catalogEntryRequired = Object.keys(catalogEntryProperties);

export const SHARED_SCHEMAS: Record<string, JsonSchema> = {
  Quota: {
    type: 'object',
    required: Object.keys(quotaProperties),
    properties: quotaProperties,
    description: 'The monthly allowance after this call.',
  },
  QuotaExhausted: {
    type: 'object',
    required: [...Object.keys(quotaProperties), 'upgrade_url'],
    properties: {
      ...quotaProperties,
      upgrade_url: { type: 'string', format: 'uri', description: 'Where to get a larger allowance.' },
    },
  },
  Error: errorResponseSchema(false),
  QuotaError: errorResponseSchema(true),
  CatalogEntry: { type: 'object', required: catalogEntryRequired, properties: catalogEntryProperties },
  CatalogEntryWithDescription: {
    type: 'object',
    required: [...catalogEntryRequired, 'description'],
    properties: {
      ...catalogEntryProperties,
      description: { type: 'string', description: 'The full description (markdown).' },
    },
  },
  Catalog: {
    type: 'object',
    required: ['tools'],
    properties: { tools: { type: 'array', items: ref('CatalogEntry') } },
  },
};

export const SECURITY_SCHEMES = {
  [SECURITY_SCHEME]: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'sk_live_<32 URL-safe characters>',
    description:
      'An adgate API key: `sk_live_` followed by 32 URL-safe characters, shown once when an operator creates it (`adgate keys create --org ORG`). Send it as `Authorization: Bearer sk_live_...`.',
  },
};

export const IDEMPOTENCY_KEY_PARAMETER = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Makes retries safe: a repeat with the same key returns the stored result instead of running the tool again. One fresh key per logical operation (a UUID such as `550e8400-e29b-41d4-a716-446655440000`), reused on its retries; 1 to 255 printable ASCII characters. Recommended for write tools.',
  // No `example`: Swagger UI would fill it into every "Try it out", and a second call with other
  // arguments would then be refused as a reused key.
  schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[!-~]([ -~]*[!-~])?$' },
};

export const HEADERS = {
  'X-Request-Id': {
    description: 'The request id, equal to `request_id` in an error body.',
    schema: { type: 'string' },
  },
  'Retry-After': {
    description: 'Seconds to wait before retrying.',
    schema: { type: 'integer', minimum: 0 },
  },
  'Idempotent-Replayed': {
    description: '`true` when this is the stored answer to an earlier request with the same Idempotency-Key.',
    schema: { type: 'string', enum: ['true'] },
  },
};

export const headerRef = (name: keyof typeof HEADERS) => ({ $ref: `#/components/headers/${name}` });
export const schemaRef = ref;
