import { randomBytes } from 'node:crypto';

/** A random, URL-safe identifier with a readable type prefix, e.g. `org_5f2k...`. */
export function newId(prefix: string, bytes = 12): string {
  return `${prefix}_${randomBytes(bytes).toString('base64url')}`;
}

/** Request ids appear in every response and log line. */
export function newRequestId(): string {
  return newId('req', 12);
}
