/** (a) Validating and mapping a full-featured add_tiktok_ad_group call, per call, in-process. */
import { validateArguments } from '../src/core/validate.js';
import { type AdGroupFacts, adGroupFactRules, buildAdGroupRequest } from '../src/domain/adgroup/index.js';
import type { AddTikTokAdGroupArgs } from '../src/tools/tiktok/add-tiktok-ad-group/schema.js';
import { addTikTokAdGroup } from '../src/tools/tiktok/add-tiktok-ad-group/tool.js';

/** Most of the page's fields at once, on a conversions campaign. */
export const FULL_ARGUMENTS = {
  campaign_id: '1800000000000102',
  adgroup_name: 'Bench - women 25-44 - evenings',
  budget: 120,
  budget_mode: 'BUDGET_MODE_DAY',
  schedule_start_time: '2026-12-01 08:00:00',
  schedule_end_time: '2027-01-31 23:00:00',
  dayparting: '0'.repeat(36).concat('1'.repeat(8), '0'.repeat(4)).repeat(7),
  location_ids: ['6252001'],
  age_groups: ['AGE_25_34', 'AGE_35_44'],
  gender: 'GENDER_FEMALE',
  languages: ['en', 'es'],
  operating_systems: ['IOS'],
  device_price_ranges: [3, 4],
  network_types: ['WIFI', '5G'],
  spending_power: 'HIGH',
  audience_ids: ['60001001'],
  excluded_audience_ids: ['60001002'],
  interest_category_ids: ['10001', '10002'],
  interest_keyword_ids: ['270001', '270002'],
  placements: ['PLACEMENT_TIKTOK'],
  pixel_id: '1776777769',
  optimization_event: 'SHOPPING',
  bid_type: 'BID_TYPE_CUSTOM',
  conversion_bid_price: 12.5,
  pacing: 'PACING_MODE_SMOOTH',
  video_download_disabled: true,
  comment_disabled: true,
  brand_safety_type: 'STANDARD_INVENTORY',
};

const FACTS: AdGroupFacts = {
  campaign: {
    campaign_id: '1800000000000102',
    objective_type: 'WEB_CONVERSIONS',
    budget_optimize_on: false,
    budget_mode: 'BUDGET_MODE_INFINITE',
  },
  advertiser: { advertiser_id: '6811000000000001', currency: 'USD', timezone: 'America/Los_Angeles' },
  now: new Date('2026-11-29T12:00:00Z'),
};

function once(): Record<string, unknown> {
  const validation = validateArguments(addTikTokAdGroup, FULL_ARGUMENTS);
  if (!validation.ok)
    throw new Error(`benchmark arguments are invalid: ${JSON.stringify(validation.issues)}`);
  const args = validation.args as AddTikTokAdGroupArgs;
  const issues = adGroupFactRules(args, FACTS);
  if (issues.length > 0) throw new Error(`benchmark arguments break a rule: ${JSON.stringify(issues)}`);
  return buildAdGroupRequest(args, FACTS).body;
}

export function runMicro(iterations = 20_000): {
  iterations: number;
  mean_us: number;
  p50_us: number;
  p99_us: number;
} {
  for (let i = 0; i < 2_000; i++) once();
  const samples = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    once();
    samples[i] = Number(process.hrtime.bigint() - start) / 1000;
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, v) => sum + v, 0) / iterations;
  const at = (q: number) => sorted[Math.min(iterations - 1, Math.floor(q * iterations))] as number;
  const round = (v: number) => Math.round(v * 10) / 10;
  return { iterations, mean_us: round(mean), p50_us: round(at(0.5)), p99_us: round(at(0.99)) };
}
