/** How the analytics tools write numbers: money in the advertiser's currency, rates as percentages. */
import { formatMoney } from '../../../domain/currency.js';
import { derive, FORMULAS, type Totals } from '../../../domain/reporting/metrics.js';

export function money(value: number | null, currency: string): string {
  return value === null ? 'no data' : formatMoney(value, currency);
}

export function percent(value: number | null, digits = 2): string {
  return value === null ? 'no data' : `${(value * 100).toFixed(digits)}%`;
}

export function count(value: number | null): string {
  return value === null ? 'no data' : Math.round(value).toLocaleString('en-US');
}

export function ratioText(value: number | null): string {
  return value === null ? 'no data' : value.toFixed(2);
}

/** The usual columns of a performance table, for one row of totals. */
export function performanceCells(t: Totals, currency: string): string[] {
  const d = derive(t);
  return [
    money(t.spend, currency),
    count(t.impressions),
    count(t.clicks),
    percent(d.ctr),
    money(d.cpc, currency),
    money(d.cpm, currency),
    count(t.conversions),
    money(d.cost_per_conversion, currency),
    ratioText(d.roas),
    percent(d.hook_rate, 1),
    percent(d.completion_rate, 1),
    percent(d.engagement_rate),
  ];
}

export const PERFORMANCE_HEADERS = [
  'Spend',
  'Impr.',
  'Clicks',
  'CTR',
  'CPC',
  'CPM',
  'Conv.',
  'Cost/conv.',
  'ROAS',
  'Hook',
  'Completion',
  'Engagement',
];

/** The `raw_data` answer: the numbers only, as one JSON code block. */
export function rawBlock(value: unknown): string {
  return `\`\`\`json\n${JSON.stringify(value, null, 2)}\n\`\`\``;
}

/** One line naming the formulas behind the derived columns (docs/reporting.md has them all). */
export function formulaNote(keys: (keyof typeof FORMULAS)[]): string {
  return `Formulas: ${keys.map((k) => `${k.replace(/_/g, ' ')} = ${FORMULAS[k]}`).join('; ')}.`;
}
