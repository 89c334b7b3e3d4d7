/**
 * One gateway and emulator for the analytics suites, on one manual clock (the gateway's cache and
 * "today", the emulator's "today"), with the performance advertiser connected. `expected` sums the
 * emulator's history cells directly (reporting/history.ts), independently of the tools' code.
 */
import { ManualClock } from '../../src/core/clock.js';
import {
  adDayCells,
  addDays,
  type Cell,
  type Counts,
  type HistoryAd,
  PERFORMANCE,
  type SeedAd,
} from '../../src/tiktok/emulator/index.js';
import { executeRequest } from '../support/harness.js';
import { storeTargets, type TestDatabase } from '../support/stores.js';
import { orgWithAdvertisers, startTikTokHarness, type TikTokHarness } from '../support/tiktok.js';

/** 2026-03-31 14:00 in New York: "yesterday" for the performance advertiser is 2026-03-30. */
export const NOW = '2026-03-31T18:00:00Z';
export const YESTERDAY = '2026-03-30';

export interface ReportingHarness extends TikTokHarness {
  clock: ManualClock;
  org: { organizationId: string; key: string };
  call(tool: string, args?: Record<string, unknown>): Promise<{ status: number; body: any }>;
  used(): Promise<number>;
}

export async function startReportingHarness(): Promise<{ h: ReportingHarness; db: TestDatabase }> {
  const db = await (storeTargets[0] as (typeof storeTargets)[0]).create();
  const clock = new ManualClock(NOW);
  const base = await startTikTokHarness(db, { clock, emulator: { now: () => clock.now() } });
  const org = await orgWithAdvertisers(base, PERFORMANCE.TOKEN, [PERFORMANCE.ADVERTISER_ID]);
  const h: ReportingHarness = {
    ...base,
    clock,
    org,
    async call(tool, args = {}) {
      const response = await executeRequest(base.app, tool, org.key, { arguments: args });
      return { status: response.statusCode, body: response.json() };
    },
    async used() {
      return (await base.gateway.quota.snapshot(org.organizationId)).used;
    },
  };
  return { h, db };
}

const COUNTRY_OF_REGION: Record<string, string> = {
  '6252001': 'US',
  '2635167': 'GB',
  '2921044': 'DE',
  '3017382': 'FR',
};

/** The performance advertiser's ads as the history sees them. */
export function perfAds(
  seedAds: SeedAd[],
  seedGroups: { adgroup_id: string; location_ids?: unknown }[],
  objectives: Record<string, string>,
) {
  return seedAds
    .filter((ad) => ad.advertiser_id === PERFORMANCE.ADVERTISER_ID)
    .map((ad) => {
      const group = seedGroups.find((g) => g.adgroup_id === ad.adgroup_id);
      const history: HistoryAd = {
        adId: ad.ad_id,
        format: String(ad.ad_format),
        objective: objectives[ad.campaign_id],
        currency: 'USD',
        countries: ((group?.location_ids as string[]) ?? []).map((id) => COUNTRY_OF_REGION[id] as string),
      };
      return { ad, history };
    });
}

export function daysFrom(start: string, end: string): string[] {
  const out: string[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) if (d >= PERFORMANCE.FIRST_DAY) out.push(d);
  return out;
}

export function sumCells(cells: Cell[]): Counts {
  const out = {
    impressions: 0,
    reach: 0,
    clicks: 0,
    spend: 0,
    conversions: 0,
    value: 0,
    plays: 0,
    watched2s: 0,
    watched6s: 0,
    p25: 0,
    p50: 0,
    p75: 0,
    p100: 0,
    likes: 0,
    comments: 0,
    shares: 0,
    follows: 0,
  };
  for (const c of cells) for (const k of Object.keys(out) as (keyof Counts)[]) out[k] += c[k];
  return out;
}

/** Every history cell of the given ads over [start, end]. */
export function cellsOf(
  ads: { history: HistoryAd }[],
  start: string,
  end: string,
  where: (cell: Cell) => boolean = () => true,
): Cell[] {
  return ads.flatMap((a) => daysFrom(start, end).flatMap((day) => adDayCells(a.history, day))).filter(where);
}

/** The performance advertiser's ads as the history sees them, read off the harness's emulator seed. */
export function seededPerfAds(h: TikTokHarness) {
  const { campaigns, ads, adgroups } = h.emulator.seed;
  const objectives = Object.fromEntries(campaigns.map((c) => [c.campaign_id, c.objective_type]));
  return perfAds(ads, adgroups, objectives);
}
