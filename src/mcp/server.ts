/**
 * One MCP server per HTTP request (stateless Streamable HTTP: nothing is kept between requests, so
 * any instance behind a balancer can answer any request).
 *
 * The low-level `Server` is used rather than `McpServer` on purpose: `McpServer` would list a zod
 * schema it converts itself and validate the arguments before the tool runs, with its own wording
 * and only the first problem. Here `tools/list` serves the registry's JSON Schemas as they are and
 * `tools/call` hands the raw arguments to the execute pipeline, so every message matches REST.
 */
import { readFileSync } from 'node:fs';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  type CallToolRequestParams,
  CallToolRequestSchema,
  type CallToolResult,
  ListToolsRequestSchema,
  type Tool,
} from '@modelcontextprotocol/sdk/types.js';
import type { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';
import type { ProgressReporter } from '../core/tool.js';

const VERSION = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

const INSTRUCTIONS = [
  'adgate manages TikTok ads through tools. Every call is checked in full before anything reaches TikTok,',
  'and a refused call lists every problem at once: fix them all and call again.',
  'Write tools accept `dry_run: true` to preview exactly what would be sent, without creating anything or using quota.',
  'Billable calls count against a monthly allowance; `get_usage_status` shows it for free.',
  'When several advertiser accounts are connected, `list_connected_accounts` gives the `advertiser_id` to pass.',
].join(' ');

export interface McpServerParts {
  tools: Tool[];
  callTool(params: CallToolRequestParams, progress: ProgressReporter | undefined): Promise<CallToolResult>;
  /** Shared across requests: building one costs more than the rest of the server. */
  validator: AjvJsonSchemaValidator;
}

export function buildMcpServer({ tools, callTool, validator }: McpServerParts): Server {
  const server = new Server(
    { name: 'adgate', version: VERSION },
    { capabilities: { tools: {} }, instructions: INSTRUCTIONS, jsonSchemaValidator: validator },
  );
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools }));
  server.setRequestHandler(CallToolRequestSchema, (request, extra) => {
    // A client that asks for progress (params._meta.progressToken) gets one notification per step.
    const token = request.params._meta?.progressToken;
    const progress: ProgressReporter | undefined =
      token === undefined
        ? undefined
        : (update) => {
            void extra
              .sendNotification({
                method: 'notifications/progress',
                params: { progressToken: token, ...update },
              })
              .catch(() => {});
          };
    return callTool(request.params, progress);
  });
  return server;
}
