/**
 * The OpenAPI 3.1 document, built from the tool definitions alone: one operation per tool at its
 * own path, the contract's envelopes and error responses, and the gateway's other endpoints. It is
 * built once per app; only `servers` and the description, which name the base URL, are per request.
 */
import type { Config } from '../../config.js';
import type { JsonSchema } from '../../core/json-schema.js';
import { ADMIN_SECURITY_SCHEMES, ADMIN_TAG, adminPaths } from '../admin/openapi.js';
import { coreConcepts } from './concepts.js';
import { ERROR_CODE_DOCS } from './error-codes.js';
import {
  type ErrorExample,
  type ExampleContext,
  errorExamples,
  successExample,
  toolNotFoundExample,
} from './examples.js';
import {
  HEADERS,
  headerRef,
  IDEMPOTENCY_KEY_PARAMETER,
  SECURITY_SCHEME,
  SECURITY_SCHEMES,
  SHARED_SCHEMAS,
  schemaRef,
} from './openapi-components.js';
import type { ToolDoc } from './tool-docs.js';

export type OpenApiDocument = JsonSchema & { info: JsonSchema };

const JSON_TYPE = 'application/json';
/** Docs, catalog and health need no key. */
const PUBLIC: JsonSchema[] = [];
const SERVICE_TAGS = [
  { name: 'Catalog', description: 'The tools and their input schemas, as JSON.' },
  { name: 'Service', description: 'Liveness, readiness and Prometheus metrics.' },
  { name: 'MCP', description: 'The same tools over the Model Context Protocol (Streamable HTTP).' },
];

/** `add_tiktok_ad_group` → `AddTiktokAdGroup`, for component names. */
function componentName(toolName: string): string {
  return toolName
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join('');
}

function successSchema(doc: ToolDoc): JsonSchema {
  const { tool } = doc;
  const required = ['text'];
  if (tool.billable) required.push('quota');
  // A tool that declares the shape of its result always returns one.
  if (doc.outputSchema) required.push('structured');
  const data: JsonSchema = {
    type: 'object',
    required,
    properties: {
      text: { type: 'string', description: 'Markdown for a person or an agent.' },
      ...(tool.billable ? { quota: schemaRef('Quota') } : {}),
      structured: {
        ...(doc.outputSchema ?? { type: 'object', additionalProperties: true }),
        description: 'The machine-readable result, when the tool has one.',
      },
    },
  };
  return {
    type: 'object',
    required: ['success', 'data', 'tool'],
    properties: {
      success: { type: 'boolean', const: true },
      data,
      tool: { type: 'string', const: tool.name },
    },
  };
}

function errorResponse(status: number, examples: ErrorExample[]): JsonSchema {
  const codes = [...new Set(examples.map((example) => example.code))];
  const headers: JsonSchema = { 'X-Request-Id': headerRef('X-Request-Id') };
  if (status === 409 || status === 429) headers['Retry-After'] = headerRef('Retry-After');
  return {
    description: codes.map((code) => `\`${code}\`: ${ERROR_CODE_DOCS[code]}`).join('\n\n'),
    headers,
    content: {
      [JSON_TYPE]: {
        schema: schemaRef(status === 402 ? 'QuotaError' : 'Error'),
        examples: Object.fromEntries(
          examples.map((example) => [example.code, { summary: example.summary, value: example.value }]),
        ),
      },
    },
  };
}

/** The request body schema, inline: generators (openapi-typescript) keep defaulted fields optional only there. */
function requestSchema(doc: ToolDoc): JsonSchema {
  return {
    type: 'object',
    required: ['arguments'],
    additionalProperties: false,
    properties: { arguments: doc.inputSchema },
  };
}

function toolOperation(doc: ToolDoc, ctx: ExampleContext): JsonSchema {
  const { tool } = doc;
  const name = componentName(tool.name);
  const requestExamples: JsonSchema = {
    example: { summary: 'Example', value: { arguments: doc.example } },
  };
  if (doc.dryRunExample) {
    requestExamples.dry_run = {
      summary: 'Dry run: validated and resolved, nothing written or billed',
      value: { arguments: doc.dryRunExample },
    };
  }
  const byStatus = new Map<number, ErrorExample[]>();
  for (const example of errorExamples(doc, ctx)) {
    byStatus.set(example.status, [...(byStatus.get(example.status) ?? []), example]);
  }
  return {
    operationId: tool.name,
    summary: tool.summary,
    description: tool.description,
    tags: [tool.category],
    'x-adgate-read-only': tool.readOnly,
    'x-adgate-destructive': tool.destructive === true,
    'x-adgate-billable': tool.billable,
    security: [{ [SECURITY_SCHEME]: [] }],
    parameters: [{ $ref: '#/components/parameters/IdempotencyKey' }],
    requestBody: {
      required: true,
      description: 'All tool arguments are wrapped in an `arguments` object.',
      content: { [JSON_TYPE]: { schema: requestSchema(doc), examples: requestExamples } },
    },
    responses: {
      200: {
        description: 'The tool ran: `data.text` for a person, `data.structured` for a program.',
        headers: {
          'X-Request-Id': headerRef('X-Request-Id'),
          'Idempotent-Replayed': headerRef('Idempotent-Replayed'),
        },
        content: { [JSON_TYPE]: { schema: schemaRef(`${name}Response`), example: successExample(doc, ctx) } },
      },
      ...Object.fromEntries(
        [...byStatus].map(([status, examples]) => [status, errorResponse(status, examples)]),
      ),
    },
  };
}

function jsonResponse(description: string, schema: JsonSchema, example?: unknown): JsonSchema {
  return {
    description,
    content: { [JSON_TYPE]: example === undefined ? { schema } : { schema, example } },
  };
}

function servicePaths(docs: ToolDoc[], ctx: ExampleContext): Record<string, JsonSchema> {
  const notFound = toolNotFoundExample(docs[0]?.tool.name ?? 'tool', ctx.registry);
  return {
    '/api/v1/tools': {
      get: {
        operationId: 'listTools',
        summary: 'List the tools',
        description:
          'Every tool: name, category, read_only, billable, one-line summary and input JSON Schema.',
        tags: ['Catalog'],
        security: PUBLIC,
        responses: { 200: jsonResponse('The catalog.', schemaRef('Catalog')) },
      },
    },
    '/api/v1/tools/{tool}': {
      get: {
        operationId: 'getTool',
        summary: 'Describe one tool',
        description: 'One catalog entry with the full description.',
        tags: ['Catalog'],
        security: PUBLIC,
        parameters: [{ name: 'tool', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          200: jsonResponse('The catalog entry.', schemaRef('CatalogEntryWithDescription')),
          404: jsonResponse(
            `\`tool_not_found\`: ${ERROR_CODE_DOCS.tool_not_found}`,
            schemaRef('Error'),
            notFound,
          ),
        },
      },
    },
    '/healthz': {
      get: {
        operationId: 'getHealth',
        summary: 'Liveness',
        tags: ['Service'],
        security: PUBLIC,
        responses: {
          200: jsonResponse('The process is alive.', {
            type: 'object',
            required: ['status'],
            properties: { status: { type: 'string', const: 'ok' } },
          }),
        },
      },
    },
    '/readyz': {
      get: {
        operationId: 'getReadiness',
        summary: 'Readiness: the database is reachable',
        tags: ['Service'],
        security: PUBLIC,
        responses: {
          200: jsonResponse('Ready to serve.', {
            type: 'object',
            required: ['status', 'database'],
            properties: { status: { type: 'string', const: 'ready' }, database: { type: 'string' } },
          }),
          503: jsonResponse('The database is not reachable.', {
            type: 'object',
            required: ['status', 'database', 'reason'],
            properties: {
              status: { type: 'string', const: 'unavailable' },
              database: { type: 'string' },
              reason: { type: 'string' },
            },
          }),
        },
      },
    },
    '/metrics': {
      get: {
        operationId: 'getMetrics',
        summary: 'Prometheus metrics',
        description:
          '`adgate_tool_calls_total{tool,status,error_code,transport}`, `adgate_tool_call_duration_seconds`, `adgate_quota_used_total{tier}` and process metrics.',
        tags: ['Service'],
        security: PUBLIC,
        responses: {
          200: {
            description: 'Prometheus text format.',
            content: { 'text/plain': { schema: { type: 'string' } } },
          },
        },
      },
    },
    '/mcp': {
      post: {
        operationId: 'postMcp',
        summary: 'The tools over MCP',
        description:
          'The Model Context Protocol over Streamable HTTP (stateless, JSON responses): the same tools, API keys, quota and envelopes as the REST endpoints. Point an MCP client at this URL with the API key as a bearer token.',
        tags: ['MCP'],
        security: [{ [SECURITY_SCHEME]: [] }],
        requestBody: {
          required: true,
          content: {
            [JSON_TYPE]: {
              schema: { type: 'object', description: 'A JSON-RPC 2.0 message of the MCP protocol.' },
            },
          },
        },
        responses: {
          200: jsonResponse('The JSON-RPC answer.', { type: 'object' }),
          401: jsonResponse(`\`unauthenticated\`: ${ERROR_CODE_DOCS.unauthenticated}`, schemaRef('Error')),
        },
      },
    },
  };
}

function tags(docs: ToolDoc[]): JsonSchema[] {
  const byCategory = new Map<string, string[]>();
  for (const { tool } of docs)
    byCategory.set(tool.category, [...(byCategory.get(tool.category) ?? []), tool.name]);
  const toolTags = [...byCategory].map(([name, tools]) => ({
    name,
    description: `Tools: ${tools.join(', ')}.`,
  }));
  return [...toolTags, ...SERVICE_TAGS, ADMIN_TAG];
}

export interface PackageInfo {
  version: string;
  /** An SPDX identifier. */
  license: string;
}

export function buildOpenApiDocument(
  docs: ToolDoc[],
  ctx: ExampleContext,
  pkg: PackageInfo,
): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: {
      title: 'adgate',
      version: pkg.version,
      license: { name: pkg.license, identifier: pkg.license },
      summary: 'TikTok ad operations as tools: authenticated, metered, idempotent.',
    },
    tags: tags(docs),
    paths: {
      ...Object.fromEntries(docs.map((doc) => [doc.path, { post: toolOperation(doc, ctx) }])),
      ...servicePaths(docs, ctx),
      ...adminPaths(),
    },
    components: {
      schemas: {
        ...SHARED_SCHEMAS,
        ...Object.fromEntries(
          docs.map((doc) => [`${componentName(doc.tool.name)}Response`, successSchema(doc)]),
        ),
      },
      parameters: { IdempotencyKey: IDEMPOTENCY_KEY_PARAMETER },
      headers: HEADERS,
      securitySchemes: { ...SECURITY_SCHEMES, ...ADMIN_SECURITY_SCHEMES },
    },
  };
}

/** The document as served at a base URL: "Try it out" and generated clients call that server. */
export function servedDocument(document: OpenApiDocument, baseUrl: string, config: Config): OpenApiDocument {
  const links =
    'Reference pages: [/reference/](/reference/). For agents: [/llms.txt](/llms.txt), [/llms-full.txt](/llms-full.txt).';
  const { openapi, info, ...rest } = document;
  return {
    openapi,
    info: { ...info, description: `${links}\n\n${coreConcepts(baseUrl, config)}` },
    servers: [{ url: baseUrl, description: 'This gateway' }],
    ...rest,
  };
}
