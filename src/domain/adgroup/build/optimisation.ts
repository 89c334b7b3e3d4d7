/**
 * Goal, billing, bid strategy and bids, deep bidding, tracking and attribution (SDK
 * `AdgroupCreateBody`: `bid_display_mode`, `deep_bid_type`, `click_attribution_window`...).
 */

import type { TikTokAdGroupBody } from '../body.js';
import {
  ALLOWLISTED_GOALS,
  ATTRIBUTION_WINDOWS,
  type DeepBidType,
  RETENTION_EVENT,
  type TikTokDeepBidType,
} from '../enums.js';
import type { BodyBuilder } from './builder.js';

export function buildGoalAndBid(b: BodyBuilder): void {
  const { args, objective, s } = b;
  const goal = s.goal ?? 'CLICK';
  const billing = s.billing ?? 'CPC';
  b.put('optimization_goal', args.optimization_goal ?? b.applied('optimization_goal', goal, goalReason(b)));
  if (ALLOWLISTED_GOALS.includes(goal)) {
    b.warn(
      `optimization_goal ${goal} is allowlist-only on TikTok: if the advertiser is not on the allowlist, TikTok refuses it.`,
    );
  }
  b.put(
    'billing_event',
    args.billing_event ??
      b.applied('billing_event', billing, `the billing event TikTok pairs with goal ${goal}`),
  );
  if (args.bid_type === 'BID_TYPE_MAX_CONVERSION') {
    b.put(
      'bid_type',
      b.applied(
        'bid_type',
        'BID_TYPE_CUSTOM',
        "BID_TYPE_MAX_CONVERSION (cost cap) is TikTok's BID_TYPE_CUSTOM with a target cost",
      ),
    );
  } else
    b.put(
      'bid_type',
      args.bid_type ?? b.applied('bid_type', s.tiktokBidType, 'automatic bidding (maximum delivery)'),
    );
  buildBidDisplayMode(b, objective === 'VIDEO_VIEWS');
  b.put('bid_price', args.bid_price);
  b.put('conversion_bid_price', args.conversion_bid_price);
  b.put('deep_bid_type', deepBidType(b));
  b.put('deep_cpa_bid', args.deep_cpa_bid);
  b.put('roas_bid', args.roas_bid);
  b.put('next_day_retention', args.next_day_retention);
}

function goalReason(b: BodyBuilder): string {
  const { args, objective } = b;
  if (objective === 'TRAFFIC' && args.promotion_type?.startsWith('APP_')) {
    return 'app traffic optimises for clicks (TikTok takes landing-page views for websites only)';
  }
  if (objective === 'LEAD_GENERATION' && args.promotion_type === 'WEBSITE') {
    return args.pixel_id
      ? 'website leads with a pixel optimise for its conversion event'
      : 'website leads without a pixel optimise for clicks';
  }
  return `the default goal for a ${objective} ad group`;
}

/** TikTok's `bid_display_mode` is CPV, and only for VIDEO_VIEWS (SDK `bid_display_mode`). */
function buildBidDisplayMode(b: BodyBuilder, videoViews: boolean): void {
  const given = b.args.bid_display_mode;
  if (videoViews) {
    if (given === 'CPV') b.put('bid_display_mode', 'CPV');
    else {
      const why = given ? `${given} was asked for, but TikTok` : 'TikTok';
      b.put(
        'bid_display_mode',
        b.applied('bid_display_mode', 'CPV', `${why} measures the cost of video views only per view (CPV)`),
      );
    }
    return;
  }
  b.applied(
    'bid_display_mode',
    null,
    `not sent: TikTok uses bid_display_mode only for VIDEO_VIEWS ad groups; the bid is per ${b.s.billing ?? 'billing event'}`,
  );
}

function deepBidType(b: BodyBuilder): TikTokAdGroupBody['deep_bid_type'] {
  const type: DeepBidType | undefined = b.args.deep_bid_type;
  if (type && !RETENTION_EVENT[type]) return type as TikTokDeepBidType;
  if (b.args.roas_bid === undefined) return undefined;
  return b.applied(
    'deep_bid_type',
    'VO_MIN_ROAS',
    'TikTok reads roas_bid only with the minimum-ROAS deep bid type',
  );
}

export function buildTracking(b: BodyBuilder): void {
  const { args, objective } = b;
  b.put('pixel_id', args.pixel_id);
  b.put('optimization_event', args.optimization_event);
  b.put('secondary_optimization_event', args.secondary_optimization_event);
  b.put('custom_conversion_id', args.conversion_id);
  if (args.optimization_event === 'COMPLETE_PAYMENT') {
    b.warn(
      'optimization_event COMPLETE_PAYMENT is refused for some advertisers; if TikTok refuses it, its answer lists the accepted events (ON_WEB_ORDER is the usual purchase event).',
    );
  }
  const noEvent = objective === 'TRAFFIC' || objective === 'REACH' || objective === 'VIDEO_VIEWS';
  if (args.optimization_event && !args.pixel_id && noEvent && b.s.goal !== 'TRAFFIC_LANDING_PAGE_VIEW') {
    b.warn(
      `optimization_event ${args.optimization_event} was sent, but ${objective} ad groups do not optimise on an event; TikTok may ignore or refuse it.`,
    );
  }
  buildAttribution(b);
}

/** The page's statistic_type names attribution windows; TikTok sets them at creation (SDK). */
function buildAttribution(b: BodyBuilder): void {
  const type = b.args.statistic_type;
  if (!type) return;
  if (type === 'ALL_DAY') {
    b.applied(
      'statistic_type',
      null,
      "ALL_DAY is the default: no attribution window is sent, so the advertiser's attribution settings apply",
    );
    return;
  }
  const windows = ATTRIBUTION_WINDOWS[type];
  b.put('click_attribution_window', windows.click_attribution_window);
  b.put('view_attribution_window', windows.view_attribution_window);
  b.applied(
    'statistic_type',
    windows,
    `${type} is sent as TikTok's click_attribution_window ${windows.click_attribution_window} and view_attribution_window ${windows.view_attribution_window}; TikTok does not let them change after creation`,
  );
}
