import { describe, expect, it } from 'vitest';
import {
  dailyBudgetRange,
  formatMoney,
  hasCurrencyPrecision,
  lifetimeBudgetMinimum,
  VERIFICATION_RATIO,
} from './currency.js';

describe('TikTok budget ranges per currency (doc 1737585839634433)', () => {
  it('lists the 56 currencies of the table', () => {
    expect(Object.keys(VERIFICATION_RATIO)).toHaveLength(56);
  });

  it.each([
    ['USD', 20],
    ['EUR', 20],
    ['GBP', 20],
    ['BRL', 20],
    ['PLN', 80],
    ['MXN', 200],
    ['PHP', 1000],
    ['INR', 2000],
    ['JPY', 2000],
    ['KRW', 20000],
    ['VND', 200000],
  ])('an ad group in %s floors at %d a day', (currency, min) => {
    expect(dailyBudgetRange(currency, 'adgroup')?.min).toBe(min);
  });

  it('a campaign floors at 50 × the ratio; STORE sources at 10 × the ratio', () => {
    expect(dailyBudgetRange('USD', 'campaign')?.min).toBe(50);
    expect(dailyBudgetRange('JPY', 'campaign')?.min).toBe(5000);
    expect(dailyBudgetRange('USD', 'adgroup', { storeProductSource: true })?.min).toBe(10);
  });

  it('the maximum is 10,000,000 × the ratio, exclusive', () => {
    expect(dailyBudgetRange('USD', 'adgroup')?.maxExclusive).toBe(10_000_000);
    expect(dailyBudgetRange('KRW', 'adgroup')?.maxExclusive).toBe(10_000_000_000);
  });

  it('an unlisted currency has no range rather than a guessed one', () => {
    expect(dailyBudgetRange('XAF', 'adgroup')).toBeUndefined();
  });

  it('whole-unit currencies refuse decimals, the others take cents', () => {
    const jpy = dailyBudgetRange('JPY', 'adgroup');
    const usd = dailyBudgetRange('USD', 'adgroup');
    if (!jpy || !usd) throw new Error('listed currencies');
    expect(jpy.decimals).toBe(0);
    expect(hasCurrencyPrecision(2000.5, jpy)).toBe(false);
    expect(hasCurrencyPrecision(2000, jpy)).toBe(true);
    expect(hasCurrencyPrecision(20.25, usd)).toBe(true);
    expect(hasCurrencyPrecision(20.255, usd)).toBe(false);
  });

  it('the lifetime minimum is the daily minimum times the days scheduled', () => {
    const usd = dailyBudgetRange('USD', 'adgroup');
    if (!usd) throw new Error('listed');
    expect(lifetimeBudgetMinimum(usd, 31)).toBe(620);
    expect(lifetimeBudgetMinimum(usd, 2.5)).toBe(60);
  });

  it('formats money in the precision TikTok uses', () => {
    expect(formatMoney(2000, 'JPY')).toBe('JPY 2,000');
    expect(formatMoney(20, 'EUR')).toBe('EUR 20.00');
    expect(formatMoney(20000, 'HUF')).toBe('HUF 20,000');
  });

  it('shows an amount the same however often it is shown, and -0 as Intl does', () => {
    expect(formatMoney(1234.5, 'USD')).toBe('USD 1,234.50');
    expect(formatMoney(1234.5, 'USD')).toBe('USD 1,234.50');
    expect(formatMoney(0, 'USD')).toBe('USD 0.00');
    expect(formatMoney(-0, 'USD')).toBe('USD -0.00');
  });
});
