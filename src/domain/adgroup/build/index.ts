/**
 * Settings + facts → TikTok's ad-group body. Applies every default (each recorded with its reason),
 * translates the page's names and values to TikTok's, leaves out what TikTok does not take (saying
 * so), and warns where TikTok's rule is known only from peers.
 *
 * Precondition: the settings passed `checkAdGroup`. It throws only when the campaign's objective
 * is unsupported and none was given (which `checkAdGroup` refuses first).
 */
import type { TikTokAdGroupBody } from '../body.js';
import { effectiveSettings } from '../defaults.js';
import { type Objective, objectiveFromTikTok } from '../enums.js';
import type { AdGroupSettings } from '../settings.js';
import type { AdGroupFacts, AdGroupRequest } from '../types.js';
import { buildBudget, buildSchedule } from './budget-schedule.js';
import { BodyBuilder } from './builder.js';
import { buildCompliance } from './compliance.js';
import { buildIdentity, buildPromotion } from './identity.js';
import { buildGoalAndBid, buildTracking } from './optimisation.js';
import { buildBrandSafety, buildPlacements } from './placements.js';
import { buildAudiences, buildDemographics, buildInterests } from './targeting.js';

/** The objective that applies: the campaign's (the truth), else the one given. */
export function effectiveObjective(args: Pick<AdGroupSettings, 'objective'>, facts: AdGroupFacts): Objective {
  const objective = objectiveFromTikTok(facts.campaign.objective_type) ?? args.objective;
  if (objective === undefined) {
    throw new Error(
      `campaign ${facts.campaign.campaign_id} has the unsupported objective ${facts.campaign.objective_type}; checkAdGroup refuses it`,
    );
  }
  return objective;
}

export function buildAdGroupRequest(args: AdGroupSettings, facts: AdGroupFacts): AdGroupRequest {
  const objective = effectiveObjective(args, facts);
  const b = new BodyBuilder(args, facts, objective, effectiveSettings(args, objective));
  buildIdentity(b);
  buildPromotion(b);
  buildPlacements(b);
  buildDemographics(b);
  buildInterests(b);
  buildAudiences(b);
  buildBrandSafety(b);
  buildBudget(b);
  buildSchedule(b);
  buildGoalAndBid(b);
  buildTracking(b);
  buildCompliance(b);
  return {
    body: b.body as TikTokAdGroupBody,
    defaultsApplied: b.defaultsApplied,
    warnings: b.warnings,
    cbo: b.cbo,
  };
}
