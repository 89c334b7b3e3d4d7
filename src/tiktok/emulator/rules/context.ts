/**
 * State shared by the /adgroup/create/ rule groups: what the body says, what the campaign and
 * advertiser imply, and facts derived by earlier groups (effective placements, targeted
 * countries, goal and billing) that later groups depend on.
 */
import { CODES, paramError, TikTokError } from '../envelope.js';
import type { ObjectiveType, SeedAdvertiser, SeedCampaign } from '../seed.js';
import type { EmulatorStore } from '../store.js';
import type { BodyReader } from './body-reader.js';

export interface RuleContext {
  r: BodyReader;
  /** On /adgroup/update/: the ad group being changed (its own name is no clash). */
  selfAdgroupId?: string;
  store: EmulatorStore;
  advertiser: SeedAdvertiser;
  campaign: SeedCampaign;
  objective: ObjectiveType;
  /** Campaign budget optimisation. */
  cbo: boolean;
  now: Date;
  peerRules: boolean;
  hasRequestId: boolean;
  /** Body fields TikTok ignores in this configuration (they are dropped from the saved record). */
  ignored: string[];
  /** Values TikTok computes or overrides, applied on top of the normalised body. */
  computed: Record<string, unknown>;

  // Derived by earlier rule groups:
  promotionType?: string;
  placementType: 'PLACEMENT_TYPE_AUTOMATIC' | 'PLACEMENT_TYPE_NORMAL';
  /** The placements actually used (after AUTOMATIC expansion and allowlist drops). */
  placements: string[];
  /** Region codes of every targeted location ('US' for zip codes). */
  countries: Set<string>;
  goal?: string;
  billing?: string;
  bidType?: string;
  /** The ad group budget (undefined under CBO, where it is ignored). */
  budget?: number;
  budgetMode?: string;
}

export function isTikTokOnly(ctx: RuleContext): boolean {
  return (
    ctx.placementType === 'PLACEMENT_TYPE_NORMAL' &&
    ctx.placements.length === 1 &&
    ctx.placements[0] === 'PLACEMENT_TIKTOK'
  );
}

export function usesPlacement(ctx: RuleContext, placement: string): boolean {
  return ctx.placements.includes(placement);
}

/** 40118 when the advertiser is not allowlisted for a feature (reference §2.2). */
export function requireAllowlist(ctx: RuleContext, feature: string, field: string, what: string): void {
  if (!ctx.advertiser.allowlist.includes(feature)) {
    throw new TikTokError(
      CODES.NOT_ALLOWLISTED,
      `${field}: ${what} is only available to allowlisted advertisers; advertiser ${ctx.advertiser.advertiser_id} is not on the allowlist.`,
    );
  }
}

/** Drops a field TikTok ignores, remembering that it was sent. */
export function ignore(ctx: RuleContext, field: string): void {
  if (ctx.r.body[field] !== undefined) {
    ctx.ignored.push(field);
    delete ctx.r.out[field];
  }
}

export { paramError };
