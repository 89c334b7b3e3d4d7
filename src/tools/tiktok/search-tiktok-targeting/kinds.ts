/**
 * One entry per `targeting_type`: the TikTok look-up it calls (reference §3.2), the rows it
 * answers with (each with an `id` and a `name`), their table, and where the ids go in
 * add_tiktok_ad_group.
 */
import type { TikTokClient } from '../../../tiktok/client.js';
import {
  getActionCategories,
  getCarriers,
  getDeviceModels,
  getInterestCategories,
  getLanguages,
  getRegions,
  recommendInterestKeywords,
} from '../../../tiktok/lookups.js';
import {
  DEFAULTS,
  type OptionalArgument,
  type SearchTikTokTargetingArgs,
  type TargetingType,
} from './schema.js';

export interface TargetingRow {
  /** What add_tiktok_ad_group takes (a code for languages). */
  id: string;
  name: string;
  [field: string]: unknown;
}

export interface Lookup {
  client: TikTokClient;
  accessToken: string;
  advertiserId: string;
  args: SearchTikTokTargetingArgs;
}

export interface TargetingKind {
  /** Plural, for sentences: "regions". */
  noun: string;
  /** The add_tiktok_ad_group argument the ids go into; null when it has none. */
  argument: (args: SearchTikTokTargetingArgs) => string | null;
  /** The optional arguments this type uses; the others are reported as ignored. */
  uses: readonly OptionalArgument[];
  /** Whether `keyword` is TikTok's search seed (true) or a name filter applied here (false). */
  keywordIsSeed: boolean;
  fetch: (lookup: Lookup) => Promise<TargetingRow[]>;
  headers: string[];
  row: (row: TargetingRow) => unknown[];
  /** Which rows add_tiktok_ad_group can use, when TikTok marks some as not usable. */
  usable?: (row: TargetingRow) => boolean;
  /** A sentence after the table: how to use the ids. */
  advice: (args: SearchTikTokTargetingArgs) => string;
}

const yesNo = (value: unknown) => (value === true ? 'yes' : value === false ? 'no' : '-');

function objectiveFor(args: SearchTikTokTargetingArgs): string {
  const objective = args.objective_type ?? DEFAULTS.objective_type;
  return objective === 'CONVERSIONS' ? 'WEB_CONVERSIONS' : objective;
}

export const KINDS: Record<TargetingType, TargetingKind> = {
  regions: {
    noun: 'regions',
    argument: () => 'location_ids',
    uses: ['keyword', 'language', 'level_range', 'objective_type', 'operating_system', 'placements'],
    keywordIsSeed: false,
    async fetch({ client, accessToken, advertiserId, args }) {
      const regions = await getRegions(client, accessToken, advertiserId, {
        placements: args.placements ?? [...DEFAULTS.placements],
        objectiveType: objectiveFor(args),
        levelRange: args.level_range ?? DEFAULTS.level_range,
        language: args.language ?? DEFAULTS.language,
        operatingSystem: args.operating_system,
      });
      return regions.map((r) => ({
        id: String(r.location_id),
        name: r.name,
        level: r.level ?? null,
        region_code: r.region_code ?? null,
        parent_id: r.parent_id && r.parent_id !== '0' ? String(r.parent_id) : null,
        support_below_18: r.support_below_18 ?? null,
      }));
    },
    headers: ['Region', 'location_id', 'Level', 'Country code', 'Ages 13-17 allowed'],
    row: (r) => [r.name, r.id, r.level, r.region_code, yesNo(r.support_below_18)],
    advice: () =>
      "Paste `location_id` values into add_tiktok_ad_group's `location_ids`; do not list a region together with " +
      'a region inside it (a country and one of its states).',
  },
  interest_categories: {
    noun: 'interest categories',
    argument: () => 'interest_category_ids',
    uses: ['keyword', 'language', 'placements'],
    keywordIsSeed: false,
    async fetch({ client, accessToken, advertiserId, args }) {
      const categories = await getInterestCategories(client, accessToken, advertiserId, {
        placements: args.placements ?? [...DEFAULTS.placements],
        language: args.language ?? DEFAULTS.language,
      });
      return categories.map((c) => ({
        id: String(c.interest_category_id),
        name: c.interest_category_name,
        level: c.level ?? null,
        sub_category_ids: (c.sub_category_ids ?? []).map(String),
      }));
    },
    headers: ['Interest category', 'interest_category_id', 'Level', 'Sub-categories'],
    row: (r) => [r.name, r.id, r.level, (r.sub_category_ids as string[]).length || null],
    advice: () => "Paste `interest_category_id` values into add_tiktok_ad_group's `interest_category_ids`.",
  },
  interest_keywords: {
    noun: 'interest keywords',
    argument: (args) =>
      (args.audience_type ?? DEFAULTS.audience_type) === 'PURCHASE_INTENTION'
        ? 'purchase_intention_keyword_ids'
        : 'interest_keyword_ids',
    uses: ['keyword', 'language', 'audience_type', 'mode', 'limit'],
    keywordIsSeed: true,
    async fetch({ client, accessToken, advertiserId, args }) {
      const keywords = await recommendInterestKeywords(client, accessToken, advertiserId, {
        keyword: args.keyword ?? '',
        audienceType: args.audience_type ?? DEFAULTS.audience_type,
        mode: args.mode ?? DEFAULTS.mode,
        limit: args.limit ?? DEFAULTS.limit,
        language: args.language ?? DEFAULTS.language,
      });
      return keywords.map((k) => ({
        id: String(k.keyword_id),
        name: k.keyword,
        language: k.language ?? null,
        status: k.status ?? null,
      }));
    },
    headers: ['Keyword', 'keyword_id', 'Language', 'Status'],
    row: (r) => [r.name, r.id, r.language, r.status],
    // Only EFFECTIVE keywords can be used in an ad group (BB `interest_keyword_recommend.go` `Keyword.Status`).
    usable: (r) => r.status !== 'INEFFECTIVE',
    advice: (args) =>
      (args.audience_type ?? DEFAULTS.audience_type) === 'PURCHASE_INTENTION'
        ? "Paste `keyword_id` values into add_tiktok_ad_group's `purchase_intention_keyword_ids` (not together " +
          'with `interest_keyword_ids`).'
        : "Paste `keyword_id` values into add_tiktok_ad_group's `interest_keyword_ids` (TikTok takes ids, not the " +
          'keywords themselves).',
  },
  languages: {
    noun: 'languages',
    argument: () => 'languages',
    uses: ['keyword'],
    keywordIsSeed: false,
    async fetch({ client, accessToken, advertiserId }) {
      const languages = await getLanguages(client, accessToken, advertiserId);
      return languages.map((l) => ({ id: String(l.code), name: l.name }));
    },
    headers: ['Language', 'code'],
    row: (r) => [r.name, r.id],
    advice: () => "Paste `code` values into add_tiktok_ad_group's `languages`.",
  },
  action_categories: {
    noun: 'action categories',
    argument: () => null,
    uses: ['keyword', 'language'],
    keywordIsSeed: false,
    async fetch({ client, accessToken, advertiserId, args }) {
      const categories = await getActionCategories(
        client,
        accessToken,
        advertiserId,
        args.language ?? DEFAULTS.language,
      );
      return categories.map((c) => ({
        id: String(c.action_category_id),
        name: c.name,
        level: c.level ?? null,
        action_scene: c.action_scene ?? null,
      }));
    },
    headers: ['Action category', 'action_category_id', 'Level', 'Scene'],
    row: (r) => [r.name, r.id, r.level, r.action_scene],
    advice: () =>
      "These are for TikTok's behaviour targeting (`actions[].action_category_ids`, TikTok placement only), " +
      'which add_tiktok_ad_group does not set.',
  },
  carriers: {
    noun: 'carriers',
    argument: () => 'carrier_ids',
    uses: ['keyword'],
    keywordIsSeed: false,
    async fetch({ client, accessToken, advertiserId }) {
      const carriers = await getCarriers(client, accessToken, advertiserId);
      return carriers.map((c) => ({
        id: String(c.carrier_id),
        name: c.name,
        country_code: c.country_code ?? null,
        in_use: c.in_use ?? null,
      }));
    },
    headers: ['Carrier', 'carrier_id', 'Country', 'In use'],
    row: (r) => [r.name, r.id, r.country_code, yesNo(r.in_use)],
    usable: (r) => r.in_use !== false,
    advice: () =>
      "Paste `carrier_id` values into add_tiktok_ad_group's `carrier_ids`: only carriers in use, in the countries " +
      'the ad group targets.',
  },
  device_models: {
    noun: 'device models',
    argument: () => 'device_model_ids',
    uses: ['keyword', 'operating_system'],
    keywordIsSeed: false,
    async fetch({ client, accessToken, advertiserId, args }) {
      const models = await getDeviceModels(client, accessToken, advertiserId);
      return models
        .filter((m) => !args.operating_system || m.os_type === args.operating_system)
        .map((m) => ({
          id: String(m.device_model_id),
          name: m.device_model_name,
          os_type: m.os_type ?? null,
          is_active: m.is_active ?? null,
        }));
    },
    headers: ['Device model', 'device_model_id', 'OS', 'Active'],
    row: (r) => [r.name, r.id, r.os_type, yesNo(r.is_active)],
    usable: (r) => r.is_active !== false,
    advice: () =>
      "Paste `device_model_id` values into add_tiktok_ad_group's `device_model_ids`: only active models, and not " +
      'together with `device_price_ranges`.',
  },
};
