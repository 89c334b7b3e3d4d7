/**
 * Optimisation and bidding: goal, billing event, bid strategy and bids, deep (value) bidding,
 * retention, the pixel and its events, attribution. Sources: TikTok's SDK `AdgroupCreateBody`
 * field descriptions ("SDK"), TikTok's "Update an ad group" doc (TT-UPD), and BB
 * (`bububa/tiktok-business`, a translation of TikTok's docs) where named.
 */
import { DEFAULT_GOAL, GOALS_FOR_OBJECTIVE, RETENTION_EVENT, VALUE_DEEP_BID_TYPES } from '../enums.js';
import type { Rule } from './context.js';

const BID_UNIT: Record<string, string> = { CPC: 'click', CPM: '1,000 impressions', CPV: 'view' };

const deprecatedValues: Rule = ({ args, add }) => {
  if (args.optimization_goal === 'VIDEO_VIEW') {
    add(
      'optimization_goal',
      'deprecated_value',
      'optimization_goal VIDEO_VIEW is deprecated by TikTok: use ENGAGED_VIEW (or ENGAGED_VIEW_FIFTEEN), or omit optimization_goal for VIDEO_VIEWS ad groups.',
    );
  }
  if (args.creative_material_mode === 'DYNAMIC') {
    add(
      'creative_material_mode',
      'deprecated_value',
      'creative_material_mode DYNAMIC is retired by TikTok: omit creative_material_mode (it is CUSTOM, one creative per ad) and add each creative as its own ad.',
    );
  }
};

/** CONVERSATION is a messaging goal: TikTok ties it to messaging promotion types and `messaging_app_type` (BB). */
const conversationGoal: Rule = ({ args, add }) => {
  if (args.optimization_goal !== 'CONVERSATION') return;
  add(
    'optimization_goal',
    'unsupported_value',
    'optimization_goal CONVERSATION belongs to messaging ad groups (TikTok direct messages or a messaging app), which this tool does not create: use LEAD_GENERATION for an instant form, or promotion_type WEBSITE for leads on your website.',
  );
};

const goalFitsObjective: Rule = ({ args, objective, label, add }) => {
  const goal = args.optimization_goal;
  if (!objective || !goal || goal === 'VIDEO_VIEW' || goal === 'CONVERSATION') return;
  if (GOALS_FOR_OBJECTIVE[objective].includes(goal)) return;
  add(
    'optimization_goal',
    'not_allowed_for_objective',
    `optimization_goal ${goal} does not fit a ${label} ad group: use ${GOALS_FOR_OBJECTIVE[objective].join(' or ')}, or omit optimization_goal (the default is ${DEFAULT_GOAL[objective]}).`,
  );
};

/** Lead generation: an instant form optimises for leads, the website for conversions (pixel) or clicks (none). */
const leadGenerationGoal: Rule = ({ args, objective, s, add }) => {
  if (objective !== 'LEAD_GENERATION' || !s.goal) return;
  const website = args.promotion_type === 'WEBSITE';
  if (!website && (s.goal === 'CONVERT' || s.goal === 'CLICK')) {
    add(
      'optimization_goal',
      'required_with',
      `optimization_goal ${s.goal} on a LEAD_GENERATION ad group collects leads on your website: set promotion_type WEBSITE, or omit optimization_goal to optimise an instant form for leads.`,
    );
  }
  if (website && s.goal === 'LEAD_GENERATION') {
    add(
      'optimization_goal',
      'incompatible_value',
      'optimization_goal LEAD_GENERATION is for instant forms, but promotion_type WEBSITE collects leads on your website: use CONVERT with pixel_id and optimization_event, or CLICK without a pixel (or omit optimization_goal).',
    );
  }
  if (website && s.goal === 'CONVERT' && !args.pixel_id) {
    add(
      'pixel_id',
      'required_with',
      'pixel_id is required to optimise website leads for conversions: pass the numeric Pixel ID (list_tiktok_pixels shows it) with optimization_event, or use optimization_goal CLICK.',
    );
  }
};

/** TRAFFIC_LANDING_PAGE_VIEW needs a website, and TikTok sets its event (LANDING_PAGE_VIEW) itself (BB). */
const landingPageViewGoal: Rule = ({ args, objective, s, goalSource, add }) => {
  if (s.goal !== 'TRAFFIC_LANDING_PAGE_VIEW' || objective !== 'TRAFFIC') return;
  if (args.promotion_type?.startsWith('APP_')) {
    add(
      'optimization_goal',
      'incompatible_value',
      `optimization_goal TRAFFIC_LANDING_PAGE_VIEW${goalSource} needs a website, but promotion_type is ${args.promotion_type}: use optimization_goal CLICK for app traffic (or omit it).`,
    );
  }
  if (args.optimization_event && args.optimization_event !== 'LANDING_PAGE_VIEW') {
    add(
      'optimization_event',
      'not_allowed_with',
      `optimization_event ${args.optimization_event} cannot be used with optimization_goal TRAFFIC_LANDING_PAGE_VIEW${goalSource}: TikTok sets the event to LANDING_PAGE_VIEW itself. Remove optimization_event.`,
    );
  }
  const placements = s.placementType === 'PLACEMENT_TYPE_NORMAL' ? s.placements : [];
  if (placements.length === 1 && placements[0] === 'PLACEMENT_GLOBAL_APP_BUNDLE') {
    add(
      'placements',
      'not_allowed_with',
      `placements ['PLACEMENT_GLOBAL_APP_BUNDLE'] alone cannot carry optimization_goal TRAFFIC_LANDING_PAGE_VIEW${goalSource}: add PLACEMENT_TIKTOK to placements, or use optimization_goal CLICK.`,
    );
  }
};

const billingFitsGoal: Rule = ({ args, s, goalSource, add }) => {
  const billing = args.billing_event;
  if (!billing || !s.fittingBilling || billing === s.fittingBilling || s.goal === 'VIDEO_VIEW') return;
  add(
    'billing_event',
    'incompatible_value',
    `billing_event ${billing} does not fit optimization goal ${s.goal}${goalSource}, which TikTok bills ${s.fittingBilling}: use billing_event ${s.fittingBilling}, or omit billing_event.`,
  );
};

const noBidWithAutomaticBidding: Rule = ({ args, s, add }) => {
  if (s.tiktokBidType !== 'BID_TYPE_NO_BID') return;
  for (const field of ['bid_price', 'conversion_bid_price'] as const) {
    if (args[field] === undefined) continue;
    add(
      field,
      'not_allowed_with',
      `${field} has no effect with bid_type BID_TYPE_NO_BID${args.bid_type ? '' : ' (the default: automatic bidding)'}, and TikTok would ignore it silently: set bid_type to BID_TYPE_CUSTOM to bid manually, or remove ${field}.`,
    );
  }
};

/** Cost cap (BID_TYPE_CUSTOM, and the page's BID_TYPE_MAX_CONVERSION): the bid field of the billing event. */
const costCapBid: Rule = ({ args, s, billingSource, add }) => {
  if (s.tiktokBidType !== 'BID_TYPE_CUSTOM' || !s.billing) return;
  const strategy = `bid_type ${s.bidType}`;
  const ocpm = s.billing === 'OCPM';
  const needed = ocpm ? 'conversion_bid_price' : 'bid_price';
  const other = ocpm ? 'bid_price' : 'conversion_bid_price';
  if (args[needed] === undefined) {
    const what = ocpm
      ? 'set your target cost per result (e.g. per conversion) in the account currency'
      : `set what you bid per ${BID_UNIT[s.billing]}, in the account currency`;
    add(
      needed,
      'required_with',
      `${needed} is required with ${strategy} when billing is ${s.billing}${billingSource}: ${what}.`,
    );
  }
  if (args[other] !== undefined) {
    const why = ocpm
      ? `bid_price is the bid for CPC, CPM or CPV billing, but this ad group is billed OCPM${billingSource}: put your target cost per result in conversion_bid_price instead.`
      : `conversion_bid_price is the bid for OCPM billing, but this ad group is billed ${s.billing}${billingSource}: put your bid in bid_price instead.`;
    add(other, 'not_allowed_with', why);
  }
};

/** Deep (value) bidding: app value optimisation and web value optimisation (SDK `deep_bid_type`). */
const deepBidType: Rule = ({ args, objective, label, s, goalSource, add }) => {
  const type = args.deep_bid_type;
  if (!type || RETENTION_EVENT[type]) return;
  if (objective && objective !== 'APP_PROMOTION' && objective !== 'CONVERSIONS') {
    add(
      'deep_bid_type',
      'not_allowed_for_objective',
      `deep_bid_type is only for APP_PROMOTION and CONVERSIONS ad groups; this one is ${label}. Remove deep_bid_type.`,
    );
  } else if (objective === 'CONVERSIONS' && !VALUE_DEEP_BID_TYPES.includes(type)) {
    add(
      'deep_bid_type',
      'not_allowed_for_objective',
      `deep_bid_type ${type} is an app bid type; a CONVERSIONS ad group takes VO_MIN_ROAS or VO_HIGHEST_VALUE, with optimization_goal VALUE.`,
    );
  } else if (s.goal && s.goal !== 'VALUE' && VALUE_DEEP_BID_TYPES.includes(type)) {
    add(
      'deep_bid_type',
      'not_allowed_with',
      `deep_bid_type ${type} is value bidding, but the optimization goal is ${s.goal}${goalSource}: set optimization_goal VALUE, or remove deep_bid_type.`,
    );
  }
  if (type === 'VO_MIN_ROAS' && args.roas_bid === undefined) {
    add(
      'roas_bid',
      'required_with',
      'roas_bid is required with deep_bid_type VO_MIN_ROAS: set the minimum return on ad spend, e.g. 1.5 for 150%.',
    );
  }
  if (type === 'VO_HIGHEST_VALUE' && args.roas_bid !== undefined) {
    add(
      'roas_bid',
      'not_allowed_with',
      'roas_bid is a minimum-ROAS target, but deep_bid_type VO_HIGHEST_VALUE bids for the highest value without one: use deep_bid_type VO_MIN_ROAS, or remove roas_bid.',
    );
  }
};

/** The page's retention deep bid types do not exist at TikTok: name the secondary event that does it. */
const retentionDeepBidType: Rule = ({ args, add }) => {
  const event = args.deep_bid_type ? RETENTION_EVENT[args.deep_bid_type] : undefined;
  if (!event) return;
  add(
    'deep_bid_type',
    'unsupported_value',
    `deep_bid_type ${args.deep_bid_type} is not a TikTok bid type: TikTok optimises for retention with a secondary goal. Set optimization_goal INSTALL with secondary_optimization_event ${event} on Pangle placement, and deep_bid_type MIN (a target cost for the install in conversion_bid_price and for the retained user in deep_cpa_bid) or PACING (an install target, retention optimised).`,
  );
};

const deepCpaBid: Rule = ({ args, add }) => {
  if (args.deep_cpa_bid === undefined || args.deep_bid_type) return;
  add(
    'deep_bid_type',
    'required_with',
    'deep_bid_type is required when deep_cpa_bid is set: choose MIN (a dual bid on the install and the deep event), or remove deep_cpa_bid.',
  );
};

const roasBid: Rule = ({ args, s, goalSource, add }) => {
  if (args.roas_bid === undefined || !s.goal || s.goal === 'VALUE') return;
  add(
    'roas_bid',
    'not_allowed_with',
    `roas_bid only works with value optimisation, but the optimization goal is ${s.goal}${goalSource}: set optimization_goal to VALUE, or remove roas_bid.`,
  );
};

const secondaryEventGoal: Rule = ({ args, s, goalSource, add }) => {
  if (!args.secondary_optimization_event || !s.goal || s.goal === 'INSTALL' || s.goal === 'VALUE') return;
  add(
    'secondary_optimization_event',
    'not_allowed_with',
    `secondary_optimization_event only works with optimization goal INSTALL or VALUE; the goal is ${s.goal}${goalSource}. Remove secondary_optimization_event, or set optimization_goal to INSTALL or VALUE.`,
  );
};

const secondaryEventPlacement: Rule = ({ args, s, add }) => {
  const offTikTok =
    s.placementType === 'PLACEMENT_TYPE_NORMAL' && s.placements.some((p) => p !== 'PLACEMENT_TIKTOK');
  if (!args.secondary_optimization_event || s.goal !== 'INSTALL' || offTikTok) return;
  add(
    'secondary_optimization_event',
    'not_allowed_with',
    'with optimization goal INSTALL, TikTok accepts a secondary_optimization_event only on Pangle or Global App Bundle placement (since 2024-11-30): add PLACEMENT_PANGLE to placements (placement_type PLACEMENT_TYPE_NORMAL), or remove secondary_optimization_event.',
  );
};

/**
 * `next_day_retention` = conversion_bid_price / deep_cpa_bid, in (0, 1], "only valid when placements
 * is PLACEMENT_PANGLE and secondary_optimization_event is NEXT_DAY_OPEN"; pass the three together
 * and matching the formula (SDK `next_day_retention`).
 */
const nextDayRetention: Rule = ({ args, s, add }) => {
  const retention = args.next_day_retention;
  if (retention === undefined) return;
  const pangle = s.placementType === 'PLACEMENT_TYPE_NORMAL' && s.placements.includes('PLACEMENT_PANGLE');
  if (!pangle || args.secondary_optimization_event !== 'NEXT_DAY_OPEN') {
    add(
      'next_day_retention',
      'required_with',
      "next_day_retention applies only to Pangle placement with secondary_optimization_event NEXT_DAY_OPEN: set placements to include 'PLACEMENT_PANGLE' and secondary_optimization_event NEXT_DAY_OPEN, or remove next_day_retention.",
    );
  }
  const cpa = args.conversion_bid_price;
  const deep = args.deep_cpa_bid;
  if (cpa === undefined || deep === undefined) {
    add(
      cpa === undefined ? 'conversion_bid_price' : 'deep_cpa_bid',
      'required_with',
      'next_day_retention needs conversion_bid_price and deep_cpa_bid with it (TikTok checks next_day_retention = conversion_bid_price / deep_cpa_bid): set both, e.g. conversion_bid_price 2 and deep_cpa_bid 5 for 0.4.',
    );
    return;
  }
  if (Math.abs(cpa / deep - retention) > 0.005) {
    add(
      'next_day_retention',
      'incompatible_value',
      `next_day_retention must equal conversion_bid_price / deep_cpa_bid (${cpa} / ${deep} = ${(cpa / deep).toFixed(2)}); got ${retention}. Make the three agree.`,
    );
  }
};

const secondaryEventDeepBid: Rule = ({ args, objective, add }) => {
  if (!args.secondary_optimization_event || args.deep_bid_type || args.roas_bid !== undefined) return;
  if (objective === 'CONVERSIONS') {
    add(
      'roas_bid',
      'required_with',
      'roas_bid is required with secondary_optimization_event on a CONVERSIONS ad group, because TikTok needs a deep bid type with a secondary event: set roas_bid (deep_bid_type VO_MIN_ROAS is then sent), or remove secondary_optimization_event.',
    );
    return;
  }
  add(
    'deep_bid_type',
    'required_with',
    'deep_bid_type is required with secondary_optimization_event (TikTok needs both): set deep_bid_type, e.g. MIN or PACING for an install goal, VO_MIN_ROAS with roas_bid for a value goal, or remove secondary_optimization_event.',
  );
};

/**
 * The pixel: on the ad group for CONVERSIONS, and for website lead generation (pixel + CONVERT).
 * Elsewhere it belongs on the ad (`tracking_pixel_id`, SDK `pixel_id`).
 */
const pixel: Rule = ({ args, objective, label, add }) => {
  const allowed =
    objective === 'CONVERSIONS' || (objective === 'LEAD_GENERATION' && args.promotion_type === 'WEBSITE');
  if (args.pixel_id && objective && !allowed) {
    const lead =
      objective === 'LEAD_GENERATION' ? ' (for leads on your website, set promotion_type WEBSITE)' : '';
    add(
      'pixel_id',
      'not_allowed_for_objective',
      `pixel_id on the ad group is only for CONVERSIONS and website lead generation; this one is ${label}${lead}, and TikTok refuses it. Remove pixel_id and set the pixel on each ad (tracking_pixel_id) instead.`,
    );
  }
  const needsPixel = objective === 'CONVERSIONS' && !args.pixel_id && !args.conversion_id;
  if (needsPixel) {
    add(
      'pixel_id',
      'required_with',
      'pixel_id is required for a CONVERSIONS ad group, since TikTok optimises on an event of your pixel: pass the numeric Pixel ID (list_tiktok_pixels lists them), or a custom conversion in conversion_id.',
    );
  }
  if (!args.optimization_event && (args.pixel_id || needsPixel)) {
    const why = args.pixel_id ? 'when pixel_id is set' : 'for a CONVERSIONS ad group';
    add(
      'optimization_event',
      'required_with',
      `optimization_event is required ${why}: name the pixel event to optimise for, e.g. ON_WEB_ORDER (purchase) or ON_WEB_REGISTER (list_tiktok_pixels shows each pixel's events).`,
    );
  }
};

/** Attribution windows count conversions: they apply to ad groups that optimise for an event. */
const attribution: Rule = ({ args, objective, label, wording, add }) => {
  if (!args.statistic_type || args.statistic_type === 'ALL_DAY' || !objective) return;
  const events = args.pixel_id || args.conversion_id || objective === 'APP_PROMOTION';
  if (events) return;
  add(
    'statistic_type',
    'not_allowed_with',
    `statistic_type sets the click and view attribution windows of conversions, but ${wording.adGroup} (${label}) optimises for no pixel or app event: remove statistic_type.`,
  );
};

export const OPTIMISATION_RULES: readonly Rule[] = [
  deprecatedValues,
  conversationGoal,
  goalFitsObjective,
  leadGenerationGoal,
  landingPageViewGoal,
  billingFitsGoal,
  noBidWithAutomaticBidding,
  costCapBid,
  deepBidType,
  retentionDeepBidType,
  deepCpaBid,
  roasBid,
  secondaryEventGoal,
  secondaryEventPlacement,
  secondaryEventDeepBid,
  nextDayRetention,
  pixel,
  attribution,
];
