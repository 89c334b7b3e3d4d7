/**
 * The `add_tiktok_ad_group` tool: its schema, descriptions and result text. The ad group itself
 * (rules, defaults, the TikTok body) is the shared domain in `src/domain/adgroup/`.
 */
export { DESCRIPTIONS, SEED_FIELDS } from './descriptions.js';
export { type AdGroupStructuredResult, adGroupStructuredResult } from './result.js';
export {
  type AddTikTokAdGroupArgs,
  type AddTikTokAdGroupInput,
  ARGUMENT_NAMES,
  addTikTokAdGroupSchema,
  isAddTikTokAdGroupDryRun,
} from './schema.js';
export { type AdGroupTextInput, describeDayparting, renderAdGroupText } from './text.js';
export { addTikTokAdGroup } from './tool.js';
