/** `GET /api/v1/tools` and `GET /api/v1/tools/{tool}`: the tools as JSON (API contract, section 1). */
import type { FastifyInstance } from 'fastify';
import type { JsonSchema } from '../../core/json-schema.js';
import type { ToolRegistry } from '../../core/registry.js';
import type { ToolDoc } from './tool-docs.js';

export interface CatalogEntry {
  name: string;
  category: string;
  read_only: boolean;
  /** Removes something for good at the ad platform (see ToolDefinition.destructive). */
  destructive: boolean;
  billable: boolean;
  summary: string;
  input_schema: JsonSchema;
}

export function catalogEntry(doc: ToolDoc): CatalogEntry {
  const { tool } = doc;
  return {
    name: tool.name,
    category: tool.category,
    read_only: tool.readOnly,
    destructive: tool.destructive === true,
    billable: tool.billable,
    summary: tool.summary,
    input_schema: doc.inputSchema,
  };
}

export function registerCatalogRoutes(
  app: FastifyInstance,
  registry: ToolRegistry,
  docs: Map<string, ToolDoc>,
): void {
  const catalog = JSON.stringify({ tools: [...docs.values()].map(catalogEntry) });
  const entries = new Map(
    [...docs].map(([name, doc]) => [
      name,
      JSON.stringify({ ...catalogEntry(doc), description: doc.tool.description }),
    ]),
  );

  app.get('/api/v1/tools', async (_request, reply) => reply.type('application/json').send(catalog));

  app.get<{ Params: { tool: string } }>('/api/v1/tools/:tool', async (request, reply) => {
    // Unknown names get the same 404 `tool_not_found`, with suggestions, as the execute route.
    const tool = registry.require(request.params.tool);
    return reply.type('application/json').send(entries.get(tool.name));
  });
}
