/**
 * From an existing ad group and a change to the body `/adgroup/update/` gets: the settings read
 * back (`settingsFromTikTok`), the change applied, the result checked with creation's rules (only
 * problems the change brings: what TikTok already accepted on the unchanged ad group is not
 * blamed on the caller), and both sides built into TikTok's terms so that exactly the fields the
 * change alters are sent.
 */
import {
  type AdGroupFacts,
  type AdGroupSettings,
  applyChange,
  buildAdGroupRequest,
  checkAdGroup,
  settingsFromTikTok,
} from '../../../domain/adgroup/index.js';
import type { ArgumentIssue } from '../../../errors.js';
import type { AdGroup } from '../../../tiktok/client.js';
import { ADGROUP_UPDATE_FIELDS } from '../../../tiktok/delivery.js';
import { diff, type FieldChange } from '../changes.js';
import { FIXED_SETTINGS, UPDATABLE_SETTINGS, type UpdateAdGroupArgs } from './schema.js';

export interface UpdatePlan {
  issues: ArgumentIssue[];
  /** TikTok's fields that change, before and after. */
  changes: FieldChange[];
  /** The `/adgroup/update/` body without the ids. */
  body: Record<string, unknown>;
}

/** The change in settings terms. */
export function changeOf(args: UpdateAdGroupArgs): Partial<AdGroupSettings> {
  const change: Record<string, unknown> = {};
  for (const key of UPDATABLE_SETTINGS) if (args[key] !== undefined) change[key] = args[key];
  if (args.name !== undefined) change.adgroup_name = args.name;
  return change as Partial<AdGroupSettings>;
}

/** Fields TikTok fixes at creation, named in the call. */
export function fixedIssues(args: Record<string, unknown>): ArgumentIssue[] {
  return FIXED_SETTINGS.filter((key) => args[key] !== undefined).map((key) => ({
    path: key,
    code: 'not_updatable',
    message:
      key === 'operation_status'
        ? 'operation_status is not changed by update_tiktok_ad_group: use pause_tiktok_ad_group or resume_tiktok_ad_group.'
        : `TikTok does not let ${key} change once the ad group exists. Leave it out, or create a new ad group with add_tiktok_ad_group.`,
  }));
}

const key = (issue: ArgumentIssue) => `${issue.path}\n${issue.code}`;

export function planUpdate(existing: AdGroup, args: UpdateAdGroupArgs, facts: AdGroupFacts): UpdatePlan {
  const before = settingsFromTikTok(existing);
  const change = changeOf(args);
  const after = applyChange(before, change);
  const wording = { adGroup: `ad group ${args.adgroup_id}` };
  const already = new Set(checkAdGroup(before, facts, wording).map(key));
  const changed = new Set(Object.keys(change));
  const issues = checkAdGroup(after, facts, wording).filter(
    (issue) => !already.has(key(issue)) || changed.has(issue.path.split('.')[0] as string),
  );
  if (issues.length > 0) return { issues, changes: [], body: {} };

  const beforeBody = buildAdGroupRequest(before as AdGroupSettings, facts).body as Record<string, unknown>;
  const afterBody = buildAdGroupRequest(after as AdGroupSettings, facts).body as Record<string, unknown>;
  const altered = diff(beforeBody, afterBody).map((c) => ({ ...c, before: existing[c.field] ?? c.before }));
  const fixed = altered.filter((c) => !ADGROUP_UPDATE_FIELDS.has(c.field));
  if (fixed.length > 0) {
    return {
      issues: fixed.map((c) => ({
        path: c.field,
        code: 'not_updatable',
        message: `This change would alter ${c.field} (from ${JSON.stringify(c.before)} to ${JSON.stringify(c.after)}), which TikTok fixes when the ad group is created.`,
      })),
      changes: [],
      body: {},
    };
  }
  // Compare with what TikTok has now: a value already there is not sent again.
  const changes = altered.filter(
    (c) => JSON.stringify(existing[c.field] ?? null) !== JSON.stringify(c.after ?? null),
  );
  return { issues: [], changes, body: Object.fromEntries(changes.map((c) => [c.field, c.after])) };
}
