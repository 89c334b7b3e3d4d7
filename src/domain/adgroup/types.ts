/** The types at the seam between the ad-group domain (pure) and the tools' I/O. */
import type { TikTokAdGroupBody } from './body.js';

/** What `run` reads before validating and building: the campaign, the advertiser, the time. */
export interface AdGroupFacts {
  /** From `/campaign/get/`. */
  campaign: {
    campaign_id: string;
    /** TikTok's name, e.g. `WEB_CONVERSIONS` (the page's CONVERSIONS). */
    objective_type: string;
    /** Campaign budget optimisation (CBO). */
    budget_optimize_on: boolean;
    /** e.g. `BUDGET_MODE_DAY`, `BUDGET_MODE_TOTAL`, `BUDGET_MODE_INFINITE`. */
    budget_mode: string;
    /** The campaign's budget: under CBO, bids must stay below it. */
    budget?: number;
    /** Shown in the result text when known. */
    campaign_name?: string;
  };
  /** From `/advertiser/info/`. */
  advertiser: {
    advertiser_id: string;
    /** ISO 4217, e.g. `USD`. */
    currency: string;
    /** IANA name, e.g. `Europe/Paris`. */
    timezone: string;
    /** Shown in the result text when known. */
    name?: string;
  };
  /** The call's clock (`ctx.clock.now()`). */
  now: Date;
}

/** A default the gateway applied, and why (`data.structured.defaults_applied`). */
export interface AppliedDefault {
  /** The argument name (the page's), e.g. `optimization_goal`. */
  field: string;
  /** The value used; null when the field is deliberately not sent. */
  value: unknown;
  /** Why, in a sentence a person can read. */
  reason: string;
}

/** What `buildAdGroupRequest` returns. */
export interface AdGroupRequest {
  /** TikTok's `/adgroup/create/` body, without `request_id` (the caller adds it). */
  body: TikTokAdGroupBody;
  defaultsApplied: AppliedDefault[];
  /** Things the caller should know: fields not sent, unconfirmed TikTok rules. */
  warnings: string[];
  /** The campaign uses campaign budget optimisation: budget, budget_mode and pacing were not sent. */
  cbo: boolean;
}
