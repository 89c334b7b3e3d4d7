/**
 * TikTok's targeting look-ups (reference §3.2): regions, interest categories, interest keywords,
 * languages, action categories, carriers and device models. Like TikTok's, these answer the whole
 * list in one go (no `page`, no `page_info`); only the keyword recommendation takes a `limit`.
 */
import { paramError } from '../envelope.js';
import type { SeedRegion } from '../seed.js';
import { queryJson, queryValue, stringListOf } from './params.js';
import type { EndpointContext, EndpointDef } from './types.js';

const PLACEMENTS = ['PLACEMENT_TIKTOK', 'PLACEMENT_PANGLE', 'PLACEMENT_GLOBAL_APP_BUNDLE'];
const OBJECTIVE_TYPES = [
  'APP_PROMOTION',
  'WEB_CONVERSIONS',
  'REACH',
  'TRAFFIC',
  'VIDEO_VIEWS',
  'LEAD_GENERATION',
  'ENGAGEMENT',
  'PRODUCT_SALES',
  'RF_REACH',
];
const LEVELS: Record<string, ReadonlySet<SeedRegion['level']>> = {
  TO_COUNTRY: new Set(['COUNTRY']),
  TO_PROVINCE: new Set(['COUNTRY', 'PROVINCE']),
  TO_CITY: new Set(['COUNTRY', 'PROVINCE', 'CITY']),
  TO_DISTRICT: new Set(['COUNTRY', 'PROVINCE', 'CITY']),
  ALL: new Set(['COUNTRY', 'PROVINCE', 'CITY']),
};

function oneOf(
  ctx: EndpointContext,
  name: string,
  allowed: readonly string[],
  required = false,
): string | undefined {
  const value = queryValue(ctx, name, required);
  if (value !== undefined && !allowed.includes(value)) {
    throw paramError(name, `Must be one of: ${allowed.join(', ')}.`);
  }
  return value;
}

function placements(ctx: EndpointContext, required: boolean): string[] | undefined {
  const list = stringListOf('placements', queryJson(ctx, 'placements', required));
  for (const [index, placement] of (list ?? []).entries()) {
    if (!PLACEMENTS.includes(placement)) {
      throw paramError(`placements.${index}`, `Must be one of: ${PLACEMENTS.join(', ')}.`);
    }
  }
  return list;
}

export const toolRegion: EndpointDef = {
  method: 'GET',
  path: '/tool/region/',
  handle(ctx) {
    ctx.advertiser('advertiser_id', ctx.query.advertiser_id);
    placements(ctx, true);
    oneOf(ctx, 'objective_type', OBJECTIVE_TYPES, true);
    oneOf(ctx, 'operating_system', ['ANDROID', 'IOS']);
    const levels = LEVELS[oneOf(ctx, 'level_range', Object.keys(LEVELS)) ?? 'ALL'] ?? LEVELS.ALL;
    return {
      region_info: ctx.store.seed.regions
        .filter((r) => levels?.has(r.level))
        .map((r) => ({
          location_id: r.location_id,
          name: r.name,
          parent_id: r.parent_id ?? '0',
          region_code: r.region_code,
          next_level_ids: r.next_level_ids,
          area_type: r.area_type,
          level: r.level,
          support_below_18: r.support_below_18,
        })),
    };
  },
};

export const toolInterestCategory: EndpointDef = {
  method: 'GET',
  path: '/tool/interest_category/',
  handle(ctx) {
    ctx.advertiser('advertiser_id', ctx.query.advertiser_id);
    oneOf(ctx, 'version', ['1', '2']);
    const wanted = placements(ctx, false);
    return {
      interest_categories: ctx.store.seed.interestCategories.filter(
        (c) => !wanted || wanted.some((p) => c.placements.includes(p)),
      ),
    };
  },
};

const MODES = ['FUZZ_MATCH', 'SEMANTIC_RECOMMEND'];
export const KEYWORD_LANGUAGES = 'fr id it ja ms ar vi en ru es th tr hi zh de ko'.split(' ');
const AUDIENCE_TYPES = ['GENERAL_INTEREST', 'PURCHASE_INTENTION'];

function words(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

export const toolInterestKeywordRecommend: EndpointDef = {
  method: 'GET',
  path: '/tool/interest_keyword/recommend/',
  handle(ctx) {
    ctx.advertiser('advertiser_id', ctx.query.advertiser_id);
    const keyword = (queryValue(ctx, 'keyword', true) ?? '').toLowerCase();
    const mode = oneOf(ctx, 'mode', MODES) ?? 'FUZZ_MATCH';
    const audienceType = oneOf(ctx, 'audience_type', AUDIENCE_TYPES) ?? 'GENERAL_INTEREST';
    // SDK-HEAD python_sdk/docs/ToolApi.md tool_interest_keyword_recommend: the keyword languages,
    // which differ from the category languages (hi, no pt).
    oneOf(ctx, 'language', KEYWORD_LANGUAGES);
    const limitText = queryValue(ctx, 'limit');
    const limit = limitText === undefined ? 50 : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) {
      throw paramError('limit', 'Must be greater than or equal to 1 and less than or equal to 50.');
    }
    // FUZZ_MATCH: the seed inside the keyword; SEMANTIC_RECOMMEND: any word in common.
    const seedWords = words(keyword);
    const matches = ctx.store.seed.interestKeywords.filter(
      (k) =>
        k.audience_type === audienceType &&
        (mode === 'FUZZ_MATCH'
          ? k.keyword.toLowerCase().includes(keyword)
          : words(k.keyword).some((w) => seedWords.includes(w))),
    );
    return {
      recommended_keywords: matches.slice(0, limit).map((k) => ({
        keyword: k.keyword,
        keyword_id: k.keyword_id,
        language: k.language,
        status: k.status,
      })),
    };
  },
};

export const toolLanguage: EndpointDef = {
  method: 'GET',
  path: '/tool/language/',
  handle(ctx) {
    ctx.advertiser('advertiser_id', ctx.query.advertiser_id);
    return { languages: ctx.store.seed.languages };
  },
};

export const toolActionCategory: EndpointDef = {
  method: 'GET',
  path: '/tool/action_category/',
  handle(ctx) {
    ctx.advertiser('advertiser_id', ctx.query.advertiser_id);
    return { action_categories: ctx.store.seed.actionCategories };
  },
};

export const toolCarrier: EndpointDef = {
  method: 'GET',
  path: '/tool/carrier/',
  handle(ctx) {
    ctx.advertiser('advertiser_id', ctx.query.advertiser_id);
    // SDK-HEAD yml_files/tool_carrier.yml response_rule: grouped by country,
    // countries[{country_code, carriers[{carrier_id, name, in_use, value[{hni_id, in_use}]}]}].
    const countries = new Map<string, Array<Record<string, unknown>>>();
    for (const carrier of ctx.store.seed.carriers) {
      const list = countries.get(carrier.country_code) ?? [];
      list.push({
        carrier_id: carrier.carrier_id,
        name: carrier.name,
        in_use: carrier.in_use,
        value: [{ hni_id: `${carrier.carrier_id.slice(-5)}`, in_use: carrier.in_use }],
      });
      countries.set(carrier.country_code, list);
    }
    return {
      countries: [...countries].map(([country_code, carriers]) => ({ country_code, carriers })),
    };
  },
};

export const toolDeviceModel: EndpointDef = {
  method: 'GET',
  path: '/tool/device_model/',
  handle(ctx) {
    ctx.advertiser('advertiser_id', ctx.query.advertiser_id);
    return { device_models: ctx.store.seed.deviceModels };
  },
};
