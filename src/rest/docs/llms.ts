/**
 * `GET /llms.txt` (a short index, in the llmstxt.org layout) and `GET /llms-full.txt` (the core
 * concepts, then every tool with its argument table): plain text to hand to an agent.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.js';
import { baseUrlFor } from './base-url.js';
import { coreConcepts } from './concepts.js';
import { referencePath } from './reference-pages.js';
import type { ArgumentDoc, ToolDoc } from './tool-docs.js';

const SUMMARY =
  '> adgate exposes TikTok ad operations as tools over REST and MCP. Every call is authenticated by an API key, counted against a monthly quota, safe to retry with an Idempotency-Key, checked before anything reaches TikTok, and answered in one envelope with text for a person and structured data for a program.';

function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

function argumentLine(arg: ArgumentDoc): string {
  const values = arg.values ? ` One of: ${arg.values.map((v) => String(v)).join(', ')}.` : '';
  const fallback = arg.hasDefault ? `\`${JSON.stringify(arg.default)}\`` : '';
  return `| \`${arg.name}\` | ${arg.type} | ${arg.required ? 'required' : 'optional'} | ${cell(fallback)} | ${cell(arg.description + values)} |`;
}

function argumentTable(doc: ToolDoc): string {
  if (doc.arguments.length === 0) return 'No arguments: send `{"arguments": {}}`.';
  return [
    '| Field | Type | Required | Default | Description |',
    '|---|---|---|---|---|',
    ...doc.arguments.map(argumentLine),
  ].join('\n');
}

function toolSection(doc: ToolDoc, baseUrl: string): string {
  const { tool } = doc;
  const kind = `${tool.readOnly ? 'read-only' : 'write'}${tool.destructive ? ', destructive' : ''}, ${tool.billable ? 'billable (1 call)' : 'free'}`;
  return `## ${tool.name}

${tool.summary}

- Category: ${tool.category} (${kind})
- Endpoint: \`POST ${baseUrl}${doc.path}\`
- Reference: ${baseUrl}${referencePath(tool.name)}

${tool.description}

### Arguments

${argumentTable(doc)}

### Example request body

\`\`\`json
${JSON.stringify({ arguments: doc.example }, null, 2)}
\`\`\`
`;
}

function byCategory(docs: ToolDoc[]): Map<string, ToolDoc[]> {
  const groups = new Map<string, ToolDoc[]>();
  for (const doc of docs) groups.set(doc.tool.category, [...(groups.get(doc.tool.category) ?? []), doc]);
  return groups;
}

export function llmsIndex(docs: ToolDoc[], baseUrl: string): string {
  const categories = [...byCategory(docs)].map(
    ([category, tools]) =>
      `## ${category}\n\n${tools.map((doc) => `- [${doc.tool.name}](${baseUrl}${referencePath(doc.tool.name)}): ${doc.tool.summary}`).join('\n')}`,
  );
  return `# adgate

${SUMMARY}

Tools run at \`POST ${baseUrl}/api/v1/tools/{tool}/execute\` with \`Authorization: Bearer sk_live_...\` and the body \`{"arguments": {...}}\`.

## Docs

- [Full reference](${baseUrl}/llms-full.txt): core concepts (auth, envelope, error codes, idempotency, quota), then every tool with its argument table
- [OpenAPI 3.1](${baseUrl}/openapi.json): the machine-readable description
- [Catalog](${baseUrl}/api/v1/tools): the tools with their input JSON Schema
- [Swagger UI](${baseUrl}/docs): try calls in a browser
- [MCP](${baseUrl}/mcp): the same tools over the Model Context Protocol (Streamable HTTP, same API key)

${categories.join('\n\n')}
`;
}

export function llmsFull(docs: ToolDoc[], baseUrl: string, config: Config): string {
  return `# adgate API: full reference

${SUMMARY}

# Core concepts

${coreConcepts(baseUrl, config)}
# Tools

${docs.map((doc) => toolSection(doc, baseUrl)).join('\n')}`;
}

export function registerLlmsRoutes(app: FastifyInstance, docs: ToolDoc[], config: Config): void {
  const text = 'text/plain; charset=utf-8';
  app.get('/llms.txt', async (request, reply) =>
    reply.type(text).send(llmsIndex(docs, baseUrlFor(request, config))),
  );
  app.get('/llms-full.txt', async (request, reply) =>
    reply.type(text).send(llmsFull(docs, baseUrlFor(request, config), config)),
  );
}
