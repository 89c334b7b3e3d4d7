/**
 * TikTok's minimum daily ad group budget per account currency. Source: the Adspirer skill notes
 * (reference "ADSP", `validity-matrix.md`), third-party: TikTok answers "Your budget setting must not
 * be less than X" below these. Lifetime budgets floor at roughly 7x the daily figure.
 */
export const DAILY_BUDGET_FLOOR: Readonly<Record<string, number>> = {
  USD: 20,
  EUR: 20,
  GBP: 15,
  CAD: 25,
  AUD: 30,
  SGD: 25,
  BRL: 100,
  HKD: 150,
  MXN: 350,
  ZAR: 500,
  TWD: 600,
  PHP: 1000,
  INR: 1500,
  JPY: 2500,
  MYR: 80,
  THB: 700,
  VND: 470000,
  IDR: 280000,
  AED: 70,
  SAR: 80,
  ILS: 70,
  PLN: 80,
  TRY: 600,
  EGP: 600,
};

/** The same source says any other currency "defaults to a floor of 50"; unconfirmed, so a warning. */
export const UNLISTED_CURRENCY_FLOOR = 50;

/** The lifetime minimum is "roughly 7x the daily" (same source): a warning, not a refusal. */
export const LIFETIME_FLOOR_FACTOR = 7;

// Building an Intl formatter costs far more than using one (it showed in the benchmark's profile).
const digitsByCurrency = new Map<string, number>();
const formatterByDigits = new Map<number, Intl.NumberFormat>();

/** Minor units of a currency (JPY 0, EUR 2), from the runtime's ICU data; 2 when it is unknown. */
export function currencyDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits as number;
    } catch {
      digits = 2;
    }
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/** `EUR 20.00`, `JPY 2,500`, `USD 1,234.50`. */
export function formatMoney(amount: number, currency: string): string {
  const digits = currencyDigits(currency);
  let formatter = formatterByDigits.get(digits);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatterByDigits.set(digits, formatter);
  }
  return `${currency} ${formatter.format(amount)}`;
}
