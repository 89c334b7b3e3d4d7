/**
 * Answers a checked report query from the history: every ad of the advertiser in scope, every day
 * of the period it delivered, summed into one row per dimension value. TikTok-like behaviour kept
 * here: dates are days in the advertiser's timezone; rows without impressions are left out;
 * `stat_time_day` values read `YYYY-MM-DD 00:00:00`; metric values are strings; a ratio over zero
 * is "0.00". The emulator's own choices: data exists for complete days only (up to yesterday in
 * the advertiser's timezone); reach over several days counts the biggest day plus half of the
 * others (people overlap; reach is not additive), and hourly rows have no reach ("-").
 */
import type { SeedAdvertiser } from '../seed.js';
import type { AdRecord, EmulatorStore } from '../store.js';
import { adDayCells, addCounts, type Cell, type Counts, type HistoryAd, zeroCounts } from './history.js';
import { MINOR_UNITS } from './profiles.js';
import { ATTRIBUTE_METRICS, COUNT_METRICS, type ReportQuery } from './query.js';

/** Share of a day's delivery in each hour (sums to 1). */
const HOUR_WEIGHTS = (() => {
  const raw = Array.from(
    { length: 24 },
    (_, h) => 0.4 + Math.sin(((h - 8) / 24) * Math.PI * 2) * 0.3 + (h >= 18 ? 0.4 : 0),
  );
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((w) => w / total);
})();

/** The calendar day of an instant in a timezone, `YYYY-MM-DD`. */
export function dayIn(timezone: string, at: Date): string {
  let format = DAY_FORMATS.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: timezone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    DAY_FORMATS.set(timezone, format);
  }
  return format.format(at);
}

// Building a formatter costs milliseconds; there are few timezones.
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

function tiktokTimeToDate(value: unknown): Date {
  return new Date(`${String(value).replace(' ', 'T')}Z`);
}

/** The history's view of an ad: its format, objective, currency and countries. */
export function historyAd(store: EmulatorStore, ad: AdRecord, currency: string): HistoryAd {
  const group = store.adgroups.get(ad.adgroup_id)?.saved;
  const locations = Array.isArray(group?.location_ids) ? (group.location_ids as unknown[]) : [];
  const countries = [
    ...new Set(
      locations.map((id) => store.regionCountry(String(id))?.region_code).filter((c): c is string => !!c),
    ),
  ];
  return {
    adId: ad.ad_id,
    format: String(ad.ad_format ?? 'SINGLE_VIDEO'),
    objective: store.campaign(ad.campaign_id)?.objective_type,
    currency,
    countries,
  };
}

/** The days an ad delivered within [from, to]: from its creation, not after a pause, never today. */
export function deliveryDays(
  ad: AdRecord,
  timezone: string,
  from: string,
  to: string,
  today: string,
): string[] {
  let first = dayIn(timezone, tiktokTimeToDate(ad.create_time));
  let last = addDays(today, -1);
  if (ad.operation_status === 'DISABLE')
    last = addDays(dayIn(timezone, tiktokTimeToDate(ad.modify_time)), -1);
  if (from > first) first = from;
  if (to < last) last = to;
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

interface Group {
  dimensions: Record<string, string>;
  counts: Counts;
  reachByDay: Map<string, number>;
  ad: AdRecord;
}

function inScope(ad: AdRecord, q: ReportQuery): boolean {
  const f = q.filter;
  return (
    ad.advertiser_id === q.advertiserId &&
    (!f.campaignIds || f.campaignIds.includes(ad.campaign_id)) &&
    (!f.adgroupIds || f.adgroupIds.includes(ad.adgroup_id)) &&
    (!f.adIds || f.adIds.includes(ad.ad_id))
  );
}

function dimensionValue(dim: string, ad: AdRecord, cell: Cell, hour: number | undefined): string {
  switch (dim) {
    case 'advertiser_id':
    case 'campaign_id':
    case 'adgroup_id':
    case 'ad_id':
      return String(ad[dim]);
    case 'stat_time_day':
      return `${cell.day} 00:00:00`;
    case 'stat_time_hour':
      return `${cell.day} ${String(hour).padStart(2, '0')}:00:00`;
    case 'country_code':
      return cell.country;
    default:
      return String(cell[dim as 'age' | 'gender']);
  }
}

/** One cell's counts in one hour: each count split by the hour's weight, the rest in the last hour. */
function hourCounts(cell: Cell, hour: number): Counts {
  const out = zeroCounts();
  for (const field of Object.keys(out) as (keyof Counts)[]) {
    const share = (h: number) => Math.floor(cell[field] * (HOUR_WEIGHTS[h] as number));
    if (hour < 23) out[field] = share(hour);
    else {
      let rest = cell[field];
      for (let h = 0; h < 23; h++) rest -= share(h);
      out[field] = rest;
    }
  }
  return out;
}

/** Adds one ad's counts (for one day, one cell, one hour or the whole day) to its group. */
function addToGroup(
  groups: Map<string, Group>,
  q: ReportQuery,
  ad: Group['ad'],
  day: string,
  cell: Parameters<typeof hourCounts>[0],
  hour: number | undefined,
): void {
  const counts = hour === undefined ? cell : hourCounts(cell, hour);
  const dims = Object.fromEntries(q.dimensions.map((d) => [d, dimensionValue(d, ad, cell, hour)]));
  const key = JSON.stringify(dims);
  let group = groups.get(key);
  if (!group) {
    group = { dimensions: dims, counts: zeroCounts(), reachByDay: new Map(), ad };
    groups.set(key, group);
  }
  addCounts(group.counts, counts);
  group.reachByDay.set(day, (group.reachByDay.get(day) ?? 0) + counts.reach);
}

function collect(store: EmulatorStore, advertiser: SeedAdvertiser, q: ReportQuery, today: string): Group[] {
  const groups = new Map<string, Group>();
  const hours = q.dimensions.includes('stat_time_hour') ? HOUR_WEIGHTS.map((_, h) => h) : [undefined];
  const from = q.lifetime ? '0000-01-01' : (q.startDate as string);
  const to = q.lifetime ? '9999-12-31' : (q.endDate as string);
  for (const ad of store.ads.values()) {
    if (!inScope(ad, q)) continue;
    const history = historyAd(store, ad, advertiser.currency);
    for (const day of deliveryDays(ad, advertiser.timezone, from, to, today)) {
      for (const cell of adDayCells(history, day)) {
        for (const hour of hours) addToGroup(groups, q, ad, day, cell, hour);
      }
    }
  }
  return [...groups.values()].filter((g) => g.counts.impressions > 0);
}

function periodReach(byDay: Map<string, number>): number {
  const values = [...byDay.values()];
  const max = Math.max(0, ...values);
  const sum = values.reduce((a, b) => a + b, 0);
  return Math.round(max + 0.5 * (sum - max));
}

function fixed(value: number, digits = 2): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '0.00';
}

function metricValue(
  metric: string,
  g: Group,
  q: ReportQuery,
  store: EmulatorStore,
  currency: string,
): string {
  const c = g.counts;
  const minor = MINOR_UNITS[currency] ?? 100;
  const money = (v: number) => (v / minor).toFixed(minor === 1 ? 0 : 2);
  const hourly = q.dimensions.includes('stat_time_hour');
  const reach = periodReach(g.reachByDay);
  const ratio = (a: number, b: number, times = 1) => fixed(b === 0 ? 0 : (a / b) * times);
  switch (metric) {
    case 'spend':
      return money(c.spend);
    case 'total_complete_payment_rate':
      return money(c.value);
    case 'reach':
      return hourly ? '-' : String(reach);
    case 'frequency':
      return hourly ? '-' : ratio(c.impressions, reach);
    case 'ctr':
      return ratio(c.clicks, c.impressions, 100);
    case 'cpc':
      return ratio(c.spend / minor, c.clicks);
    case 'cpm':
      return ratio(c.spend / minor, c.impressions, 1000);
    case 'conversion_rate':
      return ratio(c.conversions, c.clicks, 100);
    case 'cost_per_conversion':
      return ratio(c.spend / minor, c.conversions);
    case 'complete_payment_roas':
      return ratio(c.value, c.spend);
  }
  if (metric in COUNT_METRICS) return String(c[COUNT_METRICS[metric as keyof typeof COUNT_METRICS]]);
  return attributeValue(metric, g.ad, store);
}

function attributeValue(metric: string, ad: AdRecord, store: EmulatorStore): string {
  if (!ATTRIBUTE_METRICS[metric]) return '-';
  if (metric === 'objective_type') return store.campaign(ad.campaign_id)?.objective_type ?? '-';
  if (metric === 'adgroup_name')
    return String(store.adgroups.get(ad.adgroup_id)?.saved.adgroup_name ?? ad.adgroup_name);
  if (metric === 'campaign_name') return store.campaign(ad.campaign_id)?.campaign_name ?? ad.campaign_name;
  return String(ad[metric] ?? '-');
}

/** `data` of a code-0 answer: `{list[{dimensions, metrics}], page_info}`. */
export function answerReport(store: EmulatorStore, advertiser: SeedAdvertiser, q: ReportQuery, now: Date) {
  const today = dayIn(advertiser.timezone, now);
  const rows = collect(store, advertiser, q, today).map((g) => ({
    dimensions: g.dimensions,
    metrics: Object.fromEntries(q.metrics.map((m) => [m, metricValue(m, g, q, store, advertiser.currency)])),
    order: q.orderField ? Number(metricValue(q.orderField, g, q, store, advertiser.currency)) : 0,
    key: JSON.stringify(g.dimensions),
  }));
  rows.sort((a, b) => {
    if (q.orderField && a.order !== b.order)
      return q.orderType === 'ASC' ? a.order - b.order : b.order - a.order;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  });
  const start = (q.page - 1) * q.pageSize;
  return {
    list: rows.slice(start, start + q.pageSize).map(({ dimensions, metrics }) => ({ dimensions, metrics })),
    page_info: {
      page: q.page,
      page_size: q.pageSize,
      total_number: rows.length,
      total_page: Math.ceil(rows.length / q.pageSize),
    },
  };
}
