import { AppError } from '../errors.js';
import { withIdempotencyArgument } from './idempotency-argument.js';
import { nearest } from './suggest.js';
import type { AnyTool } from './tool.js';

/** The tools this gateway serves, by name. Every surface (REST, MCP, docs) reads from here. */
export class ToolRegistry {
  private readonly tools = new Map<string, AnyTool>();

  constructor(tools: AnyTool[] = []) {
    for (const tool of tools) this.register(tool);
  }

  register(tool: AnyTool): void {
    if (this.tools.has(tool.name)) throw new Error(`tool ${tool.name} is registered twice`);
    this.tools.set(tool.name, withIdempotencyArgument(tool));
  }

  list(): AnyTool[] {
    return [...this.tools.values()];
  }

  get(name: string): AnyTool | undefined {
    return this.tools.get(name);
  }

  /** The tool, or 404 `tool_not_found` naming the closest tools. */
  require(name: string): AnyTool {
    const tool = this.tools.get(name);
    if (tool) return tool;
    const near = nearest(name, [...this.tools.keys()]);
    const hint = near.length > 0 ? ` Did you mean ${near.map((n) => `\`${n}\``).join(' or ')}?` : '';
    throw new AppError(
      'tool_not_found',
      `There is no tool named "${name}".${hint} GET /api/v1/tools lists them all.`,
      {
        details: { suggestions: near },
      },
    );
  }
}
