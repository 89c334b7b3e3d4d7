/**
 * The pure heart of the `add_tiktok_ad_group` tool: schema, rules, defaults, mapping to TikTok's
 * `/adgroup/create/` body and the result text. No I/O: `run` (account, `/campaign/get/`,
 * `/advertiser/info/`, send, answer) is built on top of these.
 */
export { closestMatch, didYouMean } from '../../../core/suggest.js';
export { DAILY_BUDGET_FLOOR, formatMoney } from './currency.js';
export { devicePriceRange, type EffectiveSettings, effectiveSettings } from './defaults.js';
export { DESCRIPTIONS, SEED_FIELDS } from './descriptions.js';
export { type Objective, objectiveFromTikTok, TIKTOK_OBJECTIVE } from './enums.js';
export { buildAdGroupRequest, effectiveObjective } from './mapping.js';
export { type AdGroupStructuredResult, adGroupStructuredResult } from './result.js';
export { addTikTokAdGroupRules, type RuleCode, validateWithFacts } from './rules.js';
export {
  type AddTikTokAdGroupArgs,
  type AddTikTokAdGroupInput,
  ARGUMENT_NAMES,
  addTikTokAdGroupSchema,
  enumField,
  formatUtc,
  idList,
  idString,
  isAddTikTokAdGroupDryRun,
  parseUtc,
} from './schema.js';
export { type AdGroupTextInput, describeDayparting, renderAdGroupText } from './text.js';
export { addTikTokAdGroup } from './tool.js';
export type { AdGroupFacts, AdGroupRequest, AppliedDefault } from './types.js';
