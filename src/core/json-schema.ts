/**
 * A tool's schemas as JSON Schema (draft 2020-12, what OpenAPI 3.1 and MCP both speak), in one
 * place so that the catalog, OpenAPI, the reference pages and MCP all show the same thing.
 */
import { z } from 'zod';
import type { AnyTool } from './tool.js';

export type JsonSchema = Record<string, unknown>;

/** `io: 'input'` describes what a caller sends (defaults optional); `'output'` what a tool returns. */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
  }) as JsonSchema;
  return rest;
}

export function inputJsonSchema(tool: AnyTool): JsonSchema {
  return jsonSchemaOf(tool.schema, 'input');
}
