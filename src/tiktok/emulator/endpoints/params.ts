/**
 * Reading TikTok-style parameters: GET arrays and objects arrive as JSON text in the query string
 * (reference §1.1), ids may come as strings or integers, and list endpoints share page/page_size.
 * Errors are 40002 with marshmallow-style messages, as TikTok's are.
 */
import { paramError } from '../envelope.js';
import { type JsonValue, parseJson } from '../json.js';
import { PRIMARY_STATUSES, type PrimaryStatus } from '../rules/hierarchy.js';
import type { EndpointContext } from './types.js';

const DIGITS = /^\d{1,20}$/;

/** An id given as a digit string, a safe integer or a big integer; returned as a string. */
export function readId(field: string, value: JsonValue | undefined): string {
  if (value === undefined || value === '') throw paramError(field, 'Missing data for required field.');
  if (value === null) throw paramError(field, 'Field may not be null.');
  if (typeof value === 'string' && DIGITS.test(value)) return value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  if (typeof value === 'bigint' && value >= 0n) return value.toString();
  throw paramError(field, 'Not a valid integer.');
}

export function queryValue(ctx: EndpointContext, name: string, required = false): string | undefined {
  const value = ctx.query[name];
  if ((value === undefined || value === '') && required) {
    throw paramError(name, 'Missing data for required field.');
  }
  return value === '' ? undefined : value;
}

/** A query parameter holding JSON text (`filtering`, `fields`, `advertiser_ids`). */
export function queryJson(ctx: EndpointContext, name: string, required = false): JsonValue | undefined {
  const text = queryValue(ctx, name, required);
  if (text === undefined) return undefined;
  try {
    return parseJson(text);
  } catch {
    throw paramError(name, 'Invalid JSON string.');
  }
}

export function queryObject(ctx: EndpointContext, name: string): Record<string, JsonValue> {
  const value = queryJson(ctx, name);
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw paramError(name, 'Not a valid mapping type.');
  }
  return value;
}

/** A JSON list of ids in a query parameter or a filter; undefined when absent. */
export function idListOf(field: string, value: JsonValue | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw paramError(field, 'Not a valid list.');
  return value.map((item, index) => readId(`${field}.${index}`, item));
}

/** A JSON list of strings (e.g. `fields`); undefined when absent. */
export function stringListOf(field: string, value: JsonValue | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw paramError(field, 'Not a valid list.');
  return value.map((item, index) => {
    if (typeof item !== 'string') throw paramError(`${field}.${index}`, 'Not a valid string.');
    return item;
  });
}

export interface Paging {
  page: number;
  pageSize: number;
}

export function readPaging(ctx: EndpointContext, maxPageSize: number): Paging {
  return {
    page: intParam(ctx, 'page', 1, 1, 99_999),
    pageSize: intParam(ctx, 'page_size', 10, 1, maxPageSize),
  };
}

function intParam(ctx: EndpointContext, name: string, fallback: number, min: number, max: number): number {
  const text = queryValue(ctx, name);
  if (text === undefined) return fallback;
  if (!/^-?\d+$/.test(text)) throw paramError(name, 'Not a valid integer.');
  const value = Number(text);
  if (value < min || value > max) {
    throw paramError(name, `Must be greater than or equal to ${min} and less than or equal to ${max}.`);
  }
  return value;
}

/** TikTok's list answer: `{list, page_info{page, page_size, total_number, total_page}}`. */
export function paginate<T>(items: T[], paging: Paging): { list: T[]; page_info: Record<string, number> } {
  const start = (paging.page - 1) * paging.pageSize;
  return {
    list: items.slice(start, start + paging.pageSize),
    page_info: {
      page: paging.page,
      page_size: paging.pageSize,
      total_number: items.length,
      total_page: Math.ceil(items.length / paging.pageSize),
    },
  };
}

/** Applies a `fields` projection; the id field is always kept so rows stay identifiable. */
export function project<T extends Record<string, unknown>>(
  row: T,
  fields: string[] | undefined,
  idField: string,
): Record<string, unknown> {
  if (!fields || fields.length === 0) return row;
  const out: Record<string, unknown> = { [idField]: row[idField] };
  for (const field of fields) if (field in row) out[field] = row[field];
  return out;
}

/** The `filtering.primary_status` of a get endpoint; TikTok's default hides deleted objects. */
export function readPrimaryStatus(filtering: Record<string, JsonValue>): PrimaryStatus {
  const value = filtering.primary_status;
  if (value === undefined) return 'STATUS_NOT_DELETE';
  if (typeof value !== 'string' || !(PRIMARY_STATUSES as readonly string[]).includes(value)) {
    throw paramError('filtering.primary_status', `Must be one of: ${PRIMARY_STATUSES.join(', ')}.`);
  }
  return value as PrimaryStatus;
}
