/**
 * TikTok's synchronous report, `GET /report/integrated/get/` (SDK `ReportingApi.md`,
 * `yml_files/report_integrated_get.yml`; reference tiktok-tool-family.md §4.9), read whole.
 *
 * TikTok's limits are met by splitting and paging instead of refusing a period:
 * - the date window per call: 1 day with `stat_time_hour`, 30 days with `stat_time_day`, 365 days
 *   otherwise (peer-observed, reference §4.9; TikTok's docs page states them). A longer period is
 *   asked window by window; rows of the same dimensions from several windows are added up, which
 *   is exact for counts and money and impossible for reach (people overlap), so a merged row's
 *   reach is left out (null) rather than guessed;
 * - `page_size` at most 1000 (SDK yml): every page of every window is read, up to
 *   MAX_PAGES_PER_WINDOW.
 * Metric values come as strings, "-" where TikTok has none (reference §4.9): kept as strings here,
 * parsed by the reporting domain.
 */
import { addDays } from '../domain/reporting/period.js';
import { AppError } from '../errors.js';
import type { TikTokClient } from './client.js';

export const REPORT_PAGE_SIZE = 1000;
export const MAX_PAGES_PER_WINDOW = 20;

export type ReportType = 'BASIC' | 'AUDIENCE';
export type DataLevel = 'AUCTION_ADVERTISER' | 'AUCTION_CAMPAIGN' | 'AUCTION_ADGROUP' | 'AUCTION_AD';

export interface ReportFilter {
  field_name: string;
  filter_type: 'IN';
  filter_value: string;
}

export interface ReportRequest {
  advertiserId: string;
  reportType: ReportType;
  dataLevel: DataLevel;
  dimensions: string[];
  metrics: string[];
  /** `YYYY-MM-DD` in the advertiser's timezone, inclusive. */
  startDate: string;
  endDate: string;
  filtering?: ReportFilter[];
}

export interface ReportRow {
  dimensions: Record<string, string>;
  metrics: Record<string, string>;
}

export interface Report {
  rows: ReportRow[];
  /** How many calls TikTok answered (windows × pages). */
  calls: number;
  /** The date windows asked, in order. */
  windows: { start: string; end: string }[];
}

/** Metrics that add up across windows (counts and money); everything else is left out of a merge. */
const NON_ADDITIVE = new Set([
  'reach',
  'frequency',
  'ctr',
  'cpc',
  'cpm',
  'conversion_rate',
  'cost_per_conversion',
]);

/** The longest window one call may span with these dimensions. */
export function windowDays(dimensions: string[]): number {
  if (dimensions.includes('stat_time_hour')) return 1;
  if (dimensions.includes('stat_time_day')) return 30;
  return 365;
}

/** [start, end] cut into consecutive windows of at most `days` days. */
export function splitPeriod(start: string, end: string, days: number): { start: string; end: string }[] {
  const windows: { start: string; end: string }[] = [];
  for (let from = start; from <= end; from = addDays(from, days)) {
    const to = addDays(from, days - 1);
    windows.push({ start: from, end: to < end ? to : end });
  }
  return windows;
}

/** An id filter in TikTok's report form (`filter_value` is a JSON list in a string). */
export function idFilter(field: 'campaign_ids' | 'adgroup_ids' | 'ad_ids', ids: string[]): ReportFilter {
  return { field_name: field, filter_type: 'IN', filter_value: JSON.stringify(ids) };
}

interface PageData {
  list?: { dimensions?: Record<string, unknown>; metrics?: Record<string, unknown> }[];
  page_info?: { total_page?: number };
}

function stringsOf(value: Record<string, unknown> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(value ?? {}).map(([k, v]) => [k, v === null ? '-' : String(v)]));
}

async function readWindow(
  client: TikTokClient,
  accessToken: string,
  request: ReportRequest,
  window: { start: string; end: string },
  signal: AbortSignal | undefined,
): Promise<{ rows: ReportRow[]; calls: number }> {
  const rows: ReportRow[] = [];
  for (let page = 1; ; page++) {
    const { data } = await client.request<PageData>({
      method: 'GET',
      path: '/report/integrated/get/',
      accessToken,
      ...(signal ? { signal } : {}),
      query: {
        advertiser_id: request.advertiserId,
        service_type: 'AUCTION',
        report_type: request.reportType,
        data_level: request.dataLevel,
        dimensions: request.dimensions,
        metrics: request.metrics,
        start_date: window.start,
        end_date: window.end,
        filtering: request.filtering && request.filtering.length > 0 ? request.filtering : undefined,
        page,
        page_size: REPORT_PAGE_SIZE,
      },
    });
    const batch = Array.isArray(data?.list) ? data.list : [];
    rows.push(...batch.map((r) => ({ dimensions: stringsOf(r.dimensions), metrics: stringsOf(r.metrics) })));
    const totalPages = data?.page_info?.total_page ?? 1;
    if (page >= totalPages || batch.length === 0) return { rows, calls: page };
    if (page >= MAX_PAGES_PER_WINDOW) {
      throw new AppError(
        'invalid_arguments',
        `TikTok's report for ${window.start} to ${window.end} has more than ${MAX_PAGES_PER_WINDOW * REPORT_PAGE_SIZE} rows; ask for a shorter period.`,
      );
    }
  }
}

/** Rows of several windows with the same dimensions, added up (non-additive metrics dropped). */
function merge(rows: ReportRow[]): ReportRow[] {
  const byKey = new Map<string, { row: ReportRow; count: number }>();
  for (const row of rows) {
    const key = JSON.stringify(row.dimensions);
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { row: { dimensions: row.dimensions, metrics: { ...row.metrics } }, count: 1 });
      continue;
    }
    seen.count++;
    for (const [name, value] of Object.entries(row.metrics)) {
      const before = Number(seen.row.metrics[name]);
      const added = Number(value);
      if (NON_ADDITIVE.has(name)) seen.row.metrics[name] = '-';
      else if (
        Number.isFinite(before) &&
        Number.isFinite(added) &&
        value !== '' &&
        seen.row.metrics[name] !== ''
      ) {
        seen.row.metrics[name] = String(Math.round((before + added) * 100) / 100);
      }
    }
  }
  return [...byKey.values()].map((entry) => entry.row);
}

/** Every row of a report over any period: window by window, page by page. */
export async function fetchReport(
  client: TikTokClient,
  accessToken: string,
  request: ReportRequest,
  signal?: AbortSignal,
): Promise<Report> {
  const windows = splitPeriod(request.startDate, request.endDate, windowDays(request.dimensions));
  const rows: ReportRow[] = [];
  let calls = 0;
  for (const window of windows) {
    const part = await readWindow(client, accessToken, request, window, signal);
    rows.push(...part.rows);
    calls += part.calls;
  }
  const timeDimension = request.dimensions.some((d) => d === 'stat_time_day' || d === 'stat_time_hour');
  return { rows: windows.length > 1 && !timeDimension ? merge(rows) : rows, calls, windows };
}
