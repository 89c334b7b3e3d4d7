/**
 * Argument validation for every tool: the tool's strict zod schema, then its cross-field rules on
 * the fields that passed, reported together (API contract, section 2). Unknown fields and near-miss
 * enum values get a "did you mean".
 */
import { z } from 'zod';
import type { ArgumentIssue } from '../errors.js';
import { didYouMean } from './suggest.js';
import type { AnyTool } from './tool.js';

export type Validation =
  | { ok: true; args: Record<string, unknown> }
  /** `passed`: the fields that are valid on their own, for checks that can still run on them. */
  | { ok: false; issues: ArgumentIssue[]; passed: Record<string, unknown> };

/** zod's own wordings; a schema with its own message keeps it. */
const ZOD_DEFAULT_ENUM_MESSAGE = /^Invalid option/;
const ZOD_DEFAULT_MESSAGE = /^Invalid input/;

function toIssues(error: z.ZodError, given: Record<string, unknown>, knownFields: string[]): ArgumentIssue[] {
  return error.issues.flatMap((issue) => toArgumentIssues(issue, given, knownFields));
}

/** One zod issue as the contract's issues (an unknown-keys issue names each key). */
function toArgumentIssues(
  issue: z.core.$ZodIssue,
  given: Record<string, unknown>,
  knownFields: string[],
): ArgumentIssue[] {
  const path = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: path ? `${path}.${key}` : key,
        code: 'unknown_field',
        message: path
          ? issue.message
          : `\`${key}\` is not an argument of this tool.${didYouMean(key, knownFields)}`,
      }));
    case 'custom': {
      // Tool schemas put a stable code in params (e.g. `id_not_string`).
      const code = (issue.params as { code?: unknown } | undefined)?.code;
      return [{ path, code: typeof code === 'string' ? code : 'invalid_value', message: issue.message }];
    }
    case 'invalid_type': {
      const missing = issue.path.length === 1 && !(String(issue.path[0]) in given);
      // zod's default wording ("Invalid input: expected string, received undefined") says little.
      const message =
        missing && ZOD_DEFAULT_MESSAGE.test(issue.message) ? `\`${path}\` is required.` : issue.message;
      return [{ path, code: missing ? 'required' : 'invalid_type', message }];
    }
    case 'invalid_value':
      return [{ path, code: 'invalid_enum_value', message: enumMessage(issue) }];
    default:
      return [{ path, code: issue.code, message: issue.message }];
  }
}

function enumMessage(issue: z.core.$ZodIssueInvalidValue): string {
  if (!ZOD_DEFAULT_ENUM_MESSAGE.test(issue.message) || typeof issue.input !== 'string') return issue.message;
  const allowed = issue.values.map(String);
  return `"${issue.input}" is not allowed; use one of ${allowed.join(', ')}.${didYouMean(issue.input, allowed)}`;
}

/** Each given field parsed alone: what passed can still be checked by the rules. */
function passingFields(tool: AnyTool, given: Record<string, unknown>): Record<string, unknown> {
  const passed: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(tool.schema.shape)) {
    if (!(name in given)) continue;
    const one = (field as z.ZodType).safeParse(given[name]);
    if (one.success && one.data !== undefined) passed[name] = one.data;
  }
  return passed;
}

/**
 * Each tool's schema compiled once: zod's generated fast path answers a valid call, and any issue
 * hands the parse to zod's runtime parser, so the issues are the runtime's. It took the schema
 * check of a billable call from about 8 to 2.5 µs. A schema the fast path cannot model is left
 * as it is (zod's `compile` returns it unchanged).
 */
const compiledSchemas = new WeakMap<AnyTool['schema'], AnyTool['schema']>();

function compiledSchema(tool: AnyTool): AnyTool['schema'] {
  let schema = compiledSchemas.get(tool.schema);
  if (!schema) {
    schema = z.compile(tool.schema);
    compiledSchemas.set(tool.schema, schema);
  }
  return schema;
}

export function validateArguments(tool: AnyTool, given: Record<string, unknown>): Validation {
  const parsed = compiledSchema(tool).safeParse(given, { reportInput: true });
  if (parsed.success) {
    const ruleIssues = tool.rules?.(parsed.data) ?? [];
    return ruleIssues.length === 0
      ? { ok: true, args: parsed.data }
      : { ok: false, issues: ruleIssues, passed: parsed.data };
  }
  const issues = toIssues(parsed.error, given, Object.keys(tool.schema.shape));
  const passed = passingFields(tool, given);
  if (tool.rules) {
    const failed = new Set(issues.map((issue) => issue.path.split('.')[0]));
    for (const issue of tool.rules(passed)) {
      if (!failed.has(issue.path.split('.')[0])) issues.push(issue);
    }
  }
  return { ok: false, issues, passed };
}
