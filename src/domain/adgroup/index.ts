/**
 * The ad-group domain: what an ad group is in the tool page's terms (`AdGroupSettings`, by
 * concern), what TikTok must receive (`TikTokAdGroupBody`), the rules between them and the build
 * from one to the other. Pure: settings and facts in, issues or TikTok's body out, no I/O. Every
 * rule names its first-party source in its file.
 *
 * Who uses it, and how:
 * - Creating an ad group (`add_tiktok_ad_group`, and the ad-group step of a whole campaign):
 *   `adGroupRules(settings)` before any I/O, `adGroupFactRules(settings, facts)` once the campaign,
 *   the advertiser's currency and the clock are known (or `checkAdGroup` for both), then
 *   `buildAdGroupRequest(settings, facts)` for the body, the defaults applied and the warnings.
 *   A tool that makes the campaign itself passes the facts of the campaign it is about to create.
 * - Changing an ad group (`update_tiktok_ad_group`): read it with `/adgroup/get/`, turn it into
 *   settings with `settingsFromTikTok`, apply the change (`applyChange`), and check the result with
 *   the same `checkAdGroup`, so an invalid result is refused with the messages creation gives. Pass
 *   a `Wording` that names the existing ad group. `NOT_UPDATABLE` names the fields TikTok fixes at
 *   creation, to refuse by name; `diffSettings` gives the before/after of a change.
 *
 * Layout: `settings.ts` and `body.ts` (the two shapes), `enums.ts` (value sets and the tables
 * between the page's values and TikTok's), `defaults.ts` (defaults and effective settings),
 * `rules/` (one file per concern over one `RuleContext`), `build/` (one file per concern over one
 * `BodyBuilder`), `existing.ts` (an existing ad group and a change).
 */
export { audienceRuleIds } from './audience-rule.js';
export type { TikTokAdGroupBody } from './body.js';
export { buildAdGroupRequest, effectiveObjective } from './build/index.js';
export {
  DEFAULT_AGE_GROUPS,
  devicePriceRange,
  type EffectiveSettings,
  effectiveSettings,
} from './defaults.js';
export { type Objective, objectiveFromTikTok, objectiveLabel, TIKTOK_OBJECTIVE } from './enums.js';
export {
  applyChange,
  diffSettings,
  NOT_UPDATABLE,
  type SettingsChange,
  settingsFromTikTok,
} from './existing.js';
export {
  adGroupFactRules,
  adGroupRules,
  CREATE_WORDING,
  checkAdGroup,
  type RuleCode,
  type Wording,
} from './rules/index.js';
export type { AdGroupSettings } from './settings.js';
export type { AdGroupFacts, AdGroupRequest, AppliedDefault } from './types.js';
