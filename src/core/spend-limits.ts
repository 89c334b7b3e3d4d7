/**
 * Spend limits, set per organisation (for all its keys) and per key. Amounts are in the currency of
 * the advertiser account a write acts on (TikTok budgets carry no currency of their own: they are
 * in the advertiser's), so an organisation with accounts in several currencies sets its limits per
 * key, one key per currency.
 */
import { z } from 'zod';
import { AppError } from '../errors.js';

const amount = (what: string) =>
  z
    .number()
    .positive()
    .max(1e12)
    .optional()
    .describe(`${what}, in the advertiser's currency. Absent: no limit.`);

export const spendLimitsSchema = z.strictObject({
  max_daily_budget: amount('The largest daily budget one write may set on one campaign or ad group'),
  max_lifetime_budget: amount('The largest lifetime budget one write may set on one campaign or ad group'),
  max_daily_added: amount(
    'The most new daily budget that writes may add in one UTC day (a new object adds its daily budget; an update adds new minus old)',
  ),
});

export type SpendLimits = z.output<typeof spendLimitsSchema>;

export const LIMIT_NAMES: Record<keyof SpendLimits, string> = {
  max_daily_budget: 'largest daily budget per object',
  max_lifetime_budget: 'largest lifetime budget per object',
  max_daily_added: 'new daily budget per day',
};

/** Stored JSON back to limits; a stored value is ours, so a bad one is a bug, not input. */
export function readSpendLimits(json: string | null): SpendLimits {
  if (json === null) return {};
  return spendLimitsSchema.parse(JSON.parse(json));
}

/** Limits as stored: null when none is set. */
export function writeSpendLimits(limits: SpendLimits): string | null {
  const set = Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined));
  return Object.keys(set).length === 0 ? null : JSON.stringify(set);
}

/** Checks operator input (admin API, CLI, console), with a message naming the field. */
export function parseSpendLimits(input: unknown): SpendLimits {
  const parsed = spendLimitsSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(limits)'}: ${i.message}`);
    throw new AppError('invalid_request', `The spend limits are not valid: ${problems.join('; ')}.`);
  }
  return parsed.data;
}
