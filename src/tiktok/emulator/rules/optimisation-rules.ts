/**
 * Goal, billing, bidding and conversion tracking. Sources (keys in catalog.ts): SDK-OLD field
 * descriptions (bid_type, bid_price, conversion_bid_price, deep_bid_type, roas_bid,
 * secondary_optimization_event, next_day_retention, pixel_id, optimization_event, bid_display_mode),
 * TT-UPD (bid types, attribution windows), the goal tables in catalog.ts.
 */
import { paramError } from '../envelope.js';
import {
  ALLOWLISTED_GOALS,
  ATTRIBUTION_EVENT_COUNTS,
  BID_DISPLAY_MODES,
  BID_TYPES,
  BILLING_BY_GOAL,
  BILLING_EVENTS,
  CLICK_ATTRIBUTION_WINDOWS,
  DEEP_BID_TYPES,
  DEEP_FUNNEL_FIELDS,
  DEPRECATED_DEEP_BID_TYPES,
  DEPRECATED_GOALS,
  ENGAGED_VIEW_ATTRIBUTION_WINDOWS,
  GOALS_BY_OBJECTIVE,
  OPTIMIZATION_GOALS,
  PEER_BILLING_BY_GOAL,
  PIXEL_OBJECTIVES,
  ROAS_BID_RANGE,
  SECONDARY_EVENT_GOALS,
  SMART_PLUS_ONLY_BID_TYPES,
  STATISTIC_TYPES,
  UNSUPPORTED_BILLING_EVENTS,
  VALUE_DEEP_BID_TYPES,
  VBO_WINDOWS,
  VIEW_ATTRIBUTION_WINDOWS,
} from './catalog.js';
import { ignore, isTikTokOnly, type RuleContext, requireAllowlist } from './context.js';

export function checkGoalAndBilling(ctx: RuleContext): void {
  const { r, objective } = ctx;
  r.refuseValue(
    'optimization_goal',
    new Set(Object.keys(DEPRECATED_GOALS)),
    (goal) => `${goal} is deprecated. Use ${DEPRECATED_GOALS[goal]}.`,
  );
  const goal = r.enumValue('optimization_goal', OPTIMIZATION_GOALS, true) as string;
  const goals = GOALS_BY_OBJECTIVE[objective];
  if (!goals.includes(goal)) {
    throw paramError(
      'optimization_goal',
      `Objective ${objective} supports optimization_goal ${goals.join(', ')}; got ${goal}.`,
    );
  }
  if (ctx.peerRules && ALLOWLISTED_GOALS.has(goal))
    requireAllowlist(ctx, goal, 'optimization_goal', `optimization_goal ${goal}`);
  ctx.goal = goal;

  r.refuseValue(
    'billing_event',
    UNSUPPORTED_BILLING_EVENTS,
    (raw) => `billing_event ${raw} is not supported for ad groups.`,
  );
  const billing = r.enumValue('billing_event', BILLING_EVENTS, true) as string;
  const expected = BILLING_BY_GOAL[goal] ?? (ctx.peerRules ? PEER_BILLING_BY_GOAL[goal] : undefined);
  if (expected !== undefined && billing !== expected) {
    throw paramError(
      'billing_event',
      `optimization_goal ${goal} only supports billing_event ${expected}; got ${billing}.`,
    );
  }
  ctx.billing = billing;
}

export function checkBidding(ctx: RuleContext): void {
  const { r, cbo } = ctx;
  r.refuseValue(
    'bid_type',
    SMART_PLUS_ONLY_BID_TYPES,
    (raw) =>
      `${raw} is only available for Smart+ ad groups. For a cost cap use BID_TYPE_CUSTOM with conversion_bid_price (or bid_price); for maximum delivery use BID_TYPE_NO_BID.`,
  );
  const bidType = r.enumValue('bid_type', BID_TYPES, cbo) ?? 'BID_TYPE_NO_BID';
  ctx.bidType = bidType;
  ctx.computed.bid_type = bidType;
  if (cbo) checkSameAsFirstAdGroup(ctx, bidType);
  checkBidAmounts(ctx, bidType);
  checkBidDisplayMode(ctx, bidType);

  // PEER (GT; Opus Growth): fast pacing needs a manual bid.
  if (ctx.peerRules && r.out.pacing === 'PACING_MODE_FAST' && bidType !== 'BID_TYPE_CUSTOM') {
    throw paramError(
      'pacing',
      `PACING_MODE_FAST is not supported with ${bidType}; use PACING_MODE_SMOOTH or BID_TYPE_CUSTOM.`,
    );
  }
  checkDeepBidding(ctx);
}

/** SDK-OLD bid_type / optimization_goal (required under CBO): every ad group uses the first one's. */
function checkSameAsFirstAdGroup(ctx: RuleContext, bidType: string): void {
  const first = ctx.store.adgroupsOfCampaign(ctx.campaign.campaign_id)[0]?.saved;
  if (!first) return;
  for (const field of ['optimization_goal', 'bid_type', 'optimization_event'] as const) {
    const mine = field === 'bid_type' ? bidType : ctx.r.body[field];
    if ((mine ?? null) !== (first[field] ?? null)) {
      throw paramError(
        field,
        `In a campaign with budget optimization every ad group must use the same ${field} as the first one (${String(first[field] ?? 'none')}).`,
      );
    }
  }
}

/** SDK-OLD bid_price / conversion_bid_price; TT-UPD: bids lower than the budget. */
function checkBidAmounts(ctx: RuleContext, bidType: string): void {
  const { r } = ctx;
  const bidPrice = r.number('bid_price');
  const conversionBid = r.number('conversion_bid_price');
  if (bidType === 'BID_TYPE_NO_BID') {
    // PEER (Opus Growth): TikTok silently ignores a bid sent without BID_TYPE_CUSTOM.
    ignore(ctx, 'bid_price');
    ignore(ctx, 'conversion_bid_price');
    return;
  }
  const needed = ctx.billing === 'OCPM' ? 'conversion_bid_price' : 'bid_price';
  if ((needed === 'bid_price' ? bidPrice : conversionBid) === undefined) {
    throw paramError(
      needed,
      `Missing data for required field. It is required when bid_type is BID_TYPE_CUSTOM and billing_event is ${ctx.billing}.`,
    );
  }
  checkBidCeiling(ctx, 'bid_price', bidPrice);
  checkBidCeiling(ctx, 'conversion_bid_price', conversionBid);
}

function checkBidCeiling(ctx: RuleContext, field: string, value: number | undefined): void {
  if (value === undefined) return;
  if (value <= 0) throw paramError(field, 'The bid must be greater than 0.');
  const ceiling = ctx.cbo ? ctx.campaign.budget : ctx.budget;
  if (ceiling !== undefined && ceiling > 0 && value >= ceiling) {
    throw paramError(
      field,
      `The bid (${value}) must be lower than the ${ctx.cbo ? 'campaign' : 'ad group'} budget (${ceiling}).`,
    );
  }
}

/** SDK-OLD bid_display_mode: CPV, required for VIDEO_VIEWS with BID_TYPE_CUSTOM; TT-UPD: CPMV deprecated. */
function checkBidDisplayMode(ctx: RuleContext, bidType: string): void {
  const { r } = ctx;
  r.refuseValue('bid_display_mode', new Set(['CPMV']), () => 'CPMV is deprecated in v1.3. Use CPV.');
  const display = r.enumValue('bid_display_mode', BID_DISPLAY_MODES);
  if (ctx.objective === 'VIDEO_VIEWS' && bidType === 'BID_TYPE_CUSTOM' && display !== 'CPV') {
    throw paramError(
      'bid_display_mode',
      'bid_display_mode must be CPV for VIDEO_VIEWS with BID_TYPE_CUSTOM.',
    );
  }
}

/** SDK-OLD deep_bid_type, roas_bid, secondary_optimization_event, deep_cpa_bid, next_day_retention. */
function checkDeepBidding(ctx: RuleContext): void {
  const { r } = ctx;
  const deepBidType = readDeepBidType(ctx);
  checkSecondaryEvent(ctx, deepBidType);
  checkRoas(ctx, deepBidType);
  const deepCpa = r.number('deep_cpa_bid');
  if (deepCpa !== undefined && deepCpa <= 0) throw paramError('deep_cpa_bid', 'Must be greater than 0.');
  checkNextDayRetention(ctx);
  r.enumValue('vbo_window', VBO_WINDOWS);
  r.boolean('skip_learning_phase');
}

function readDeepBidType(ctx: RuleContext): string | undefined {
  const { r } = ctx;
  r.refuseValue('deep_bid_type', DEPRECATED_DEEP_BID_TYPES, (raw) => `${raw} is deprecated.`);
  const deepBidType = r.enumValue('deep_bid_type', DEEP_BID_TYPES);
  if (deepBidType === undefined) {
    if (ctx.cbo && ctx.goal === 'VALUE') {
      throw paramError(
        'deep_bid_type',
        'Missing data for required field. It is required for VALUE optimization under budget optimization.',
      );
    }
    return undefined;
  }
  if (ctx.objective === 'APP_PROMOTION') return deepBidType;
  if (ctx.goal !== 'VALUE') {
    throw paramError(
      'deep_bid_type',
      'deep_bid_type is only supported for APP_PROMOTION or optimization_goal VALUE.',
    );
  }
  // SDK-OLD deep_bid_type: value optimisation outside apps is VO_MIN_ROAS or VO_HIGHEST_VALUE.
  if (!VALUE_DEEP_BID_TYPES.has(deepBidType)) {
    throw paramError(
      'deep_bid_type',
      `deep_bid_type ${deepBidType} is only supported for APP_PROMOTION; VALUE optimisation takes VO_MIN_ROAS or VO_HIGHEST_VALUE.`,
    );
  }
  return deepBidType;
}

function checkSecondaryEvent(ctx: RuleContext, deepBidType: string | undefined): void {
  if (ctx.r.string('secondary_optimization_event') === undefined) return;
  if (!SECONDARY_EVENT_GOALS.has(ctx.goal ?? '')) {
    throw paramError(
      'secondary_optimization_event',
      'secondary_optimization_event is only supported with optimization_goal INSTALL or VALUE.',
    );
  }
  if (deepBidType === undefined) {
    throw paramError(
      'deep_bid_type',
      'Missing data for required field. It is required with secondary_optimization_event.',
    );
  }
  // PEER (BB; date confirmed by the corrections audit): since 2024-11-30, INSTALL with a secondary
  // event is Pangle/Global App Bundle only.
  const tiktokOrAutomatic = isTikTokOnly(ctx) || ctx.placementType === 'PLACEMENT_TYPE_AUTOMATIC';
  if (ctx.peerRules && ctx.goal === 'INSTALL' && tiktokOrAutomatic) {
    throw paramError(
      'secondary_optimization_event',
      'INSTALL with a secondary_optimization_event is not available with TikTok-only or automatic placement.',
    );
  }
}

function checkRoas(ctx: RuleContext, deepBidType: string | undefined): void {
  const roas = ctx.r.number('roas_bid');
  if (roas === undefined) {
    if (deepBidType === 'VO_MIN_ROAS') {
      throw paramError(
        'roas_bid',
        'Missing data for required field. It is required with deep_bid_type VO_MIN_ROAS.',
      );
    }
    return;
  }
  if (ctx.goal !== 'VALUE')
    throw paramError('roas_bid', 'roas_bid is only supported with optimization_goal VALUE.');
  if (roas < ROAS_BID_RANGE.min || roas > ROAS_BID_RANGE.max) {
    throw paramError('roas_bid', `Must be between ${ROAS_BID_RANGE.min} and ${ROAS_BID_RANGE.max}.`);
  }
}

export function checkTracking(ctx: RuleContext): void {
  const { r, objective } = ctx;
  if (r.has('pixel_id')) checkPixel(ctx);
  else r.string('optimization_event');
  const customConversion = r.id('custom_conversion_id');
  const conversionGoal = ctx.goal === 'CONVERT' || ctx.goal === 'VALUE';
  if (
    objective === 'WEB_CONVERSIONS' &&
    conversionGoal &&
    !r.has('pixel_id') &&
    customConversion === undefined
  ) {
    // SDK-OLD pixel_id / optimization_event: website conversions are tracked with a pixel.
    throw paramError(
      'pixel_id',
      'Missing data for required field. WEB_CONVERSIONS ad groups need a pixel_id and an optimization_event.',
    );
  }
  checkAttribution(ctx);
  for (const field of DEEP_FUNNEL_FIELDS) {
    if (r.has(field) && objective !== 'LEAD_GENERATION') {
      throw paramError(field, `${field} is only supported for the LEAD_GENERATION objective.`);
    }
  }
}

/** SDK-OLD pixel_id: objectives, the advertiser's pixel, and an optimization_event of that pixel. */
function checkPixel(ctx: RuleContext): void {
  const { r, objective } = ctx;
  const pixelId = r.id('pixel_id') as string;
  if (!PIXEL_OBJECTIVES.has(objective)) {
    throw paramError(
      'pixel_id',
      `PIXEL_ID_NOT_ALLOWED_FOR_OBJECTIVE: pixel_id is not supported for objective ${objective}. Set tracking_pixel_id on the ad instead.`,
    );
  }
  if (r.body.promotion_website_type === 'TIKTOK_NATIVE_PAGE') {
    throw paramError('pixel_id', 'pixel_id is not allowed with promotion_website_type TIKTOK_NATIVE_PAGE.');
  }
  const pixel = ctx.store.pixel(pixelId);
  if (!pixel || pixel.advertiser_id !== ctx.advertiser.advertiser_id) {
    throw paramError(
      'pixel_id',
      `Pixel ${pixelId} does not exist under advertiser ${ctx.advertiser.advertiser_id}.`,
    );
  }
  const event = r.string('optimization_event');
  if (event === undefined) {
    throw paramError(
      'optimization_event',
      'Missing data for required field. It is required when pixel_id is set.',
    );
  }
  const accepted = pixel.events.map((e) => e.optimization_event);
  if (!accepted.includes(event)) {
    throw paramError(
      'optimization_event',
      `${event} is not an event of pixel ${pixelId}. Accepted: ${accepted.join(', ')}.`,
    );
  }
}

/** SDK-HEAD field list; TT-UPD: click and view windows are set at creation, together. */
function checkAttribution(ctx: RuleContext): void {
  const { r } = ctx;
  r.enumValue('statistic_type', STATISTIC_TYPES);
  const click = r.enumValue('click_attribution_window', CLICK_ATTRIBUTION_WINDOWS);
  const view = r.enumValue('view_attribution_window', VIEW_ATTRIBUTION_WINDOWS);
  if ((click === undefined) !== (view === undefined)) {
    throw paramError(
      click === undefined ? 'click_attribution_window' : 'view_attribution_window',
      'click_attribution_window and view_attribution_window must be set together.',
    );
  }
  r.enumValue('engaged_view_attribution_window', ENGAGED_VIEW_ATTRIBUTION_WINDOWS);
  r.enumValue('attribution_event_count', ATTRIBUTION_EVENT_COUNTS);
}

/**
 * SDK-OLD next_day_retention: in (0, 1], = conversion_bid_price / deep_cpa_bid, "only valid when
 * placements is PLACEMENT_PANGLE and secondary_optimization_event is NEXT_DAY_OPEN", passed together
 * with conversion_bid_price and deep_cpa_bid.
 */
function checkNextDayRetention(ctx: RuleContext): void {
  const { r } = ctx;
  const retention = r.number('next_day_retention');
  if (retention === undefined) return;
  if (retention <= 0 || retention > 1)
    throw paramError('next_day_retention', 'Must be greater than 0 and at most 1.');
  const pangleOnly = ctx.placements.length === 1 && ctx.placements[0] === 'PLACEMENT_PANGLE';
  if (!pangleOnly || r.body.secondary_optimization_event !== 'NEXT_DAY_OPEN') {
    throw paramError(
      'next_day_retention',
      'next_day_retention is only valid with placements [PLACEMENT_PANGLE] and secondary_optimization_event NEXT_DAY_OPEN.',
    );
  }
  const conversionBid = r.out.conversion_bid_price;
  const deepCpa = r.out.deep_cpa_bid;
  if (
    typeof conversionBid !== 'number' ||
    typeof deepCpa !== 'number' ||
    ctx.ignored.includes('conversion_bid_price')
  ) {
    throw paramError(
      'next_day_retention',
      'next_day_retention needs conversion_bid_price (with BID_TYPE_CUSTOM) and deep_cpa_bid in the same request.',
    );
  }
  if (Math.abs(retention - conversionBid / deepCpa) > 0.005) {
    throw paramError(
      'next_day_retention',
      `next_day_retention must equal conversion_bid_price / deep_cpa_bid (${conversionBid} / ${deepCpa}); got ${retention}.`,
    );
  }
}
