/**
 * TikTok's budget rules per currency, from TikTok's first-party table "Budget verification ratio and
 * value range for each currency" (Marketing API doc id 1737585839634433) and the "Budget" doc
 * (id 1739381246298114):
 * - a budget's range is the base range times the currency's verification ratio;
 * - campaigns: base [50, 10,000,000); ad groups: base [20, 10,000,000) (the maximum is exclusive);
 *   STORE / SHOWCASE product sources have a base minimum of 10;
 * - an ad group's lifetime minimum is its daily minimum times the days scheduled;
 * - budgets are checked for the currency's precision first: whole units for the currencies in
 *   WHOLE_UNIT_CURRENCIES, 0.01 for the rest.
 */

import { BoundedMemo } from '../bounded-memo.js';

/** TikTok's verification ratio per ISO 4217 code (the 56 currencies of doc 1737585839634433). */
export const VERIFICATION_RATIO: Readonly<Record<string, number>> = Object.freeze({
  ...ratio(1, 'USD EUR GBP AUD CAD NZD SGD CHF ARS BRL ILS MYR PEN QAR RON SAR AED HUF'),
  ...ratio(4, 'PLN'),
  ...ratio(10, 'HKD ZAR DKK SEK NOK TRY MXN THB CNY BOB CZK EGP GTQ HNL MOP TWD NIO UAH UYU'),
  ...ratio(50, 'PHP'),
  ...ratio(100, 'JPY RUB DZD BDT ISK INR KES NGN PKR'),
  ...ratio(1000, 'KRW CLP COP CRC'),
  ...ratio(10000, 'IDR PYG VND'),
  ...ratio(100000, 'VEF'),
});

function ratio(value: number, codes: string): Record<string, number> {
  return Object.fromEntries(codes.split(' ').map((code) => [code, value]));
}

/** Currencies TikTok takes in whole units only (precision 1 in doc 1737585839634433). */
export const WHOLE_UNIT_CURRENCIES: ReadonlySet<string> = new Set(
  'JPY KRW HUF CLP ISK IDR TWD PYG VND'.split(' '),
);

/** The base ranges of doc 1737585839634433, before the ratio. */
const BASE_RANGE = {
  campaign: { min: 50, storeMin: 10 },
  adgroup: { min: 20, storeMin: 10 },
  maxExclusive: 10_000_000,
} as const;

export type BudgetLevel = 'campaign' | 'adgroup';

export interface DailyBudgetRange {
  currency: string;
  /** The smallest daily budget TikTok takes. */
  min: number;
  /** TikTok refuses this amount and anything above it. */
  maxExclusive: number;
  /** Decimal places TikTok accepts (0 or 2). */
  decimals: 0 | 2;
}

/**
 * TikTok's daily budget range for a currency, or undefined when TikTok's table does not list it
 * (callers then say the floor is unknown instead of guessing one).
 */
export function dailyBudgetRange(
  currency: string,
  level: BudgetLevel,
  options: { storeProductSource?: boolean } = {},
): DailyBudgetRange | undefined {
  const factor = VERIFICATION_RATIO[currency];
  if (factor === undefined) return undefined;
  const base = options.storeProductSource ? BASE_RANGE[level].storeMin : BASE_RANGE[level].min;
  return {
    currency,
    min: base * factor,
    maxExclusive: BASE_RANGE.maxExclusive * factor,
    decimals: WHOLE_UNIT_CURRENCIES.has(currency) ? 0 : 2,
  };
}

/** An ad group's lifetime minimum: the daily minimum times the days scheduled (whole days, at least 1). */
export function lifetimeBudgetMinimum(range: DailyBudgetRange, scheduledDays: number): number {
  return range.min * Math.max(1, Math.ceil(scheduledDays));
}

/** Whether an amount has no more decimals than the currency allows. */
export function hasCurrencyPrecision(amount: number, range: Pick<DailyBudgetRange, 'decimals'>): boolean {
  const scaled = amount * 10 ** range.decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

// Building an Intl formatter costs far more than using one (it showed in the benchmark's profile).
const digitsByCurrency = new Map<string, number>();
const formatterByDigits = new Map<number, Intl.NumberFormat>();

/** Minor units used to show a currency: TikTok's precision where it has one, else ICU's (2 when unknown). */
export function currencyDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    if (WHOLE_UNIT_CURRENCIES.has(currency)) digits = 0;
    else {
      try {
        digits = new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions()
          .maximumFractionDigits as number;
      } catch {
        digits = 2;
      }
    }
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/**
 * Amounts in words by currency: even a kept formatter's `format` showed at 0.7 % of a call in the
 * profile, and one call shows its budget and bids several times (rules, answer), as do the calls
 * of one account. Bounded, emptied when full.
 */
const formattedByCurrency = new BoundedMemo<string, BoundedMemo<number, string>>(300);

/** `EUR 20.00`, `JPY 2,500`, `USD 1,234.50`. */
export function formatMoney(amount: number, currency: string): string {
  // A Map takes -0 for 0, which Intl shows as `-0.00`.
  if (Object.is(amount, -0)) return formatUncached(amount, currency);
  const formatted = formattedByCurrency.get(currency, () => new BoundedMemo<number, string>(1000));
  return formatted.get(amount, () => formatUncached(amount, currency));
}

function formatUncached(amount: number, currency: string): string {
  return `${currency} ${moneyFormatter(currencyDigits(currency)).format(amount)}`;
}

function moneyFormatter(digits: number): Intl.NumberFormat {
  let formatter = formatterByDigits.get(digits);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatterByDigits.set(digits, formatter);
  }
  return formatter;
}
