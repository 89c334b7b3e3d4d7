/**
 * Typed reads from a create body with TikTok's (marshmallow) error wording: "<field>: Not a valid
 * integer.", "<field>: Must be one of: A, B.", "<field>.<index>: ...". Each read also records the
 * normalised value (ids as strings) for the saved ad group.
 */
import { paramError } from '../envelope.js';
import type { JsonValue } from '../json.js';

const DIGITS = /^\d{1,20}$/;

export class BodyReader {
  /** Normalised values of the fields read so far. */
  readonly out: Record<string, unknown> = {};

  constructor(readonly body: Record<string, JsonValue>) {}

  /** Present and not null. A null is refused as TikTok does: "Field may not be null." */
  has(name: string): boolean {
    const value = this.body[name];
    if (value === undefined) return false;
    if (value === null) throw paramError(name, 'Field may not be null.');
    return true;
  }

  /** Refuses a raw string value before the enum read, so deprecated values get their own message. */
  refuseValue(name: string, refused: ReadonlySet<string>, message: (value: string) => string): void {
    const value = this.body[name];
    if (typeof value === 'string' && refused.has(value)) throw paramError(name, message(value));
  }

  required(name: string): void {
    if (!this.has(name)) throw paramError(name, 'Missing data for required field.');
  }

  string(name: string, required = false): string | undefined {
    if (required) this.required(name);
    if (!this.has(name)) return undefined;
    const value = this.body[name];
    if (typeof value !== 'string') throw paramError(name, 'Not a valid string.');
    this.out[name] = value;
    return value;
  }

  enumValue<T extends string>(name: string, values: readonly T[], required = false): T | undefined {
    const value = this.string(name, required);
    if (value === undefined) return undefined;
    if (!values.includes(value as T)) throw paramError(name, `Must be one of: ${values.join(', ')}.`);
    return value as T;
  }

  number(name: string, required = false): number | undefined {
    if (required) this.required(name);
    if (!this.has(name)) return undefined;
    const value = this.body[name];
    if (typeof value !== 'number' || !Number.isFinite(value)) throw paramError(name, 'Not a valid number.');
    this.out[name] = value;
    return value;
  }

  integer(name: string, required = false): number | undefined {
    if (required) this.required(name);
    if (!this.has(name)) return undefined;
    const value = this.body[name];
    if (typeof value !== 'number' || !Number.isInteger(value)) throw paramError(name, 'Not a valid integer.');
    this.out[name] = value;
    return value;
  }

  boolean(name: string): boolean | undefined {
    if (!this.has(name)) return undefined;
    const value = this.body[name];
    if (typeof value !== 'boolean') throw paramError(name, 'Not a valid boolean.');
    this.out[name] = value;
    return value;
  }

  /** An id: a digit string or a JSON integer (kept exact); saved as a string. */
  id(name: string, required = false): string | undefined {
    if (required) this.required(name);
    if (!this.has(name)) return undefined;
    const id = toId(name, this.body[name]);
    this.out[name] = id;
    return id;
  }

  list(name: string): JsonValue[] | undefined {
    if (!this.has(name)) return undefined;
    const value = this.body[name];
    if (!Array.isArray(value)) throw paramError(name, 'Not a valid list.');
    return value;
  }

  /** A list of ids; each must be an integer, e.g. "interest_keyword_ids.0: Not a valid integer." */
  idList(name: string): string[] | undefined {
    const items = this.list(name);
    if (items === undefined) return undefined;
    const ids = items.map((item, index) => toId(`${name}.${index}`, item));
    this.out[name] = ids;
    return ids;
  }

  stringList(name: string): string[] | undefined {
    const items = this.list(name);
    if (items === undefined) return undefined;
    const strings = items.map((item, index) => {
      if (typeof item !== 'string') throw paramError(`${name}.${index}`, 'Not a valid string.');
      return item;
    });
    this.out[name] = strings;
    return strings;
  }

  enumList<T extends string>(
    name: string,
    values: readonly T[],
    extra?: (item: string, field: string) => void,
  ): T[] | undefined {
    const items = this.stringList(name);
    if (items === undefined) return undefined;
    items.forEach((item, index) => {
      extra?.(item, `${name}.${index}`);
      if (!values.includes(item as T))
        throw paramError(`${name}.${index}`, `Must be one of: ${values.join(', ')}.`);
    });
    return items as T[];
  }

  object(name: string): Record<string, JsonValue> | undefined {
    if (!this.has(name)) return undefined;
    const value = this.body[name];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw paramError(name, 'Not a valid mapping type.');
    }
    this.out[name] = toPlain(value);
    return value;
  }
}

export function toId(field: string, value: JsonValue | undefined): string {
  if (value === null) throw paramError(field, 'Field may not be null.');
  if (typeof value === 'string' && DIGITS.test(value)) return value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  if (typeof value === 'bigint' && value >= 0n) return value.toString();
  throw paramError(field, 'Not a valid integer.');
}

/** Deep copy with bigint turned into digit strings, for the saved record. */
export function toPlain(value: JsonValue): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}
