/** Report rows (TikTok's `{dimensions, metrics}`) as totals keyed by their dimensions. */
import { BASE_FIELDS, TIKTOK_METRIC, type Totals, totalsOf } from './metrics.js';

export interface RowLike {
  dimensions: Record<string, string>;
  metrics: Record<string, string>;
}

export interface Keyed {
  dimensions: Record<string, string>;
  totals: Totals;
  /** Non-metric fields TikTok gave (names, objective). */
  attributes: Record<string, string>;
}

const METRIC_NAMES = new Set<string>(BASE_FIELDS.map((f) => TIKTOK_METRIC[f]));

export function keyed(rows: RowLike[]): Keyed[] {
  return rows.map((row) => ({
    dimensions: row.dimensions,
    totals: totalsOf(row.metrics),
    attributes: Object.fromEntries(Object.entries(row.metrics).filter(([name]) => !METRIC_NAMES.has(name))),
  }));
}

/** `stat_time_day` ("2026-03-01 00:00:00") as a day. */
export function dayOf(row: { dimensions: Record<string, string> }): string {
  return String(row.dimensions.stat_time_day ?? '').slice(0, 10);
}

/** Rows grouped by one dimension, in first-seen order. */
export function groupBy<T extends { dimensions: Record<string, string> }>(
  rows: T[],
  dimension: string,
): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const key = row.dimensions[dimension] ?? '';
    const list = out.get(key);
    if (list) list.push(row);
    else out.set(key, [row]);
  }
  return out;
}
