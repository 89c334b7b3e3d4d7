/**
 * The zod field builders every TikTok tool shares: closed value sets with "did you mean", TikTok
 * IDs as strings, lists, money amounts, whole numbers in a range, booleans and UTC schedule times.
 * Each builder's messages name the field, say what was expected and how to fix it; issues a builder
 * raises itself carry a stable code in `params.code`.
 */
import { z } from 'zod';
import { didYouMean } from '../../../core/suggest.js';
import { formatUtc, parseUtc, TIME_FORMAT, TIME_PATTERN } from '../../../domain/time.js';
import { show } from '../../../domain/words.js';

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `the ${typeof value} ${show(value)}`;
}

/** How a field is named in messages: `age_groups` or `each age_groups value`. */
export interface Label {
  field: string;
  item?: boolean;
}

function subject(label: Label): string {
  return label.item ? `each ${label.field} value` : label.field;
}

type Issue = z.core.$ZodRawIssue;

/** The error function for a required field: says it is required, or that the type is wrong. */
export function typeError(label: Label, expected: string, required = false) {
  return (issue: Issue): string => {
    if (issue.input === undefined && required) return `${label.field} is required: ${expected}.`;
    return `${subject(label)} must be ${expected}; got ${typeName(issue.input)}.`;
  };
}

export interface EnumOptions {
  item?: boolean;
  /** Advice when nothing is close. */
  hint?: (input: string) => string | undefined;
  /**
   * Advice that replaces "did you mean" for inputs where the closest spelling is the wrong value
   * (an objective given as a goal, an age range that spans brackets).
   */
  advise?: (input: string) => string | undefined;
  /** The values "did you mean" may suggest (default: all): a deprecated value is never suggested. */
  suggest?: readonly string[];
}

/**
 * A closed set of values, refused with "did you mean X?" on a near miss (`GENDER_MALES`, `male`,
 * `18-24`). `advise` replaces that suggestion where it would mislead; `hint` adds advice when
 * nothing is close.
 */
export function enumField<const T extends readonly [string, ...string[]]>(
  field: string,
  values: T,
  options: EnumOptions = {},
) {
  const label: Label = { field, item: options.item ?? false };
  return z.enum(values, {
    error: (issue) => {
      if (typeof issue.input !== 'string') {
        return `${subject(label)} must be one of ${values.join(', ')}; got ${typeName(issue.input)}.`;
      }
      const advice = options.advise?.(issue.input);
      const suggestion = advice === undefined ? didYouMean(issue.input, options.suggest ?? values) : '';
      const hint = advice ?? (suggestion === '' ? (options.hint?.(issue.input) ?? '') : '');
      return `${subject(label)} must be one of ${values.join(', ')}; got ${show(issue.input)}.${suggestion}${hint ? ` ${hint}` : ''}`;
    },
  });
}

/**
 * A TikTok ID: a string of digits. A JSON number that is a safe integer is accepted and becomes a
 * string; a larger one has already lost digits in JSON parsing, and a fraction is no ID, so both
 * are refused with "send IDs as strings".
 */
export function idString(field: string, options: { item?: boolean; required?: boolean; hint?: string } = {}) {
  const label: Label = { field, item: options.item ?? false };
  const what = 'a TikTok ID written as a string of digits, e.g. "1234567890"';
  return z.preprocess(
    (value, ctx) => {
      if (typeof value !== 'number') return value;
      if (Number.isSafeInteger(value) && value >= 0) return String(value);
      const why = Number.isInteger(value)
        ? `${value} is larger than a JSON number can carry exactly (2^53), so digits are already lost`
        : `${value} is not a whole number`;
      ctx.addIssue({
        code: 'custom',
        input: value,
        message: `${subject(label)} must be sent as a string: ${why}. Send IDs as strings, e.g. "1234567890123456789".`,
        params: { code: 'id_not_string' },
      });
      return value;
    },
    z.string({ error: typeError(label, what, options.required) }).regex(/^[0-9]+$/, {
      error: (issue) =>
        `${subject(label)} must be ${what}; got ${show(issue.input)}.${options.hint ? ` ${options.hint}` : ''}`,
    }),
  );
}

/** A list of TikTok IDs (each as `idString`). */
export function idList(field: string, options: { min?: number; max?: number; emptyHint?: string } = {}) {
  let list = z.array(idString(field, { item: true }), {
    error: typeError({ field }, 'a list of TikTok IDs (strings of digits)'),
  });
  if (options.min !== undefined) {
    list = list.min(options.min, {
      error: `${field} must list at least ${options.min} ID${options.min === 1 ? '' : 's'}${options.emptyHint ? `: ${options.emptyHint}` : '.'}`,
    });
  }
  if (options.max !== undefined) {
    list = list.max(options.max, { error: `${field} may list at most ${options.max} IDs.` });
  }
  return list;
}

/** A list of values from a closed set. */
export function enumList<const T extends readonly [string, ...string[]]>(
  field: string,
  values: T,
  options: Omit<EnumOptions, 'item'> & { min?: number; emptyHint?: string } = {},
) {
  const { min: _min, emptyHint: _emptyHint, ...itemOptions } = options;
  const item = enumField(field, values, { item: true, ...itemOptions });
  const list = z.array(item, { error: typeError({ field }, `a list of values from ${values.join(', ')}`) });
  return options.min === undefined
    ? list
    : list.min(options.min, {
        error: `${field} must not be empty${options.emptyHint ? `: ${options.emptyHint}` : '.'}`,
      });
}

export function booleanField(field: string) {
  return z.boolean({ error: typeError({ field }, 'true or false') });
}

/** A money amount in the account currency, greater than 0. */
export function amount(field: string, options: { required?: boolean } = {}) {
  return z
    .number({ error: typeError({ field }, 'a number in the account currency, e.g. 25.5', options.required) })
    .gt(0, { error: (issue) => `${field} must be greater than 0; got ${show(issue.input)}.` });
}

export function integerInRange(field: string, min: number, max: number, unit: string) {
  return z
    .number({ error: typeError({ field }, `a whole number of ${unit} from ${min} to ${max}`) })
    .int({ error: (issue) => `${field} must be a whole number of ${unit}; got ${show(issue.input)}.` })
    .min(min, {
      error: (issue) => `${field} must be from ${min} to ${max} ${unit}; got ${show(issue.input)}.`,
    })
    .max(max, {
      error: (issue) => `${field} must be from ${min} to ${max} ${unit}; got ${show(issue.input)}.`,
    });
}

/** A schedule time: `YYYY-MM-DD HH:MM:SS`, a real calendar date and time, read as UTC. */
export function timeField(field: string) {
  return z
    .string({ error: typeError({ field }, `a time written ${TIME_FORMAT} (UTC)`) })
    .superRefine((value, ctx) => {
      if (parseUtc(value) !== undefined) return;
      let message: string;
      if (TIME_PATTERN.test(value)) {
        message = `${field} ${show(value)} is not a real date and time (check the day of the month, hours 00-23, minutes and seconds 00-59).`;
      } else {
        const iso = /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : undefined;
        const converted =
          iso && !Number.isNaN(iso.getTime()) && /(Z|[+-]\d{2}:?\d{2})$/.test(value)
            ? ` Did you mean ${show(formatUtc(iso))} (the same instant in UTC)?`
            : '';
        message = `${field} must be written ${TIME_FORMAT}, in UTC (TikTok reads schedule times as UTC); got ${show(value)}.${converted}`;
      }
      ctx.addIssue({ code: 'custom', input: value, message, params: { code: 'invalid_format' } });
    });
}

/** 48 half-hour slots x 7 days, Monday first. */
