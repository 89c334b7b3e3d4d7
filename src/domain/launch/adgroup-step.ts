/**
 * The one seam between the launch tools and the ad-group domain (`src/domain/adgroup/`): a campaign
 * launch builds its ad group with every rule of `add_tiktok_ad_group` (its schema, `checkAdGroup`
 * with the facts of the campaign about to be created, `buildAdGroupRequest`). Everything the launch
 * needs from the ad-group code goes through this file.
 */
import type { ArgumentIssue } from '../../errors.js';
import {
  type AddTikTokAdGroupArgs,
  addTikTokAdGroupSchema,
} from '../../tools/tiktok/add-tiktok-ad-group/index.js';
import { enumField, idList, idString } from '../../tools/tiktok/fields/index.js';
import {
  type AdGroupFacts,
  type AdGroupRequest,
  buildAdGroupRequest,
  checkAdGroup,
  TIKTOK_OBJECTIVE,
} from '../adgroup/index.js';

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
    // Messages name the field too: use the caller's name there as well.
    const message =
      head && mapped !== head
        ? issue.message.replace(new RegExp(`(?<![a-z_])${head}(?![a-z_])`, 'g'), mapped)
        : issue.message;
    return { ...issue, path: [mapped, ...rest].join('.'), message };
  };
  const parsed = addTikTokAdGroupSchema.safeParse(adGroupArgs);
  const schemaIssues = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        code: 'invalid_value',
        message: issue.message,
      }));
  // The rules still run on the fields that are valid on their own, so one answer lists every problem.
  const args = (parsed.success ? parsed.data : passingFields(adGroupArgs)) as AddTikTokAdGroupArgs;
  const failed = new Set(schemaIssues.map((issue) => issue.path.split('.')[0]));
  const ruleIssues = checkAdGroup(args, facts).filter((issue) => !failed.has(issue.path.split('.')[0]));
  const seen = new Set<string>();
  const unique = [...schemaIssues, ...ruleIssues].map(rename).filter((issue) => {
    const key = `${issue.path}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (unique.length > 0 || !parsed.success) return { issues: unique };
  return { issues: [], request: buildAdGroupRequest(args, facts) };
}

function passingFields(given: Record<string, unknown>): Record<string, unknown> {
  const passed: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(given)) {
    const field = AD_GROUP_SHAPE[name as keyof typeof AD_GROUP_SHAPE];
    const one = field?.safeParse(value);
    if (one?.success && one.data !== undefined) passed[name] = one.data;
  }
  return passed;
}
