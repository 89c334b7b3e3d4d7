/**
 * JSON that keeps 64-bit integers exact in both directions.
 *
 * TikTok sends some ids (pixel ids, some ad group ids) as unquoted integers above 2^53, and a
 * client may send them back the same way. `JSON.parse` would round them silently, so requests are
 * parsed here with integers outside the safe range turned into `bigint`, and responses are written
 * here with every `bigint` written as raw digits. Inside the emulator ids stay strings; only the
 * wire layer turns the chosen ones into `bigint` so they come out unquoted.
 */

export type JsonValue =
  | string
  | number
  | bigint
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`${message} at position ${position}`);
    this.name = 'JsonSyntaxError';
  }
}

const MAX_DEPTH = 256;

/** Parses JSON text; integers that a double cannot hold exactly come back as `bigint`. */
export function parseJson(text: string): JsonValue {
  const parser = new Parser(text);
  parser.skipWhitespace();
  const value = parser.value(0);
  parser.skipWhitespace();
  if (!parser.atEnd()) throw new JsonSyntaxError('Unexpected data after the JSON value', parser.pos);
  return value;
}

class Parser {
  pos = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  skipWhitespace(): void {
    while (this.pos < this.text.length) {
      const c = this.text.charCodeAt(this.pos);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) this.pos++;
      else break;
    }
  }

  value(depth: number): JsonValue {
    if (depth > MAX_DEPTH) throw new JsonSyntaxError('JSON nested too deeply', this.pos);
    const c = this.text[this.pos];
    switch (c) {
      case '{':
        return this.object(depth);
      case '[':
        return this.array(depth);
      case '"':
        return this.string();
      case 't':
        return this.literal('true', true);
      case 'f':
        return this.literal('false', false);
      case 'n':
        return this.literal('null', null);
      default:
        if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
        throw new JsonSyntaxError(
          c === undefined ? 'Unexpected end of JSON' : `Unexpected character ${c}`,
          this.pos,
        );
    }
  }

  private literal<T>(word: string, result: T): T {
    if (!this.text.startsWith(word, this.pos)) throw new JsonSyntaxError('Invalid literal', this.pos);
    this.pos += word.length;
    return result;
  }

  private object(depth: number): { [key: string]: JsonValue } {
    // A null-prototype object: a body key named "__proto__" must stay data, never a prototype.
    const out: { [key: string]: JsonValue } = Object.create(null);
    this.pos++;
    this.skipWhitespace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return out;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.pos] !== '"') throw new JsonSyntaxError('Expected a property name', this.pos);
      const key = this.string();
      this.skipWhitespace();
      if (this.text[this.pos] !== ':') throw new JsonSyntaxError('Expected ":"', this.pos);
      this.pos++;
      this.skipWhitespace();
      out[key] = this.value(depth + 1);
      this.skipWhitespace();
      const next = this.text[this.pos];
      this.pos++;
      if (next === '}') return out;
      if (next !== ',') throw new JsonSyntaxError('Expected "," or "}"', this.pos - 1);
    }
  }

  private array(depth: number): JsonValue[] {
    const out: JsonValue[] = [];
    this.pos++;
    this.skipWhitespace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return out;
    }
    for (;;) {
      this.skipWhitespace();
      out.push(this.value(depth + 1));
      this.skipWhitespace();
      const next = this.text[this.pos];
      this.pos++;
      if (next === ']') return out;
      if (next !== ',') throw new JsonSyntaxError('Expected "," or "]"', this.pos - 1);
    }
  }

  private string(): string {
    const start = this.pos;
    this.pos++;
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined) throw new JsonSyntaxError('Unterminated string', start);
      if (c === '\\') this.pos += 2;
      else if (c === '"') break;
      else this.pos++;
    }
    this.pos++;
    // The token is delimited correctly above; JSON.parse decodes its escapes and rejects bad ones.
    try {
      return JSON.parse(this.text.slice(start, this.pos)) as string;
    } catch {
      throw new JsonSyntaxError('Invalid string', start);
    }
  }

  private number(): number | bigint {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos, this.pos + 400));
    if (!match) throw new JsonSyntaxError('Invalid number', this.pos);
    const token = match[0];
    this.pos += token.length;
    const isInteger = match[2] === undefined && match[3] === undefined;
    const asNumber = Number(token);
    if (isInteger && !Number.isSafeInteger(asNumber)) return BigInt(token);
    return asNumber;
  }
}

/**
 * Writes JSON; a `bigint` becomes bare digits. `undefined` properties are left out, as
 * JSON.stringify does, and `toJSON` (for Date) is honoured.
 */
export function stringifyJson(value: unknown): string {
  return write(value) ?? 'null';
}

function write(value: unknown): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'bigint':
      return value.toString();
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
  }
  const withToJson = value as { toJSON?: () => unknown };
  if (typeof withToJson.toJSON === 'function') return write(withToJson.toJSON());
  if (Array.isArray(value)) return `[${value.map((item) => write(item) ?? 'null').join(',')}]`;
  if (value instanceof Map) return write(Object.fromEntries(value));
  const parts: string[] = [];
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const text = write(item);
    if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${parts.join(',')}}`;
}
