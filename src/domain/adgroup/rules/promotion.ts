/**
 * What the ad group promotes: the app and its operating system, the promotion type per objective.
 * Sources: reference 4.1 (TikTok's objectives and promotion types, SDK `AdgroupCreateBody`
 * `promotion_type`, `operating_systems`, `app_id`).
 */
import { list } from '../../words.js';
import { OS_FOR_PROMOTION } from '../defaults.js';
import type { Rule } from './context.js';

const appPromotion: Rule = ({ args, objective, s, add }) => {
  if (objective !== 'APP_PROMOTION') return;
  const systems = s.operatingSystems;
  if (!args.app_id) {
    add(
      'app_id',
      'required_with',
      'app_id is required for an APP_PROMOTION ad group: pass the TikTok app ID of the app you promote (a string of digits).',
    );
  }
  if (systems.length === 0) {
    add(
      'operating_systems',
      'required_with',
      'operating_systems is required for an APP_PROMOTION ad group, with exactly one value: ["ANDROID"] or ["IOS"].',
    );
  } else if (systems.length > 1) {
    add(
      'operating_systems',
      'invalid_value',
      'operating_systems must have exactly one value for an APP_PROMOTION ad group (TikTok promotes one platform per ad group): create one ad group with ["ANDROID"] and another with ["IOS"].',
    );
  }
  if (args.promotion_type === 'WEBSITE') {
    add(
      'promotion_type',
      'not_allowed_for_objective',
      'promotion_type WEBSITE does not fit an APP_PROMOTION ad group: use APP_ANDROID or APP_IOS, or omit promotion_type (it then follows operating_systems).',
    );
  }
};

const websiteObjectives: Rule = ({ args, objective, label, add }) => {
  if (objective !== 'CONVERSIONS' && objective !== 'LEAD_GENERATION') return;
  if (!args.promotion_type?.startsWith('APP_')) return;
  add(
    'promotion_type',
    'not_allowed_for_objective',
    `promotion_type ${args.promotion_type} does not fit a ${label} ad group, which promotes a website: use WEBSITE or omit promotion_type (to promote an app, use an APP_PROMOTION campaign).`,
  );
};

const operatingSystems: Rule = ({ args, objective, s, add }) => {
  const promoted = args.promotion_type ? OS_FOR_PROMOTION[args.promotion_type] : undefined;
  const systems = s.operatingSystems;
  if (!promoted) return;
  if (systems.length === 1 && systems[0] !== promoted) {
    add(
      'promotion_type',
      'incompatible_value',
      `promotion_type ${args.promotion_type} promotes an ${promoted === 'IOS' ? 'iOS' : 'Android'} app, but operating_systems is ${list(systems)}: make them agree, or omit promotion_type (it then follows operating_systems).`,
    );
  }
  if (systems.length > 1 && objective !== 'APP_PROMOTION') {
    add(
      'operating_systems',
      'invalid_value',
      `operating_systems must have one value when promotion_type is ${args.promotion_type}: set ["${promoted}"], or omit operating_systems (it then follows promotion_type).`,
    );
  }
};

export const PROMOTION_RULES: readonly Rule[] = [appPromotion, websiteObjectives, operatingSystems];
