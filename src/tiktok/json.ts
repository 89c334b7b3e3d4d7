/**
 * JSON parsing that keeps big integers exact.
 *
 * TikTok sends most ids as strings, but some (pixel ids, older endpoints) still arrive as unquoted
 * 64-bit integers, which `JSON.parse` silently rounds. `parseJsonExact` quotes every integer literal
 * that is not a safe integer before parsing, so it arrives as a string with its exact digits. Only
 * numbers outside strings are touched; fractions and exponents are left as numbers.
 */

/** Integers shorter than this many digits are always safe (2^53 - 1 has 16 digits). */
const ALWAYS_SAFE_DIGITS = 15;
const NUMBER_AT = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
/**
 * Where an unsafe integer can start: 16 digits or more after the start of the text, a `:`, a `[`
 * or a `,` (JSON whitespace between). Ids in strings follow a `"`, so TikTok's usual answer, whose
 * long digit runs are all quoted ids, is not walked (the walk was 1 % of a billable call's CPU).
 */
const LONG_NUMBER_TOKEN = /(?:^|[:[,])\s*-?[0-9]{16}/;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function isUnsafeInteger(literal: string): boolean {
  const digits = literal.startsWith('-') ? literal.slice(1) : literal;
  if (digits.length <= ALWAYS_SAFE_DIGITS) return false;
  return BigInt(digits) > MAX_SAFE;
}

/**
 * Rewrites `text` so that every integer literal outside a string that is not a safe integer is
 * quoted. Invalid JSON stays invalid (it is left for `JSON.parse` to reject).
 */
export function quoteUnsafeIntegers(text: string): string {
  // Fast path: no number token of 16 digits or more, so no unsafe integer can exist.
  if (!LONG_NUMBER_TOKEN.test(text)) return text;
  let out = '';
  let copiedUpTo = 0;
  let i = 0;
  const length = text.length;
  while (i < length) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22 /* " */) {
      i = endOfString(text, i);
      continue;
    }
    const literal = ch === 0x2d /* - */ || (ch >= 0x30 && ch <= 0x39) ? numberAt(text, i) : undefined;
    if (literal === undefined) {
      i++;
      continue;
    }
    if (!/[.eE]/.test(literal) && isUnsafeInteger(literal)) {
      out += `${text.slice(copiedUpTo, i)}"${literal}"`;
      copiedUpTo = i + literal.length;
    }
    i += literal.length;
  }
  if (copiedUpTo === 0) return text;
  return out + text.slice(copiedUpTo);
}

/** The number literal that starts at `start`, if one does. */
function numberAt(text: string, start: number): string | undefined {
  NUMBER_AT.lastIndex = start;
  return NUMBER_AT.exec(text)?.[0];
}

/** The index just after the string that starts at `start` (a `"`), honouring backslash escapes. */
function endOfString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x5c /* \ */) i += 2;
    else if (c === 0x22) return i + 1;
    else i++;
  }
  return i;
}

/** `JSON.parse` that turns integers beyond ±(2^53 − 1) into strings with their exact digits. */
export function parseJsonExact(text: string): unknown {
  return JSON.parse(quoteUnsafeIntegers(text));
}
