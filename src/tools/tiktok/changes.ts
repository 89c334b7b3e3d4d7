/**
 * What the update tools share: a name argument with TikTok's limits, the before/after difference
 * of a change, its words ("budget: USD 50.00 → USD 75.00"), and confirming a change whose answer
 * was lost by reading the object back.
 */
import { z } from 'zod';
import { AppError } from '../../errors.js';
import { markdownTable } from './markdown.js';

/** A campaign or ad group name: 1 to 512 characters, no emoji (TikTok's limits, reference §4.2). */
export function nameField(field: string, noun: string) {
  return z
    .string({ error: `${field} must be text: the new name of the ${noun}.` })
    .superRefine((value, ctx) => {
      const fail = (code: string, message: string) =>
        ctx.addIssue({ code: 'custom', input: value, message, params: { code } });
      const length = [...value].length;
      if (value.trim() === '') fail('required', `${field} must not be empty.`);
      if (length > 512)
        fail('too_long', `${field} may have at most 512 characters; it has ${length}. Shorten it.`);
      const emoji = value.match(/\p{Extended_Pictographic}/u)?.[0];
      if (emoji !== undefined)
        fail('invalid_value', `${field} must not contain emoji (TikTok refuses them): remove ${emoji}.`);
    });
}

export interface FieldChange {
  /** TikTok's field name. */
  field: string;
  before: unknown;
  after: unknown;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The fields of `wanted` whose value differs from what the object has now. */
export function diff(current: Record<string, unknown>, wanted: Record<string, unknown>): FieldChange[] {
  return Object.entries(wanted)
    .filter(([field, value]) => !same(current[field], value))
    .map(([field, after]) => ({ field, before: current[field] ?? null, after }));
}

/** Whether the object read back carries every changed value. */
export function applied(readBack: Record<string, unknown>, changes: FieldChange[]): boolean {
  return changes.every((change) => same(readBack[change.field], change.after));
}

export type Show = (field: string, value: unknown) => string;

export const plainShow: Show = (_field, value) => {
  if (value === null || value === undefined) return '-';
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
};

/** "budget from USD 50.00 to USD 75.00; adgroup_name from A to B". */
export function changeSentence(changes: FieldChange[], show: Show = plainShow): string {
  return changes
    .map((c) => `${c.field} from ${show(c.field, c.before)} to ${show(c.field, c.after)}`)
    .join('; ');
}

export function changeTable(changes: FieldChange[], show: Show = plainShow): string {
  return markdownTable(
    ['Field', 'Before', 'After'],
    changes.map((c) => [c.field, show(c.field, c.before), show(c.field, c.after)]),
  );
}

/**
 * Sends a change; when TikTok's answer is lost (platform_outcome_unknown), reads the object back
 * and counts the change as made if every value is there. TikTok's update calls carry no
 * idempotency key, so the client never re-sends them; this read is how adgate learns the outcome.
 */
export async function sendOrReadBack<T>(
  send: () => Promise<T>,
  readBack: () => Promise<Record<string, unknown> | undefined>,
  changes: FieldChange[],
): Promise<{ result: T | undefined; readBack: boolean }> {
  try {
    return { result: await send(), readBack: false };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'platform_outcome_unknown') throw error;
    const current = await readBack();
    if (!current || !applied(current, changes)) throw error;
    return { result: undefined, readBack: true };
  }
}
