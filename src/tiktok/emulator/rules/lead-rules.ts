/**
 * Where a lead or a visit is optimised, and what that implies for the goal, the pixel and the event:
 * - LEAD_GENERATION (TT-SEARCH lead generation ad group table; SDK-OLD pixel_id): Instant Form
 *   (promotion_target_type INSTANT_PAGE or omitted) optimises LEAD_GENERATION and takes no pixel;
 *   Website (EXTERNAL_WEBSITE) takes a pixel with goal CONVERT, or no pixel with goal CLICK;
 *   CONVERSATION belongs to the messaging promotion types.
 * - messaging_app_type: SDK-HEAD smart_plus_adgroup_create.yml ImaType (valid values); that
 *   social-media messaging needs one is PEER (BB model/adgroup/create.go).
 * - TRAFFIC_LANDING_PAGE_VIEW and ENGAGED_VIEW_FIFTEEN: PEER (BB enum/optimization_goal.go).
 */
import { paramError } from '../envelope.js';
import { ENGAGED_VIEW_FIFTEEN_MAX_DAYS, MESSAGING_APP_TYPES, MESSAGING_PROMOTION_TYPES } from './catalog.js';
import type { RuleContext } from './context.js';

const CLICK_TO_TYPES = new Set([
  'LEAD_GEN_CLICK_TO_CALL',
  'LEAD_GEN_CLICK_TO_SOCIAL_MEDIA_APP_MESSAGE',
  'LEAD_GEN_CLICK_TO_TT_DIRECT_MESSAGE',
]);
const DAY_MS = 86_400_000;

export function checkLeadGeneration(ctx: RuleContext): void {
  checkMessagingApp(ctx);
  if (ctx.objective !== 'LEAD_GENERATION') return;
  const { body } = ctx.r;
  const website =
    ctx.promotionType === 'LEAD_GENERATION' && body.promotion_target_type === 'EXTERNAL_WEBSITE';
  if (body.pixel_id !== undefined && !website) {
    throw paramError(
      'pixel_id',
      'pixel_id is only supported for lead generation with promotion_target_type EXTERNAL_WEBSITE (optimisation location Website). Instant forms take no pixel.',
    );
  }
  if (ctx.goal === 'CONVERSATION' && !MESSAGING_PROMOTION_TYPES.has(ctx.promotionType ?? '')) {
    throw paramError(
      'optimization_goal',
      'CONVERSATION is only supported with promotion_type LEAD_GEN_CLICK_TO_TT_DIRECT_MESSAGE or LEAD_GEN_CLICK_TO_SOCIAL_MEDIA_APP_MESSAGE.',
    );
  }
  if (website) checkWebsiteGoal(ctx, body.pixel_id !== undefined);
  else checkOtherLeadGoal(ctx);
}

/** TT-SEARCH: the Website location takes a pixel with CONVERT, or no pixel with CLICK. */
function checkWebsiteGoal(ctx: RuleContext, hasPixel: boolean): void {
  const expected = hasPixel ? 'CONVERT' : 'CLICK';
  if (ctx.goal === expected) return;
  throw paramError(
    'optimization_goal',
    hasPixel
      ? `With promotion_target_type EXTERNAL_WEBSITE and a pixel_id, optimization_goal must be CONVERT; got ${ctx.goal}.`
      : `With promotion_target_type EXTERNAL_WEBSITE and no pixel_id, optimization_goal must be CLICK (or set pixel_id and optimization_event with CONVERT); got ${ctx.goal}.`,
  );
}

/** TT-SEARCH: Instant Form optimises LEAD_GENERATION; CLICK belongs to the click-to types. */
function checkOtherLeadGoal(ctx: RuleContext): void {
  const promotion = ctx.promotionType ?? '';
  if (ctx.goal === 'CONVERT') {
    throw paramError(
      'optimization_goal',
      'CONVERT on LEAD_GENERATION needs promotion_target_type EXTERNAL_WEBSITE with a pixel_id and an optimization_event.',
    );
  }
  if (ctx.goal === 'CLICK' && !CLICK_TO_TYPES.has(promotion)) {
    throw paramError(
      'optimization_goal',
      'CLICK is only supported for LEAD_GENERATION with a LEAD_GEN_CLICK_TO_* promotion_type or with promotion_target_type EXTERNAL_WEBSITE.',
    );
  }
  if (ctx.goal === 'LEAD_GENERATION' && promotion !== 'LEAD_GENERATION') {
    throw paramError(
      'optimization_goal',
      `optimization_goal LEAD_GENERATION (instant form) needs promotion_type LEAD_GENERATION; got ${promotion}.`,
    );
  }
}

function checkMessagingApp(ctx: RuleContext): void {
  const appType = ctx.r.enumValue('messaging_app_type', MESSAGING_APP_TYPES);
  if (
    ctx.peerRules &&
    ctx.promotionType === 'LEAD_GEN_CLICK_TO_SOCIAL_MEDIA_APP_MESSAGE' &&
    appType === undefined
  ) {
    throw paramError(
      'messaging_app_type',
      'Missing data for required field. It is required with promotion_type LEAD_GEN_CLICK_TO_SOCIAL_MEDIA_APP_MESSAGE.',
    );
  }
}

/** PEER (BB): the goals that fix their own event or schedule. */
export function checkGoalSpecifics(ctx: RuleContext): void {
  if (!ctx.peerRules) return;
  if (ctx.goal === 'TRAFFIC_LANDING_PAGE_VIEW') checkLandingPageView(ctx);
  if (ctx.goal === 'ENGAGED_VIEW_FIFTEEN') checkEngagedViewFifteen(ctx);
}

function checkLandingPageView(ctx: RuleContext): void {
  const event = ctx.r.body.optimization_event;
  if (ctx.promotionType !== 'WEBSITE') {
    throw paramError(
      'optimization_goal',
      `TRAFFIC_LANDING_PAGE_VIEW needs promotion_type WEBSITE; got ${ctx.promotionType ?? 'none'}.`,
    );
  }
  if (ctx.placements.length > 0 && ctx.placements.every((p) => p === 'PLACEMENT_GLOBAL_APP_BUNDLE')) {
    throw paramError('placements', 'TRAFFIC_LANDING_PAGE_VIEW is not available on Global App Bundle alone.');
  }
  if (event !== undefined && event !== 'LANDING_PAGE_VIEW') {
    throw paramError(
      'optimization_event',
      `TRAFFIC_LANDING_PAGE_VIEW sets optimization_event to LANDING_PAGE_VIEW itself; got ${String(event)}.`,
    );
  }
  ctx.computed.optimization_event = 'LANDING_PAGE_VIEW';
}

function checkEngagedViewFifteen(ctx: RuleContext): void {
  if (!ctx.schedule) return;
  if (ctx.schedule.type !== 'SCHEDULE_START_END') {
    throw paramError('schedule_type', 'ENGAGED_VIEW_FIFTEEN needs schedule_type SCHEDULE_START_END.');
  }
  if (ctx.schedule.end - ctx.schedule.start > ENGAGED_VIEW_FIFTEEN_MAX_DAYS * DAY_MS) {
    throw paramError(
      'schedule_end_time',
      `ENGAGED_VIEW_FIFTEEN ad groups run at most ${ENGAGED_VIEW_FIFTEEN_MAX_DAYS} days.`,
    );
  }
}
