/** The arguments every analytics tool shares: the period and `raw_data`. */
import { z } from 'zod';

export function dateField(field: string, what: string) {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${field} must be a date written YYYY-MM-DD, e.g. 2026-03-01.`)
    .refine((v) => {
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
    }, `${field} is not a real calendar date.`)
    .describe(`${what} (YYYY-MM-DD, in the advertiser's timezone).`);
}

/** An optional date field, its description on the field itself (where schemas and catalogs read it). */
export function optionalDate(field: string, what: string) {
  const inner = dateField(field, what);
  return inner
    .nullable()
    .optional()
    .describe(inner.description as string);
}

export function periodFields(lookbackHint: string) {
  return {
    start_date: optionalDate('start_date', 'First day of the period; it overrides lookback_days'),
    end_date: optionalDate('end_date', 'Last day of the period (default: yesterday)'),
    lookback_days: z
      .number()
      .int('lookback_days must be a whole number of days.')
      .min(1, 'lookback_days must be at least 1.')
      .max(730, 'lookback_days can be at most 730.')
      .default(30)
      .describe(`Days to analyse, ending yesterday (${lookbackHint}). Ignored when start_date is given.`),
  };
}

export const rawDataField = () =>
  z
    .boolean()
    .default(false)
    .describe(
      'If true, return ONLY the raw metrics as a JSON code block: no severity labels, suggested bids or budgets, ' +
        'benchmarks or recommendations. Use it to run your own analysis or to save tokens.',
    );

/** null and absent mean the same for the period fields. */
export function periodArgs(args: {
  start_date?: string | null;
  end_date?: string | null;
  lookback_days?: number;
}) {
  return {
    start_date: args.start_date ?? undefined,
    end_date: args.end_date ?? undefined,
    lookback_days: args.lookback_days,
  };
}
