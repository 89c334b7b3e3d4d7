/**
 * The registry's tools as MCP `Tool` descriptors, built once: the same name, description and input
 * schema as REST, so an agent sees one catalog whichever transport it uses.
 */
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { inputJsonSchema } from '../core/json-schema.js';
import type { ToolRegistry } from '../core/registry.js';
import type { AnyTool } from '../core/tool.js';

/**
 * An error result carries the REST error envelope in `structuredContent`, which clients also check
 * against the output schema: so it accepts any object, even for tools with a fixed result shape.
 */
const OUTPUT_SCHEMA: Tool['outputSchema'] = {
  type: 'object',
  description:
    "On success, the tool's structured result (REST `data.structured`); with `isError`, the REST error envelope.",
  additionalProperties: true,
};

function toMcpTool(tool: AnyTool): Tool {
  return {
    name: tool.name,
    title: tool.summary,
    description: tool.description,
    // As the REST catalog serves it (MCP's default dialect is 2020-12 too).
    inputSchema: inputJsonSchema(tool) as Tool['inputSchema'],
    outputSchema: OUTPUT_SCHEMA,
    annotations: {
      // Clients on protocol versions before 2025-06-18 read the title only from here.
      title: tool.summary,
      // As the MCP specification defines them; destructiveHint only means something for a write.
      readOnlyHint: tool.readOnly,
      destructiveHint: !tool.readOnly && tool.destructive === true,
      idempotentHint: tool.idempotent ?? tool.readOnly,
      // Billable tools are the ones that reach the ad platform; the free ones read adgate's own data.
      openWorldHint: tool.billable,
    },
  };
}

export function mcpTools(registry: ToolRegistry): Tool[] {
  return registry.list().map(toMcpTool);
}
