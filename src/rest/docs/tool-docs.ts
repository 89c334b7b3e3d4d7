/**
 * What every docs surface (OpenAPI, catalog, reference pages, llms.txt) knows about a tool, derived
 * once from its definition. Nothing here is written per tool: a new tool is described by its
 * definition alone.
 */
import { inputJsonSchema, type JsonSchema, jsonSchemaOf } from '../../core/json-schema.js';
import type { AnyTool } from '../../core/tool.js';

export interface ArgumentDoc {
  name: string;
  /** e.g. `string`, `integer`, `array of string`. */
  type: string;
  required: boolean;
  hasDefault: boolean;
  default: unknown;
  /** The allowed values, for a closed set (of the field or of its items). */
  values: unknown[] | undefined;
  description: string;
}

export interface ToolDoc {
  tool: AnyTool;
  /** `/api/v1/tools/{name}/execute`. */
  path: string;
  /** The arguments as JSON Schema (draft 2020-12), input side: what a caller may send. */
  inputSchema: JsonSchema;
  /** `data.structured` as JSON Schema, output side, when the tool declares its shape. */
  outputSchema: JsonSchema | undefined;
  arguments: ArgumentDoc[];
  /** Example `arguments`: the tool's own, or one built from the required fields. */
  example: Record<string, unknown>;
  /** The example as a dry run, for tools that take `dry_run` (API contract, section 8). */
  dryRunExample: Record<string, unknown> | undefined;
  /**
   * The tool acts on a connected advertiser account (it takes `advertiser_id`, API contract
   * section 7), so account selection and the ad platform's errors apply to it.
   */
  actsOnAccount: boolean;
}

function asSchema(value: unknown): JsonSchema {
  return value !== null && typeof value === 'object' ? (value as JsonSchema) : {};
}

export function typeLabel(schema: JsonSchema): string {
  const type = schema.type;
  if (type === 'array') {
    const items = asSchema(schema.items);
    return Object.keys(items).length > 0 ? `array of ${typeLabel(items)}` : 'array';
  }
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.join(' or ');
  const variants = (schema.anyOf ?? schema.oneOf) as unknown;
  if (Array.isArray(variants)) return variants.map((variant) => typeLabel(asSchema(variant))).join(' or ');
  if ('const' in schema) return JSON.stringify(schema.const);
  return 'any';
}

function valuesOf(schema: JsonSchema): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum;
  if (schema.type === 'array') return valuesOf(asSchema(schema.items));
  return undefined;
}

function argumentDocs(schema: JsonSchema): ArgumentDoc[] {
  const properties = asSchema(schema.properties);
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  return Object.entries(properties).map(([name, value]) => {
    const property = asSchema(value);
    return {
      name,
      type: typeLabel(property),
      required: required.has(name),
      hasDefault: 'default' in property,
      default: property.default,
      values: valuesOf(property),
      description: typeof property.description === 'string' ? property.description : '',
    };
  });
}

/** A value of the right shape for a required field, when the tool gives no example. */
function placeholder(schema: JsonSchema): unknown {
  if ('default' in schema) return schema.default;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  switch (schema.type) {
    case 'string':
      return typeof schema.pattern === 'string' && schema.pattern === '^[0-9]+$' ? '1234567890' : 'string';
    case 'number':
      return 1.0;
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    case 'array':
      return [];
    default:
      return {};
  }
}

function exampleArguments(tool: AnyTool, schema: JsonSchema): Record<string, unknown> {
  if (tool.example) return tool.example;
  const properties = asSchema(schema.properties);
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  return Object.fromEntries(required.map((name) => [name, placeholder(asSchema(properties[name]))]));
}

export function describeTool(tool: AnyTool): ToolDoc {
  const inputSchema = inputJsonSchema(tool);
  const args = argumentDocs(inputSchema);
  const example = exampleArguments(tool, inputSchema);
  const takesDryRun = args.some((arg) => arg.name === 'dry_run' && arg.type === 'boolean');
  return {
    tool,
    path: `/api/v1/tools/${tool.name}/execute`,
    inputSchema,
    outputSchema: tool.outputSchema ? jsonSchemaOf(tool.outputSchema, 'output') : undefined,
    arguments: args,
    example,
    dryRunExample: takesDryRun ? { ...example, dry_run: true } : undefined,
    actsOnAccount: args.some((arg) => arg.name === 'advertiser_id'),
  };
}
