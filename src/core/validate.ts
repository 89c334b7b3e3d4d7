/**
 * Argument validation for every tool: the tool's strict zod schema, then its cross-field rules,
 * reported together. Unknown fields get a "did you mean", enum near misses too (API contract, section 2).
 */
import type { z } from 'zod';
import type { ArgumentIssue } from '../errors.js';
import { didYouMean } from './suggest.js';
import type { AnyTool } from './tool.js';

export type Validation = { ok: true; args: Record<string, unknown> } | { ok: false; issues: ArgumentIssue[] };

function pathOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function toIssues(error: z.ZodError, knownFields: string[]): ArgumentIssue[] {
  const issues: ArgumentIssue[] = [];
  for (const issue of error.issues) {
    const base = pathOf(issue.path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = base ? `${base}.${key}` : key;
        const hint = base ? '' : didYouMean(key, knownFields);
        issues.push({
          path,
          code: 'unknown_field',
          message: `\`${key}\` is not an argument of this tool.${hint}`,
        });
      }
      continue;
    }
    let message = issue.message;
    if (issue.code === 'invalid_value' && typeof issue.input === 'string') {
      const allowed = issue.values.map(String);
      const hint = didYouMean(issue.input, allowed);
      message = `"${issue.input}" is not allowed; use one of ${allowed.join(', ')}.${hint}`;
    }
    issues.push({ path: base, code: issue.code, message });
  }
  return issues;
}

export function validateArguments(tool: AnyTool, raw: Record<string, unknown>): Validation {
  const knownFields = Object.keys(tool.schema.shape);
  const parsed = tool.schema.safeParse(raw, { reportInput: true });
  if (parsed.success) {
    const ruleIssues = tool.rules?.(parsed.data) ?? [];
    return ruleIssues.length === 0 ? { ok: true, args: parsed.data } : { ok: false, issues: ruleIssues };
  }

  const issues = toIssues(parsed.error, knownFields);
  if (tool.rules) {
    // Run the rules on the fields that passed, so one answer lists every problem.
    const failed = new Set(issues.map((issue) => issue.path.split('.')[0]));
    const passing = Object.fromEntries(Object.entries(raw).filter(([field]) => !failed.has(field)));
    const partial = tool.schema.partial().safeParse(passing);
    if (partial.success) {
      for (const issue of tool.rules(partial.data)) {
        if (!failed.has(issue.path.split('.')[0])) issues.push(issue);
      }
    }
  }
  return { ok: false, issues };
}
