/**
 * The request rules of `GET /report/integrated/get/`, checked the way TikTok answers them: the
 * first broken rule wins, code 40002, a marshmallow-style message.
 *
 * First-party (TikTok's SDK, `yml_files/report_integrated_get.yml`, "Report Integrated Get" doc id
 * 1740302848100353): `report_type` required, one of AUDIENCE, BASIC, BC, CATALOG, PLAYABLE_MATERIAL,
 * TT_SHOP; `service_type` AUCTION or RESERVATION; `data_level` one of the AUCTION_* / RESERVATION_*
 * levels; `dimensions`, `metrics`, `filtering` JSON lists; `order_type` ASC or DESC; `filtering`
 * items `{field_name, filter_type, filter_value}` with the filter types below; `page` ≥ 1,
 * `page_size` 1–1000 (default 10); `query_lifetime` a boolean.
 *
 * Peer-observed (reference tiktok-tool-family.md §4.9, from peers' clients; enforced only with
 * `peerRules`): with `stat_time_day` at most 30 days, with `stat_time_hour` one day, otherwise
 * 365 days; `query_lifetime` takes no time or audience dimension; reach and frequency and the
 * purchase-value metrics are not in audience reports (a peer's NOT_AUDIENCE_METRICS list);
 * at most 100 ids in an id filter (SDK ReportingApi.md's older text).
 *
 * The emulator's own choices (not TikTok facts): the report types it serves are BASIC and
 * AUDIENCE; a metric not valid at the level is refused as TikTok refuses one
 * ("Invalid metric fields: [...]", airbytehq/airbyte#11375).
 */

import { queryJson, queryValue, readId, readPaging, stringListOf } from '../endpoints/params.js';
import type { EndpointContext } from '../endpoints/types.js';
import { paramError } from '../envelope.js';
import type { JsonValue } from '../json.js';

export const REPORT_TYPES = ['AUDIENCE', 'BASIC', 'BC', 'CATALOG', 'PLAYABLE_MATERIAL', 'TT_SHOP'] as const;
export const DATA_LEVELS = {
  AUCTION_ADVERTISER: 'advertiser_id',
  AUCTION_CAMPAIGN: 'campaign_id',
  AUCTION_ADGROUP: 'adgroup_id',
  AUCTION_AD: 'ad_id',
} as const;
export type DataLevel = keyof typeof DATA_LEVELS;
const RESERVATION_LEVELS = [
  'RESERVATION_AD',
  'RESERVATION_ADGROUP',
  'RESERVATION_ADVERTISER',
  'RESERVATION_CAMPAIGN',
];
const FILTER_TYPES = [
  'BETWEEN',
  'GREATER_EQUAL',
  'GREATER_THAN',
  'IN',
  'LOWER_EQUAL',
  'LOWER_THAN',
  'MATCH',
  'RANGE',
];
const ID_DIMENSIONS = Object.values(DATA_LEVELS) as string[];
export const TIME_DIMENSIONS = ['stat_time_day', 'stat_time_hour'];
export const AUDIENCE_DIMENSIONS = ['age', 'gender', 'country_code'];

/** Metrics summed from the history; the value is the count field (see history.ts). */
export const COUNT_METRICS = {
  spend: 'spend',
  impressions: 'impressions',
  clicks: 'clicks',
  reach: 'reach',
  conversion: 'conversions',
  complete_payment: 'conversions',
  total_complete_payment_rate: 'value',
  video_play_actions: 'plays',
  video_watched_2s: 'watched2s',
  video_watched_6s: 'watched6s',
  video_views_p25: 'p25',
  video_views_p50: 'p50',
  video_views_p75: 'p75',
  video_views_p100: 'p100',
  likes: 'likes',
  comments: 'comments',
  shares: 'shares',
  follows: 'follows',
} as const;
export const RATIO_METRICS = [
  'ctr',
  'cpc',
  'cpm',
  'frequency',
  'conversion_rate',
  'cost_per_conversion',
  'complete_payment_roas',
] as const;
/** Attribute metrics and the lowest level... the levels that have them. */
export const ATTRIBUTE_METRICS: Readonly<Record<string, DataLevel[]>> = {
  campaign_name: ['AUCTION_CAMPAIGN', 'AUCTION_ADGROUP', 'AUCTION_AD'],
  objective_type: ['AUCTION_CAMPAIGN', 'AUCTION_ADGROUP', 'AUCTION_AD'],
  campaign_id: ['AUCTION_ADGROUP', 'AUCTION_AD'],
  adgroup_name: ['AUCTION_ADGROUP', 'AUCTION_AD'],
  adgroup_id: ['AUCTION_AD'],
  ad_name: ['AUCTION_AD'],
};
const NOT_AUDIENCE_METRICS = ['reach', 'frequency', 'total_complete_payment_rate', 'complete_payment_roas'];

export interface ReportFilter {
  campaignIds?: string[];
  adgroupIds?: string[];
  adIds?: string[];
}

export interface ReportQuery {
  advertiserId: string;
  reportType: 'BASIC' | 'AUDIENCE';
  dataLevel: DataLevel;
  dimensions: string[];
  metrics: string[];
  startDate: string | undefined;
  endDate: string | undefined;
  lifetime: boolean;
  filter: ReportFilter;
  orderField: string | undefined;
  orderType: 'ASC' | 'DESC';
  page: number;
  pageSize: number;
}

function enumValue<T extends string>(
  field: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw paramError(field, `Must be one of: ${allowed.join(', ')}.`);
  }
  return value as T;
}

function readDate(field: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const valid =
    /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!valid) throw paramError(field, 'Not a valid date. The format is YYYY-MM-DD.');
  return value;
}

function spanDays(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
}

const FILTER_TARGETS: Record<string, keyof ReportFilter> = {
  campaign_ids: 'campaignIds',
  adgroup_ids: 'adgroupIds',
  ad_ids: 'adIds',
};

/** One `filtering` entry's shape: an object with the three string fields and a known filter type. */
function readFilterItem(
  item: JsonValue,
  i: number,
): Record<'field_name' | 'filter_type' | 'filter_value', string> {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    throw paramError(`filtering.${i}`, 'Not a valid mapping type.');
  }
  for (const key of ['field_name', 'filter_type', 'filter_value'] as const) {
    if (typeof item[key] !== 'string')
      throw paramError(`filtering.${i}.${key}`, 'Missing data for required field.');
  }
  enumValue(`filtering.${i}.filter_type`, item.filter_type as string, FILTER_TYPES);
  return item as Record<'field_name' | 'filter_type' | 'filter_value', string>;
}

/** An id filter's value: a JSON list of ids (at most 100 under peer rules). */
function readFilterIds(value: string, i: number, peerRules: boolean): string[] {
  let ids: JsonValue;
  try {
    ids = JSON.parse(value);
  } catch {
    throw paramError(`filtering.${i}.filter_value`, 'Not a valid JSON list.');
  }
  if (!Array.isArray(ids)) throw paramError(`filtering.${i}.filter_value`, 'Not a valid JSON list.');
  if (peerRules && ids.length > 100) throw paramError(`filtering.${i}.filter_value`, 'At most 100 ids.');
  return ids.map((id, n) => readId(`filtering.${i}.filter_value.${n}`, id));
}

function readFilter(raw: JsonValue | undefined, peerRules: boolean): ReportFilter {
  if (raw === undefined) return {};
  if (!Array.isArray(raw)) throw paramError('filtering', 'Not a valid list.');
  const filter: ReportFilter = {};
  raw.forEach((entry, i) => {
    const item = readFilterItem(entry, i);
    const name = item.field_name;
    const target = FILTER_TARGETS[name];
    if (!target) return; // status and other filters: every emulated object is active
    if (item.filter_type !== 'IN')
      throw paramError(`filtering.${i}.filter_type`, `${name} takes filter_type IN.`);
    filter[target] = readFilterIds(item.filter_value, i, peerRules);
  });
  return filter;
}

function checkDimensions(q: ReportQuery): void {
  const idDims = q.dimensions.filter((d) => ID_DIMENSIONS.includes(d));
  for (const d of q.dimensions) {
    const known = ID_DIMENSIONS.includes(d) || TIME_DIMENSIONS.includes(d) || AUDIENCE_DIMENSIONS.includes(d);
    if (!known) throw paramError('dimensions', `Invalid dimension: ${d}.`);
  }
  if (new Set(q.dimensions).size !== q.dimensions.length)
    throw paramError('dimensions', 'Duplicate dimensions.');
  if (idDims.some((d) => d !== DATA_LEVELS[q.dataLevel])) {
    throw paramError(
      'dimensions',
      `At data_level ${q.dataLevel} the id dimension is ${DATA_LEVELS[q.dataLevel]}.`,
    );
  }
  if (q.dimensions.filter((d) => TIME_DIMENSIONS.includes(d)).length > 1) {
    throw paramError('dimensions', 'Use at most one of stat_time_day and stat_time_hour.');
  }
  const audience = q.dimensions.filter((d) => d === 'age' || d === 'gender');
  if (q.reportType === 'BASIC' && audience.length > 0) {
    throw paramError('dimensions', `Invalid dimension for report_type BASIC: ${audience.join(', ')}.`);
  }
  if (q.reportType === 'AUDIENCE' && !q.dimensions.some((d) => AUDIENCE_DIMENSIONS.includes(d))) {
    throw paramError('dimensions', 'An AUDIENCE report needs at least one of age, gender, country_code.');
  }
}

function checkMetrics(q: ReportQuery, peerRules: boolean): void {
  const invalid = q.metrics.filter((m) => {
    if (m in COUNT_METRICS || (RATIO_METRICS as readonly string[]).includes(m)) {
      return peerRules && q.reportType === 'AUDIENCE' && NOT_AUDIENCE_METRICS.includes(m);
    }
    return !ATTRIBUTE_METRICS[m]?.includes(q.dataLevel);
  });
  if (invalid.length > 0)
    throw paramError('metrics', `Invalid metric fields: [${invalid.map((m) => `'${m}'`).join(', ')}]`);
}

function checkDates(q: ReportQuery, peerRules: boolean): void {
  const timeDims = q.dimensions.filter((d) => TIME_DIMENSIONS.includes(d) || AUDIENCE_DIMENSIONS.includes(d));
  if (q.lifetime) {
    if (peerRules && timeDims.length > 0) {
      throw paramError('query_lifetime', 'query_lifetime does not take time or audience dimensions.');
    }
    return;
  }
  if (!q.startDate) throw paramError('start_date', 'Missing data for required field.');
  if (!q.endDate) throw paramError('end_date', 'Missing data for required field.');
  if (q.endDate < q.startDate) throw paramError('end_date', 'end_date must be on or after start_date.');
  if (!peerRules) return;
  const days = spanDays(q.startDate, q.endDate);
  const limit = q.dimensions.includes('stat_time_hour')
    ? 1
    : q.dimensions.includes('stat_time_day')
      ? 30
      : 365;
  if (days > limit) {
    throw paramError(
      'end_date',
      `The time span is ${days} days; with these dimensions it can be at most ${limit} day${limit === 1 ? '' : 's'}.`,
    );
  }
}

function requiredList(ctx: EndpointContext, name: string): string[] {
  const list = stringListOf(name, queryJson(ctx, name));
  if (list === undefined || list.length === 0) throw paramError(name, 'Missing data for required field.');
  return list;
}

/** Reads and checks a report request; throws the TikTokError TikTok would answer. */
export function readReportQuery(ctx: EndpointContext): ReportQuery {
  const reportType = enumValue('report_type', queryValue(ctx, 'report_type', true), REPORT_TYPES);
  enumValue('service_type', queryValue(ctx, 'service_type'), ['AUCTION', 'RESERVATION']);
  const level = queryValue(ctx, 'data_level');
  enumValue('data_level', level, [...Object.keys(DATA_LEVELS), ...RESERVATION_LEVELS]);
  if (reportType !== 'BASIC' && reportType !== 'AUDIENCE') {
    throw paramError(
      'report_type',
      `report_type ${reportType} is not served by this emulator; use BASIC or AUDIENCE.`,
    );
  }
  if (level === undefined) throw paramError('data_level', 'Missing data for required field.');
  if (!(level in DATA_LEVELS))
    throw paramError('data_level', 'RESERVATION reports are deprecated; use AUCTION_*.');
  const lifetime = queryValue(ctx, 'query_lifetime');
  if (lifetime !== undefined && lifetime !== 'true' && lifetime !== 'false') {
    throw paramError('query_lifetime', 'Not a valid boolean.');
  }
  const paging = readPaging(ctx, 1000);
  const q: ReportQuery = {
    advertiserId: ctx.advertiser('advertiser_id', queryValue(ctx, 'advertiser_id', true)).advertiser_id,
    reportType,
    dataLevel: level as DataLevel,
    dimensions: requiredList(ctx, 'dimensions'),
    metrics: stringListOf('metrics', queryJson(ctx, 'metrics')) ?? ['spend', 'impressions'],
    startDate: readDate('start_date', queryValue(ctx, 'start_date')),
    endDate: readDate('end_date', queryValue(ctx, 'end_date')),
    lifetime: lifetime === 'true',
    filter: readFilter(queryJson(ctx, 'filtering'), ctx.settings.peerRules),
    orderField: queryValue(ctx, 'order_field'),
    orderType: enumValue('order_type', queryValue(ctx, 'order_type'), ['ASC', 'DESC']) ?? 'DESC',
    page: paging.page,
    pageSize: paging.pageSize,
  };
  checkDimensions(q);
  checkMetrics(q, ctx.settings.peerRules);
  checkDates(q, ctx.settings.peerRules);
  if (
    q.orderField !== undefined &&
    !(q.orderField in COUNT_METRICS) &&
    !(RATIO_METRICS as readonly string[]).includes(q.orderField)
  ) {
    throw paramError('order_field', 'order_field must be a non-attribute metric.');
  }
  return q;
}
