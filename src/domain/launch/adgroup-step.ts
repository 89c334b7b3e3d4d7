/**
 * The one seam between the launch tools and the ad-group domain: a campaign launch builds its ad
 * group with every rule of `add_tiktok_ad_group` (schema, cross-field rules, the rules that need the
 * campaign and the advertiser, the mapping to TikTok's body). Everything the launch needs from the
 * ad-group code goes through this file, so it can be pointed at a new ad-group domain in one place.
 */
import type { ArgumentIssue } from '../../errors.js';
import {
  type AddTikTokAdGroupArgs,
  type AdGroupFacts,
  type AdGroupRequest,
  addTikTokAdGroupRules,
  addTikTokAdGroupSchema,
  buildAdGroupRequest,
  enumField,
  idList,
  idString,
  TIKTOK_OBJECTIVE,
  validateWithFacts,
} from '../../tools/tiktok/add-tiktok-ad-group/index.js';

export { type AdGroupFacts, enumField, idList, idString, TIKTOK_OBJECTIVE };
export const AD_GROUP_SHAPE = addTikTokAdGroupSchema.shape;

/** Stands for the campaign's id while the campaign does not exist yet (validation, dry run). */
export const PENDING_CAMPAIGN_ID = '1';

export interface AdGroupPlan {
  issues: ArgumentIssue[];
  request?: AdGroupRequest;
}

/**
 * Validates the ad group a launch will create and builds its body. `names` maps ad-group argument
 * names back to the launch tool's (e.g. `age_groups` → `target_age_groups`), so every problem is
 * reported under the name the caller used.
 */
export function planAdGroup(
  adGroupArgs: Record<string, unknown>,
  facts: AdGroupFacts,
  names: Record<string, string>,
): AdGroupPlan {
  const rename = (issue: ArgumentIssue): ArgumentIssue => {
    const [head, ...rest] = issue.path.split('.');
    const mapped = names[head ?? ''] ?? `adgroup.${head}`;
    return { ...issue, path: [mapped, ...rest].join('.') };
  };
  const parsed = addTikTokAdGroupSchema.safeParse(adGroupArgs);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) =>
      rename({ path: issue.path.map(String).join('.'), code: 'invalid_value', message: issue.message }),
    );
    return { issues };
  }
  const args = parsed.data as AddTikTokAdGroupArgs;
  const issues = [...addTikTokAdGroupRules(args), ...validateWithFacts(args, facts)].map(rename);
  const seen = new Set<string>();
  const unique = issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (unique.length > 0) return { issues: unique };
  return { issues: [], request: buildAdGroupRequest(args, facts) };
}
