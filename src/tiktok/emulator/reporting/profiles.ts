/**
 * How each ad delivers in the emulator's history: its scale, rates and planted patterns. The
 * performance advertiser's ads have hand-set profiles (seed-performance.ts names the patterns);
 * every other ad, seeded or created through the API, gets a steady profile drawn from its id.
 */
import { PERFORMANCE } from '../seed-performance.js';
import { unit } from './random.js';

export interface CountryEffect {
  /** Share of the ad's impressions delivered in this country (shares are normalised). */
  share: number;
  cpm?: number;
  ctr?: number;
  cvr?: number;
}

export interface DeliveryProfile {
  /** Impressions on a typical weekday. */
  impressions: number;
  /** Clicks per impression. */
  ctr: number;
  /** Cost per 1,000 impressions, in USD (other currencies scale it, see CURRENCY_SCALE). */
  cpm: number;
  /** Conversions per click. */
  cvr: number;
  /** Value per conversion, in USD. */
  aov: number;
  /** 0 for an image ad (no video plays). */
  playRate: number;
  /** 2-second views per play. */
  hook: number;
  /** Full views per play. */
  completion: number;
  /** Likes, comments and shares per impression. */
  engagement: number;
  /** Impressions per person reached in a day. */
  frequency: number;
  /** Country code → effect; absent: the ad group's countries, evenly. */
  countries?: Record<string, CountryEffect>;
  /** From this day on: hook, completion, engagement and CTR fall, frequency rises. */
  fatigueFrom?: string;
  /** On this day only: CPM and CTR multiplied. */
  anomaly?: { day: string; cpm: number; ctr: number };
}

/** What a unit of money is worth against USD, for believable amounts per currency. */
export const CURRENCY_SCALE: Readonly<Record<string, number>> = { USD: 1, EUR: 0.9, GBP: 0.8, JPY: 150 };
/** Minor units per unit (TikTok's amounts have two decimals, JPY none). */
export const MINOR_UNITS: Readonly<Record<string, number>> = { USD: 100, EUR: 100, GBP: 100, JPY: 1 };

const video = { playRate: 0.92, hook: 0.38, completion: 0.14, engagement: 0.021, frequency: 1.25 };
const A = PERFORMANCE.AD_IDS;

const PERFORMANCE_PROFILES: Readonly<Record<string, DeliveryProfile>> = {
  [A.SHOES_HERO]: { impressions: 30_000, ctr: 0.015, cpm: 9, cvr: 0.06, aov: 42, ...video },
  [A.SHOES_FATIGUE]: {
    impressions: 25_000,
    ctr: 0.014,
    cpm: 9,
    cvr: 0.055,
    aov: 42,
    ...video,
    fatigueFrom: PERFORMANCE.FATIGUE_START,
  },
  [A.SHOES_WASTE_VIDEO]: { impressions: 15_000, ctr: 0.009, cpm: 10, cvr: 0, aov: 42, ...video },
  [A.SHOES_WASTE_IMAGE]: {
    impressions: 8_000,
    ctr: 0.006,
    cpm: 10,
    cvr: 0,
    aov: 42,
    ...video,
    playRate: 0,
  },
  [A.APPAREL_A]: {
    impressions: 20_000,
    ctr: 0.012,
    cpm: 10,
    cvr: 0.045,
    aov: 80,
    ...video,
    countries: intl(),
  },
  [A.APPAREL_B]: {
    impressions: 18_000,
    ctr: 0.012,
    cpm: 10,
    cvr: 0.045,
    aov: 80,
    ...video,
    countries: intl(),
  },
  [A.AWARENESS]: {
    impressions: 30_000,
    ctr: 0.02,
    cpm: 6,
    cvr: 0.004,
    aov: 30,
    ...video,
    anomaly: { day: PERFORMANCE.ANOMALY_DAY, cpm: 2.5, ctr: 0.35 },
  },
};

function intl(): Record<string, CountryEffect> {
  return {
    US: { share: 0.4 },
    GB: { share: 0.25 },
    FR: { share: 0.2 },
    [PERFORMANCE.UNDER_DELIVERING_COUNTRY]: { share: 0.15, cpm: 1.8, ctr: 0.5, cvr: 0.35 },
  };
}

/** The profile of one ad: hand-set for the performance advertiser, else steady and drawn from its id. */
export function profileOf(adId: string, format: string, objective: string | undefined): DeliveryProfile {
  const planted = PERFORMANCE_PROFILES[adId];
  if (planted) return planted;
  const r = (salt: string) => unit(`${adId}|profile|${salt}`);
  const converts =
    objective === 'WEB_CONVERSIONS' || objective === 'PRODUCT_SALES' || objective === 'LEAD_GENERATION';
  return {
    impressions: Math.round(6_000 + 10_000 * r('impressions')),
    ctr: 0.008 + 0.008 * r('ctr'),
    cpm: 6 + 4 * r('cpm'),
    cvr: converts ? 0.03 + 0.03 * r('cvr') : 0.005,
    aov: 30 + 20 * r('aov'),
    ...video,
    playRate: format === 'SINGLE_IMAGE' ? 0 : video.playRate,
  };
}
